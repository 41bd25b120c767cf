"""Local time for nudges: wall-clock times in a person's zone as UTC instants, the next one on
given weekdays, the date-night reminder, and when quiet hours end.

A time that does not exist (the spring DST gap) maps to just after the gap; a time that happens
twice (the autumn fold) maps to the first of the two. Pure functions of their arguments.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta

from bot.engine.zones import is_quiet_at, zone
from storage.models import DatePlan
from storage.people import PersonRow

#: The date-night reminder comes this long before the date.
DATE_REMINDER_LEAD = timedelta(hours=3)
#: How far ahead to look for the next occurrence: a weekly plan always has one within 8 days.
LOOKAHEAD_DAYS = 9


def at_local(day: date, minute_of_day: int, zone_name: str) -> datetime:
    """The UTC instant of a local wall-clock time: in a DST gap the time just after the gap, in a
    fold the first of the two (PEP 495 `fold=0` gives both)."""
    local = datetime.combine(day, time(minute_of_day // 60, minute_of_day % 60), zone(zone_name))
    return local.astimezone(UTC)


def local_date(instant: datetime, zone_name: str) -> date:
    return instant.astimezone(zone(zone_name)).date()


def next_daily(
    minute_of_day: int,
    weekdays: int,
    zone_name: str,
    after: datetime,
    skip: Iterable[date] = (),
) -> datetime | None:
    """The first instant after `after` at `minute_of_day` on one of `weekdays`, local to the zone,
    not on a local date in `skip`."""
    skipped = set(skip)
    first_day = local_date(after, zone_name)
    for offset in range(LOOKAHEAD_DAYS):
        day = first_day + timedelta(days=offset)
        if not weekdays >> day.weekday() & 1 or day in skipped:
            continue
        instant = at_local(day, minute_of_day, zone_name)
        if instant > after:
            return instant
    return None


def next_date_reminder(
    plan: DatePlan, recipient_zone: str, after: datetime, skip: Iterable[date] = ()
) -> datetime | None:
    """The next reminder before the couple's weekly date night (planned in the planner's zone)."""
    skipped = set(skip)
    first_day = local_date(after, plan.timezone)
    for offset in range(LOOKAHEAD_DAYS):
        day = first_day + timedelta(days=offset)
        if day.weekday() != plan.weekday:
            continue
        instant = at_local(day, plan.minute_of_day, plan.timezone) - DATE_REMINDER_LEAD
        if instant > after and local_date(instant, recipient_zone) not in skipped:
            return instant
    return None


# -- quiet hours -----------------------------------------------------------------------------


def awake_from(person: PersonRow, instant: datetime) -> datetime:
    """The first moment at or after `instant` outside the person's quiet hours."""
    start, end = person.quiet_start, person.quiet_end
    if start is None or end is None:
        return instant
    local = instant.astimezone(zone(person.timezone))
    minute = local.hour * 60 + local.minute
    if not is_quiet_at(start, end, minute):
        return instant
    day = local.date() if minute < end else local.date() + timedelta(days=1)
    return max(instant, at_local(day, end, person.timezone))


def all_awake_from(people: Iterable[PersonRow], instant: datetime) -> datetime | None:
    """The first moment at or after `instant` when none of `people` is in quiet hours."""
    people = list(people)
    candidate = instant
    for _ in range(6):
        later = max(awake_from(person, candidate) for person in people)
        if later == candidate:
            return candidate
        candidate = later
    return None  # quiet hours that together cover the whole day
