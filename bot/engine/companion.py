"""Answers free text that no question is waiting for: a greeting, thanks, a feeling, a question
about the bot. Each gets a warm line and one or two fitting practices as buttons.

What counts as which topic is data (`prompts/<lang>/rules/companion.toml`), so a language adds its
own words without touching code. Safety screening runs before this (in the engine), always. The
rules are compiled once per `Prompts` and checked at start-up; matching is a handful of compiled
regular expressions on a short, lower-cased string (see BENCHMARKS.md for its cost).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.engine.events import Button
from bot.engine.nudges import COMMAND_BUTTON
from bot.engine.shared_space import keep_private
from bot.engine.turn import Turn, rows
from prompts import PromptError, Prompts

RULES = "companion"
PRACTICE_LABEL = "companion.practice.{command}"
_TOPIC_FIELDS = frozenset(
    {
        "name",
        "patterns",
        "reply",
        "practices",
        "unpaired_reply",
        "unpaired_practices",
        "unpaired_command",
        "shared",
        "keywords",
    }
)
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_SPACES = re.compile(r"\s+")
#: Words (with inner apostrophes) and single symbols such as emoji.
_TOKENS = re.compile(r"[^\W_]+(?:'[^\W_]+)*|[^\w\s]")


@dataclass(frozen=True)
class Topic:
    """One kind of message and how to answer it."""

    name: str
    pattern: re.Pattern[str]
    reply: str
    practices: tuple[str, ...]
    unpaired_reply: str
    unpaired_practices: tuple[str, ...]
    unpaired_command: str | None
    shared: bool
    #: Whole words, and word beginnings (`argu*` → "argu"), for the second look.
    words: frozenset[str] = frozenset()
    stems: tuple[str, ...] = ()

    def hits(self, tokens: Sequence[str], negations: frozenset[str]) -> int:
        """How many of `tokens` are this topic's keywords, leaving out negated ones."""
        return sum(
            (token in self.words or token.startswith(self.stems))
            and not negations.intersection(tokens[max(0, index - 2) : index])
            for index, token in enumerate(tokens)
        )


def normalise(text: str) -> str:
    """The form patterns are written for: lower case, straight quotes, single spaces."""
    return _SPACES.sub(" ", text.translate(_QUOTES).casefold()).strip()


class Companion:
    """The compiled rules of one language."""

    def __init__(self, topics: Iterable[Topic], negations: Iterable[str] = ()) -> None:
        self.topics = tuple(topics)
        self.negations = frozenset(negations)

    def topic_of(self, text: str) -> Topic | None:
        """The first topic whose pattern matches `text`; failing that, the topic whose keywords
        it holds most often (the earlier on a tie); `None` when nothing fits (the generic
        answer)."""
        folded = normalise(text)
        for topic in self.topics:
            if topic.pattern.search(folded):
                return topic
        tokens = _TOKENS.findall(folded)
        best, best_hits = None, 0
        for topic in self.topics:
            hits = topic.hits(tokens, self.negations)
            if hits > best_hits:
                best, best_hits = topic, hits
        return best

    def answer(self, turn: Turn, topic: Topic, run_command: Callable[[str], None]) -> None:
        paired = turn.partner is not None
        if not paired and topic.unpaired_command is not None:
            run_command(topic.unpaired_command)
            return
        key = topic.reply if paired else topic.unpaired_reply
        practices = topic.practices if paired else topic.unpaired_practices
        buttons = tuple(
            Button(turn.say(PRACTICE_LABEL.format(command=command)), f"{COMMAND_BUTTON}:{command}")
            for command in practices
        )
        turn.reply(
            key,
            name=turn.name,
            partner=turn.name_of(turn.partner),
            buttons=rows(*buttons),
            # A shared topic may answer in the group, but an answer that names the partner
            # stays out of a group that isn't the couple's own.
            private=not topic.shared or (paired and keep_private(turn)),
        )


def load_companion(prompts: Prompts, commands: Iterable[str]) -> Companion:
    """The rules of `prompts`' language, compiled and checked (the engine does this at start-up,
    so a broken rule fails the boot, not someone's message)."""
    companion = _compile(prompts.rule_table(RULES))
    _check(companion, prompts, set(commands))
    return companion


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise PromptError(f"rules/{RULES}.toml: {where} must be a list of strings")
    return tuple(value)


def _compile(table: dict[str, Any]) -> Companion:
    raw_topics = table.get("topic")
    if not isinstance(raw_topics, list) or not raw_topics:
        raise PromptError(f"rules/{RULES}.toml: needs at least one [[topic]]")
    topics: list[Topic] = []
    for raw in raw_topics:
        name = raw.get("name")
        where = f"topic {name!r}"
        if not isinstance(name, str) or not name:
            raise PromptError(f"rules/{RULES}.toml: a topic has no name")
        unknown = raw.keys() - _TOPIC_FIELDS
        if unknown:
            raise PromptError(f"rules/{RULES}.toml: {where} has unknown fields {sorted(unknown)}")
        patterns = _strings(raw.get("patterns"), f"{where} patterns")
        try:
            pattern = re.compile("|".join(f"(?:{p})" for p in patterns))
        except re.error as error:
            raise PromptError(f"rules/{RULES}.toml: {where}: broken pattern: {error}") from None
        reply = raw.get("reply")
        if not isinstance(reply, str):
            raise PromptError(f"rules/{RULES}.toml: {where} needs a reply key")
        practices = _strings(raw.get("practices", []), f"{where} practices")
        keywords = _strings(raw.get("keywords", []), f"{where} keywords")
        command = raw.get("unpaired_command")
        if command is not None and not isinstance(command, str):
            raise PromptError(f"rules/{RULES}.toml: {where} unpaired_command must be a command")
        topics.append(
            Topic(
                name=name,
                pattern=pattern,
                reply=reply,
                practices=practices,
                unpaired_reply=str(raw.get("unpaired_reply", reply)),
                unpaired_practices=_strings(
                    raw.get("unpaired_practices", list(practices)), f"{where} unpaired_practices"
                ),
                unpaired_command=command,
                shared=bool(raw.get("shared", False)),
                words=frozenset(normalise(w) for w in keywords if not w.endswith("*")),
                stems=tuple(normalise(w[:-1]) for w in keywords if w.endswith("*") and w[:-1]),
            )
        )
    negations = _strings(table.get("negations", []), "negations")
    return Companion(topics, (normalise(word) for word in negations))


def _check(companion: Companion, prompts: Prompts, known: set[str]) -> None:
    """Every reply exists and takes only {name} and {partner}; every practice is a command the
    engine knows and has a button label."""
    problems: list[str] = []
    for topic in companion.topics:
        for key in {topic.reply, topic.unpaired_reply}:
            if not prompts.has(key):
                problems.append(f"topic {topic.name!r}: no message {key!r}")
            elif not prompts.expects(key) <= {"name", "partner"}:
                problems.append(f"topic {topic.name!r}: {key!r} may use only name and partner")
        for command in {*topic.practices, *topic.unpaired_practices}:
            if command not in known:
                problems.append(f"topic {topic.name!r}: no command /{command}")
            elif not prompts.has(PRACTICE_LABEL.format(command=command)):
                problems.append(f"topic {topic.name!r}: no label companion.practice.{command}")
        if topic.unpaired_command is not None and topic.unpaired_command not in known:
            problems.append(f"topic {topic.name!r}: no command /{topic.unpaired_command}")
    if problems:
        raise PromptError(f"rules/{RULES}.toml:\n  " + "\n  ".join(problems))
