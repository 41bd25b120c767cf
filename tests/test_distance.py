"""Long-distance mode, told from both partners' sides: either one says they live apart, the other
hears it, and /together, /hug, /date and their nudges switch to ways of being close from afar,
with a countdown to the next visit. Switching back brings the shared-room ideas back."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from bot.engine.distance import parse_visit_day
from storage.models import Couple
from tests.support.nudges import local, of_kind, paired, run_clock
from tests.support.world import Person, World, texts


def items(world: World, deck: str) -> set[str]:
    return set(world.engine.prompts.deck(deck).items)


def couples(world: World) -> list[Couple]:
    return list(world.db.transaction(lambda session: session.exec(select(Couple)).all()))


def idea_in(reply_text: str, deck_items: set[str]) -> str:
    found = [item for item in deck_items if item in reply_text]
    assert len(found) == 1, reply_text
    return found[0]


async def apart(world: World) -> tuple[Person, Person]:
    alex, sam = await paired(world)
    await alex.says("/together apart")
    sam.inbox()
    return alex, sam


async def test_either_partner_can_say_they_live_apart_and_the_other_hears_it(world: World) -> None:
    alex, sam = await paired(world)
    said = texts(await alex.says("/together apart"))
    assert "live apart" in said and "/together visit" in said
    (heard,) = sam.inbox()
    assert heard.text.startswith("Alex set Nearer to long-distance mode")
    assert [couple.lives_apart for couple in couples(world)] == [True]
    # Sam can switch it back, and Alex hears that.
    assert "same place" in texts(await sam.says("/together nearby"))
    (back,) = alex.inbox()
    assert back.text.startswith("Sam set Nearer back to living close by")
    assert [couple.lives_apart for couple in couples(world)] == [False]


async def test_saying_what_is_already_set_changes_nothing_and_tells_no_one(world: World) -> None:
    alex, sam = await apart(world)
    assert "already in long-distance mode" in texts(await sam.says("/together apart"))
    assert alex.inbox() == []
    await sam.says("/together nearby")
    alex.inbox()
    assert "already set up as living close by" in texts(await alex.says("/together nearby"))
    assert sam.inbox() == []


async def test_together_offers_an_idea_for_apart_and_both_can_count_it(world: World) -> None:
    alex, sam = await apart(world)
    offer = texts(await sam.says("/together"))
    assert "wherever you each are" in offer
    idea = idea_in(offer, items(world, "quality_time_apart"))
    await sam.taps("We'll do it")
    (invited,) = alex.inbox()
    assert idea in invited.text
    did_it = invited.buttons[0][0].payload
    assert "twenty minutes of just you two" in texts(await alex.presses(did_it))


async def test_after_switching_back_the_ideas_need_one_room_again(world: World) -> None:
    alex, _sam = await apart(world)
    offer_apart = await alex.says("/together")
    await alex.says("/together nearby")
    offer_near = texts(await alex.says("/together"))
    assert "phones face down" in offer_near
    idea_in(offer_near, items(world, "quality_time"))
    # A button from the offer made while apart still names its idea.
    will_do = next(b.payload for row in offer_apart[0].buttons for b in row if ":yes:" in b.payload)
    planned = texts(await alex.presses(will_do))
    idea_in(planned, items(world, "quality_time_apart"))


async def test_a_next_visit_counts_down_for_both(world: World) -> None:
    alex, sam = await apart(world)
    world.clock.now = datetime(2026, 12, 8, 10, 0, tzinfo=UTC)
    set_reply = texts(await alex.says("/together visit 2026-12-20"))
    assert "Your next visit: 20 December 2026. 12 days until you see each other." in set_reply
    (heard,) = sam.inbox()
    assert (
        heard.text
        == "Alex marked your next visit: 20 December 2026. 12 days until you see each other."
    )
    assert "12 days until you see each other." in texts(await sam.says("/together"))
    world.clock.now = datetime(2026, 12, 19, 10, 0, tzinfo=UTC)
    assert "You see each other tomorrow!" in texts(await alex.says("/together"))
    world.clock.now = datetime(2026, 12, 20, 10, 0, tzinfo=UTC)
    assert "You see each other today!" in texts(await sam.says("/together"))
    world.clock.now = datetime(2026, 12, 22, 10, 0, tzinfo=UTC)
    after = texts(await sam.says("/together"))
    assert "see each other" not in after  # a visit that has passed is not counted down


async def test_the_countdown_follows_each_partners_own_today(world: World) -> None:
    alex, sam = await paired(world, zones=("Pacific/Auckland", "America/Los_Angeles"))
    await alex.says("/together apart")
    sam.inbox()
    # Tuesday 8 Dec 20:00 UTC: already Wednesday 9 Dec in Auckland, still Tuesday in LA.
    world.clock.now = datetime(2026, 12, 8, 20, 0, tzinfo=UTC)
    assert "11 days until" in texts(await alex.says("/together visit 2026-12-20"))
    assert "12 days until" in sam.inbox()[0].text


@pytest.mark.parametrize(
    "given",
    [
        "someday",
        "2026-02-30",
        "1.1.1.1",
        "💞💞",
        "\u202esomeday",
        "x" * 300,
        "2025-12-20",
        "2030-01-01",
    ],
)
async def test_a_visit_day_that_cannot_be_read_gets_a_kind_answer(world: World, given: str) -> None:
    alex, sam = await apart(world)
    reply = texts(await alex.says(f"/together visit {given}"))
    assert "couldn't read" in reply and len(reply) < 400
    assert sam.inbox() == []
    assert [couple.next_visit_on for couple in couples(world)] == [None]


async def test_a_visit_can_be_cleared_and_living_together_forgets_it(world: World) -> None:
    alex, sam = await apart(world)
    await alex.says("/together visit 20.12.")
    assert [couple.next_visit_on for couple in couples(world)] == [date(2026, 12, 20)]
    assert "Countdown cleared" in texts(await sam.says("/together visit off"))
    await alex.says("/together visit 20/12")
    await alex.says("/together nearby")
    assert [couple.next_visit_on for couple in couples(world)] == [None]
    assert "part of long-distance mode" in texts(await alex.says("/together visit 20.12"))


async def test_someone_not_paired_is_told_it_is_for_two(world: World) -> None:
    robin = world.person("Robin")
    assert "Long-distance mode is for two" in texts(await robin.says("/together apart"))
    assert "Long-distance mode is for two" in texts(await robin.says("/together visit 2026-12-20"))


async def test_an_unknown_option_explains_itself(world: World) -> None:
    alex, _sam = await paired(world)
    assert "/together apart or /together nearby" in texts(await alex.says("/together maybe"))


async def test_the_hug_from_afar_keeps_its_consent_line(world: World) -> None:
    alex, sam = await apart(world)
    intro = texts(await sam.says("/hug"))
    assert intro.startswith("A hug from afar")
    assert "Only if you both feel like it today" in intro
    idea = texts(await sam.taps("Another way to be close"))
    idea_in(idea, items(world, "touch_ideas_apart"))
    await sam.taps("Start the hug")
    world.clock.advance(seconds=20)
    await world.engine.fire_due_timers()
    (can_count,) = alex.inbox()  # the same twenty seconds, counted by either of them
    assert "Sam just shared a 20-second hug with you" in can_count.text
    assert "Counted" in texts(await alex.presses(can_count.buttons[0][0].payload))


async def test_date_night_is_planned_as_a_date_from_afar(world: World) -> None:
    alex, sam = await apart(world)
    assert "date night from afar" in texts(await sam.says("/date"))
    await alex.says("/together nearby")
    assert "date night from afar" not in texts(await sam.says("/date"))


async def test_nudges_come_from_the_apart_decks_for_both(world: World) -> None:
    alex, sam = await apart(world)
    got = await run_clock(world, [alex, sam], world.clock.now + timedelta(days=2, hours=12))
    for name in ("Alex", "Sam"):
        hugs = [hug.text.split("\n")[0] for hug in of_kind(got[name], "hug")]
        together = [t.text.split("\n")[0] for t in of_kind(got[name], "together")]
        assert hugs and set(hugs) <= items(world, "nudge_hug_apart"), name
        assert together and set(together) <= items(world, "nudge_together_apart"), name


async def test_the_together_nudge_counts_down_to_the_visit(world: World) -> None:
    alex, sam = await apart(world)
    await sam.says("/together visit 2026-11-14")
    alex.inbox()
    got = await run_clock(world, [alex, sam], world.clock.now + timedelta(days=1))
    for name in ("Alex", "Sam"):
        (nudge,) = of_kind(got[name], "together")
        line = nudge.text.split("\n")[0]
        assert line.endswith("12 days until you see each other."), line
        assert line.removesuffix(" 12 days until you see each other.") in items(
            world, "nudge_together_apart"
        )


async def test_the_date_nudge_for_a_couple_apart(world: World) -> None:
    alex, sam = await apart(world)
    got = await run_clock(world, [alex, sam], local("UTC", 2026, 11, 2, 19, 30))  # a Monday
    for name in ("Alex", "Sam"):
        dates = [m.text.split("\n")[0] for m in of_kind(got[name], "date")]
        assert dates and set(dates) <= items(world, "nudge_date_apart"), name


async def test_settings_say_where_you_live(world: World) -> None:
    alex, _sam = await apart(world)
    await alex.says("/together visit 2026-12-20")
    assert "Where you live: living apart, next visit 20 December 2026." in texts(
        await alex.says("/settings")
    )
    robin = world.person("Robin")
    assert "Where you live" not in texts(await robin.says("/settings"))


async def test_the_export_holds_the_setting_and_forget_takes_it(world: World) -> None:
    alex, sam = await apart(world)
    await alex.says("/together visit 2026-12-20")
    (export,) = [r for r in await sam.says("/export") if r.attachment is not None]
    assert export.attachment is not None
    document = json.loads(export.attachment.content)
    assert document["living_apart"] == {"on": True, "next_visit": "2026-12-20"}
    await alex.says("/forget")
    await alex.taps("Yes, delete it all")
    assert couples(world) == []  # the couple, and its setting, end with the connection


def test_visit_days_are_read_in_the_forms_people_type() -> None:
    today = date(2026, 12, 8)
    assert parse_visit_day("2026-12-20", today) == date(2026, 12, 20)
    assert parse_visit_day("20.12.", today) == date(2026, 12, 20)
    assert parse_visit_day("3/1", today) == date(2027, 1, 3)  # the next 3 January
    assert parse_visit_day("8.12", today) == today
    for unreadable in ("", "soon", "32.1", "1.13", "2026-12-07", "2029-12-20", "29.2"):
        assert parse_visit_day(unreadable, today) is None, unreadable
