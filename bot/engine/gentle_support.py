"""Gentle, private suggestions of /support when things keep feeling hard: check-ins that stay
low (two in a row at 10 of 25 or less) or fall sharply (6 points or more since the last one),
or three "not yet" in a row after sharing in /listen.

Once, not every time: a suggestion comes when such a stretch begins, and not again until things
have eased and a new stretch begins. The rules read only the latest few entries, so nothing
extra is stored about anyone.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine import kinds
from bot.engine.turn import Turn

#: A check-in total this low, twice in a row, suggests support.
LOW_TOTAL = 10
#: A fall of this many points since the last check-in suggests support.
SHARP_FALL = 6
#: This many "not yet" in a row after sharing in /listen suggests support.
NOT_YET_IN_A_ROW = 3
#: How many of the latest reflections to look through for answered ones.
_REFLECTIONS_READ = 20


def staying_low(totals: Sequence[int]) -> bool:
    """The latest two check-ins (oldest first) were both at `LOW_TOTAL` or less."""
    return len(totals) >= 2 and totals[-2] <= LOW_TOTAL and totals[-1] <= LOW_TOTAL


def checkin_concern(totals: Sequence[int]) -> str | None:
    """Why the latest check-ins (oldest first) call for support: a message key, or `None`."""
    if len(totals) < 2:
        return None
    previous, latest = totals[-2], totals[-1]
    if staying_low(totals):
        return "checkin.suggest_support_low"
    if previous - latest >= SHARP_FALL:
        return "checkin.suggest_support_fall"
    return None


def checkin_suggestion(totals: Sequence[int]) -> str | None:
    """The suggestion to add after the newest of `totals` (oldest first): only when this
    check-in starts a hard stretch, not when the one before already did."""
    key = checkin_concern(totals)
    if key is None or checkin_concern(totals[:-1]) is not None:
        return None
    return key


def after_checkin(turn: Turn) -> str | None:
    """The words to add to the reading of the check-in just stored, if any."""
    entries = turn.store.latest_entry_data(turn.person_id, kinds.CHECKIN, 3)
    totals = [total for data in reversed(entries) if (total := _total(data)) is not None]
    key = checkin_suggestion(totals)
    return turn.say(key) if key is not None else None


def in_a_low_stretch(turn: Turn) -> bool:
    """Either partner's latest two check-ins were low (the same rule that suggests /support):
    the decks then hold back items tagged `tender`, which could sting in a hard time."""
    people = [turn.person_id] + ([turn.partner.id] if turn.partner and turn.partner.id else [])
    for person_id in people:
        entries = turn.store.latest_entry_data(person_id, kinds.CHECKIN, 2)
        totals = [t for data in reversed(entries) if (t := _total(data)) is not None]
        if staying_low(totals):
            return True
    return False


def after_not_yet(turn: Turn) -> None:
    """Right after the sharer answered "not yet": suggest support when that makes exactly
    `NOT_YET_IN_A_ROW` in a row (a longer run has had its suggestion already)."""
    reflections = turn.store.latest_entries_for(
        turn.person_id, kinds.LISTEN_REFLECTION, _REFLECTIONS_READ
    )
    answers = [r.data.get("felt_heard") for r in reflections if r.data.get("felt_heard")]
    run = 0
    for answer in answers:
        if answer != "not_yet":
            break
        run += 1
    if run == NOT_YET_IN_A_ROW:
        turn.reply("listen.suggest_support", private=True)


def _total(data: dict[str, object]) -> int | None:
    total = data.get("total")
    if isinstance(total, int) and not isinstance(total, bool):
        return total
    scores = data.get("scores")
    if isinstance(scores, list) and all(isinstance(score, int) for score in scores):
        return sum(scores)  # rows from older versions kept only the scores
    return None
