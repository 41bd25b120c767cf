"""Where a couple's shared things (their plan, their list) may be shown: their private chats and
their own shared space, never some other group one of them happens to write in."""

from __future__ import annotations

from bot.engine.turn import Turn


def in_our_shared_space(turn: Turn) -> bool:
    """Whether this message came from the couple's own shared space (a linked group or channel)."""
    if not turn.in_group or turn.inbound is None or turn.person.couple_id is None:
        return False
    space = turn.store.shared_space(turn.inbound.platform, turn.inbound.chat.id)
    return space is not None and space.couple_id == turn.person.couple_id


def keep_private(turn: Turn) -> bool:
    """Couple content goes to the private chat when written in a group that is not theirs."""
    return turn.in_group and not in_our_shared_space(turn)
