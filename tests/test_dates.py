"""Date night: plan a weekly evening, both partners know, change or cancel it, count it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from bot.engine import kinds
from bot.engine.flows.date_words import read_day_and_time
from bot.engine.flows.dates import plan_in_zone
from storage.models import DatePlan, Entry
from tests.support.couples import button, couple, restart
from tests.support.world import Person, World, shared_prompts, texts


def plans(world: World) -> list[DatePlan]:
    return list(world.db.transaction(lambda s: s.exec(select(DatePlan)).all()))


def date_nights(world: World) -> list[Entry]:
    return list(
        world.db.transaction(
            lambda s: s.exec(select(Entry).where(Entry.kind == kinds.DATE_NIGHT)).all()
        )
    )


async def agree(proposer: Person, partner: Person, day: str, at: str) -> None:
    """`proposer` suggests `day` at `at` with buttons; `partner` says yes."""
    await proposer.says("/date")
    await proposer.taps(day)
    await proposer.taps(at)
    await partner.presses(button(partner.inbox(), "Sounds good"))
    proposer.inbox()


async def test_a_date_night_is_proposed_and_planned_once_the_partner_says_yes(
    world: World,
) -> None:
    alex, sam = await couple(world)
    await alex.says("/timezone Europe/Berlin")
    await sam.says("/timezone Europe/Berlin")
    assert "no phones and no work talk" in texts(await alex.says("/date"))
    assert "Friday it is" in texts(await alex.taps("Friday"))
    asked = texts(await alex.taps("19:30"))
    assert "I've asked Sam whether every Friday at 19:30 suits them too" in asked
    to_sam = sam.inbox()
    assert "Alex would like a weekly date night with you: every Friday at 19:30" in texts(to_sam)
    assert "planned your date night" not in texts(to_sam)
    [plan] = plans(world)
    assert plan.active is False  # nothing is decided for both by one
    agreed = texts(await sam.presses(button(to_sam, "Sounds good")))
    assert "Date night: every Friday at 19:30" in agreed
    assert "Sam said yes: date night every Friday at 19:30" in texts(alex.inbox())
    [plan] = plans(world)
    assert (plan.weekday, plan.minute_of_day, plan.timezone, plan.active) == (
        4,
        19 * 60 + 30,
        "Europe/Berlin",
        True,
    )
    assert plan.proposed_by is None


async def test_a_typed_time_is_understood_even_after_a_restart(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/date")
    await alex.taps("Wednesday")
    restart(world, alex, sam)
    assert "couldn't read" in texts(await alex.says("around sevenish"))
    assert "every Wednesday at 20:15" in texts(await alex.says("8:15pm"))
    [plan] = plans(world)
    assert plan.minute_of_day == 20 * 60 + 15


async def test_a_change_is_described_as_a_change_and_waits_for_a_yes(world: World) -> None:
    alex, sam = await couple(world)
    await agree(alex, sam, "Friday", "19:00")
    shown = texts(await sam.says("/date"))
    assert "Your date night: every Friday at 19:00" in shown
    await sam.taps("Change")
    await sam.taps("Saturday")
    asked = texts(await sam.taps("18:00"))
    assert "moving your date night from every Friday at 19:00 to every Saturday at 18:00" in asked
    received = alex.inbox()
    to_alex = texts(received)
    assert (
        "Sam would like to move your date night from every Friday at 19:00 "
        "to every Saturday at 18:00. OK?"
    ) in to_alex
    assert "planned" not in to_alex
    [plan] = plans(world)
    assert (plan.weekday, plan.minute_of_day, plan.active) == (4, 19 * 60, True)  # until yes
    await alex.presses(button(received, "Sounds good"))
    assert (
        "Alex said yes: your date night moves from every Friday at 19:00 to every Saturday at 18:00"
        in texts(sam.inbox())
    )
    [plan] = plans(world)
    assert (plan.weekday, plan.minute_of_day) == (5, 18 * 60)


async def test_the_partner_can_suggest_another_time_by_typing_it(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/date friday 7:30pm")
    to_sam = sam.inbox()
    assert "every Friday at 19:30" in texts(to_sam)
    asked = texts(await sam.presses(button(to_sam, "Suggest another time")))
    assert "Which day" in asked
    assert "I've asked Alex" in texts(await sam.says("next saturday at 6pm"))
    to_alex = alex.inbox()
    assert (
        "Sam suggested another time: every Saturday at 18:00 instead of every Friday at 19:30"
        in texts(to_alex)
    )
    # Sam's old "Sounds good" for Friday no longer decides anything.
    assert "isn't waiting any more" in texts(await sam.presses(button(to_sam, "Sounds good")))
    await alex.presses(button(to_alex, "Sounds good"))
    [plan] = plans(world)
    assert (plan.weekday, plan.minute_of_day, plan.active) == (5, 18 * 60, True)
    assert "Alex said yes" in texts(sam.inbox())


async def test_the_partner_can_leave_it_and_nothing_changes(world: World) -> None:
    alex, sam = await couple(world)
    await agree(alex, sam, "Friday", "19:00")
    await alex.says("/date sunday 10am")
    await sam.presses(button(sam.inbox(), "leave it"))
    assert "rather leave the date night as it is" in texts(alex.inbox())
    [plan] = plans(world)
    assert (plan.weekday, plan.minute_of_day, plan.proposed_by) == (4, 19 * 60, None)


async def test_the_proposer_cannot_accept_their_own_suggestion(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/date fri 19:00")
    to_sam = sam.inbox()
    assert "isn't waiting any more" in texts(await alex.presses(button(to_sam, "Sounds good")))
    assert plans(world)[0].active is False
    assert "still waiting for Sam's answer" in texts(await alex.says("/date"))
    # /date shows Sam the waiting suggestion again, with its answers.
    again = await sam.says("/date")
    assert "Alex would like a weekly date night with you: every Friday at 19:00" in texts(again)
    await sam.presses(button(again, "Sounds good"))
    assert plans(world)[0].active is True


@pytest.mark.parametrize(
    ("typed", "weekday", "minute"),
    [
        ("friday 7:30pm", 4, 19 * 60 + 30),
        ("Fri 19:00", 4, 19 * 60),
        ("next friday at 8pm", 4, 20 * 60),
        ("this Saturday, 6 pm", 5, 18 * 60),
        ("wednesdays at 19.45", 2, 19 * 60 + 45),
        ("tomorrow 8pm", 5, 20 * 60),  # the clock says Friday 12:00
        ("tonight at 9pm", 4, 21 * 60),
        ("Thurs 7h30pm", 3, 19 * 60 + 30),
        ("SUNDAY 18:00", 6, 18 * 60),
    ],
)
def test_days_and_times_in_words_are_read(typed: str, weekday: int, minute: int) -> None:
    said = read_day_and_time(shared_prompts(), typed, datetime(2026, 11, 6, 12, 0, tzinfo=UTC))
    assert (said.weekday, said.minute) == (weekday, minute)


@pytest.mark.parametrize(
    ("language", "typed", "weekday", "minute"),
    [
        ("en", "friday 8 in the evening", 4, 20 * 60),
        ("en", "tomorrow at 7 in the evening", 5, 19 * 60),
        ("en", "8 tonight", 4, 20 * 60),
        ("en", "friday 11am in the evening", 4, 11 * 60),  # an "am" is believed
        ("en", "friday 20:00 at night", 4, 20 * 60),
        ("es", "el viernes a las 8 de la noche", 4, 20 * 60),
        ("es", "sábado 9 de la mañana", 5, 9 * 60),
        ("es", "mañana a las 7 de la tarde", 5, 19 * 60),
        ("pt", "sexta às 8 da noite", 4, 20 * 60),
        ("ru", "в пятницу в 8 вечера", 4, 20 * 60),
        ("fr", "vendredi 8h du soir", 4, 20 * 60),
    ],
)
def test_an_hour_said_to_be_in_the_evening_is_after_noon(
    language: str, typed: str, weekday: int, minute: int
) -> None:
    from prompts import load_catalog

    prompts = load_catalog(only=(language,)).get(language)
    said = read_day_and_time(prompts, typed, datetime(2026, 11, 6, 12, 0, tzinfo=UTC))
    assert (said.weekday, said.minute) == (weekday, minute)


@pytest.mark.parametrize("typed", ["someday", "soon-ish", "🌙", "", "x" * 5000, "‏الجمعة‏"])
def test_what_is_not_a_day_or_time_is_not_guessed(typed: str) -> None:
    said = read_day_and_time(shared_prompts(), typed, datetime(2026, 11, 6, 12, 0, tzinfo=UTC))
    assert (said.weekday, said.minute) == (None, None)


async def test_a_day_in_words_asks_for_the_time_and_a_time_alone_for_the_day(
    world: World,
) -> None:
    alex, sam = await couple(world)
    await alex.says("/date")
    assert "Friday it is. What time?" in texts(await alex.says("next friday"))
    assert "I've asked Sam whether every Friday at 20:00" in texts(await alex.says("8pm"))
    await alex.says("/date")
    assert "Which day?" in texts(await alex.says("7pm"))
    assert "couldn't read “whenever” as a day" in texts(await alex.says("whenever"))
    sam.inbox()


async def test_cancelling_turns_the_plan_off_and_tells_the_partner(world: World) -> None:
    alex, sam = await couple(world)
    await agree(alex, sam, "Sunday", "18:00")
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
    to_sam = sam.inbox()
    assert "every Friday at 19:00 your time" in texts(to_sam)
    await sam.presses(button(to_sam, "Sounds good"))
    assert "every Saturday at 01:00" in texts(alex.inbox())
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
    await agree(alex, sam, "Friday", "19:00")
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
    alex, sam = await couple(world)
    await agree(alex, sam, "Friday", "19:00")
    elsewhere = await alex.says("/date", group="g-friends")
    assert "19:00" not in texts(elsewhere)
    assert "every Friday at 19:00" in texts(alex.inbox())


def test_the_proposal_migration_keeps_an_agreed_plan_both_ways(tmp_path: Path) -> None:
    """0012_shared_practices adds the waiting proposal; going back drops only that."""
    from alembic import command
    from sqlalchemy import text

    from storage.db import Database
    from storage.migrate import alembic_config, upgrade

    db = Database(f"sqlite:///{tmp_path / 'dates.db'}")
    config = alembic_config(db.engine.url.render_as_string(hide_password=False))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0006_decks")
    with db.engine.begin() as connection:
        connection.execute(text("INSERT INTO couple (id, created_at) VALUES (1, '2026-11-02')"))
        connection.execute(
            text(
                "INSERT INTO dateplan (couple_id, weekday, minute_of_day, timezone, active,"
                " updated_at) VALUES (1, 4, 1140, 'Europe/Berlin', 1, '2026-11-02')"
            )
        )
    upgrade(db.engine)
    with db.engine.begin() as connection:
        row = connection.execute(
            text("SELECT weekday, minute_of_day, proposed_by, proposed_weekday FROM dateplan")
        ).one()
        assert tuple(row) == (4, 1140, None, None)
        connection.execute(text("UPDATE dateplan SET proposed_weekday = 5, proposed_minute = 1080"))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0011_distance")
    with db.engine.connect() as connection:
        assert tuple(
            connection.execute(text("SELECT weekday, minute_of_day FROM dateplan")).one()
        ) == (
            4,
            1140,
        )
