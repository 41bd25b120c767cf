"""Recognising accusatory phrasing ("you never…", "it's your fault", "you're so selfish") so the
bot can offer to help turn it into an "I" statement, and tidying the pieces of that statement.

A heuristic on purpose: a match only ever leads to a gentle offer or hint, never a refusal, so
it leans towards noticing rather than missing. Words that describe control or fear are told apart
(`describes_control_or_fear`): the coach points to /support for those instead of softening them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Pattern(StrEnum):
    """What kind of accusation: the talk coach words its hint differently for each."""

    ABSOLUTE = "absolute"  # "you never…", "you always…", "every time you…"
    BLAME = "blame"  # "it's your fault", "you made me…", "because of you"
    NAME_CALLING = "name_calling"  # "you're so selfish", "you idiot"
    DEMAND = "demand"  # "you should…", "why can't you…"


_INSULTS = (
    r"(?:selfish|lazy|useless|impossible|careless|cold|rude|inconsiderate|annoying|mean|"
    r"pathetic|stupid|dumb|an? idiot|idiotic|a jerk|a joke|a liar|a child|childish|a baby|"
    r"clueless|heartless|hopeless|crazy|insane|ridiculous|toxic|a narcissist|narcissistic|"
    r"controlling|immature|worthless|a mess|unbearable|irresponsible|unreliable|"
    r"ungrateful|disgusting|the worst|a nightmare|a loser|an asshole|a bitch|a dick|"
    r"an ass|a moron|a coward|spineless|lazy ass|self-?centred|self-?centered|self-?absorbed)"
)
_OTHER = r"(?:you|he|she|they|my partner|my (?:husband|wife|boyfriend|girlfriend|spouse))"
# Words people put between the subject and "never/always": "you literally never", "you just always".
_FILLER = r"(?:(?:just|literally|basically|honestly|seriously|really|pretty much|almost) )?"

_PATTERNS: dict[Pattern, list[str]] = {
    Pattern.ABSOLUTE: [
        rf"\b{_OTHER} {_FILLER}(?:never|always|constantly|continually)\b",
        rf"\b{_OTHER} {_FILLER}(?:keeps?|kept) \w+ing\b",
        r"\byou (?:don'?t|do not|won'?t|can'?t|cannot|didn'?t) ever\b",
        r"\bmy partner (?:doesn'?t|won'?t|can'?t|never|always)\b",
        r"\b(?:every|each) (?:single )?time (?:you|he|she|they)\b",
        r"\byou(?:'re| are) (?:never|always) \w+",
        r"\bnot once (?:have|has|did) (?:you|he|she|they)\b",
    ],
    Pattern.BLAME: [
        r"\b(?:it'?s|its|it is|this is|that'?s|that is) (?:all |entirely |totally )?your fault\b",
        r"\byour fault\b",
        r"\bbecause of you\b",
        r"\bthanks to you\b",
        r"\byou (?:make|made|are making|'re making) me\b",
        r"\byou (?:ruin|ruined|ruins|wreck|wrecked|destroy|destroyed)\b",
        r"\byou (?:don'?t|do not|never) (?:care|listen|help|try|notice)\b",
        r"\bi (?:blame|can'?t forgive) you\b",
    ],
    Pattern.NAME_CALLING: [
        rf"\byou(?:'re| are|r| r) (?:so |such |just |really |being |acting |a total |"
        rf"such a |always |the most |completely |totally ){{0,4}}{_INSULTS}",
        r"\b(?:you|ur) (?:stupid |fucking |absolute |total |complete )?"
        r"(?:idiot|jerk|moron|loser|asshole|bitch|dick|coward|liar)\b",
        rf"\b(?:he|she|they|my partner)(?:'s| is| are|'re) (?:so |such |just |being |a total |"
        rf"such a |always ){{0,4}}{_INSULTS}",
    ],
    Pattern.DEMAND: [
        r"\bwhy (?:can'?t|won'?t|don'?t|didn'?t|couldn'?t|wouldn'?t|do) you (?:ever|always|never"
        r"|keep|have to|insist)\b",
        r"\bwhy (?:can'?t|won'?t|don'?t|didn'?t|couldn'?t|wouldn'?t) you\b",
        r"\byou (?:should(?:n'?t)? have|should'?ve|need to|have to|'d better|better|must)\b",
        r"\bhow (?:many times|hard is it|could you|dare you)\b",
    ],
}
_COMPILED: list[tuple[int, Pattern, re.Pattern[str]]] = [
    (order, kind, re.compile(pattern, re.IGNORECASE))
    for order, (kind, patterns) in enumerate(_PATTERNS.items())
    for pattern in patterns
]
# "You always make me laugh" is love, not blame: an un-negated phrase followed closely by warm
# words is left alone. "You never make me laugh any more" still counts.
_WARM = re.compile(
    r"\b(?:laugh|smile|happy|happier|loved|safe|special|better|good|great|beautiful|calm|proud|"
    r"kind|sweet|thoughtful|there for me|know how to|supportive|at home|cared for|whole|lucky|"
    r"the best|amazing|wonderful)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:never|not|no longer|n't|nt|anymore|any more)\b|n't\b", re.IGNORECASE)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})


@dataclass(frozen=True)
class Accusation:
    kind: Pattern
    phrase: str
    start: int


def find_accusations(text: str) -> list[Accusation]:
    """Every accusatory bit in `text`, in reading order, one per stretch of text."""
    folded = text.translate(_APOSTROPHES)
    found: list[tuple[int, int, Accusation]] = []
    for order, kind, pattern in _COMPILED:
        for match in pattern.finditer(folded):
            if _is_warm(folded, match):
                continue
            found.append(
                (match.start(), order, Accusation(kind, match.group(0).strip(), match.start()))
            )
    found.sort(key=lambda item: (item[0], item[1], -len(item[2].phrase)))
    distinct: list[Accusation] = []
    covered_until = -1
    for _start, _order, accusation in found:
        if accusation.start < covered_until:
            continue  # the same words matched twice (e.g. "you never listen" is absolute and blame)
        distinct.append(accusation)
        covered_until = accusation.start + len(accusation.phrase)
    return distinct


def _is_warm(text: str, match: re.Match[str]) -> bool:
    """Whether a matched phrase is the start of something kind ("you always make me smile")."""
    window = text[match.start() : match.end() + 40]
    return bool(_WARM.search(window)) and not _NEGATION.search(window)


def accusatory_phrases(text: str) -> list[str]:
    """The accusatory bits found in `text`, in order, as the person wrote them."""
    return [accusation.phrase for accusation in find_accusations(text)]


def main_pattern(text: str) -> Pattern | None:
    """The kind of the first accusation, which the coach's hint speaks to; `None` if none."""
    accusations = find_accusations(text)
    return accusations[0].kind if accusations else None


