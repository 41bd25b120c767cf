"""Trains the meaning model's head (`safety_meaning`) on every language's tuning files at once.

    python -m bot.engine.safety_words._train_meaning            # train, write _meaning_head.npz
    python -m bot.engine.safety_words._train_meaning --folds    # its bar on unseen tuning files
    python -m bot.engine.safety_words._train_meaning --on F.tsv # screen() on fresh files, totals

Reproducible: the same corpus gives the same head (a fixed seed, weights rounded to four
decimals), which `tests/test_safety_meaning.py` checks. Only tuning files are read
(`tests/safety_corpus/<code>_tuning*.tsv`), never a held-out one. Reading the ~45,000 messages
through the encoder and training take about a minute and a half on two cores.

The head is a network of one hidden layer of 256 (ReLU, L2 1e-2, early stopping), since the evening
of 2026-12-04. Chosen on grouped eight-fold cross-validation over the 138 tuning files of that
afternoon (each file judged by a head that never saw it, with the word model's leave-one-file-out
likelihood; the two models alone, no tables), at the bars `safety` uses — mean ≥ 0.65 / each ≥ 0.85
/ each ≥ 0.95, recall and false alarms: 256 at 1e-2 84.9 % 3.14 % / 62.4 0.54 / 46.1 0.13; 128 at
1e-3 (before) 84.5 3.20 / 60.8 0.50 / 43.8 0.14; 256 at 1e-3 85.0 3.27 / 63.4 0.60 / 48.0 0.17. The
first head of 128 units was measured on the fresh batches of 2026-12-04 before they were trained on,
against a multinomial logistic regression (C = 1, the best of 0.3, 1 and 3), at the same bar of the
mean: the first seven 79.5 % recall / 4.0 % false alarms against 76.6 / 3.9; the next five 84.5 /
1.0 against 81.5 / 0.7 (at equal false alarms about 1–3 points more). A k-nearest-neighbour head did
no better than the regression.
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from bot.engine import safety, safety_meaning
from bot.engine.safety_words._train import LANGUAGES, read, tuning_files

HERE = Path(__file__).resolve().parent
HIDDEN = (256,)
ALPHA = 1e-2
SEED = 0
#: Grouped folds of `--folds`: each tuning file is in one; the head judging it never saw it.
FOLDS = 8


def sources() -> list[Path]:
    """Every language's tuning files."""
    return [path for code in LANGUAGES for path in tuning_files(code)]


def train_head(meanings: NDArray[np.float32], labels: Sequence[int]) -> safety_meaning.Head:
    """The head for these messages: scikit-learn's MLPClassifier (a dev dependency; the bot reads
    the weights with numpy), deterministic for a corpus (`random_state` fixed; its early stopping
    holds out a tenth of the messages, chosen by that seed)."""
    from sklearn.neural_network import MLPClassifier

    network = MLPClassifier(
        HIDDEN, alpha=ALPHA, max_iter=200, early_stopping=True, random_state=SEED
    )
    network.fit(meanings, np.asarray(labels))
    assert list(network.classes_) == list(range(len(safety.MODEL_CLASSES)))
    return safety_meaning.Head(
        tuple(
            (np.round(weights, 4).astype(np.float32), np.round(bias, 4).astype(np.float32))
            for weights, bias in zip(network.coefs_, network.intercepts_, strict=True)
        )
    )


def render(head: safety_meaning.Head) -> bytes:
    """The head in its shipped form."""
    buffer = io.BytesIO()
    arrays: dict[str, NDArray[np.float32]] = {}
    for index, (weights, bias) in enumerate(head.layers):
        arrays[f"weights_{index}"] = weights
        arrays[f"bias_{index}"] = bias
    np.savez_compressed(buffer, **arrays)  # type: ignore[arg-type]
    return buffer.getvalue()


def corpus(paths: Sequence[Path]) -> tuple[NDArray[np.float32], list[int], list[str]]:
    """(meanings, class indices, file of each) of every message of the files."""
    texts: list[str] = []
    labels: list[int] = []
    owners: list[str] = []
    for path in paths:
        for text, label in read([path]):
            texts.append(text)
            labels.append(label)
            owners.append(path.name)
    return safety_meaning.meanings(texts), labels, owners


def folds() -> None:
    """The recall and false alarms of the word model and the head together, on tuning files
    neither saw (grouped folds for the head; the word models' own leave-one-file-out)."""
    from bot.engine.safety_words._train import train

    paths = sources()
    meanings, labels, owners = corpus(paths)
    unseen = np.zeros(len(labels))
    names = [path.name for path in paths]
    for fold in range(FOLDS):
        held = set(names[fold::FOLDS])
        inside = np.array([owner in held for owner in owners])
        kept = [label for label, held_out in zip(labels, inside, strict=True) if not held_out]
        head = train_head(meanings[~inside], kept)
        unseen[inside] = 1 - head.probabilities(meanings[inside])[:, 0]
    worded = np.zeros(len(labels))
    for code in LANGUAGES:
        files = tuning_files(code)
        for held_path in files:
            model = train(read([path for path in files if path != held_path]))
            places = [i for i, owner in enumerate(owners) if owner == held_path.name]
            for index, (text, _) in zip(places, read([held_path]), strict=True):
                judgement = safety.judge(safety._read_form(text), model, code)
                worded[index] = judgement.likelihood if judgement else 0.0
    concern = np.array(labels) != 0
    for bar in (0.55, 0.6, 0.65, 0.7, 0.75):
        flagged = (worded + unseen) / 2 >= bar
        print(
            f"mean ≥ {bar:.2f}: recall {flagged[concern].mean():.1%}, "
            f"false alarms {flagged[~concern].mean():.1%}"
        )


def on(paths: Sequence[Path]) -> None:
    """screen() on fresh files with and without the meaning model: totals only. "Without" is
    screening as it goes when the model cannot be loaded (`safety_meaning.probabilities` gives
    None), so it holds whatever bars `safety` has — switching bars off one by one once missed
    the terse one."""
    reading = safety_meaning.probabilities
    for path in paths:
        rows = read([path])
        concern = np.array([label != 0 for _, label in rows])
        figures = []
        for probabilities in (_unavailable, reading):
            safety_meaning.probabilities = probabilities  # type: ignore[assignment]
            try:
                flagged = np.array([safety.screen(text) is not None for text, _ in rows])
            finally:
                safety_meaning.probabilities = reading  # type: ignore[assignment]
            figures.append(f"{flagged[concern].mean():.1%} / {flagged[~concern].mean():.1%}")
        print(f"{path.name}: without {figures[0]}, with {figures[1]} (recall / false alarms)")


def _unavailable(text: str) -> tuple[float, ...] | None:
    """What `safety_meaning.probabilities` says when the model could not be loaded."""
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", action="store_true", help="see folds()")
    parser.add_argument("--on", nargs="+", type=Path, metavar="FILE", help="see on()")
    arguments = parser.parse_args()
    if arguments.folds:
        folds()
    elif arguments.on:
        on(arguments.on)
    else:
        paths = sources()
        meanings, labels, _ = corpus(paths)
        target = HERE / safety_meaning.HEAD_FILE
        target.write_bytes(render(train_head(meanings, labels)))
        print(f"wrote {target.name} from {len(labels)} messages of {len(paths)} files")


if __name__ == "__main__":
    main()
