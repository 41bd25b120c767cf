"""`/support`: getting help from a person. Nearer isn't therapy; why couples counselling is a sign
of commitment, how to find a counsellor, what to look for, and what to do when someone is not safe
(first, when the person comes from a safety reply).

Always private: asked for in a shared space, the answer goes to the person's private chat. It
works for anyone, paired or not, and changes nothing stored.
"""

from __future__ import annotations

from bot.engine import care
from bot.engine.flow import Command, Flow
from bot.engine.turn import ButtonRows, Turn, rows

SECTIONS = ("why", "find", "look_for", "not_safe")


class SupportFlow(Flow):
    name = "support"

    def commands(self) -> list[Command]:
        return [Command("support", self.support, "help.support")]

    def support(self, turn: Turn, argument: str) -> None:
        # Typed after a safety reply (its words point here), the safety part comes first too:
        # couples counselling is not the opening for someone who may not be safe.
        asked = argument.strip().lower() == "safety"
        self.show(turn, safety_first=care.support_safety_first(turn) or asked)

    def show(self, turn: Turn, *, safety_first: bool = False) -> None:
        """The way in. From a safety reply (`safety_first`), what to do when someone is not safe
        comes first, then the rest; otherwise the safety line is part of the first answer,
        never behind a button."""
        if safety_first:
            turn.reply("support.not_safe_text", private=True)
            turn.reply(
                "support.intro_after_safety",
                buttons=self._sections(turn, leave_out="not_safe"),
                private=True,
            )
            return
        turn.reply("support.intro", buttons=self._sections(turn), private=True)

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action != "show" or argument not in SECTIONS:
            turn.reply("common.stale_button")
            return
        if argument == "why":
            text = turn.say("support.why_text")
        elif argument == "find":
            text = turn.say("support.find_text")
        elif argument == "look_for":
            text = turn.say("support.look_for_text")
        else:
            text = turn.say("support.not_safe_text")
        turn.reply_text(text, private=True)
        turn.reply("support.more", buttons=self._sections(turn, leave_out=argument), private=True)

    def _sections(self, turn: Turn, leave_out: str = "") -> ButtonRows:
        return rows(
            *(
                turn.button(f"support.{section}", self.payload("show", section))
                for section in SECTIONS
                if section != leave_out
            )
        )
