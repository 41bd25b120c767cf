"""Pairing two people into a couple with a single-use, expiring invite code, and unpairing."""

from __future__ import annotations

import re

from bot.engine.flow import Command, Flow
from bot.engine.flows.carry_over import carry_solo_practices
from bot.engine.nudges import create_default_plans
from bot.engine.turn import Turn, rows
from storage.models import Person

_CODE_CHARACTERS = re.compile(r"[^a-z0-9]")


def normalise_code(text: str) -> str:
    """Codes are forgiving: case, spaces and dashes a person may add do not matter."""
    return _CODE_CHARACTERS.sub("", text.lower())[:64]


class PairingFlow(Flow):
    name = "pair"

    def commands(self) -> list[Command]:
        return [
            Command("pair", self.pair, "help.pair"),
            Command("unpair", self.unpair, "help.unpair"),
        ]

    # -- /pair -------------------------------------------------------------------------------

    def pair(self, turn: Turn, argument: str) -> None:
        if argument:
            self.join(turn, argument)
        else:
            self.invite(turn)

    def invite(self, turn: Turn) -> None:
        if turn.partner is not None:
            turn.reply("pair.already_paired", partner=turn.name_of(turn.partner))
            return
        invite = turn.store.create_invite(turn.person_id, turn.now, turn.settings.invite_valid_for)
        hours = int(turn.settings.invite_valid_for.total_seconds() // 3600)
        turn.reply("pair.code_created", code=invite.code, hours=hours)
        if turn.settings.telegram_username:
            link = f"https://t.me/{turn.settings.telegram_username}?start={invite.code}"
            turn.reply("pair.deep_link", link=link)

    def join(self, turn: Turn, argument: str) -> None:
        code = normalise_code(argument)
        invite = turn.store.invite(code) if code else None
        if invite is None:
            turn.reply("pair.unknown_code")
            return
        if invite.inviter_id == turn.person_id:
            turn.reply("pair.own_code")
            return
        if invite.used_at is not None:
            turn.reply("pair.used_code")
            return
        if invite.expires_at <= turn.now:
            turn.reply("pair.expired_code")
            return
        if turn.partner is not None:
            turn.reply("pair.already_paired", partner=turn.name_of(turn.partner))
            return
        inviter = turn.store.person(invite.inviter_id)
        if inviter is None:
            turn.reply("pair.unknown_code")
            return
        if inviter.couple_id is not None:
            turn.reply("pair.inviter_taken")
            return
        if not turn.store.use_invite(code, turn.now):
            turn.reply("pair.used_code")
            return
        turn.store.form_couple(inviter, turn.person, turn.now)
        create_default_plans(turn.store, [inviter, turn.person], turn.now)
        turn.forget_partner_cache()
        turn.done()
        turn.reply("pair.joined", partner=turn.name_of(inviter))
        turn.tell(inviter, "pair.partner_joined", partner=turn.name)
        carry_solo_practices(turn, inviter, turn.person)

    # -- /unpair -----------------------------------------------------------------------------

    def unpair(self, turn: Turn, argument: str) -> None:
        partner = turn.partner
        if partner is None:
            turn.reply("pair.not_paired")
            return
        turn.reply(
            "pair.unpair_confirm",
            partner=turn.name_of(partner),
            buttons=rows(
                turn.button("pair.unpair_yes", self.payload("unpair", turn.person.couple_id or 0)),
                turn.button("common.cancel", self.payload("keep")),
            ),
        )

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action == "keep":
            turn.reply("pair.unpair_kept")
            return
        if action != "unpair":
            turn.reply("common.stale_button")
            return
        partner = turn.partner
        if partner is None or str(turn.person.couple_id) != argument:
            turn.reply("common.stale_button")
            return
        self._end(turn, partner)

    def _end(self, turn: Turn, partner: Person) -> None:
        assert turn.person.couple_id is not None
        turn.store.dissolve_couple(turn.person.couple_id)
        turn.store.clear_pending(turn.person_id)
        if partner.id is not None:
            turn.store.clear_pending(partner.id)
        turn.forget_partner_cache()
        turn.reply("pair.unpaired", partner=turn.name_of(partner))
        # The same words however someone leaves (see `privacy.connection_ended`).
        turn.tell(partner, "privacy.connection_ended", from_bot=True)
