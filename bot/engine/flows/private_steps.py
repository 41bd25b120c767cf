"""Multi-step private practices (check-in, honest talk, listening) run in the person's private
chat: started in a shared space they continue there, or the person is told how to open one, and
text typed in a shared space is never taken as a private answer.
"""

from __future__ import annotations

from bot.engine.turn import Turn


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
