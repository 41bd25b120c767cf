"""`/start` and `/help`: the first hello, and the map of everything Nearer can do."""

from __future__ import annotations

from bot.engine import care
from bot.engine.flow import Command, Flow
from bot.engine.flows.pairing import PairingFlow
from bot.engine.turn import Turn


class WelcomeFlow(Flow):
    name = "welcome"

    def commands(self) -> list[Command]:
        return [
            Command("start", self.start, "help.start", in_menu=False),
            Command("help", self.help, "help.help", parameters=()),
        ]

    def start(self, turn: Turn, argument: str) -> None:
        if argument.strip().lower() == care.DEEP_LINK:
            # The link under a neutral group note: the help waiting for this person, if any;
            # for anyone else it is an ordinary hello.
            if care.arrive(turn):
                return
            argument = ""
        if argument:
            # A deep link (`t.me/<bot>?start=<code>`) arrives as `/start <code>`: pairing.
            PairingFlow().join(turn, argument)
            return
        turn.done()
        if turn.partner is not None:
            turn.reply("welcome.back_paired", name=turn.name, partner=turn.name_of(turn.partner))
        else:
            turn.reply("welcome.hello", name=turn.name, private=False)

    def help(self, turn: Turn, argument: str) -> None:
        lines = [turn.say("help.intro")]
        lines += [f"/{name} — {turn.say(help_key)}" for name, help_key in turn.menu]
        turn.reply_text("\n".join(lines), private=False)
