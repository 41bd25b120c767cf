"""Times, dates and numbers as the reader's locale writes them (Babel, from CLDR).

Everything a person reads goes through here with their `Prompts` (whose `locale` comes from
`prompts/languages.toml`): `19:30` or `7:30 م`, `20 December 2026` or `20. Dezember 2026`,
`1,5` or `1.5`. Day names inside sentences ("every Friday") stay in the prompts, where a
translator can give them the case the sentence needs; stored and exported values keep their
fixed forms (`zones.format_clock`, ISO dates).
"""

from __future__ import annotations

from datetime import date, time

from babel.dates import format_date, format_skeleton, format_time
from babel.numbers import format_decimal

from prompts import Prompts


def clock(prompts: Prompts, minutes: int) -> str:
    """A time of day (`minutes` after midnight) in the locale's short form."""
    return str(format_time(time(minutes // 60 % 24, minutes % 60), "short", locale=prompts.locale))


def clock_range(prompts: Prompts, start: int, end: int) -> str:
    """Quiet hours and the like: `22:00–07:00`."""
    return f"{clock(prompts, start)}–{clock(prompts, end)}"


def long_date(prompts: Prompts, day: date) -> str:
    """A day with its month written out and its year: `20 December 2026`."""
    return str(format_date(day, "long", locale=prompts.locale))


def short_date(prompts: Prompts, day: date) -> str:
    """A day and a short month, no year (a week's label on a chart): `20 Dec`."""
    return str(format_skeleton("MMMd", day, locale=prompts.locale))


def numeric_date(prompts: Prompts, day: date) -> str:
    """A day in the locale's short numeric form (lists of entries): `20/12/2026`."""
    return str(format_date(day, "short", locale=prompts.locale))


def number(prompts: Prompts, value: float, digits: int = 1) -> str:
    """A number with the locale's decimal sign, at most `digits` decimals: `3,5`."""
    pattern = "#,##0" + ("." + "#" * digits if digits > 0 else "")
    return str(format_decimal(value, format=pattern, locale=prompts.locale))


def first_weekday(prompts: Prompts) -> int:
    """The day a week starts on where the reader lives (0 Monday … 6 Sunday)."""
    return int(prompts.locale.first_week_day)
