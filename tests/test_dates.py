"""Date night: plan a weekly evening, both partners know, change or cancel it, count it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import select

from bot.engine import kinds
from bot.engine.flows.dates import plan_in_zone
from storage.models import DatePlan, Entry
from tests.support.couples import couple, restart
from tests.support.world import World, texts


def plans(world: World) -> list[DatePlan]:
    return list(world.db.transaction(lambda s: s.exec(select(DatePlan)).all()))


def date_nights(world: World) -> list[Entry]:
    return list(
        world.db.transaction(
            lambda s: s.exec(select(Entry).where(Entry.kind == kinds.DATE_NIGHT)).all()
        )
    )


async def test_a_date_night_is_planned_with_buttons_and_the_partner_is_told(
    world: World,
) -> None:
    alex, sam = await couple(world)
    await alex.says("/timezone Europe/Berlin")
    await sam.says("/timezone Europe/Berlin")
    assert "no phones and no work talk" in texts(await alex.says("/date"))
    assert "Friday it is" in texts(await alex.taps("Friday"))
    planned = texts(await alex.taps("19:30"))
    assert "every Friday at 19:30" in planned
    assert "Alex planned your date night: every Friday at 19:30" in texts(sam.inbox())
    [plan] = plans(world)
    assert (plan.weekday, plan.minute_of_day, plan.timezone, plan.active) == (
        4,
        19 * 60 + 30,
        "Europe/Berlin",
        True,
    )


async def test_a_typed_time_is_understood_even_after_a_restart(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/date")
    await alex.taps("Wednesday")
    restart(world, alex, sam)
    assert "couldn't read" in texts(await alex.says("around sevenish"))
    assert "every Wednesday at 20:15" in texts(await alex.says("8:15pm"))
    [plan] = plans(world)
    assert plan.minute_of_day == 20 * 60 + 15


async def test_date_again_shows_the_plan_and_it_can_be_changed(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/date")
    await alex.taps("Friday")
    await alex.taps("19:00")
    sam.inbox()
    shown = texts(await sam.says("/date"))
    assert "Your date night: every Friday at 19:00" in shown
    await sam.taps("Change")
    await sam.taps("Saturday")
    await sam.taps("20:00")
    assert "Sam planned your date night: every Saturday at 20:00" in texts(alex.inbox())
    [plan] = plans(world)
    assert (plan.weekday, plan.minute_of_day) == (5, 20 * 60)


async def test_cancelling_turns_the_plan_off_and_tells_the_partner(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/date")
    await alex.taps("Sunday")
    await alex.taps("18:00")
    await sam.says("/date")
    assert "cancelled" in texts(await sam.taps("Cancel it"))
    assert "Sam cancelled your weekly date night" in texts(alex.inbox())
    [plan] = plans(world)
    assert plan.active is False
    assert "Which day" in texts(await alex.says("/date"))
    assert "no date night planned" in texts(await alex.presses("date:cancel"))


async def test_each_partner_sees_the_time_in_their_own_zone(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/timezone Europe/Berlin")
    await sam.says("/timezone America/New_York")
    await alex.says("/date")
    await alex.taps("Saturday")
    await alex.says("01:00")  # Saturday 01:00 in Berlin is Friday evening in New York
    assert "every Friday at 19:00 your time" in texts(sam.inbox())
    assert "every Friday at 19:00 your time" in texts(await sam.says("/date"))
    assert "every Saturday at 01:00." in texts(await alex.says("/date"))


def test_a_plan_is_converted_across_zones_for_its_next_occurrence() -> None:
    plan = DatePlan(
        couple_id=1,
        weekday=0,
        minute_of_day=30,
        timezone="Asia/Tokyo",
        updated_at=datetime.now(UTC),
    )
    assert plan_in_zone(plan, "UTC", datetime(2026, 11, 2, 9, 0, tzinfo=UTC)) == (6, 15 * 60 + 30)
    assert plan_in_zone(plan, "Asia/Tokyo", datetime(2026, 11, 2, 9, 0, tzinfo=UTC)) == (0, 30)


async def test_we_had_our_date_night_counts_once_for_the_couple(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/date")
    await alex.taps("Friday")
    await alex.taps("19:00")
    await alex.says("/date")
    assert "made the time" in texts(await alex.taps("We had our date night"))
    await sam.says("/date")
    assert "already counted" in texts(await sam.taps("We had our date night"))
    assert len(date_nights(world)) == 1
    world.clock.advance(days=7)
    await sam.says("/date")
    await sam.taps("We had our date night")
    assert len(date_nights(world)) == 2


async def test_a_solo_person_is_told_date_night_needs_a_partner(world: World) -> None:
    kim = world.person("Kim")
    assert "Date night is for two" in texts(await kim.says("/date"))
    assert "Date night is for two" in texts(await kim.presses("date:day:4"))
    assert plans(world) == []


async def test_unpairing_with_a_plan_removes_it(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/date")
    await alex.taps("Friday")
    await alex.taps("19:00")
    await alex.says("/unpair")
    assert "no longer connected" in texts(await alex.taps("yes"))
    assert plans(world) == []
    assert "Date night is for two" in texts(await sam.says("/date"))


async def test_forged_date_buttons_get_a_kind_answer(world: World) -> None:
    alex, _sam = await couple(world)
    for payload in ("date:day:9", "date:time:3.9999", "date:time:x", "date:bogus"):
        assert "stale" in texts(await alex.presses(payload))
    assert plans(world) == []


async def test_the_plan_is_not_shown_in_a_group_that_is_not_the_couples(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/date")
    await alex.taps("Friday")
    await alex.taps("19:00")
    elsewhere = await alex.says("/date", group="g-friends")
    assert "19:00" not in texts(elsewhere)
    assert "every Friday at 19:00" in texts(alex.inbox())
