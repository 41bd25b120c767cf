"""What a command takes, declared once: the engine reads it, every adapter builds its menus from it.

A `Command` may declare `Parameter`s (a time of day, a zone, a choice, a flag…). The engine reads
them from what was typed (`/quiet 22:00-08:00`) or from a platform's typed options (Discord's
`start`/`end`), so a flow gets `Arguments` and never re-parses text; an adapter turns the same
declaration into slash options, subcommands or autocomplete without knowing any command by name.
A command that declares nothing takes free text, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from bot.engine.events import OptionValue
from bot.engine.zones import parse_clock

__all__ = ["OptionValue"]

Value = str | int | bool


class Kind(StrEnum):
    TEXT = "text"  # free words: the rest of what was typed
    CLOCK = "clock"  # a time of day → minutes after midnight
    SPAN = "span"  # a length of time (`20m`, `1h`, `90`) → minutes
    ZONE = "zone"  # a time zone as typed (the flow resolves it); platforms may suggest names
    DAY = "day"  # a day of the week → 0 (Monday) … 6
    CHOICE = "choice"  # one of `choices`
    FLAG = "flag"  # present or not: its own name typed as a word, or a yes/no option
    PERSON = "person"  # someone on the platform, as their platform user id


@dataclass(frozen=True, slots=True)
class Choice:
    """One value of a `CHOICE`; `parameters` follow it (a platform may offer it as a subcommand)."""

    value: str
    help_key: str
    aliases: tuple[str, ...] = ()
    parameters: tuple[Parameter, ...] = ()


@dataclass(frozen=True, slots=True)
class Parameter:
    """One thing a command takes; all are optional (the flow explains what is missing)."""

    name: str
    kind: Kind
    help_key: str
    choices: tuple[Choice, ...] = ()
    #: Other words that mean a `FLAG` (`/quiet none`).
    aliases: tuple[str, ...] = ()
    max_length: int = 200


@dataclass(frozen=True, slots=True)
class Arguments:
    """What the engine read for a command. `invalid` is the part it could not read (a flow says
    so kindly, quoting it); `given` is everything typed after the command."""

    values: Mapping[str, Value] = field(default_factory=dict)
    invalid: str | None = None
    given: str = ""

    def text(self, name: str) -> str:
        value = self.values.get(name)
        return value if isinstance(value, str) else ""

    def number(self, name: str) -> int | None:
        value = self.values.get(name)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def flag(self, name: str) -> bool:
        return self.values.get(name) is True

    @property
    def empty(self) -> bool:
        return not self.values and self.invalid is None


# -- reading one value -------------------------------------------------------------------------

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SPAN = re.compile(r"^(\d{1,4})\s*(m|min|mins|minutes?|h|hr|hrs|hours?)?$", re.IGNORECASE)
_MENTION = re.compile(r"^<@!?(\d{1,20})>$")
_PERSON_ID = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
_RANGE = re.compile(r"^(.+?)\s*(?:-|–|—)\s*(.+)$")
_RANGE_WORDS = frozenset({"-", "–", "—", "to"})


def _choice(parameter: Parameter, word: str) -> Choice | None:
    folded = word.casefold()
    for choice in parameter.choices:
        if folded == choice.value or folded in choice.aliases:
            return choice
    return None


def _read(parameter: Parameter, word: str) -> Value | None:
    """One word as this parameter's value, or `None` when it is not one."""
    word = word.strip()
    if not word:
        return None
    kind = parameter.kind
    if kind is Kind.CLOCK:
        return parse_clock(word)
    if kind is Kind.SPAN:
        match = _SPAN.match(word)
        if match is None:
            return None
        minutes = int(match.group(1)) * (60 if (match.group(2) or "m")[0] in "hH" else 1)
        return minutes if 0 < minutes <= 7 * 24 * 60 else None
    if kind is Kind.DAY:
        folded = word.casefold()
        day = next(
            (i for i, name in enumerate(_DAYS) if len(folded) >= 3 and name.startswith(folded)),
            None,
        )
        return day
    if kind is Kind.CHOICE:
        choice = _choice(parameter, word)
        return choice.value if choice else None
    if kind is Kind.FLAG:
        return True if word.casefold() in (parameter.name, *parameter.aliases) else None
    if kind is Kind.PERSON:
        mention = _MENTION.match(word)
        word = mention.group(1) if mention else word
        return word if _PERSON_ID.match(word) else None
    return word[: parameter.max_length]  # TEXT, ZONE


