"""Long-distance mode: which deck and which wording a practice uses for a couple living apart.

A couple says it lives apart with `/together apart` (either partner; `bot.engine.flows.distance`).
Then `/together`, `/hug`, `/date` and their nudges draw from the `_apart` decks (calls, voice
notes, the same film at the same time) instead of ideas that need one room, and `/together`
counts down to the next visit when one is set. A practice asks here rather than storing its own
copy of the setting, so one switch changes every practice at once.
"""

from __future__ import annotations

from datetime import date

from bot.engine.turn import Turn
from bot.engine.zones import local_time

#: A practice's deck -> the one drawn instead while the couple lives apart.
APART_DECKS = {
    "quality_time": "quality_time_apart",
    "touch_ideas": "touch_ideas_apart",
    "nudge_hug": "nudge_hug_apart",
    "nudge_together": "nudge_together_apart",
    "nudge_date": "nudge_date_apart",
}
APART_SUFFIX = "_apart"


def lives_apart(turn: Turn) -> bool:
    """The asking person's couple lives apart (never for someone not paired)."""
    return turn.partner is not None and turn.store.couple_lives_apart(turn.person.couple_id)


def deck_for(deck: str, apart: bool) -> str:
    """The deck a practice draws from: its `_apart` twin while the couple lives apart."""
    return APART_DECKS.get(deck, deck) if apart else deck


def wording(turn: Turn, key: str, apart: bool | None = None) -> str:
    """`key`, or its `_apart` version when the couple lives apart and the prompts have one: the
    hook a practice uses to word itself for distance without knowing how it is stored."""
    if apart is None:
        apart = lives_apart(turn)
    if apart and turn.prompts.has(key + APART_SUFFIX):
        return key + APART_SUFFIX
    return key


def days_until_visit(turn: Turn) -> int | None:
    """Whole days from today (in the asking person's zone) to the next visit; `None` when no
    visit is set, the couple lives together, or the day has passed."""
    if not lives_apart(turn):
        return None
    visit = turn.store.next_visit(turn.person.couple_id)
    if visit is None:
        return None
    days = (visit - local_time(turn.person, turn.now).date()).days
    return days if days >= 0 else None


def countdown(turn: Turn) -> str:
    """ "12 days until you see each other." (or tomorrow, or today), or "" without a visit."""
    days = days_until_visit(turn)
    if days is None:
        return ""
    if days == 0:
        return turn.say("distance.countdown_today")
    if days == 1:
        return turn.say("distance.countdown_tomorrow")
    return turn.say("distance.countdown_days", days=days)


def parse_visit_day(text: str, today: date) -> date | None:
    """A visit day typed as `2026-12-20`, `20.12.` or `20/12` (the next such day); `None` for
    anything else, a day in the past, or one more than two years away."""
    cleaned = text.strip().rstrip(".")
    found: date | None = None
    try:
        found = date.fromisoformat(cleaned)
    except ValueError:
        for separator in (".", "/"):
            day, sep, month = cleaned.partition(separator)
            if sep and day.isdecimal() and month.isdecimal() and len(day) <= 2 and len(month) <= 2:
                try:
                    found = date(today.year, int(month), int(day))
                except ValueError:
                    return None
                if found < today:
                    try:
                        found = found.replace(year=today.year + 1)
                    except ValueError:  # 29 February
                        return None
                break
    if found is None or found < today or (found - today).days > 2 * 366:
        return None
    return found
