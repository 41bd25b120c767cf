"""`/couple setup`: a group chat or channel becomes the couple's shared space.

Run by a paired person, the chat is linked to their couple at once and each partner can say
"This is me". Run by someone not yet paired, the message carries a "This is me" button that
pairs whoever presses it (or only the person named, when one is) with them, through that person's
own single-use, expiring invite, so the code itself is never shown in the chat. Once a chat is a
couple's space, buttons there are only for the two of them (`belongs_here`).
"""

from __future__ import annotations

import re

from bot.engine.flow import Command, Flow, is_id
from bot.engine.turn import Turn, rows
from storage.models import Person

_PLATFORM_USER_ID = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
_SETUP = ("setup", "set", "link")
_OFF = ("off", "stop", "unlink")


def belongs_here(turn: Turn) -> bool:
    """Whether this person may press buttons in the chat they pressed one in: anywhere except a
    shared space of another couple."""
    if not turn.in_group or turn.inbound is None:
        return True
    space = turn.store.shared_space(turn.inbound.platform, turn.inbound.chat.id)
    return space is None or space.couple_id == turn.person.couple_id


class SpaceFlow(Flow):
    name = "space"

    def commands(self) -> list[Command]:
        return [Command("couple", self.couple, "help.couple")]

    def couple(self, turn: Turn, argument: str) -> None:
        words = argument.split()
        action = words[0].lower() if words else ""
        if action in _SETUP:
            self.setup(turn, words[1] if len(words) > 1 else "")
        elif action in _OFF:
            self.off(turn)
        else:
            self.status(turn)

    # -- /couple setup [partner's platform user id] ------------------------------------------

    def setup(self, turn: Turn, partner_user_id: str) -> None:
        if not turn.in_group or turn.inbound is None:
            turn.reply("space.only_in_group")
            return
        platform, chat_id = turn.inbound.platform, turn.inbound.chat.id
        space = turn.store.shared_space(platform, chat_id)
        if space is not None and space.couple_id != turn.person.couple_id:
            turn.reply("space.taken", private=False)
            return
        partner = turn.partner
        if partner is not None:
            assert turn.person.couple_id is not None
            if space is None:
                turn.store.set_shared_space(turn.person.couple_id, platform, chat_id, turn.now)
            self._announce(turn, partner)
            return
        if partner_user_id and not _PLATFORM_USER_ID.match(partner_user_id):
            partner_user_id = ""
        if partner_user_id == turn.inbound.sender.id:
            turn.reply("space.not_yourself", private=False)
            return
        turn.store.create_invite(turn.person_id, turn.now, turn.settings.invite_valid_for)
        payload = self.payload("join", f"{turn.person_id}:{partner_user_id}".rstrip(":"))
        hours = int(turn.settings.invite_valid_for.total_seconds() // 3600)
        turn.reply(
            "space.waiting_for_partner",
            name=turn.name,
            hours=hours,
            buttons=rows(turn.button("space.this_is_me", payload)),
            private=False,
        )

    def _announce(self, turn: Turn, partner: Person) -> None:
        turn.reply(
            "space.ready",
            name=turn.name,
            partner=turn.name_of(partner),
            buttons=rows(turn.button("space.this_is_me", self.payload("me"))),
            private=False,
        )

    # -- /couple off and /couple ---------------------------------------------------------------

    def off(self, turn: Turn) -> None:
        if not turn.in_group or turn.inbound is None:
            turn.reply("space.only_in_group")
            return
        space = turn.store.shared_space(turn.inbound.platform, turn.inbound.chat.id)
        if space is None:
            turn.reply("space.none_here", private=False)
            return
        if space.couple_id != turn.person.couple_id:
            turn.reply("space.not_yours")
            return
        turn.store.remove_shared_space(turn.inbound.platform, turn.inbound.chat.id)
        turn.reply("space.removed", name=turn.name, private=False)

    def status(self, turn: Turn) -> None:
        if not turn.in_group or turn.inbound is None:
            turn.reply("space.explain")
            return
        space = turn.store.shared_space(turn.inbound.platform, turn.inbound.chat.id)
        if space is None:
            turn.reply("space.none_here", private=False)
        elif space.couple_id == turn.person.couple_id:
            turn.reply(
                "space.is_ours", name=turn.name, partner=turn.name_of(turn.partner), private=False
            )
        else:
            turn.reply("space.taken", private=False)

    # -- "This is me" --------------------------------------------------------------------------

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action == "me":
            self._me(turn)
        elif action == "join":
            self._join(turn, argument)
        else:
            turn.reply("common.stale_button")

    def _me(self, turn: Turn) -> None:
        """A partner confirms they are here (the engine already turned away anyone else)."""
        if turn.inbound is None or turn.partner is None:
            turn.reply("space.not_yours")
            return
        space = turn.store.shared_space(turn.inbound.platform, turn.inbound.chat.id)
        if space is None:
            turn.reply("common.stale_button")
            return
        turn.reply("space.linked", name=turn.name, private=False)

    def _join(self, turn: Turn, argument: str) -> None:
        inviter_id, _, named_user_id = argument.partition(":")
        inviter = turn.store.person(int(inviter_id)) if is_id(inviter_id) else None
        if inviter is None or turn.inbound is None:
            turn.reply("common.stale_button")
            return
        if (
            inviter.couple_id is not None
        ):  # already paired: a press says "I'm here", or isn't theirs
            if inviter.couple_id == turn.person.couple_id:
                turn.reply("space.linked", name=turn.name, private=False)
            else:
                turn.reply("space.not_yours")
            return
        if inviter.id == turn.person_id:
            turn.reply("space.waiting_for_them", private=False)
            return
        if named_user_id and named_user_id != turn.inbound.sender.id:
            turn.reply("space.not_yours")
            return
        invite = turn.store.open_invite_of(inviter.id or 0, turn.now)
        if invite is None:
            turn.reply("space.setup_expired", name=turn.name_of(inviter), private=False)
            return
        from bot.engine.flows.pairing import PairingFlow  # pairing's checks and welcome, reused

        PairingFlow().join(turn, invite.code)
        if turn.person.couple_id is None or turn.person.couple_id != inviter.couple_id:
            return  # pairing explained why not (e.g. already paired with someone else)
        turn.store.set_shared_space(
            turn.person.couple_id, turn.inbound.platform, turn.inbound.chat.id, turn.now
        )
        turn.reply("space.ready_both", name=turn.name, partner=turn.name_of(inviter), private=False)
