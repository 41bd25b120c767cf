"""Trains one language's screening model on its labelled corpus and writes `_model_<code>.bin`.

    python -m bot.engine.safety_words._train [--language es]    # train, write the weights
    python -m bot.engine.safety_words._train --cross-validate   # figures on unseen files
    python -m bot.engine.safety_words._train --sweep            # choose decide()'s thresholds
    python -m bot.engine.safety_words._train --sweep-model      # the model-alone ones only
    python -m bot.engine.safety_words._train --language de --sweep-on new.tsv  # on fresh files
    python -m bot.engine.safety_words._train --all              # every language with a model

Reproducible: the same corpus gives the same weights (full-batch training from zero weights, no
randomness, weights rounded to three decimals), which `tests/test_safety_corpus.py` checks. Only
the tuning files are read (`tests/safety_corpus/<code>_tuning*.tsv`), never a held-out file.
Needs numpy (a runtime dependency already); screening itself reads the weights in plain Python.
English is the default language.

The model is a multinomial logistic regression over `safety.model_features` (words, pairs and
triples of the read form, and pieces of letters inside words, hashed into `safety.BUCKETS`), one
class per `safety.MODEL_CLASSES`, with L2 regularisation, trained
by Adam on the whole corpus at once. Light regularisation and features seen in a single message
too measured best on the first independent file (`en_tuning_b.tsv`, before it was trained on).
"""

from __future__ import annotations

import argparse
import csv
import math
from array import array
from collections.abc import Callable, Iterable
from itertools import product
from pathlib import Path

import numpy as np

from bot.engine.safety import (
    BUCKETS,
    MODEL_ALONE,
    MODEL_CLASSES,
    THRESHOLDS,
    WORD_BITS,
    Concern,
    Judgement,
    Model,
    Thresholds,
    _read_form,
    _ruled,
    decide,
    dump_model,
    feature_hash,
    judge,
    model_features,
    thresholds_for,
    word_bit,
)

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "tests" / "safety_corpus"
HERE = Path(__file__).resolve().parent
#: Languages that have a model: those with enough labelled messages of their own (English's
#: 4,400; the others' 1,100–1,200 once their fourth and fifth batches came).
LANGUAGES = ("en", "es", "pt", "de", "fr", "ru", "ar")
EPOCHS = 300
LEARNING_RATE = 0.005
L2 = 1e-5
#: How much ordinary messages weigh against concerning ones: 0 as they come, 1 as much in all.
BALANCE = 1.0


def read(paths: list[Path]) -> list[tuple[str, int]]:
    """(text, class index) for every message of the files."""
    messages = []
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        for row in rows[1:]:
            if row:
                label, concern, text = row
                index = 0 if label == "ordinary" else MODEL_CLASSES.index(Concern(concern))
                messages.append((text, index))
    return messages


def tuning_files(code: str = "en") -> list[Path]:
    return sorted(CORPUS.glob(f"{code}_tuning*.tsv"))


def model_path(code: str = "en") -> Path:
    return HERE / f"_model_{code}.bin"


