"""The numbers behind `/progress`: what a couple did in each of their recent weeks.

Pure and synchronous: it runs inside the engine's transaction, asks the store one grouped count
and two short lists (the asking person's check-ins, the couple's revealed dream questions) and
draws nothing. Weeks start on Monday at midnight in the asking person's zone (DST included: each
boundary is a local midnight turned into UTC on its own). Counts are per couple, never per
partner; a dream question counts once, when both have answered it. The check-in figures are the
asking person's own scores, because check-ins are private, and each figure says what it is (the
first, the latest, an average). A solo person sees their own entries.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from bot.engine import kinds
from bot.engine.zones import zone
from storage.people import PersonRow
from storage.store import CheckinScore, Store

WEEKS_SHOWN = 8
#: A check-in is five questions scored 1–5; its `data["total"]` lies in this range.
CHECKIN_RANGE = (5.0, 25.0)
#: A streak is worth celebrating from this many weeks in a row.
STREAK_FROM_WEEKS = 2


@dataclass(frozen=True)
class Practice:
    """One bar in the chart: the entry kinds it counts."""

    key: str
    kinds: tuple[str, ...]


#: The chart's practices, in the order they are shown and summed up.
PRACTICES = (
    Practice("hugs", (kinds.HUG,)),
    Practice("appreciations", (kinds.APPRECIATION,)),
    Practice("together", (kinds.TOGETHER, kinds.DATE_NIGHT)),
    Practice("dreams", (kinds.DREAM_ANSWER,)),
    Practice("ideas", (kinds.IDEA_DONE,)),
)
#: Streaks are also celebrated for date nights alone and for check-ins.
DATE_NIGHTS = "date_nights"
CHECKINS = "checkins"
#: Counted from entries in one grouped query. A couple's dream questions and the asking person's
#: check-ins are read on their own (`weekly_progress`).
_COUNTED_KINDS = tuple(kind for practice in PRACTICES for kind in practice.kinds)


@dataclass(frozen=True)
class Week:
    """One Monday-to-Sunday week in the asking person's zone."""

    starts_on: date
    counts: Mapping[str, int]
    date_nights: int = 0
    checkins: int = 0
    checkin_average: float | None = None

    def count(self, key: str) -> int:
        """Entries for a practice key, or for `DATE_NIGHTS` / `CHECKINS`."""
        if key == DATE_NIGHTS:
            return self.date_nights
        if key == CHECKINS:
            return self.checkins
        return self.counts.get(key, 0)

    @property
    def has_activity(self) -> bool:
        return self.checkins > 0 or any(self.counts.values())


@dataclass(frozen=True)
class Streak:
    """`weeks` weeks in a row, up to and including the latest week, with `key` done."""

    key: str
    weeks: int


@dataclass(frozen=True)
class ProgressReport:
    """Oldest week first; the last week is the current one, still under way."""

    weeks: tuple[Week, ...]
    as_couple: bool
    #: The asking person's own check-ins in these weeks, oldest first.
    checkins: tuple[CheckinScore, ...] = ()

    def total(self, key: str) -> int:
        return sum(week.count(key) for week in self.weeks)

    @property
    def this_week(self) -> Week:
        return self.weeks[-1]

    @property
    def has_activity(self) -> bool:
        return any(week.has_activity for week in self.weeks)

    @property
    def checkin_averages(self) -> tuple[float | None, ...]:
        return tuple(week.checkin_average for week in self.weeks)

    def streaks(self) -> list[Streak]:
        """Streaks worth celebrating, longest first (a date night before the wider "together").

        The current week does not break a streak while it is still under way: a streak counts
        back from this week if it has the practice, otherwise from last week. Nothing here ever
        reports a streak that ended.
        """
        found: list[Streak] = []
        for key in (DATE_NIGHTS, *(p.key for p in PRACTICES), CHECKINS):
            counts = [week.count(key) for week in self.weeks]
            if counts and counts[-1] == 0:
                counts.pop()
            run = 0
            for count in reversed(counts):
                if count == 0:
                    break
                run += 1
            if run >= STREAK_FROM_WEEKS:
                found.append(Streak(key, run))
        found.sort(key=lambda streak: -streak.weeks)  # stable: date nights first on a tie
        together = next((s for s in found if s.key == "together"), None)
        dates = next((s for s in found if s.key == DATE_NIGHTS), None)
        if together is not None and dates is not None and dates.weeks >= together.weeks:
            found.remove(together)  # the date-night streak says it more warmly
        return found


def week_starts(zone_name: str, now: datetime, count: int, first_weekday: int = 0) -> list[date]:
    """The local first days (Mondays unless `first_weekday` says otherwise: 6 is Sunday) of the
    last `count` weeks, oldest first, this week's last."""
    today = now.astimezone(zone(zone_name)).date()
    monday = today - timedelta(days=(today.weekday() - first_weekday) % 7)
    return [monday - timedelta(weeks=back) for back in range(count - 1, -1, -1)]


