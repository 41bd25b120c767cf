"""Recognising accusatory phrasing ("you never…", "you always…") so the bot can offer to help
turn it into an "I" statement. A heuristic on purpose: it only ever leads to a gentle offer.
"""

from __future__ import annotations

import re

_ACCUSATIONS = [
    r"\byou (?:never|always|don'?t ever|won'?t ever|can'?t ever)\b",
    r"\b(?:he|she|they) (?:never|always)\b",
    r"\bmy partner (?:never|always|doesn'?t|won'?t|can'?t)\b",
    r"\byou(?:'re| are) (?:so |such an? |always |just )?(?:selfish|lazy|useless|impossible"
    r"|careless|cold|rude|inconsiderate|annoying|mean)\b",
    r"\b(?:it'?s|its) (?:all )?your fault\b",
    r"\byou make me\b",
    r"\bwhy (?:do|can'?t|won'?t|don'?t) you (?:ever |always )?\b",
    r"\byou should(?:n'?t)?\b",
]
_COMPILED = [re.compile(pattern, re.IGNORECASE) for pattern in _ACCUSATIONS]


def accusatory_phrases(text: str) -> list[str]:
    """The accusatory bits found in `text`, in order, as the person wrote them."""
    folded = text.replace("’", "'")
    found: list[tuple[int, str]] = []
    for pattern in _COMPILED:
        found.extend((m.start(), m.group(0)) for m in pattern.finditer(folded))
    return [phrase for _, phrase in sorted(found)]


def sounds_like_a_complaint(text: str) -> bool:
    return bool(accusatory_phrases(text))