def train(messages: list[tuple[str, int]], balance: float = BALANCE) -> Model:
    """The model for these messages (deterministic): features hashed into `BUCKETS`, the words
    it was trained on into its bitset."""
    rows = []
    seen_words = bytearray(WORD_BITS // 8)
    for text, _ in messages:
        words = _read_form(text).split()
        for word in words:
            bit = word_bit(feature_hash(word))
            seen_words[bit >> 3] |= 1 << (bit & 7)
        rows.append(sorted((feature_hash(f) & (BUCKETS - 1)) + 1 for f in model_features(words)))
    columns = [[0, *row] for row in rows]  # 0: the bias
    indices = np.array([i for row in columns for i in row], dtype=np.int64)
    starts = np.cumsum([0] + [len(row) for row in columns])[:-1]
    owner = np.repeat(np.arange(len(rows)), [len(row) for row in columns])
    classes = len(MODEL_CLASSES)
    target = np.zeros((len(rows), classes))
    target[np.arange(len(rows)), [label for _, label in messages]] = 1
    labels = np.array([label for _, label in messages])
    ratio = (labels != 0).sum() / max(1, (labels == 0).sum())
    emphasis = np.where(labels == 0, max(1.0, balance * ratio), 1.0)
    weights = np.zeros((BUCKETS + 1, classes))
    first = np.zeros_like(weights)
    second = np.zeros_like(weights)
    for step in range(1, EPOCHS + 1):
        scores = np.add.reduceat(weights[indices], starts, axis=0)
        scores -= scores.max(axis=1, keepdims=True)
        chances = np.exp(scores)
        chances /= chances.sum(axis=1, keepdims=True)
        error = ((chances - target) * emphasis[:, None])[owner]
        gradient = np.stack(
            [
                np.bincount(indices, weights=error[:, c], minlength=len(weights))
                for c in range(classes)
            ],
            axis=1,
        ) / len(rows)
        gradient[1:] += L2 * weights[1:]
        first = 0.9 * first + 0.1 * gradient
        second = 0.999 * second + 0.001 * gradient**2
        weights -= (
            LEARNING_RATE * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
        )
    thousandths = np.round(weights * 1000)
    assert np.abs(thousandths).max() < 2**15, "a weight outgrew 16 bits"
    table = array("h", thousandths[1:].astype(np.int16).ravel().tolist())
    return Model(tuple(float(w) / 1000 for w in thousandths[0]), table, bytes(seen_words))


NAMES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "de": "German",
    "fr": "French",
    "ru": "Russian",
    "ar": "Arabic",
}


def command(code: str) -> str:
    """How to rebuild a language's weights."""
    base = "python -m bot.engine.safety_words._train"
    return base if code == "en" else f"{base} --language {code}"


def render(model: Model, sources: list[Path], code: str = "en") -> bytes:
    """The model in its shipped form, saying what it was trained on and how to rebuild it."""
    return dump_model(
        model,
        {
            "language": code,
            "name": NAMES[code],
            "trained_by": command(code),
            "sources": [path.name for path in sources],
        },
    )


def cross_validate(sources: list[Path], code: str = "en") -> None:
    """Each tuning file but the first, scored by a model trained on all the others.

    The tables were tuned on the first file only, and each later file was written as a batch
    and scored before anything was tuned on it, so these are figures on phrasings neither the
    tables nor that model saw. (The thresholds and training settings were chosen on `_b` and
    `_c` this way, so their figures flatter a little; later files were not used to choose.)
    """
    for held in sources[1:]:
        trained = train(read([path for path in sources if path != held]))
        results: dict[str, list[tuple[int, bool]]] = {"tables": [], "model": [], "both": []}
        for text, label in read([held]):
            folded = _read_form(text)
            judgement = judge(folded, trained, code)
            assert judgement is not None
            ruled = _ruled(folded)
            results["tables"].append((label, ruled is not None))
            results["model"].append((label, judgement.likelihood >= MODEL_ALONE))
            together = decide(lambda ruled=ruled: ruled, judgement)  # type: ignore[misc]
            results["both"].append((label, together is not None))
        print(held.name)
        for name, rows in results.items():
            cells = []
            for index, concern in enumerate(MODEL_CLASSES):
                flags = [flag for label, flag in rows if label == index]
                what = "false alarms" if concern is None else concern.value
                cells.append(f"{what} {sum(flags)}/{len(flags)}")
            concerning = [flag for label, flag in rows if label]
            ordinary = [flag for label, flag in rows if not label]
            print(
                f"  {name:<7} recall {sum(concerning) / len(concerning):6.1%}, false alarms"
                f" {sum(ordinary) / len(ordinary):5.1%}  ({', '.join(cells)})"
            )


#: The most false alarms the thresholds may cost on unseen tuning files: under the goal of 5 %,
#: so a new writer's ordinary messages have room.
SWEEP_FALSE_ALARMS = 0.03


def unseen_judgements(sources: list[Path], code: str) -> list[tuple[int, bool, Judgement]]:
    """(class index, whether the tables flag it, the model's judgement) for every message of each
    tuning file but the first, judged by a model trained on the other files."""
    judged: list[tuple[int, bool, Judgement]] = []
    for held in sources[1:]:
        trained = train(read([path for path in sources if path != held]))
        for text, label in read([held]):
            folded = _read_form(text)
            judgement = judge(folded, trained, code)
            assert judgement is not None
            judged.append((label, _ruled(folded) is not None, judgement))
    return judged


