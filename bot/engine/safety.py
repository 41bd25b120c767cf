"""Safety screening: notices words that suggest self-harm, violence or abuse.

A match never blocks anyone and never diagnoses; it makes the engine answer with care and where
to find help, keep the message away from the partner, and hold nudges. Patterns are deliberately
about the person and their situation ("I want to die", "he hits me"), not figures of speech
("this movie is killing me").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Concern(StrEnum):
    SELF_HARM = "self_harm"
    VIOLENCE = "violence"
    ABUSE = "abuse"


_I = r"(?:i|i'm|i am|im|i've|ive|i have|i'll|ill|i will|i feel like|i want to|i wanna|i keep)"
_PARTNER = (
    r"(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|spouse|ex|fianc[ée]e?)"
    r"|partner)"
)

_PATTERNS: dict[Concern, list[str]] = {
    Concern.SELF_HARM: [
        r"\b(?:kill|hurt|harm|cut) (?:my ?self|myself)\b",
        r"\bend (?:my life|it all)\b",
        r"\b(?:want|wanna|going|plan(?:ning)?) to die\b",
        r"\bsuicid(?:e|al)\b",
        r"\bno (?:reason|point) (?:to|in) (?:live|living|go(?:ing)? on)\b",
        r"\bbetter off (?:dead|without me)\b",
        r"\bdon'?t want to (?:live|be alive|exist|wake up)\b",
        r"\bself[- ]harm(?:ing)?\b",
        r"\btake my (?:own )?life\b",
    ],
    Concern.VIOLENCE: [
        rf"\b{_I} (?:going to |gonna |could |want to |will )?(?:kill|hurt|strangle|stab|shoot) "
        r"(?:him|her|them|my (?:partner|husband|wife|boyfriend|girlfriend|spouse))\b",
        r"\bthreaten(?:s|ed|ing)? to (?:kill|hurt|hit) (?:me|us|the kids|my)\b",
        r"\b(?:has|have|got) a (?:gun|knife|weapon)\b.*\b(?:threat|scared|afraid)",
    ],
    Concern.ABUSE: [
        rf"\b{_PARTNER} (?:hits?|hit|beats?|beat|chok(?:es|ed)|slap(?:s|ped)|punch(?:es|ed)"
        r"|kick(?:s|ed)|push(?:es|ed)|shov(?:es|ed)|rap(?:es|ed)|strangl(?:es|ed))"
        r" me\b",
        r"\b(?:i'm|i am|im) (?:scared|afraid|terrified) (?:of|for my life)\b",
        r"\b(?:won'?t|doesn'?t|does not|will not) let me (?:leave|see my|have money|go out)\b",
        r"\b(?:abus(?:e|es|ed|ive|ing))\b",
        r"\bforc(?:es|ed|ing) me to\b",
        r"\b(?:controls|tracks|monitors) (?:my phone|my money|where i go|everything i do)\b",
    ],
}

_COMPILED = {
    concern: [re.compile(pattern, re.IGNORECASE) for pattern in patterns]
    for concern, patterns in _PATTERNS.items()
}


@dataclass(frozen=True)
class Screening:
    concern: Concern


def screen(text: str) -> Screening | None:
    """The first concern the text suggests, most urgent first; `None` for ordinary messages."""
    folded = text.replace("’", "'")
    for concern in (Concern.SELF_HARM, Concern.VIOLENCE, Concern.ABUSE):
        if any(pattern.search(folded) for pattern in _COMPILED[concern]):
            return Screening(concern)
    return None
