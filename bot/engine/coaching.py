"""Recognising accusatory phrasing ("you never…", "it's your fault", "you're so selfish") so the
bot can offer to help turn it into an "I" statement, and tidying the pieces of that statement.

A heuristic on purpose: a match only ever leads to a gentle offer or hint, never a refusal, so
it leans towards noticing rather than missing. Words that describe control or fear are told
apart (`describes_control_or_fear`): the coach points to /support for those instead of softening
them. The words are each language's own, in `prompts/<lang>/rules/coaching.toml`; a person's
words are read with the rules of the language they speak to Nearer in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from weakref import WeakKeyDictionary

from prompts import PromptError, Prompts


class Pattern(StrEnum):
    """What kind of accusation: the talk coach words its hint differently for each."""

    ABSOLUTE = "absolute"  # "you never…", "you always…", "every time you…"
    BLAME = "blame"  # "it's your fault", "you made me…", "because of you"
    NAME_CALLING = "name_calling"  # "you're so selfish", "you idiot"
    DEMAND = "demand"  # "you should…", "why can't you…"


RULES = "coaching"
_PART = re.compile(r"\{([a-z_]+)\}")  # `{insults}`; never a quantifier such as `{0,4}`
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})


@dataclass(frozen=True)
class Accusation:
    kind: Pattern
    phrase: str
    start: int


class Coaching:
    """One language's coaching words (`prompts/<lang>/rules/coaching.toml`), compiled once."""

    def __init__(self, table: dict[str, Any], language: str) -> None:
        where = f"prompts/{language}/rules/{RULES}.toml"
        parts = table.get("parts", {})
        if not isinstance(parts, dict) or not all(isinstance(v, str) for v in parts.values()):
            raise PromptError(f"{where}: [parts] holds named pattern fragments")
        accusations = table.get("accusations")
        if not isinstance(accusations, dict) or set(accusations) != {
            kind.value for kind in Pattern
        }:
            raise PromptError(
                f"{where}: [accusations] needs exactly {sorted(kind.value for kind in Pattern)}"
            )
        leads = table.get("leads")
        if not isinstance(leads, dict) or set(leads) != set(_LEADS):
            raise PromptError(f"{where}: [leads] needs exactly {sorted(_LEADS)}")
        thoughts = table.get("feeling_thoughts")
        if not isinstance(thoughts, list) or not all(isinstance(t, str) for t in thoughts):
            raise PromptError(f"{where}: feeling_thoughts is a list of words")

        def compiled(pattern: object, name: str) -> re.Pattern[str]:
            if not isinstance(pattern, str):
                raise PromptError(f"{where}: {name} must be a pattern")
            expanded = _PART.sub(lambda m: _part(parts, m.group(1), where), pattern)
            try:
                return re.compile(expanded, re.IGNORECASE)
            except re.error as error:
                raise PromptError(f"{where}: {name} {pattern!r}: {error}") from error

        def patterns(value: object, name: str) -> list[re.Pattern[str]]:
            if not isinstance(value, list) or not value:
                raise PromptError(f"{where}: {name} is a list of patterns")
            return [compiled(pattern, name) for pattern in value]

        self._accusations: list[tuple[int, Pattern, re.Pattern[str]]] = [
            (order, kind, pattern)
            for order, kind in enumerate(Pattern)
            for pattern in patterns(accusations[kind.value], f"accusations.{kind.value}")
        ]
        self._warm = compiled(table.get("warm"), "warm")
        self._negation = compiled(table.get("negation"), "negation")
        self._control_or_fear = patterns(table.get("control_or_fear"), "control_or_fear")
        self._leads = {name: compiled(leads[name], f"leads.{name}") for name in _LEADS}
        self.feeling_thoughts = tuple(thought.casefold() for thought in thoughts)
        keep_capitals = table.get("keep_capitals", False)
        if not isinstance(keep_capitals, bool):
            raise PromptError(f"{where}: keep_capitals is true or false")
        #: German nouns keep their capital ("Hilfe"); elsewhere a capital that only began the
        #: person's sentence is dropped, since their words now follow the template's.
        self.keep_capitals = keep_capitals

    def find_accusations(self, text: str) -> list[Accusation]:
        """Every accusatory bit in `text`, in reading order, one per stretch of text."""
        folded = text.translate(_APOSTROPHES)
        found: list[tuple[int, int, Accusation]] = []
        for order, kind, pattern in self._accusations:
            for match in pattern.finditer(folded):
                if self._is_warm(folded, match):
                    continue
                accusation = Accusation(kind, match.group(0).strip(), match.start())
                found.append((match.start(), order, accusation))
        found.sort(key=lambda item: (item[0], item[1], -len(item[2].phrase)))
        distinct: list[Accusation] = []
        covered_until = -1
        for _start, _order, accusation in found:
            if accusation.start < covered_until:
                continue  # the same words matched twice ("you never listen": absolute and blame)
            distinct.append(accusation)
            covered_until = accusation.start + len(accusation.phrase)
        return distinct

    def _is_warm(self, text: str, match: re.Match[str]) -> bool:
        """Whether a matched phrase starts something kind ("you always make me smile")."""
        window = text[match.start() : match.end() + 40]
        return bool(self._warm.search(window)) and not self._negation.search(window)

    def accusatory_phrases(self, text: str) -> list[str]:
        """The accusatory bits found in `text`, in order, as the person wrote them."""
        return [accusation.phrase for accusation in self.find_accusations(text)]

    def main_pattern(self, text: str) -> Pattern | None:
        """The kind of the first accusation, which the coach's hint speaks to; `None` if none."""
        accusations = self.find_accusations(text)
        return accusations[0].kind if accusations else None

    def sounds_like_a_complaint(self, text: str) -> bool:
        return bool(self.find_accusations(text))

    def describes_control_or_fear(self, text: str) -> bool:
        """Words that describe being controlled or afraid of a partner ("he's so controlling",
        "toxic", "walking on eggshells"): not something to soften and send to that partner, but
        a reason to point privately to /support."""
        folded = text.translate(_APOSTROPHES)
        return any(pattern.search(folded) for pattern in self._control_or_fear)

    def sounds_like_a_thought(self, feeling: str) -> bool:
        """A "feeling" that is a thought about the other ("like you don't care")."""
        return bool(self.find_accusations(feeling)) or feeling.casefold().startswith(
            self.feeling_thoughts
        )

    # -- tidying the parts of "I feel … when … I need …" ---------------------------------------

    def tidy_feeling(self, text: str) -> str:
        """`"I'm feeling really lonely."` → `"really lonely"`, to follow "I feel"."""
        return _tidy(text, self._leads["feeling"], self.keep_capitals)

    def tidy_situation(self, text: str) -> str:
        """`"When we both scroll at dinner."` → `"we both scroll at dinner"`, after "when"."""
        return _tidy(text, self._leads["situation"], self.keep_capitals)

    def tidy_need(self, text: str) -> str:
        """`"I need some time together."` → `"some time together"`, to follow "I need"."""
        return _tidy(text, self._leads["need"], self.keep_capitals)

    def tidy_missed(self, text: str) -> str:
        """`"I really miss our walks."` → `"our walks"`, to follow "I miss"."""
        return _tidy(text, self._leads["missed"], self.keep_capitals)

    def starts_with_i_miss(self, text: str) -> bool:
        """Whether an outpouring opens with "I miss…", so the coach offers the "I miss" shape."""
        folded = " ".join(text.translate(_APOSTROPHES).split())
        return bool(self._leads["missed"].match(folded)) and bool(self.tidy_missed(folded))


