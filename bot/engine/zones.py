"""Time zones and quiet hours: parsing what people type and answering "is it quiet there now?"."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.engine.text import ascii_digits
from storage.people import PersonRow

_OFFSET = re.compile(r"^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)
_CLOCK = re.compile(r"^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _zones_by_folded_name() -> dict[str, str]:
    return {name.casefold(): name for name in available_timezones()}


def parse_timezone(text: str) -> str | None:
    """A canonical zone name (`Europe/Berlin`, `+05:30`, `UTC`) or `None` if it is not one."""
    text = text.strip()
    if not text or len(text) > 64:
        return None
    if text.casefold() in ("utc", "gmt", "z"):
        return "UTC"
    offset = _OFFSET.match(text)
    if offset:
        sign, hours_text, minutes_text = offset.groups()
        hours, minutes = int(hours_text), int(minutes_text or 0)
        if hours > 14 or minutes >= 60 or (hours == 14 and minutes):
            return None
        return f"{sign}{hours:02d}:{minutes:02d}"
    name = _zones_by_folded_name().get(text.replace(" ", "_").casefold())
    return name


@lru_cache(maxsize=4096)
def zone(name: str) -> tzinfo:
    """The tzinfo for a stored zone name; unknown names fall back to UTC rather than fail."""
    offset = _OFFSET.match(name)
    if offset and name not in ("UTC",):
        sign, hours, minutes = offset.groups()
        delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
        return timezone(-delta if sign == "-" else delta)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def local_time(person: PersonRow, now_utc: datetime) -> datetime:
    """An aware instant as the person's wall-clock time."""
    return now_utc.astimezone(zone(person.timezone))


def parse_clock(text: str) -> int | None:
    """Minutes after midnight for `22:00`, `7`, `7:30am`, `10pm`; `None` if not a time of day."""
    match = _CLOCK.match(ascii_digits(text).strip())
    if not match:
        return None
    hours, minutes, meridiem = int(match.group(1)), int(match.group(2) or 0), match.group(3)
    if minutes >= 60:
        return None
    if meridiem:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if meridiem.lower() == "pm" else 0)
    if hours > 23:
        return None
    return hours * 60 + minutes


def parse_quiet_hours(text: str) -> tuple[int, int] | None:
    """`22:00-08:00` → (1320, 480); the range may wrap past midnight but not be empty."""
    parts = re.split(r"\s*(?:-|–|—|to)\s*", text.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    start, end = parse_clock(parts[0]), parse_clock(parts[1])
    if start is None or end is None or start == end:
        return None
    return start, end


def format_clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def is_quiet_at(start: int | None, end: int | None, minute_of_day: int) -> bool:
    if start is None or end is None:
        return False
    if start < end:
        return start <= minute_of_day < end
    return minute_of_day >= start or minute_of_day < end


def in_quiet_hours(person: PersonRow, now_utc: datetime) -> bool:
    local = local_time(person, now_utc)
    return is_quiet_at(person.quiet_start, person.quiet_end, local.hour * 60 + local.minute)