def sounds_like_a_complaint(text: str) -> bool:
    return bool(find_accusations(text))


# -- control and fear: not a wording problem ---------------------------------------------------

_THEM = r"(?:him|her|them|my (?:partner|husband|wife|boyfriend|girlfriend|spouse|ex))"
_CONTROL_OR_FEAR = re.compile(
    "|".join(
        (
            r"\bcontrolling\b",
            r"\bcontrols? (?:me|my (?:money|phone|messages|life|friends|family)|everything"
            r"|who i (?:see|talk to|text)|where i go|what i (?:wear|eat|spend))\b",
            r"\btoxic\b",
            r"\bwalk(?:ing|s)? on egg ?shells\b",
            r"\bmanipulat\w*",
            r"\bgaslight\w*",
            r"\b(?:scared|afraid|terrified|frightened) (?:of|for) " + _THEM + r"\b",
            r"\b(?:scared|afraid|terrified|frightened) of (?:how|what) (?:he|she|they)"
            r"(?:'ll|'d| will| would| might)? (?:react|do|say)\b",
            r"\b(?:won'?t|doesn'?t|does not|will not|never) let me (?:see|go|have|leave|talk|work"
            r"|spend)\b",
            r"\b(?:not|never) allowed to (?:see|go|have|leave|talk|work|spend)\b",
            r"\b(?:checks|reads|goes through|tracks|monitors) my (?:phone|messages|texts|emails"
            r"|location)\b",
            r"\bisolat\w+ me\b",
        )
    ),
    re.IGNORECASE,
)


def describes_control_or_fear(text: str) -> bool:
    """Words that describe being controlled or afraid of a partner ("he's so controlling",
    "toxic", "walking on eggshells"): not something to soften and send to that partner, but a
    reason to point privately to /support."""
    return bool(_CONTROL_OR_FEAR.search(text.translate(_APOSTROPHES)))


# -- tidying the parts of "I feel … when … I need …" -------------------------------------------

_FEELING_LEAD = re.compile(
    r"^(?:i(?:'m| am|m)? (?:feel(?:ing)?|felt)|i'm|im|i am|feeling)\s+",
    re.IGNORECASE,
)
_SITUATION_LEAD = re.compile(r"^(?:when(?:ever)?|if|that)\s+", re.IGNORECASE)
_NEED_LEAD = re.compile(
    r"^(?:i (?:really )?(?:need|would like|'d like|want|wish|would love|'d love)|i need|"
    r"what i need is|i'd like|id like|i'd love|id love|need)\s+",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"[\s.!?,;:…]+$")


