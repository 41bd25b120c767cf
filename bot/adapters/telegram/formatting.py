"""Text as Telegram takes it: HTML-escaped (the engine's text is plain), and in parts that fit.

Telegram counts a message's length in UTF-16 code units after entity parsing (4096 for a text,
1024 for a caption), so parts are cut from the plain text before escaping and measured that way.
"""

from __future__ import annotations

import html

MAX_MESSAGE_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
#: Where a long text is best cut, most natural first: between paragraphs, lines, then words.
_SEPARATORS = ("\n\n", "\n", " ")


def as_html(text: str) -> str:
    """Plain text made safe for `parse_mode=HTML`: a person's `<b>` or `&` shows as typed."""
    return html.escape(text, quote=False)


def telegram_length(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units: most emoji count twice)."""
    return len(text.encode("utf-16-le")) // 2


def split_message(text: str, limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """Parts of at most `limit` units, cut at a paragraph, line or word boundary when one lies
    in the second half of the part; otherwise at the limit itself."""
    parts: list[str] = []
    rest = text
    while telegram_length(rest) > limit:
        fit = _longest_prefix_within(rest, limit)
        cut, skip = _natural_cut(rest, fit)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut + skip :].lstrip("\n")
    if rest.strip() or not parts:
        parts.append(rest)
    return [part for part in parts if part.strip()] or [text[:limit]]


def _longest_prefix_within(text: str, limit: int) -> int:
    """How many characters of `text` fit in `limit` UTF-16 units."""
    units = 0
    for index, character in enumerate(text):
        units += 2 if ord(character) > 0xFFFF else 1
        if units > limit:
            return index
    return len(text)


def _natural_cut(text: str, fit: int) -> tuple[int, int]:
    """`(cut, separator length)`: the last boundary within `fit`, if it is not too early."""
    for separator in _SEPARATORS:
        position = text.rfind(separator, 0, fit)
        if position >= fit // 2:
            return position, len(separator)
    return fit, 0