_LEADS = ("feeling", "situation", "need", "missed")


def _part(parts: dict[str, str], name: str, where: str) -> str:
    if name not in parts:
        raise PromptError(f"{where}: no fragment {{{name}}} in [parts]")
    return parts[name]


_COMPILED: WeakKeyDictionary[Prompts, Coaching] = WeakKeyDictionary()


def coaching_for(prompts: Prompts) -> Coaching:
    """The coaching words of `prompts`' language, compiled on first use (the engine asks at
    start-up, so a broken pattern fails the boot, not someone's message)."""
    found = _COMPILED.get(prompts)
    if found is None:
        found = _COMPILED[prompts] = Coaching(prompts.rule_table(RULES), prompts.language)
    return found


def _tidy(text: str, lead: re.Pattern[str], keep_capitals: bool = False) -> str:
    """Drop the words the template already says and the end punctuation; keep the person's own."""
    part = " ".join(text.translate(_APOSTROPHES).split())
    for _ in range(2):  # "I feel I'm invisible": "I feel" goes, then "I'm"
        stripped = lead.sub("", part, count=1)
        if stripped == part or not stripped:
            break
        part = stripped
    part = _TRAILING.sub("", part)
    if (
        not keep_capitals
        and len(part) > 1
        and part[0].isupper()
        and part[1].islower()
        and not part.startswith("I ")
    ):
        part = part[0].lower() + part[1:]
    return part


_TRAILING = re.compile(r"[\s.!?,;:…؟،؛]+$")


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