def _tidy(text: str, lead: re.Pattern[str]) -> str:
    """Drop the words the template already says and the end punctuation; keep the person's own."""
    part = " ".join(text.translate(_APOSTROPHES).split())
    for _ in range(2):  # "I feel I'm invisible": "I feel" goes, then "I'm"
        stripped = lead.sub("", part, count=1)
        if stripped == part or not stripped:
            break
        part = stripped
    part = _TRAILING.sub("", part)
    if len(part) > 1 and part[0].isupper() and part[1].islower() and not part.startswith("I "):
        part = part[0].lower() + part[1:]
    return part


def tidy_feeling(text: str) -> str:
    """`"I'm feeling really lonely."` → `"lonely"`, to follow "I feel"."""
    return _tidy(text, _FEELING_LEAD)


def tidy_situation(text: str) -> str:
    """`"When we both scroll at dinner."` → `"we both scroll at dinner"`, to follow "when"."""
    return _tidy(text, _SITUATION_LEAD)


def tidy_need(text: str) -> str:
    """`"I need some time together."` → `"some time together"`, to follow "I need"."""
    return _tidy(text, _NEED_LEAD)


_MISSED_LEAD = re.compile(r"^(?:i (?:really |just |so )?miss(?:ed)?|missing)\s+", re.IGNORECASE)


def tidy_missed(text: str) -> str:
    """`"I really miss our walks."` → `"our walks"`, to follow "I miss"."""
    return _tidy(text, _MISSED_LEAD)


def starts_with_i_miss(text: str) -> bool:
    """Whether an outpouring opens with "I miss…", so the coach offers the "I miss" shape."""
    folded = " ".join(text.translate(_APOSTROPHES).split())
    return bool(_MISSED_LEAD.match(folded)) and bool(tidy_missed(folded))


# -- joining the parts so the sentence reads right ----------------------------------------------


def word_list(text: str) -> tuple[str, ...]:
    """A comma-separated rule list from `prompts/` ("every, each, most") as folded phrases."""
    return tuple(word.strip().casefold() for word in text.split(",") if word.strip())


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.translate(_APOSTROPHES).casefold())


def _starts_with(words: list[str], phrases: tuple[str, ...]) -> bool:
    return any(words[: len(phrase.split())] == phrase.split() for phrase in phrases)


def contains_phrase(text: str, phrases: tuple[str, ...]) -> bool:
    """Whether any of `phrases` occurs in `text` as whole words (case and apostrophes folded)."""
    return _contains(_words(text), phrases)


def _contains(words: list[str], phrases: tuple[str, ...]) -> bool:
    return any(
        words[index : index + len(phrase.split())] == phrase.split()
        for phrase in phrases
        for index in range(len(words))
    )


@dataclass(frozen=True)
class JoinRules:
    """How a language's "I feel … when …" template meets what people type (from `prompts/`).

    `noun_time_leads` open a time that takes its own clause ("every evening you're on your
    phone"); `time_leads` open a time phrase ("after work", "on weekends", "lately");
    `connectors` already join a clause ("when", "if"); `subjects` start one ("I", "we")."""

    noun_time_leads: tuple[str, ...]
    time_leads: tuple[str, ...]
    connectors: tuple[str, ...]
    subjects: tuple[str, ...]


def situation_needs_when(situation: str, rules: JoinRules) -> bool:
    """Whether "when" belongs between the feeling and the moment.

    "we both scroll at dinner" needs it; "every evening after work when I cook" and "on
    weekends" already say when, and a second "when" would mangle the sentence."""
    words = _words(situation)
    if not words:
        return True
    if _starts_with(words, rules.noun_time_leads):
        return False
    if _starts_with(words, rules.time_leads):
        has_clause = _contains(words, rules.subjects)
        return has_clause and not _contains(words, rules.connectors)
    return True


def _first_at(words: list[str], phrases: tuple[str, ...]) -> int | None:
    found = [
        index
        for phrase in phrases
        for index in range(len(words))
        if words[index : index + len(phrase.split())] == phrase.split()
    ]
    return min(found) if found else None


def gives_advice(text: str, advice: tuple[str, ...], reflecting: tuple[str, ...]) -> bool:
    """Whether a sentence of `text` offers a fix ("You should just call her doctor"), unless the
    words are the other person's own, reflected ("it sounds like you feel you should have…")."""
    for sentence in re.split(r"[.!?;\n…]+", text.translate(_APOSTROPHES)):
        words = _words(sentence)
        at = _first_at(words, advice)
        if at is None:
            continue
        reflected_from = _first_at(words, reflecting)
        if reflected_from is None or reflected_from > at:
            return True
    return False


def is_vague_need(need: str, vague: tuple[str, ...]) -> bool:
    """A need too open to say yes to on its own ("help", "something", "I don't know")."""
    folded = " ".join(_words(need))
    return not folded or folded in vague
