"""`/cancel` and the "Never mind" button: leave whatever Nearer was waiting for (`waiting`)."""

from __future__ import annotations

from bot.engine import waiting
from bot.engine.flow import Command, Flow
from bot.engine.turn import Turn


class CancelFlow(Flow):
    name = waiting.CANCEL

    def commands(self) -> list[Command]:
        return [Command(waiting.CANCEL, waiting.cancel, "help.cancel")]

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        waiting.cancel(turn)
