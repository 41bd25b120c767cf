"""`/hug`: the twenty-second hug, timed by the bot, plus small ideas for closeness.

"Start the hug" starts a short timer (one at a time per couple, however often it is tapped);
when it fires, the same message is edited to celebrate and offers "We hugged". Either partner
may confirm: one hug counts once for the couple.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from bot.engine import kinds
from bot.engine.decks import draw
from bot.engine.distance import deck_for, lives_apart
from bot.engine.events import Address
from bot.engine.flow import Command, Flow
from bot.engine.shared_space import in_our_shared_space
from bot.engine.turn import ButtonRows, Turn, rows

DECK = "touch_ideas"
HUG_SECONDS = 20
#: A hug is named `<starter id>.<unix seconds>`: unique enough for one couple, short for a button.
_HUG_ID = re.compile(r"^(\d{1,12})\.(\d{1,12})$")
#: A hug timer this far past its time without firing no longer stops a new hug from starting.
OVERDUE = timedelta(minutes=1)
#: How far back a confirmation looks for the same hug already counted.
CONFIRM_WINDOW = timedelta(days=2)


class HugFlow(Flow):
    name = "hug"

    def commands(self) -> list[Command]:
        return [Command("hug", self.hug, "help.hug", parameters=())]

    def hug(self, turn: Turn, argument: str) -> None:
        turn.reply(
            "hug.intro_apart" if lives_apart(turn) else "hug.intro",
            consent=turn.say("hug.consent"),
            buttons=self._start_buttons(turn, "hug.closeness"),
            private=False,
        )

    def _start_buttons(self, turn: Turn, idea_key: str) -> ButtonRows:
        return rows(
            turn.button("hug.start", self.payload("start")),
            turn.button(idea_key, self.payload("idea")),
        )

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action == "start":
            self._start(turn)
        elif action == "idea":
            _index, idea = draw(turn, deck_for(DECK, lives_apart(turn)))
            turn.reply(
                "hug.idea",
                idea=idea,
                buttons=self._start_buttons(turn, "hug.another_idea"),
                private=False,
            )
        elif action == "hugged":
            self._confirm(turn, argument)
        else:
            turn.reply("common.stale_button")

    def _start(self, turn: Turn) -> None:
        assert turn.inbound is not None
        partner = turn.partner
        us = [turn.person_id] + ([partner.id] if partner is not None and partner.id else [])
        if turn.store.running_timer(us, self.name, since=turn.now - OVERDUE) is not None:
            # A second tap on "Start the hug" (or both of you tapping): one hug, one timer.
            turn.reply("hug.already_running", private=False)
            return
        hug_id = f"{turn.person_id}.{int(turn.now.timestamp())}"
        message_key = f"hug-{hug_id}"
        address = turn.inbound.reply_address
        turn.start_timer(
            self.name,
            HUG_SECONDS,
            {
                "hug": hug_id,
                "platform": address.platform,
                "chat_id": address.chat_id,
                "message_key": message_key,
                "shared_space": in_our_shared_space(turn),
            },
        )
        turn.reply("hug.started", seconds=HUG_SECONDS, message_key=message_key, private=False)

    def on_timer(self, turn: Turn, data: dict[str, Any]) -> None:
        """Twenty seconds are up: the hug message turns into a small celebration."""
        hug_id = str(data.get("hug", ""))
        if not _HUG_ID.match(hug_id):
            return
        here = Address(str(data["platform"]), str(data["chat_id"]))
        with turn.speaking(turn.prompts_at(here)):  # a shared group's language, or the person's
            turn.post(
                here,
                turn.say("hug.finished", seconds=HUG_SECONDS),
                buttons=rows(turn.button("hug.we_hugged", self.payload("hugged", hug_id))),
                edit_of=str(data["message_key"]),
                recipient=turn.person,
                private=False,
            )
        partner = turn.partner
        if partner is not None and not data.get("shared_space"):
            with turn.speaking_to(partner):
                turn.tell(
                    partner,
                    "hug.partner_can_confirm",
                    partner=turn.name,
                    seconds=HUG_SECONDS,
                    buttons=rows(turn.button("hug.we_hugged", self.payload("hugged", hug_id))),
                    idempotency_key=f"hug-partner:{hug_id}",
                )

    def _confirm(self, turn: Turn, hug_id: str) -> None:
        match = _HUG_ID.match(hug_id)
        partner = turn.partner
        us = {turn.person_id} | ({partner.id} if partner is not None and partner.id else set())
        if match is None or int(match.group(1)) not in us:
            turn.reply("common.stale_button")
            return
        recent = turn.store.our_recent_entries(turn.person, kinds.HUG, turn.now - CONFIRM_WINDOW)
        if any(entry.data.get("hug") == hug_id for entry in recent):
            turn.reply("hug.already_counted", private=False)
            return
        turn.store.record_entry(turn.person, kinds.HUG, "", turn.now, data={"hug": hug_id})
        turn.reply("hug.counted", private=False)