def local_midnight_utc(zone_name: str, day: date) -> datetime:
    """Midnight at the start of `day` in the zone, as an aware UTC instant."""
    return datetime.combine(day, time(0), tzinfo=zone(zone_name)).astimezone(UTC)


def weeks_since(began: datetime, zone_name: str, now: datetime, first_weekday: int = 0) -> int:
    """How many weeks (this one included) have started since `began`, in the zone."""
    first_day = began.astimezone(zone(zone_name)).date()
    first_monday = first_day - timedelta(days=(first_day.weekday() - first_weekday) % 7)
    this_monday = week_starts(zone_name, now, 1, first_weekday)[0]
    return max(1, (this_monday - first_monday).days // 7 + 1)


def weekly_progress(
    store: Store,
    person: PersonRow,
    partner: PersonRow | None,
    now: datetime,
    *,
    most_weeks: int = WEEKS_SHOWN,
    first_weekday: int = 0,
) -> ProgressReport:
    """The report for `person`: the couple's weeks when paired, their own when solo.

    It covers at most `most_weeks`, and none from before the couple (or the solo person)
    began unless something was done then (solo entries join the couple when it pairs): a new
    couple sees its first week, not seven empty ones before it.
    """
    assert person.id is not None
    couple = store.couple(person.couple_id) if partner is not None and person.couple_id else None
    couple_id = couple.id if couple is not None else None
    began = couple.created_at if couple is not None else person.created_at
    # Weeks start on the day the reader's locale starts them (Monday, or Sunday in Brazil).
    mondays = week_starts(person.timezone, now, most_weeks, first_weekday)
    boundaries = [local_midnight_utc(person.timezone, monday) for monday in mondays]
    tallies = store.weekly_entry_tallies(
        person_id=person.id,
        couple_id=couple_id,
        week_starts=boundaries,
        until=now,
        kinds=_COUNTED_KINDS,
    )
    by_week: list[dict[str, int]] = [{} for _ in mondays]
    for tally in tallies:
        by_week[tally.week][tally.kind] = tally.entries
    window = {"since": boundaries[0], "until": now}
    # Solo, each dream answer is a question answered. In a couple, two answers to one question
    # are one question answered together, counted in the week the second one came.
    dreams = [found.get(kinds.DREAM_ANSWER, 0) for found in by_week]
    if couple_id is not None:
        dreams = [0 for _ in mondays]
        for at in store.dream_reveal_times(couple_id=couple_id, **window):
            dreams[_week_of(at, boundaries)] += 1
    checkins = store.own_checkin_scores(person_id=person.id, couple_id=couple_id, **window)
    scores: list[list[float]] = [[] for _ in mondays]
    for checkin in checkins:
        scores[_week_of(checkin.at, boundaries)].append(_within_checkin_range(checkin.total))
    weeks = [
        Week(
            starts_on=monday,
            counts={
                p.key: dreams[index]
                if p.key == "dreams"
                else sum(found.get(kind, 0) for kind in p.kinds)
                for p in PRACTICES
            },
            date_nights=found.get(kinds.DATE_NIGHT, 0),
            checkins=len(scores[index]),
            checkin_average=sum(scores[index]) / len(scores[index]) if scores[index] else None,
        )
        for index, (monday, found) in enumerate(zip(mondays, by_week, strict=True))
    ]
    first_active = next((i for i, week in enumerate(weeks) if week.has_activity), len(weeks))
    started = weeks_since(began, person.timezone, now, first_weekday)
    first_shown = min(first_active, max(0, most_weeks - started))
    return ProgressReport(
        weeks=tuple(weeks[first_shown:]),
        as_couple=couple is not None,
        checkins=tuple(c for c in checkins if c.at >= boundaries[first_shown]),
    )


def _week_of(at: datetime, boundaries: list[datetime]) -> int:
    """The index of the week `at` falls in (`at` is inside the window)."""
    return max(index for index, start in enumerate(boundaries) if start <= at)


def score_text(average: float) -> str:
    """A check-in average as shown everywhere (text, alt text, chart): the nearest whole number,
    halves rounded up; one decimal would crowd the chart and suggest precision it lacks."""
    return str(math.floor(average + 0.5))


def average_text(average: float) -> str:
    """An average named as one: whole when it is whole, else one decimal ("15.5"), so it is
    never mistaken for a score someone gave."""
    rounded = round(average, 1)
    return str(int(rounded)) if rounded.is_integer() else f"{rounded:.1f}"


def _within_checkin_range(total: float) -> float:
    """A stored total outside 5–25 is a bug elsewhere; keep the chart's axis honest anyway."""
    low, high = CHECKIN_RANGE
    return min(high, max(low, total))
