"""The buttons under a care reply: "I'm safe right now", "Help near me" and "More support".

The words and the choices live in `bot/engine/care.py`; this flow only routes the presses
(payloads `care:safe`, `care:near[:<concern>]`, `care:support`).
"""

from __future__ import annotations

from bot.engine import care
from bot.engine.flow import Flow
from bot.engine.flows.support import SupportFlow
from bot.engine.regions import warm_up
from bot.engine.turn import Turn


class CareFlow(Flow):
    name = care.FLOW

    def __init__(self) -> None:
        # Read and check the helpline table and the zone tables at start-up: a broken table
        # fails the boot, not someone asking for help.
        care.helplines()
        warm_up()

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action == "safe":
            care.safe(turn)
        elif action == "near":
            care.near(turn, argument)
        elif action == "support":
            SupportFlow().show(turn, safety_first=True)
        else:
            turn.reply("common.stale_button")
