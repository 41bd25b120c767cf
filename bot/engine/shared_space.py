"""The shared-space privacy policy, in one place: what may be said where.

A couple may share a group or channel with the bot (their shared space); people may also write
from any other group. The rules:

- Private content is never shown in a group: a reply meant for one person moves to their private
  chat, and the group hears only that it did (`moves_to_private_chat`, used by `Turn.reply_text`).
  A private exchange inside a group (Discord's answer box and ephemeral replies) stays where it is.
- A private step (a check-in, a talk, a listening turn) runs in the private chat: started in a
  group, it needs a private chat to continue there (`private_chat_ready`), and text typed in a
  group is never taken as its private answer (`answered_in_shared_space`).
- The couple's shared things (their plan, their list) are shown in their private chats and their
  own shared space, never in another group one of them writes in (`keep_private`).
- In a couple's shared space, only the two of them may press its buttons (`belongs_here`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.engine.events import Inbound

if TYPE_CHECKING:
    from bot.engine.turn import Turn


def moves_to_private_chat(inbound: Inbound, private: bool) -> bool:
    """Whether a reply to `inbound` must go to the person's private chat instead: it is private
    and others in the group would see it."""
    return private and inbound.is_group and not inbound.private_replies


def private_chat_ready(turn: Turn) -> bool:
    """`True` when this person's answers can be asked for privately; otherwise says how."""
    if not turn.in_group or turn.store.private_identity(turn.person_id) is not None:
        return True
    turn.reply("group.open_private_chat", name=turn.name, private=False)
    return False


def answered_in_shared_space(turn: Turn) -> bool:
    """`True` (after a short note in the group) when text meant for a private step came from a
    shared space: it stays unused, and the question keeps waiting in the private chat. Text
    from a private exchange inside the group (Discord's answer box) is a private answer."""
    if not turn.in_group or (turn.inbound is not None and turn.inbound.private_replies):
        return False
    turn.reply("private_steps.answer_privately", name=turn.name, private=False)
    return True


def in_our_shared_space(turn: Turn) -> bool:
    """Whether this message came from the couple's own shared space (a linked group or channel)."""
    if not turn.in_group or turn.inbound is None or turn.person.couple_id is None:
        return False
    space = turn.store.shared_space(turn.inbound.platform, turn.inbound.chat.id)
    return space is not None and space.couple_id == turn.person.couple_id


def keep_private(turn: Turn) -> bool:
    """Couple content goes to the private chat when written in a group that is not theirs."""
    return turn.in_group and not in_our_shared_space(turn)


def belongs_here(turn: Turn) -> bool:
    """Whether this person may press buttons in the chat they pressed one in: anywhere except a
    shared space of another couple."""
    if not turn.in_group or turn.inbound is None:
        return True
    space = turn.store.shared_space(turn.inbound.platform, turn.inbound.chat.id)
    return space is None or space.couple_id == turn.person.couple_id
