"""`/start` and `/help`: the first hello, and the map of everything Nearer can do."""

from __future__ import annotations

from bot.engine import care
from bot.engine.flow import Command, Flow
from bot.engine.flows.pairing import PairingFlow
from bot.engine.help_menu import LABEL
from bot.engine.nudges import COMMAND_BUTTON
from bot.engine.shared_space import keep_private
from bot.engine.turn import Turn, rows


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
            hello = turn.say(
                "welcome.back_paired", name=turn.name, partner=turn.name_of(turn.partner)
            )
        else:
            hello = turn.say("welcome.hello", name=turn.name)
        if turn.person.timezone_known or turn.in_group:
            # Naming the partner is for the couple's own space or a private chat, never a
            # group of others.
            turn.reply_text(hello, private=turn.partner is not None and keep_private(turn))
            return
        # One message: the hello, then where they are (so nudges come at their hours).
        from bot.engine.flows.preferences import ask_zone

        ask_zone(turn, before=hello)

    def help(self, turn: Turn, argument: str) -> None:
        """A few grouped lines and buttons; the More button: everything."""
        if turn.help_menu is None:
            self._full_list(turn)
            return
        in_menu = {name for name, _key in turn.menu}
        lines = [turn.say("help.intro")]
        for group in turn.help_menu.groups:
            shown = [f"/{name}" for name in group.commands if name in in_menu]
            if shown:
                title = turn.say(group.title_key)
                lines.append(turn.say("help.group_line", title=title, commands=" · ".join(shown)))
        lines.append(turn.say("help.short_outro"))
        buttons = [
            turn.button(LABEL.format(command=name), f"{COMMAND_BUTTON}:{name}")
            for name in turn.help_menu.buttons
        ]
        buttons.append(turn.button("help.more", self.payload("more")))
        turn.reply_text("\n".join(lines), buttons=rows(*buttons), private=False)

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action == "more":
            self._full_list(turn)
            return
        turn.reply("common.stale_button")

    def _full_list(self, turn: Turn) -> None:
        """Every menu command with its line, grouped as in the short help, the rest after."""
        keys = dict(turn.menu)
        lines = [turn.say("help.full_intro")]
        sections: list[tuple[str, list[str]]] = []
        if turn.help_menu is not None:
            for group in turn.help_menu.groups:
                sections.append((turn.say(group.title_key), list(group.commands)))
            rest = turn.help_menu.ungrouped(keys)
            if rest:
                sections.append((turn.say("help.more_title"), rest))
        else:
            sections.append((turn.say("help.more_title"), list(keys)))
        for title, names in sections:
            listed = [f"/{name} — {turn.say(keys[name])}" for name in names if name in keys]
            if listed:
                lines += ["", title, *listed]
        turn.reply_text("\n".join(lines), private=False)
