"""What every adapter does to text the same way: cut a long text into parts that fit, and keep a
short book of the messages sent, so a later edit can find them.

Platforms differ only in their limit and in how they count (Telegram counts UTF-16 code units,
so most emoji count twice); each adapter declares its `max_message_length` once and passes it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

#: Where a long text is best cut, most natural first: between paragraphs, lines, then words.
_SEPARATORS = ("\n\n", "\n", " ")

#: How many units one character counts for (one, unless the platform says otherwise).
CharacterUnits = Callable[[str], int]


def one_unit(character: str) -> int:
    return 1


def split_text(text: str, limit: int, units: CharacterUnits = one_unit) -> list[str]:
    """Parts of at most `limit` units, cut at a paragraph, line or word boundary when one lies
    in the second half of the part; otherwise at the limit itself. Blank text is one empty part."""
    parts: list[str] = []
    rest = text
    while _length(rest, units) > limit:
        fit = _longest_prefix_within(rest, limit, units)
        cut, skip = _natural_cut(rest, fit)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut + skip :].lstrip("\n")
    if rest.strip() or not parts:
        parts.append(rest)
    return [part for part in parts if part.strip()] or [""]


def _length(text: str, units: CharacterUnits) -> int:
    return len(text) if units is one_unit else sum(units(character) for character in text)


def _longest_prefix_within(text: str, limit: int, units: CharacterUnits) -> int:
    """How many characters of `text` fit in `limit` units."""
    total = 0
    for index, character in enumerate(text):
        total += units(character)
        if total > limit:
            return index
    return len(text)


def _natural_cut(text: str, fit: int) -> tuple[int, int]:
    """`(cut, separator length)`: the last boundary within `fit`, if it is not too early."""
    for separator in _SEPARATORS:
        position = text.rfind(separator, 0, fit)
        if position >= fit // 2:
            return position, len(separator)
    return fit, 0


Key = TypeVar("Key")
Value = TypeVar("Value")


class SentBook(Generic[Key, Value]):
    """The most recent sent messages by key, in memory (after a restart an edit becomes a new
    message): what an adapter needs to find a message again, at most `size` of them."""

    def __init__(self, size: int = 2000) -> None:
        self._size = size
        self._entries: OrderedDict[Key, Value] = OrderedDict()

    def remember(self, key: Key, value: Value) -> None:
        self._entries[key] = value
        self._entries.move_to_end(key)
        while len(self._entries) > self._size:
            self._entries.popitem(last=False)

    def get(self, key: Key, default: Value | None = None) -> Value | None:
        return self._entries.get(key, default)

    def forget(self, key: Key) -> None:
        self._entries.pop(key, None)

    def __len__(self) -> int:
        return len(self._entries)
