"""The numbers behind `/progress`: weeks in the person's zone, counts per couple, streaks that
only celebrate. Entries are written at known instants; the engine's clock is set around them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import event

from bot.engine import kinds
from bot.engine.progress import (
    DATE_NIGHTS,
    ProgressReport,
    Streak,
    Week,
    local_midnight_utc,
    score_text,
    week_starts,
)
from tests.support.history import (
    NOW,
    START,
    add,
    dream_shared,
    join,
    known_history,
    pair,
    report_for,
    series,
    set_zone,
    week,
)
from tests.support.world import World


async def test_eight_weeks_of_a_couple_count_per_week_including_quiet_weeks(world: World) -> None:
    alex, _sam, _kim = await known_history(world)
    report = report_for(world, alex)
    assert [w.starts_on for w in report.weeks] == [
        date(2026, 9, 14) + timedelta(weeks=n) for n in range(8)
    ]
    assert series(report, "hugs") == [2, 0, 0, 0, 3, 0, 0, 1]
    assert series(report, "appreciations") == [1, 0, 0, 0, 0, 0, 1, 0]
    assert series(report, "together") == [0, 0, 2, 0, 0, 1, 1, 1]
    assert series(report, "dreams") == [0, 0, 1, 0, 0, 0, 0, 0]
    assert series(report, "ideas") == [0, 0, 0, 0, 0, 1, 0, 0]
    assert series(report, DATE_NIGHTS) == [0, 0, 1, 0, 0, 1, 1, 1]
    assert not report.weeks[1].has_activity and not report.weeks[3].has_activity
    assert report.as_couple


async def test_the_check_in_line_is_my_own_weekly_average_and_none_without_one(
    world: World,
) -> None:
    alex, sam, _kim = await known_history(world)
    assert report_for(world, alex).checkin_averages == (12, None, None, None, 15.5) + (None,) * 3
    assert report_for(world, sam).checkin_averages == (None,) * 4 + (5, None, None, None)


async def test_a_dream_question_counts_once_when_both_have_answered_it(world: World) -> None:
    """Two answers to one question were "2 dream questions answered"; it is one, answered
    together, in the week the second answer came. One answer alone is not yet shared."""
    world.clock.now = START
    alex, sam = world.person("Alex"), world.person("Sam")
    await pair(world, alex, sam)
    dream_shared(world, alex, sam, week(1, days=5), week(2))
    dream_shared(world, sam, alex, week(4), week(4, days=1))
    add(world, alex, kinds.DREAM_ANSWER, week(6))  # waiting for Sam
    world.clock.now = NOW
    for person in (alex, sam):
        assert series(report_for(world, person), "dreams") == [0, 0, 1, 0, 1, 0, 0, 0]


async def test_solo_each_dream_answer_is_a_question_answered(world: World) -> None:
    world.clock.now = START
    robin = world.person("Robin")
    await join(robin)
    add(world, robin, kinds.DREAM_ANSWER, week(3))
    add(world, robin, kinds.DREAM_ANSWER, week(5))
    world.clock.now = NOW
    assert series(report_for(world, robin), "dreams") == [0, 0, 0, 1, 0, 1, 0, 0]


async def test_my_check_ins_are_listed_oldest_first_with_their_own_scores(world: World) -> None:
    alex, sam, _kim = await known_history(world)
    assert [c.total for c in report_for(world, alex).checkins] == [12, 14, 17]
    assert [c.total for c in report_for(world, sam).checkins] == [5]


async def test_both_partners_see_the_same_couple_counts(world: World) -> None:
    alex, sam, _kim = await known_history(world)
    mine, theirs = report_for(world, alex), report_for(world, sam)
    for key in ("hugs", "appreciations", "together", "dreams", "ideas", DATE_NIGHTS):
        assert series(mine, key) == series(theirs, key)


async def test_another_couples_entries_never_count(world: World) -> None:
    alex, _sam, kim = await known_history(world)
    assert report_for(world, alex).total("ideas") == 1
    theirs = report_for(world, kim)
    assert series(theirs, "hugs") == [1] * 8
    assert series(theirs, "ideas") == [1] * 8
    assert theirs.checkin_averages == (None,) * 8  # Lee's check-ins are Lee's


async def test_an_entry_in_the_future_or_before_the_window_is_left_out(world: World) -> None:
    alex, _sam, _kim = await known_history(world)
    add(world, alex, kinds.HUG, NOW + timedelta(minutes=1))
    add(world, alex, kinds.HUG, datetime(2026, 9, 13, 23, 59, tzinfo=UTC))
    assert report_for(world, alex).total("hugs") == 6


async def test_an_entry_at_monday_midnight_starts_the_new_week(world: World) -> None:
    alex, _sam, _kim = await known_history(world)
    add(world, alex, kinds.IDEA_DONE, datetime(2026, 10, 26, 0, 0, tzinfo=UTC))
    add(world, alex, kinds.IDEA_DONE, datetime(2026, 10, 25, 23, 59, 59, tzinfo=UTC))
    assert series(report_for(world, alex), "ideas") == [0, 0, 0, 0, 0, 2, 1, 0]


async def test_weeks_follow_the_askers_zone_sunday_night_in_auckland_is_not_monday_in_utc(
    world: World,
) -> None:
    world.clock.now = START
    alex, sam = world.person("Alex"), world.person("Sam")
    await pair(world, alex, sam)
    set_zone(world, alex, "Pacific/Auckland")
    # Sunday 1 Nov 23:30 in Auckland (NZDT, +13) is Sunday 10:30 UTC: last week for both.
    add(world, sam, kinds.HUG, datetime(2026, 11, 1, 10, 30, tzinfo=UTC))
    # Monday 2 Nov 00:30 in Auckland is still Sunday 11:30 in UTC: this week there, last week here.
    add(world, sam, kinds.APPRECIATION, datetime(2026, 11, 1, 11, 30, tzinfo=UTC))
    world.clock.now = datetime(2026, 11, 4, 0, 0, tzinfo=UTC)  # Wednesday 13:00 in Auckland
    in_auckland, in_utc = report_for(world, alex), report_for(world, sam)
    assert series(in_auckland, "hugs")[-2:] == [1, 0]
    assert series(in_auckland, "appreciations")[-2:] == [0, 1]
    assert series(in_utc, "hugs")[-2:] == [1, 0]
    assert series(in_utc, "appreciations")[-2:] == [1, 0]


async def test_weeks_keep_local_midnight_across_a_daylight_saving_change(world: World) -> None:
    world.clock.now = START
    alex, sam = world.person("Alex"), world.person("Sam")
    await pair(world, alex, sam)
    set_zone(world, alex, "America/Los_Angeles")
    # Monday 26 Oct 00:30 in Los Angeles is still summer time (PDT, -7): 07:30 UTC. Now (4 Nov)
    # is winter time (-8); a week boundary taken with today's offset would misplace it.
    add(world, sam, kinds.HUG, datetime(2026, 10, 26, 7, 30, tzinfo=UTC))
    # Sunday 1 Nov 23:30 PST (clocks went back that morning) is Monday 07:30 UTC.
    add(world, sam, kinds.APPRECIATION, datetime(2026, 11, 2, 7, 30, tzinfo=UTC))
    report = report_for(world, alex, datetime(2026, 11, 4, 20, 0, tzinfo=UTC))
    assert report.weeks[-2].starts_on == date(2026, 10, 26)
    assert series(report, "hugs")[-3:] == [0, 1, 0]
    assert series(report, "appreciations")[-3:] == [0, 1, 0]


def test_week_boundaries_are_each_local_midnight_in_utc() -> None:
    mondays = week_starts("America/Los_Angeles", datetime(2026, 11, 4, 20, tzinfo=UTC), 2)
    assert mondays == [date(2026, 10, 26), date(2026, 11, 2)]
    boundaries = [local_midnight_utc("America/Los_Angeles", monday) for monday in mondays]
    assert boundaries == [
        datetime(2026, 10, 26, 7, tzinfo=UTC),
        datetime(2026, 11, 2, 8, tzinfo=UTC),
    ]


async def test_a_new_couple_sees_its_first_week_not_seven_empty_ones(world: World) -> None:
    world.clock.now = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)  # Tuesday
    alex, sam = world.person("Alex"), world.person("Sam")
    await pair(world, alex, sam)
    add(world, alex, kinds.HUG, world.clock.now + timedelta(hours=1))
    add(world, sam, kinds.APPRECIATION, world.clock.now + timedelta(hours=2))
    world.clock.advance(days=1)
    report = report_for(world, alex)
    assert [w.starts_on for w in report.weeks] == [date(2026, 11, 2)]
    assert (report.total("hugs"), report.total("appreciations")) == (1, 1)


async def test_a_couple_that_paired_three_weeks_ago_sees_three_weeks(world: World) -> None:
    world.clock.now = datetime(2026, 10, 21, 9, 0, tzinfo=UTC)
    alex, sam = world.person("Alex"), world.person("Sam")
    await pair(world, alex, sam)
    world.clock.now = NOW
    assert [w.starts_on for w in report_for(world, alex).weeks] == [
        date(2026, 10, 19),
        date(2026, 10, 26),
        date(2026, 11, 2),
    ]


async def test_solo_weeks_before_pairing_join_the_couples_report(world: World) -> None:
    world.clock.now = START
    alex = world.person("Alex")
    await join(alex)
    add(world, alex, kinds.APPRECIATION, week(1))  # kept for a partner who has not joined yet
    world.clock.now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    await pair(world, alex, world.person("Sam"))
    world.clock.now = NOW
    report = report_for(world, world.person("Sam"))
    assert report.weeks[0].starts_on == date(2026, 9, 21)
    assert series(report, "appreciations") == [1, 0, 0, 0, 0, 0, 0]


async def test_a_solo_person_sees_their_own_entries(world: World) -> None:
    world.clock.now = START
    robin = world.person("Robin")
    await join(robin)
    add(world, robin, kinds.CHECKIN, week(6), total=20)
    add(world, robin, kinds.APPRECIATION, week(7))
    await known_history(world)  # others around, busy
    report = report_for(world, robin)
    assert not report.as_couple
    assert len(report.weeks) == 8
    assert series(report, "appreciations") == [0] * 7 + [1]
    assert report.checkin_averages[-2:] == (20, None)
    assert report.total("hugs") == 0


async def test_after_a_new_pairing_the_old_couples_entries_stay_out(world: World) -> None:
    world.clock.now = START
    alex, kim, sam = world.person("Alex"), world.person("Kim"), world.person("Sam")
    await pair(world, alex, kim)
    add(world, kim, kinds.HUG, week(1))
    add(world, alex, kinds.HUG, week(1))
    await alex.says("/unpair")
    await alex.taps("yes, unpair")
    world.clock.now = week(3)
    await pair(world, alex, sam)
    add(world, sam, kinds.HUG, week(4))
    world.clock.now = NOW
    assert report_for(world, alex).total("hugs") == 1
    assert report_for(world, kim).total("hugs") == 1  # Kim, solo now, keeps Kim's own


async def test_one_report_reads_a_fixed_few_statements_however_much_was_done(
    world: World,
) -> None:
    """One grouped count, the asker's check-ins, the couple's revealed dream questions."""
    alex, sam, _kim = await known_history(world)

    def statements_for_a_report() -> list[str]:
        statements: list[str] = []

        def remember(_conn, _cursor, statement, *_args) -> None:
            statements.append(statement)

        event.listen(world.db.engine, "before_cursor_execute", remember)
        try:
            report_for(world, alex)
        finally:
            event.remove(world.db.engine, "before_cursor_execute", remember)
        return statements

    before = statements_for_a_report()
    for number in range(8):
        add(world, sam, kinds.HUG, week(number, days=3))
        add(world, alex, kinds.CHECKIN, week(number, days=3), total=20)
        dream_shared(world, alex, sam, week(number, days=3), week(number, days=4))
    after = statements_for_a_report()
    assert len(after) == len(before)
    assert sum("FROM entry" in statement for statement in after) == 2
    assert sum("FROM dreamround" in statement for statement in after) == 1


# -- streaks: celebrate what is still going, never what ended ---------------------------------


def _report(**weekly: list[int]) -> ProgressReport:
    length = len(next(iter(weekly.values())))
    weeks = []
    for index in range(length):
        counts = {key: values[index] for key, values in weekly.items() if key != DATE_NIGHTS}
        date_nights = weekly.get(DATE_NIGHTS, [0] * length)[index]
        counts["together"] = counts.get("together", 0) + date_nights
        weeks.append(
            Week(date(2026, 9, 14) + timedelta(weeks=index), counts, date_nights=date_nights)
        )
    return ProgressReport(tuple(weeks), as_couple=True)


def test_three_weeks_in_a_row_with_a_date_night_is_a_streak() -> None:
    report = _report(date_nights=[0, 1, 0, 0, 0, 1, 1, 1])
    assert report.streaks() == [Streak(DATE_NIGHTS, 3)]


def test_this_week_still_under_way_does_not_break_a_streak() -> None:
    report = _report(hugs=[0, 0, 0, 0, 2, 1, 3, 0])
    assert report.streaks() == [Streak("hugs", 3)]


def test_a_streak_that_ended_is_never_mentioned() -> None:
    report = _report(hugs=[1, 1, 1, 1, 1, 0, 0, 0], appreciations=[0, 0, 0, 0, 0, 0, 1, 0])
    assert report.streaks() == []


def test_one_week_alone_is_not_yet_a_streak() -> None:
    assert _report(hugs=[0, 0, 1]).streaks() == []


def test_streaks_come_longest_first() -> None:
    report = _report(
        hugs=[1, 1, 1, 1, 1, 1, 1, 1], appreciations=[0, 0, 0, 0, 0, 1, 1, 1], ideas=[0] * 8
    )
    assert report.streaks() == [Streak("hugs", 8), Streak("appreciations", 3)]


def test_check_in_scores_are_shown_as_whole_numbers_halves_up() -> None:
    assert [score_text(v) for v in (12.0, 15.5, 16.49, 24.999)] == ["12", "16", "16", "25"]