def _takes_the_rest(parameter: Parameter) -> bool:
    return parameter.kind in (Kind.TEXT, Kind.ZONE)


def _words(text: str) -> list[str]:
    """Words, with `22:00-08:00` split into its two times (a range of clocks reads as two)."""
    words: list[str] = []
    for word in text.split():
        match = _RANGE.match(word)
        if match and parse_clock(match.group(1)) is not None:
            words += [match.group(1), match.group(2)]
        else:
            words.append(word)
    return words


# -- reading a whole command -------------------------------------------------------------------


def read_text(parameters: Sequence[Parameter], text: str) -> Arguments:
    """What was typed after the command, word by word, into the declared parameters in order.

    A word that does not fit the next parameter is offered to the ones after it (`/quiet off`
    skips the two times); words nothing takes make `invalid`."""
    given = text.strip()
    values: dict[str, Value] = {}
    waiting = list(parameters)
    words = _words(given)
    rest = given
    while words:
        word = words[0]
        if word.casefold() in _RANGE_WORDS and values and waiting and waiting[0].kind is Kind.CLOCK:
            words.pop(0)
            continue
        for index, parameter in enumerate(waiting):
            if _takes_the_rest(parameter):
                start = rest.find(word)
                values[parameter.name] = rest[start:].strip()[: parameter.max_length]
                return Arguments(values, None, given)
            value = _read(parameter, word)
            if value is None:
                continue
            values[parameter.name] = value
            choice = _choice(parameter, word) if parameter.kind is Kind.CHOICE else None
            waiting = [*(choice.parameters if choice else ()), *waiting[index + 1 :]]
            break
        else:
            return Arguments(values, " ".join(words)[:64], given)
        words.pop(0)
        found = rest.find(word)
        rest = rest[found + len(word) :] if found >= 0 else rest
    return Arguments(values, None, given)


def read_options(parameters: Sequence[Parameter], options: Mapping[str, OptionValue]) -> Arguments:
    """A platform's typed options (named after the parameters), each read by its own kind."""
    values: dict[str, Value] = {}
    invalid: str | None = None
    for parameter in _every(parameters):
        if parameter.name not in options:
            continue
        raw = options[parameter.name]
        if parameter.kind is Kind.FLAG:
            if raw is True:
                values[parameter.name] = True
            continue
        value = _read(parameter, str(raw))
        if value is None:
            invalid = invalid or str(raw)[:64]
        else:
            values[parameter.name] = value
    given = " ".join(str(value) for value in options.values())
    return Arguments(values, invalid, given[:200])


def _every(parameters: Sequence[Parameter]) -> list[Parameter]:
    found: list[Parameter] = []
    for parameter in parameters:
        found.append(parameter)
        for choice in parameter.choices:
            found += _every(choice.parameters)
    return found


# -- what adapters see: the same declaration, in words ------------------------------------------


@dataclass(frozen=True, slots=True)
class OptionSpec:
    """A parameter as a platform shows it: its description already in the person's language."""

    name: str
    kind: Kind
    description: str
    choices: tuple[ChoiceSpec, ...] = ()
    max_length: int = 200


@dataclass(frozen=True, slots=True)
class ChoiceSpec:
    value: str
    description: str
    options: tuple[OptionSpec, ...] = ()


@dataclass(frozen=True, slots=True)
class CommandSpec:
    """One command for a platform's menu, with the options a platform may show for it (a
    command that takes free text has one optional `TEXT` option, `FREE_TEXT`)."""

    name: str
    description: str
    options: tuple[OptionSpec, ...] = ()


#: The one option of a command that takes free text (`Command.parameters` is `None`).
FREE_TEXT = Parameter("details", Kind.TEXT, "option.details")


def describe_option(parameter: Parameter, say: Callable[[str], str]) -> OptionSpec:
    return OptionSpec(
        parameter.name,
        parameter.kind,
        say(parameter.help_key),
        tuple(
            ChoiceSpec(
                choice.value,
                say(choice.help_key),
                tuple(describe_option(p, say) for p in choice.parameters),
            )
            for choice in parameter.choices
        ),
        parameter.max_length,
    )
