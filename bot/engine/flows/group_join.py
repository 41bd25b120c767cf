"""A group's "This is me" button: pairing through a message everyone in the group can see.

The button carries a random token, bound to one invite and one chat, single-use and expiring
like a code (`Invite.is_group_button`). Anyone in the group can press it, and on Discord any
client can send any `custom_id`, so a press proves nothing about who is meant: it asks the
inviter "<name> wants to join you. Is this your partner?" (a `JoinRequest`), and only their yes
forms the couple and brings over what either kept for a partner. Everyone who pressed hears
kindly how it went. An inviter who named their partner at setup (`/couple setup <user>`) has
already said who: that person's press pairs at once.
"""

from __future__ import annotations

import re

from bot.engine.events import Address
from bot.engine.flow import is_id
from bot.engine.flows.pairing import connect, release_kept
from bot.engine.turn import Turn, rows
from storage.models import Invite, JoinRequest
from storage.people import PersonRow
from storage.store import INVITE_ALPHABET, INVITE_LENGTH

#: What a token looks like; anything else is not looked up at all.
_TOKEN = re.compile(rf"^[{INVITE_ALPHABET}]{{{INVITE_LENGTH}}}$")

JOIN, YES, NO = "join", "yes", "no"


def join_payload(token: str) -> str:
    return f"space:{JOIN}:{token}"


# -- a press on "This is me" -------------------------------------------------------------------


def press(turn: Turn, token: str) -> None:
    """Someone pressed a group invitation's "This is me"."""
    assert turn.inbound is not None
    invite = turn.store.invite(token) if _TOKEN.match(token) else None
    if invite is None or not invite.is_group_button:
        turn.reply("space.invite_gone", private=_presser_alone(turn))
        return
    if (turn.inbound.platform, turn.inbound.chat.id) != (invite.platform, invite.chat_id):
        # A token copied into another chat, or a forged press.
        turn.reply("space.wrong_chat", private=_presser_alone(turn))
        return
    inviter = turn.store.person(invite.inviter_id)
    if inviter is None:
        turn.reply("space.invite_gone", private=_presser_alone(turn))
        return
    if inviter.couple_id is not None:  # already paired: a press says "I'm here", or isn't theirs
        if inviter.couple_id == turn.person.couple_id:
            turn.reply("space.linked", name=turn.name, private=False)
        else:
            turn.reply("space.not_yours")
        return
    if inviter.id == turn.person_id:
        turn.reply("space.waiting_for_them", private=False)
        return
    if invite.for_user_id and invite.for_user_id != turn.inbound.sender.id:
        turn.reply("space.not_yours")
        return
    if turn.partner is not None:
        turn.reply("pair.already_paired", partner=turn.name_of(turn.partner))
        return
    if invite.used_at is not None or invite.expires_at <= turn.now:
        turn.reply("space.setup_expired", name=turn.name_of(inviter), private=False)
        return
    if invite.for_user_id:
        _pair_named_partner(turn, invite, inviter)
    else:
        _ask_inviter(turn, invite, inviter)


def _pair_named_partner(turn: Turn, invite: Invite, inviter: PersonRow) -> None:
    """The inviter named this person at setup, and they pressed: both have said so."""
    if not turn.store.use_invite(invite.code, turn.now):
        turn.reply("space.setup_expired", name=turn.name_of(inviter), private=False)
        return
    inviter, _joiner = connect(turn, inviter, turn.person)
    turn.done()
    _link_space(turn, invite)
    turn.reply("pair.joined", partner=turn.name_of(inviter))
    turn.tell(inviter, "pair.partner_joined", partner=turn.name)
    turn.reply("space.ready_both", name=turn.name, partner=turn.name_of(inviter), private=False)
    release_kept(turn, inviter, turn.person)


def _ask_inviter(turn: Turn, invite: Invite, inviter: PersonRow) -> None:
    """Ask the inviter privately who this is (in the group when they cannot be reached
    privately); the presser hears that they are being asked. One question per person."""
    request = turn.store.ask_to_join(invite.code, turn.person_id, turn.now)
    if request is None:
        earlier = turn.store.join_request_of(invite.code, turn.person_id)
        if earlier is not None and earlier.declined_at is not None:
            _tell_presser_declined(turn, inviter)
        else:
            turn.reply(
                "space.still_asking", name=turn.name, inviter=turn.name_of(inviter), private=False
            )
        return
    with turn.speaking_to(inviter):  # asked privately, in the inviter's language
        asked = turn.tell(
            inviter,
            "space.confirm_question",
            name=turn.name,
            buttons=rows(
                turn.button("space.confirm_yes", f"space:{YES}:{request.id}"),
                turn.button("space.confirm_no", f"space:{NO}:{request.id}"),
            ),
            idempotency_key=f"join-request:{request.id}",
        )
    buttons = rows(
        turn.button("space.confirm_yes", f"space:{YES}:{request.id}"),
        turn.button("space.confirm_no", f"space:{NO}:{request.id}"),
    )
    if asked:
        turn.reply("space.join_asked", name=turn.name, inviter=turn.name_of(inviter), private=False)
    else:
        turn.reply(
            "space.confirm_question_in_group",
            name=turn.name,
            inviter=turn.name_of(inviter),
            buttons=buttons,
            private=False,
        )