def score_unseen(
    judged: list[tuple[int, bool, Judgement]], code: str, limits: Thresholds
) -> tuple[float, float]:
    """(recall, false alarms) of `decide` with these thresholds on `unseen_judgements`. Sets them
    as the language's; the caller puts the shipped ones back."""
    THRESHOLDS[code] = limits
    caught = alarms = 0
    for label, ruled, judgement in judged:
        verdict = Concern.SELF_HARM if ruled else None
        flagged = decide(lambda verdict=verdict: verdict, judgement) is not None  # type: ignore[misc]
        caught += bool(label) and flagged
        alarms += (not label) and flagged
    concerning = sum(1 for label, _, _ in judged if label)
    return caught / concerning, alarms / (len(judged) - concerning)


def best_thresholds(
    code: str,
    score: Callable[[Thresholds], tuple[float, float]],
    grid: Iterable[Thresholds],
    most_false_alarms: float | None = None,
) -> tuple[tuple[float, float], tuple[float, float], Thresholds]:
    """Score the shipped thresholds and every candidate (the language's are put back after),
    then pick the best recall within `most_false_alarms` (None: no more than the shipped ones
    give); among equals the most cautious model (fewest words it speaks alone for, the surest it
    must be of short ones, the most familiar text it needs, the surest overall).
    Returns (shipped figures, best figures, best thresholds)."""
    shipped = thresholds_for(code)
    try:
        now = score(shipped)
        scored = [(score(limits), limits) for limits in grid]
    finally:
        THRESHOLDS[code] = shipped
    budget = now[1] if most_false_alarms is None else most_false_alarms
    figures, best = max(
        (item for item in scored if item[0][1] <= budget),
        key=lambda item: (
            item[0][0],
            -item[0][1],
            -item[1].alone_words,
            item[1].short_alone,
            item[1].familiar,
            item[1].model_alone,
        ),
    )
    return now, figures, best


def sweep(sources: list[Path], code: str = "en") -> None:
    """Choose `decide`'s thresholds on unseen files: each tuning file but the first is judged by
    a model trained on the others (as in `cross_validate`), then every combination of thresholds
    is scored on those judgements; the one with the best recall within `SWEEP_FALSE_ALARMS`
    wins. Held-out files are never read, so their figures stay honest."""
    judged = unseen_judgements(sources, code)

    def score(limits: Thresholds) -> tuple[float, float]:
        return score_unseen(judged, code, limits)

    grid = [
        Thresholds(rules_need, alone, veto_words, alone_words, familiar, short_alone)
        for rules_need in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)
        # Never below 0.8: at 0.7 the model alone flags everyday loneliness ("I come home to an
        # empty flat", tests/test_talk.py), which the unseen files hold too little of to show.
        for alone in (0.8, 0.85, 0.9, 0.95)
        for veto_words in (7, 9, 11)
        # (9 since 2026-12-02: the model trained with letter pieces was sure of 7- and 8-word
        # everyday sentences — "I come home to an empty flat", "it's your fault we never see
        # friends", tests/test_talk.py — which the unseen files hold too few of to show; shorter
        # messages it may flag alone only at `short_alone`.)
        for alone_words in (9, 11)
        for familiar in (0.5, 0.6, 0.7, 0.8)
        for short_alone in (0.95, 0.97, 0.99, math.inf)
    ]
    current, (recall, alarms), best = best_thresholds(code, score, grid, SWEEP_FALSE_ALARMS)
    print(f"{code} now:  recall {current[0]:.1%}, false alarms {current[1]:.1%} on unseen files")
    print(f"{code} best: recall {recall:.1%}, false alarms {alarms:.1%} with {best}")


