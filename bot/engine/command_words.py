"""Commands as people really type them: `/ hug`, `/Hug`, `/hug@OtherBot`, `/chekin`.

The engine asks here before it tells someone it does not know a command: a space after the
slash is forgiven, a command meant for another bot is left alone, and a misspelt one gets the
nearest real command as a suggestion (rapidfuzz, which also copes with missing letters).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACED = re.compile(r"^/\s+([A-Za-z0-9_]{1,32})(\s.*)?$", re.DOTALL)
_ADDRESSEE = re.compile(r"^/[A-Za-z0-9_]{1,32}@([A-Za-z0-9_]{1,64})(?:\s|$)")
#: How alike a typed name and a command must be (0–100, rapidfuzz's WRatio) to suggest it.
SUGGEST_AT_LEAST = 75


def unspaced(text: str) -> str | None:
    """`/hug now` for `/ hug now`; `None` when the text is not a slash, spaces and a word."""
    match = _SPACED.match(text)
    if match is None:
        return None
    return f"/{match.group(1)}{match.group(2) or ''}"


def addressee(text: str) -> str | None:
    """`OtherBot` for `/hug@OtherBot`; `None` for a bare `/hug`."""
    match = _ADDRESSEE.match(text)
    return match.group(1) if match else None


def nearest(name: str, commands: Iterable[str]) -> str | None:
    """The command `name` most likely meant, or `None` when none is close enough.

    rapidfuzz is imported here, on the first misspelt command, not at start-up (~5 MB)."""
    from rapidfuzz import fuzz, process

    found = process.extractOne(
        name.lower(), list(commands), scorer=fuzz.WRatio, score_cutoff=SUGGEST_AT_LEAST
    )
    return str(found[0]) if found is not None else None
