"""What Nearer is waiting for from someone, and every way out of it.

A person has at most one waiting question (a `Pending` row, set by `Turn.expect`). It never grabs
text it was not asked for: it ends when it is answered, when the person sends any command (that
command's own question may wait instead), says a cancel word, presses "Never mind", or when it
has waited longer than `EngineSettings.pending_expires_after`; after that, text is new text.
"""

from __future__ import annotations

import functools

from bot.engine.events import Button
from bot.engine.preview import words_waiting
from bot.engine.turn import Turn
from prompts import Prompts
from storage.models import Pending

#: The flow and command that leave whatever was waiting (`/cancel`, the "Never mind" button).
CANCEL = "cancel"
#: The payload of the "Never mind" button every first question carries.
NEVER_MIND = f"{CANCEL}:now"
_TRAILING = " \t\n!.…,;:"


def current(turn: Turn) -> Pending | None:
    """The question waiting for this person's text, or `None`; an expired one is cleared."""
    pending = turn.store.pending(turn.person_id)
    if pending is None:
        return None
    if turn.now - pending.started_at > turn.settings.pending_expires_after:
        turn.done()
        return None
    return pending


def close(turn: Turn) -> None:
    """A command arrived: whatever was waiting is over. Words shown for the partner and not yet
    sent are put aside, and the person is told so (they were never sent)."""
    pending = current(turn)
    if pending is None:
        return
    if words_waiting(pending) is not None:
        turn.reply("waiting.put_aside", partner=turn.name_of(turn.partner))
    turn.done()


def cancel(turn: Turn, _argument: str = "") -> None:
    """`/cancel`, a cancel word or "Never mind": one short kind line, nothing kept waiting."""
    if current(turn) is None:
        turn.reply("waiting.nothing_to_cancel", private=False)
        return
    turn.done()
    turn.reply("waiting.cancelled", private=False)


def is_cancel_word(prompts: Prompts, text: str) -> bool:
    """Whether `text`, on its own, is one of this language's cancel words ("stop", "never mind")."""
    return text.casefold().rstrip(_TRAILING) in _cancel_words(prompts)


@functools.cache
def _cancel_words(prompts: Prompts) -> frozenset[str]:
    words = prompts.say("waiting.cancel_words").split(",")
    return frozenset(word.strip().casefold() for word in words if word.strip())


def never_mind(turn: Turn) -> Button:
    """The "Never mind" button for a flow's first question."""
    return turn.button("common.cancel", NEVER_MIND)
