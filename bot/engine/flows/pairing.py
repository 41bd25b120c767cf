"""Pairing two people into a couple, and unpairing.

A couple exists only when both people have said so. There are two ways in:

- **A code** (`/pair` → `/pair <code>`, or the Telegram deep link `t.me/<bot>?start=<code>`),
  which pairs at once; see `PairingFlow.join` for why that is consent enough.
- **A group's "This is me" button** (`/couple setup`, in `space.py`): everyone in the group
  can see and press it, so a press only asks the inviter "<name> wants to join you. Is this your
  partner?", and the couple is formed on their yes.

Either way the couple is formed by `connect`, and only then is what each kept for a future
partner brought over (`carry_solo_practices`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.engine.flow import Command, Flow
from bot.engine.flows.carry_over import carry_solo_practices
from bot.engine.nudges import create_default_plans
from bot.engine.parameters import Arguments, Kind, Parameter
from bot.engine.turn import Turn, rows
from storage.models import Invite
from storage.people import PersonRow

#: `/pair <code>`: a code someone was given (with none, a new code for them to give).
CODE = Parameter("code", Kind.TEXT, "option.code", max_length=64)

_CODE_CHARACTERS = re.compile(r"[^a-z0-9]")


def normalise_code(text: str) -> str:
    """Codes are forgiving: case, spaces and dashes a person may add do not matter."""
    return _CODE_CHARACTERS.sub("", text.lower())[:64]


def connect(turn: Turn, inviter: PersonRow, joiner: PersonRow) -> tuple[PersonRow, PersonRow]:
    """Form the couple (both have consented), with its default nudge plans; returns both as
    they are now, in the couple (`turn.person`, one of them, is updated too).

    The caller tells both people, then calls `release_kept`, so the welcome arrives before what
    was kept."""
    inviter, joiner = turn.store.form_couple(inviter, joiner, turn.now)
    for person in (inviter, joiner):
        if person.id == turn.person_id:
            turn.person = person
    create_default_plans(turn.store, [inviter, joiner], turn.now)
    turn.forget_partner_cache()
    return inviter, joiner


def release_kept(turn: Turn, inviter: PersonRow, joiner: PersonRow) -> None:
    """What each kept for a future partner goes to the other: only after `connect`."""
    carry_solo_practices(turn, inviter, joiner)


class PairingFlow(Flow):
    name = "pair"

    def commands(self) -> list[Command]:
        return [
            Command("pair", self.pair, "help.pair", parameters=(CODE,)),
            Command("unpair", self.unpair, "help.unpair", parameters=()),
        ]

    # -- /pair -------------------------------------------------------------------------------

    def pair(self, turn: Turn, arguments: Arguments) -> None:
        argument = arguments.text("code")
        if argument:
            self.join(turn, argument)
        else:
            self.invite(turn)

    def invite(self, turn: Turn) -> None:
        """A new code. Earlier unexpired codes keep working (the person may already have sent
        one), and the reply says so rather than leaving them to wonder."""
        if turn.partner is not None:
            turn.reply("pair.already_paired", partner=turn.name_of(turn.partner))
            return
        earlier = turn.store.open_codes_of(turn.person_id, turn.now)
        invite = turn.store.create_invite(turn.person_id, turn.now, turn.settings.invite_valid_for)
        hours = int(turn.settings.invite_valid_for.total_seconds() // 3600)
        turn.reply("pair.code_created", code=invite.code, hours=hours)
        link = turn.invite_link(invite.code)
        if link is not None:
            turn.reply("pair.deep_link", link=link)
        if earlier:
            turn.reply("pair.earlier_codes_still_work")

    def join(self, turn: Turn, argument: str) -> None:
        """Pair with the person whose code this is, at once, without asking them again.

        Why a code may pair directly when a group button may not: a code is a secret. It is
        shown only in the inviter's private chat (never in a group; in a shared space the reply
        goes to them privately), carries about 79 random bits, and works once and for 48 hours.
        Whoever sends it got it from the inviter, who chose to hand it to exactly one person: that
        handing-over is the inviter's consent, and sending it is the joiner's. Asking the
        inviter again would add a step to every couple to guard against the inviter passing the
        code to the wrong person, which they can undo with /unpair (the code text says plainly
        that whoever uses it is connected with them). A group button is the opposite: everyone in
        the group sees it and can press it, and its payload reaches every member's client, so a
        press proves nothing about who is meant; there the inviter is asked first (`space.py`).

        A group button's token is therefore never accepted here, as if it did not exist: typed
        as a code it would skip that question.
        """
        if turn.partner is not None:
            # Whatever they sent (their own used code, someone else's, garbage): what matters
            # is that they are already connected, and with whom.
            turn.reply("pair.already_paired", partner=turn.name_of(turn.partner))
            return
        code = normalise_code(argument)
        invite = turn.store.invite(code) if code else None
        if invite is None or invite.is_group_button:
            turn.reply("pair.unknown_code")
            return
        inviter = self._usable_inviter(turn, invite)
        if inviter is None:
            return
        if not turn.store.use_invite(code, turn.now):
            turn.reply("pair.used_code")
            return
        inviter, _joiner = connect(turn, inviter, turn.person)
        turn.done()
        turn.reply("pair.joined", partner=turn.name_of(inviter))
        turn.tell(inviter, "pair.partner_joined", partner=turn.name)
        release_kept(turn, inviter, turn.person)

    @staticmethod
    def _usable_inviter(turn: Turn, invite: Invite) -> PersonRow | None:
        """The inviter, when this code can still pair the person with them; otherwise the
        reason, said kindly, and `None`."""
        if invite.inviter_id == turn.person_id:
            turn.reply("pair.own_code")
            return None
        if invite.used_at is not None:
            turn.reply("pair.used_code")
            return None
        if invite.expires_at <= turn.now:
            turn.reply("pair.expired_code")
            return None
        inviter = turn.store.person(invite.inviter_id)
        if inviter is None:
            turn.reply("pair.unknown_code")
            return None
        if inviter.couple_id is not None:
            turn.reply("pair.inviter_taken")
            return None
        return inviter

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

    def _end(self, turn: Turn, partner: PersonRow) -> None:
        assert turn.person.couple_id is not None
        turn.store.dissolve_couple(turn.person.couple_id)
        turn.person = replace(turn.person, couple_id=None)
        turn.store.clear_pending(turn.person_id)
        if partner.id is not None:
            turn.store.clear_pending(partner.id)
        turn.forget_partner_cache()
        turn.reply("pair.unpaired", partner=turn.name_of(partner))
        # The same words however someone leaves (see `privacy.connection_ended`).
        turn.tell(partner, "privacy.connection_ended", from_bot=True)
