"""Trains the meaning model's head (`safety_meaning`) on every language's tuning files at once.

    python -m bot.engine.safety_words._train_meaning            # train, write _meaning_head.npz
    python -m bot.engine.safety_words._train_meaning --folds    # its bar on unseen tuning files
    python -m bot.engine.safety_words._train_meaning --on F.tsv # screen() on fresh files, totals

Reproducible: the same corpus gives the same head (full-batch training from zero weights, no
randomness, weights rounded to four decimals), which `tests/test_safety_meaning.py` checks.
Only tuning files are read (`tests/safety_corpus/<code>_tuning*.tsv`), never a held-out one.
Reading the ~22,000 messages through the encoder takes about 15 s, training about 7 s.

The head is a multinomial logistic regression over the encoder's 512 numbers with a light L2
penalty (that of scikit-learn's default, C = 1, which measured best of C = 0.3, 1 and 3 on the
seven fresh batches of 2026-12-04 before they were trained on; an MLP of 128 hidden units did
~2 points better there and was left for its randomness and size).
"""

from __future__ import annotations

import argparse
import io
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from bot.engine import safety, safety_meaning
from bot.engine.safety_words._train import LANGUAGES, read, tuning_files

HERE = Path(__file__).resolve().parent
EPOCHS = 800
LEARNING_RATE = 0.05
#: Grouped folds of `--folds`: each tuning file is in one; the head judging it never saw it.
FOLDS = 8


def sources() -> list[Path]:
    """Every language's tuning files."""
    return [path for code in LANGUAGES for path in tuning_files(code)]


def train_head(meanings: NDArray[np.float32], labels: Sequence[int]) -> safety_meaning.Head:
    """The head for these messages (deterministic; see the module's notes)."""
    rows, width = meanings.shape
    classes = len(safety.MODEL_CLASSES)
    target = np.eye(classes, dtype=np.float32)[np.asarray(labels)]
    l2 = np.float32(1 / (2 * rows))
    weights = np.zeros((width, classes), np.float32)
    bias = np.zeros(classes, np.float32)
    moments = [
        np.zeros_like(weights),
        np.zeros_like(weights),
        np.zeros_like(bias),
        np.zeros_like(bias),
    ]
    for step in range(1, EPOCHS + 1):
        scores = meanings @ weights + bias
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        error = (scores - target) / rows
        gradients = (meanings.T @ error + 2 * l2 * weights, error.sum(axis=0))
        for index, (values, gradient) in enumerate(zip((weights, bias), gradients, strict=True)):
            first, second = moments[2 * index], moments[2 * index + 1]
            first *= 0.9
            first += 0.1 * gradient
            second *= 0.999
            second += 0.001 * gradient * gradient
            values -= (
                LEARNING_RATE
                * (first / (1 - 0.9**step))
                / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
            )
    return safety_meaning.Head(
        np.round(weights, 4).astype(np.float32), np.round(bias, 4).astype(np.float32)
    )


def render(head: safety_meaning.Head) -> bytes:
    """The head in its shipped form."""
    buffer = io.BytesIO()
    np.savez_compressed(buffer, weights=head.weights, bias=head.bias)
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
    """screen() on fresh files with and without the meaning model: totals only."""
    for path in paths:
        rows = read([path])
        concern = np.array([label != 0 for _, label in rows])
        shipped = safety.MEANING_ALONE, safety.MEANING_SHORT
        figures = []
        for bars in ((math.inf, math.inf), shipped):
            safety.MEANING_ALONE, safety.MEANING_SHORT = bars
            flagged = np.array([safety.screen(text) is not None for text, _ in rows])
            figures.append(f"{flagged[concern].mean():.1%} / {flagged[~concern].mean():.1%}")
        safety.MEANING_ALONE, safety.MEANING_SHORT = shipped
        print(f"{path.name}: without {figures[0]}, with {figures[1]} (recall / false alarms)")


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
