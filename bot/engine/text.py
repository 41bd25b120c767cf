"""Cleaning what people type before anything else looks at it."""

from __future__ import annotations

import re
import unicodedata

# Control characters, and the bidi embeddings, overrides and isolates (U+202A–U+202E,
# U+2066–U+2069): typed into a name or a message they would reorder the words around them where
# they are shown ("\u202eeivaD" reads "David"). Nearer adds its own isolates when it inserts a
# value into right-to-left text; the marks people need (U+200E, U+200F) are kept.
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u2028\u2029\ufeff\u202a-\u202e\u2066-\u2069]"
)
_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]+)?(?:\s+(.*))?$", re.DOTALL)


def clean(text: str) -> str:
    """Normalise to NFC and drop control and bidi override characters (keeping newlines and
    tabs); strip ends."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", text)).replace("\r\n", "\n").strip()


def split_command(text: str) -> tuple[str, str] | None:
    """`("pair", "abc")` for `/pair abc` or `/pair@NearerBot abc`; `None` for plain text."""
    match = _COMMAND.match(text)
    if not match:
        return None
    return match.group(1).lower(), (match.group(2) or "").strip()


def looks_like_command(text: str) -> bool:
    return text.startswith("/") and len(text) > 1 and not text[1].isspace()


#: Arabic-Indic and Persian digits, and the Arabic time and decimal separators, as the ASCII
#: forms the parsers read ("٧:٣٠" → "7:30"); what people wrote is kept as written elsewhere.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.")


def ascii_digits(text: str) -> str:
    """`text` with every digit in ASCII, for reading numbers, times and scores."""
    return text.translate(_DIGITS)
