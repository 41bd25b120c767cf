"""What a practice looks like to the router: commands it answers, free text it waits for, and
buttons it owns (payloads `"<flow>:<action>[:<arg>]"`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from bot.engine.parameters import (
    FREE_TEXT,
    Arguments,
    CommandSpec,
    OptionValue,
    Parameter,
    describe_option,
    read_options,
    read_text,
)
from bot.engine.preview import Confirmed
from bot.engine.turn import Turn
from storage.models import Pending

#: A command that takes free text gets what was typed after it.
CommandHandler = Callable[[Turn, str], None]
#: A command that declares parameters gets them read (`bot/engine/parameters.py`).
TypedHandler = Callable[[Turn, Arguments], None]


def is_id(text: str) -> bool:
    """True for the numbers our own buttons carry: ASCII digits that fit a database id.

    `str.isdigit` also accepts '²' and numbers past 64 bits, which forged payloads carry."""
    return text.isascii() and text.isdecimal() and len(text) <= 18


@dataclass(frozen=True)
class Command:
    """A slash command: `help_key` is its one-line description in `/help` and menus.

    `parameters` is what it takes: `None` (the default) for free text, handed to a
    `CommandHandler` as typed; `()` for nothing (anything typed after it is ignored); declared
    parameters for a `TypedHandler`, which gets them read. Adapters build their menus and
    options from the same declaration (`spec`), so a new command touches no adapter."""

    name: str
    handler: CommandHandler | TypedHandler
    help_key: str
    in_menu: bool = True
    parameters: tuple[Parameter, ...] | None = None

    def run(self, turn: Turn, text: str, options: Mapping[str, OptionValue] | None) -> None:
        """Call the handler with what it takes: typed text, nothing, or the read parameters."""
        if not self.parameters:
            given = "" if self.parameters == () else text
            if options and self.parameters is None:
                given = " ".join(str(value) for value in options.values())
            cast(CommandHandler, self.handler)(turn, given)
            return
        arguments = (
            read_options(self.parameters, options)
            if options is not None
            else read_text(self.parameters, text)
        )
        cast(TypedHandler, self.handler)(turn, arguments)

    def spec(self, say: Callable[[str], str]) -> CommandSpec:
        """The command as adapters see it, described in the person's words."""
        parameters = (FREE_TEXT,) if self.parameters is None else self.parameters
        options = tuple(describe_option(parameter, say) for parameter in parameters)
        return CommandSpec(self.name, say(self.help_key), options)


class Flow:
    """Base for practices; subclasses set `name` and override what they need."""

    name: str = ""
    #: True for the flow that takes a shared location (`on_location`); one per engine.
    accepts_location: bool = False

    def commands(self) -> list[Command]:
        return []

    def on_text(self, turn: Turn, pending: Pending, text: str) -> None:
        """Free text that answers this flow's pending question."""
        turn.done()

    def on_aside(self, turn: Turn, pending: Pending) -> None:
        """This flow's question stepped aside for free text (it set `turn.passed_on` and kept
        the question open), and the text has been answered as itself: the question may be
        asked again, gently, after that answer."""

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        """A button press whose payload starts with this flow's name."""
        turn.reply("common.stale_button")

    def on_confirmed(self, turn: Turn, confirmed: Confirmed) -> None:
        """Its writer pressed [Send] on words this flow showed with `preview.show`."""
        turn.reply("preview.stale")

    def on_location(self, turn: Turn, latitude: float, longitude: float) -> None:
        """A location the person shared (only flows with `accepts_location` are asked)."""

    def on_timer(self, turn: Turn, data: dict[str, Any]) -> None:
        """A timer this flow started with `turn.start_timer` is due (`turn.inbound` is None)."""

    def payload(self, action: str, argument: str | int = "") -> str:
        return f"{self.name}:{action}:{argument}" if argument != "" else f"{self.name}:{action}"