# -- the inviter's answer ----------------------------------------------------------------------


def answer(turn: Turn, argument: str, *, yes: bool) -> None:
    """The inviter's Yes or No to "<name> wants to join you. Is this your partner?"."""
    request = turn.store.join_request(int(argument)) if is_id(argument) else None
    invite = turn.store.invite(request.invite_code) if request is not None else None
    requester = turn.store.person(request.requester_id) if request is not None else None
    if request is None or invite is None or requester is None:
        turn.reply("common.stale_button")
        return
    if invite.inviter_id != turn.person_id:
        inviter = turn.store.person(invite.inviter_id)
        turn.reply("space.only_inviter_answers", inviter=turn.name_of(inviter))
        return
    partner = turn.partner
    if partner is not None and (yes or partner.id == requester.id):
        turn.reply("pair.already_paired", partner=turn.name_of(partner))
        return  # a No to someone else still reaches them, below
    if yes:
        _accept(turn, invite, request, requester)
    else:
        _decline(turn, invite, request, requester)
        turn.reply("space.declined_inviter", name=turn.name_of(requester))


def _accept(turn: Turn, invite: Invite, request: JoinRequest, requester: PersonRow) -> None:
    if requester.couple_id is not None:
        turn.reply("space.requester_taken", name=turn.name_of(requester))
        return
    too_late = turn.now - request.requested_at > turn.settings.invite_valid_for
    if too_late or not turn.store.use_invite(invite.code, turn.now):
        turn.reply("space.request_expired", name=turn.name_of(requester))
        return
    request.declined_at = None
    _inviter, requester = connect(turn, turn.person, requester)
    here = _link_space(turn, invite)
    if here is not None and turn.inbound is not None and turn.inbound.reply_address == here:
        with turn.speaking(turn.prompts_at(here)):  # answered in the group, in its language
            turn.reply(
                "space.ready_both", name=turn.name_of(requester), partner=turn.name, private=False
            )
    else:
        turn.reply("pair.joined", partner=turn.name_of(requester))
        if here is not None:
            with turn.speaking(turn.prompts_at(here)):
                announcement = turn.say(
                    "space.ready_both", name=turn.name_of(requester), partner=turn.name
                )
            turn.post(here, announcement)
    turn.tell(requester, "space.request_accepted", inviter=turn.name)
    for waiting in turn.store.waiting_join_requests(invite.code):
        if waiting.id != request.id:
            other = turn.store.person(waiting.requester_id)
            if other is not None:
                _decline(turn, invite, waiting, other)
    release_kept(turn, turn.person, requester)


def _decline(turn: Turn, invite: Invite, request: JoinRequest, requester: PersonRow) -> None:
    """Tell the one who pressed, gently and once, that this invitation was not for them."""
    if request.declined_at is not None:
        return
    request.declined_at = turn.now
    told = turn.tell(
        requester,
        "space.declined",
        inviter=turn.name,
        idempotency_key=f"join-declined:{request.id}",
    )
    if not told and invite.platform and invite.chat_id:
        group = Address(invite.platform, invite.chat_id)
        with turn.speaking(turn.prompts_at(group)):
            text = turn.say(
                "space.declined_in_group", name=turn.name_of(requester), inviter=turn.name
            )
        turn.post(group, text, recipient=requester)


# -- helpers -----------------------------------------------------------------------------------


def _link_space(turn: Turn, invite: Invite) -> Address | None:
    """Make the invitation's chat the new couple's shared space, unless another couple has
    taken it meanwhile; returns its address when it is theirs."""
    if not invite.platform or not invite.chat_id or turn.person.couple_id is None:
        return None
    space = turn.store.shared_space(invite.platform, invite.chat_id)
    if space is not None and space.couple_id != turn.person.couple_id:
        return None
    if space is None:
        # The group speaks the language of whoever set it up: the inviter.
        inviter = turn.person if invite.inviter_id == turn.person_id else turn.partner
        language = inviter.language if inviter is not None else turn.person.language
        turn.store.set_shared_space(
            turn.person.couple_id, invite.platform, invite.chat_id, turn.now, language
        )
    return Address(invite.platform, invite.chat_id)


def _presser_alone(turn: Turn) -> bool:
    """Whether a line about the button itself (nothing private in it) can be shown to the
    presser alone right where they pressed (Discord's answers only they see); elsewhere it is
    said in the chat, rather than sending them off to a private chat they may never have opened.
    """
    return turn.inbound is not None and turn.inbound.private_replies


def _tell_presser_declined(turn: Turn, inviter: PersonRow) -> None:
    """A declined person pressed again: the same gentle line, out of the group where the
    platform allows (an answer only they see, or their private chat), else there, by name."""
    assert turn.inbound is not None
    if turn.inbound.private_replies or turn.store.private_identity(turn.person_id) is not None:
        turn.reply("space.declined", inviter=turn.name_of(inviter))
    else:
        turn.reply(
            "space.declined_in_group",
            name=turn.name,
            inviter=turn.name_of(inviter),
            private=False,
        )