def sweep_on(fresh: list[Path], code: str) -> None:
    """Score `decide`'s thresholds on fresh files — written by someone who saw no pattern, model or
    corpus, and not yet tuned or trained on — with the shipped model and tables, exactly as
    screening decides. Unlike `sweep`, the tables here have never seen the text (on tuning files
    they were written from it and look perfect), so this is the fair place to weigh them against
    the model. Run before the files join the tuning set; afterwards they are tuning data."""
    judged: list[tuple[bool, Concern | None, Judgement | None]] = []
    for text, label in read(fresh):
        folded = _read_form(text)
        judged.append((label != 0, _ruled(folded), judge(folded)))
    concerning = sum(1 for label, _, _ in judged if label)

    def score(limits: Thresholds) -> tuple[float, float]:
        THRESHOLDS[code] = limits
        caught = alarms = 0
        for label, ruled, judgement in judged:
            flagged = decide(lambda ruled=ruled: ruled, judgement) is not None  # type: ignore[misc]
            caught += label and flagged
            alarms += (not label) and flagged
        return caught / concerning, alarms / (len(judged) - concerning)

    grid = (
        Thresholds(*values)
        for values in product(
            (0.0, 0.1, 0.2, 0.3, 0.4, 0.5),
            (0.8, 0.85, 0.9, 0.95),
            (7, 9, 11),
            (7, 9, 11),
            (0.5, 0.6, 0.7, 0.8),
            (0.95, 0.97, 0.99, math.inf),
        )
    )
    now, (recall, alarms), best = best_thresholds(code, score, grid, SWEEP_FALSE_ALARMS)
    print(f"{code} now:  recall {now[0]:.1%}, false alarms {now[1]:.1%} on {len(judged)} fresh")
    print(f"{code} best: recall {recall:.1%}, false alarms {alarms:.1%} with {best}")


def sweep_model(sources: list[Path], code: str) -> None:
    """Choose only how far the model may speak alone (`model_alone`, `alone_words`,
    `short_alone`) on unseen tuning files, keeping what decides its veto over the tables' matches
    (`rules_need`, `veto_words`, and `familiar`, which gates the veto too) as chosen on fresh text,
    and never at more false alarms than the shipped thresholds give there.

    Why not `sweep`: on tuning files the tables were written from the very messages, so they look
    perfect and the full sweep stops the model from ever vetoing them — which on fresh text brings
    back every false alarm the veto removes. The model's own judgements there are honest (it was
    not trained on the file it judges), and the tables' near-zero false alarms leave the whole
    comparison to the model: recall gained at no more false alarms than now."""
    judged = unseen_judgements(sources, code)

    def score(limits: Thresholds) -> tuple[float, float]:
        return score_unseen(judged, code, limits)

    shipped = thresholds_for(code)
    # English never lets the model alone flag fewer than 9 words (see `sweep`).
    fewest_words = (9, 11) if code == "en" else (7, 9, 11)
    grid = (
        Thresholds(shipped.rules_need, alone, shipped.veto_words, words, shipped.familiar, short)
        for alone in (0.8, 0.85, 0.9, 0.95)
        for words in fewest_words
        for short in (0.95, 0.97, 0.99, math.inf)
    )
    now, (recall, alarms), best = best_thresholds(code, score, grid)
    print(f"{code} now:  recall {now[0]:.1%}, false alarms {now[1]:.1%} on unseen files")
    print(f"{code} best: recall {recall:.1%}, false alarms {alarms:.1%} with {best}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en", choices=LANGUAGES)
    parser.add_argument("--all", action="store_true", help="train every language's model")
    parser.add_argument("--cross-validate", action="store_true")
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--sweep-model", action="store_true", help="see sweep_model")
    parser.add_argument(
        "--sweep-on", nargs="+", type=Path, metavar="FILE", help="fresh files (see sweep_on)"
    )
    arguments = parser.parse_args()
    for code in LANGUAGES if arguments.all else (arguments.language,):
        sources = tuning_files(code)
        if arguments.sweep_on:
            sweep_on(arguments.sweep_on, code)
        elif arguments.cross_validate:
            cross_validate(sources, code)
        elif arguments.sweep:
            sweep(sources, code)
        elif arguments.sweep_model:
            sweep_model(sources, code)
        else:
            messages = read(sources)
            model_path(code).write_bytes(render(train(messages), sources, code))
            print(f"wrote {model_path(code).name} from {len(messages)} messages")


if __name__ == "__main__":
    main()
