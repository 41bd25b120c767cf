"""`/export` (everything of mine, as JSON) and `/forget` (delete everything of mine)."""

from __future__ import annotations

import json
from dataclasses import replace

from bot.engine.events import Address, Attachment
from bot.engine.export import build_export
from bot.engine.flow import Command, Flow
from bot.engine.turn import Turn, rows


class PrivacyFlow(Flow):
    name = "privacy"

    def commands(self) -> list[Command]:
        return [
            Command("export", self.export, "help.export", parameters=()),
            Command("forget", self.forget, "help.forget", parameters=()),
        ]

    def export(self, turn: Turn, argument: str) -> None:
        document = json.dumps(build_export(turn), ensure_ascii=False, indent=2)
        turn.reply(
            "privacy.export_ready",
            attachment=Attachment("nearer-export.json", document.encode(), "application/json"),
            private=True,
        )

    def forget(self, turn: Turn, argument: str) -> None:
        turn.reply(
            "privacy.forget_confirm",
            buttons=rows(
                turn.button("privacy.forget_yes", self.payload("forget", turn.person_id)),
                turn.button("common.cancel", self.payload("keep")),
            ),
        )

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action == "keep":
            turn.reply("privacy.forget_kept")
            return
        if action != "forget" or argument != str(turn.person_id):
            turn.reply("common.stale_button")
            return
        partner = turn.partner
        if partner is not None and turn.person.couple_id is not None:
            turn.store.dissolve_couple(turn.person.couple_id)
            turn.person = replace(turn.person, couple_id=None)
            # The same words however someone leaves, and no name: nothing of them is kept.
            turn.tell(partner, "privacy.connection_ended", from_bot=True)
        turn.forgotten_chats = [
            Address(identity.platform, identity.private_chat_id)
            for identity in turn.store.identities_of(turn.person_id)
            if identity.private_chat_id
        ]
        turn.store.forget_person(turn.person_id)
        turn.reply("privacy.forgotten")
