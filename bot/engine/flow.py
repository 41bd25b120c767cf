"""What a practice looks like to the router: commands it answers, free text it waits for, and
buttons it owns (payloads `"<flow>:<action>[:<arg>]"`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.engine.preview import Confirmed
from bot.engine.turn import Turn
from storage.models import Pending

CommandHandler = Callable[[Turn, str], None]


def is_id(text: str) -> bool:
    """True for the numbers our own buttons carry: ASCII digits that fit a database id.

    `str.isdigit` also accepts '²' and numbers past 64 bits, which forged payloads carry."""
    return text.isascii() and text.isdecimal() and len(text) <= 18


@dataclass(frozen=True)
class Command:
    """A slash command: `help_key` is its one-line description in `/help` and menus."""

    name: str
    handler: CommandHandler
    help_key: str
    in_menu: bool = True


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
