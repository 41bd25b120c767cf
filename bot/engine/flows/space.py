"""`/couple setup`: a group chat or channel becomes the couple's shared space.

Run by a paired person, the chat is linked to their couple at once and each partner can say
"This is me". Run by someone not yet paired, the message carries a "This is me" button with a
random token bound to that invitation and that chat; a press asks the inviter who it is before
any couple exists (`group_join.py`). Once a chat is a couple's space, buttons there are only for
the two of them (`shared_space.belongs_here`).
"""

from __future__ import annotations

import re

from bot.engine.flow import Command, Flow
from bot.engine.flows import group_join
from bot.engine.parameters import Arguments, Choice, Kind, Parameter
from bot.engine.turn import Turn, rows
from storage.people import PersonRow

_PLATFORM_USER_ID = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
#: `/couple setup [partner]`, `/couple status`, `/couple off` (a platform may offer subcommands).
ACTION = Parameter(
    "action",
    Kind.CHOICE,
    "option.couple_action",
    choices=(
        Choice(
            "setup",
            "option.couple_setup",
            aliases=("set", "link"),
            parameters=(Parameter("partner", Kind.PERSON, "option.partner"),),
        ),
        Choice("status", "option.couple_status"),
        Choice("off", "option.couple_off", aliases=("stop", "unlink")),
    ),
)


class SpaceFlow(Flow):
    name = "space"

    def commands(self) -> list[Command]:
        return [Command("couple", self.couple, "help.couple", parameters=(ACTION,))]

    def couple(self, turn: Turn, arguments: Arguments) -> None:
        action = arguments.text("action")
        if action == "setup":
            self.setup(turn, arguments.text("partner"))
        elif action == "off":
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
                # The group speaks the language of whoever set it up (`/language` there changes it).
                turn.store.set_shared_space(
                    turn.person.couple_id, platform, chat_id, turn.now, turn.person.language
                )
            self._announce(turn, partner)
            return
        if partner_user_id and not _PLATFORM_USER_ID.match(partner_user_id):
            partner_user_id = ""
        if partner_user_id == turn.inbound.sender.id:
            turn.reply("space.not_yourself", private=False)
            return
        invite = turn.store.create_invite(
            turn.person_id,
            turn.now,
            turn.settings.invite_valid_for,
            platform=platform,
            chat_id=chat_id,
            for_user_id=partner_user_id or None,
        )
        hours = int(turn.settings.invite_valid_for.total_seconds() // 3600)
        turn.reply(
            "space.waiting_for_named" if partner_user_id else "space.waiting_for_partner",
            name=turn.name,
            hours=hours,
            buttons=rows(turn.button("space.this_is_me", group_join.join_payload(invite.code))),
            private=False,
        )

    def _announce(self, turn: Turn, partner: PersonRow) -> None:
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
        elif action == group_join.JOIN:
            group_join.press(turn, argument)
        elif action in (group_join.YES, group_join.NO):
            group_join.answer(turn, argument, yes=action == group_join.YES)
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
