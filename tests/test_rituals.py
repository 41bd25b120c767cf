"""Rituals of connection (`/rituals`): designed together, kept as the couple's, seen and
changed by both, shown back before the partner sees them, and never anyone else's."""

from __future__ import annotations

from sqlmodel import select

from storage.practice_models import Ritual
from tests.support.couples import button, couple
from tests.support.world import World, texts


def rituals(world: World) -> list[Ritual]:
    return list(world.db.transaction(lambda s: s.exec(select(Ritual)).all()))


async def test_one_writes_a_ritual_both_see_it_and_the_other_can_change_it(
    world: World,
) -> None:
    alex, sam = await couple(world)
    overview = texts(await alex.says("/rituals"))
    assert "Saying goodbye: not yet" in overview and "Special days: not yet" in overview

    opened = await alex.taps("Saying goodbye")
    assert "haven't written this one yet" in texts(opened)
    assert "An idea to start from" in texts(opened)
    shown = await alex.says("A kiss on the forehead and 'see you soon, love'")
    assert "This goes to Sam" in texts(shown)
    assert sam.inbox() == [] and rituals(world) == []
    await alex.presses(button(shown, "Send"))
    told = texts(sam.inbox())
    assert "Alex wrote down one of your rituals" in told and "see you soon, love" in told

    assert "Saying goodbye: A kiss on the forehead" in texts(await sam.says("/rituals"))
    current = texts(await sam.taps("Saying goodbye"))
    assert "written by Alex" in current and "A kiss on the forehead" in current
    await sam.sends("A long hug at the door, or a voice note when we're apart")
    assert "A long hug at the door" in texts(alex.inbox())
    [kept] = rituals(world)
    assert kept.text.startswith("A long hug") and kept.kind == "goodbye"
    mine = texts(await sam.presses("rituals:kind:goodbye"))
    assert "written by you" in mine
    assert "Saying goodbye: A long hug" in texts(await alex.says("/rituals"))


async def test_a_ritual_can_be_removed_after_asking_and_the_partner_is_told(
    world: World,
) -> None:
    alex, sam = await couple(world)
    await alex.says("/rituals")
    await alex.taps("Going to sleep")
    await alex.sends("One good thing from the day, then lights out")
    sam.inbox()
    ask = await sam.presses("rituals:remove:night")
    assert "Remove your ritual" in texts(ask) and len(rituals(world)) == 1
    assert "Kept as it is" in texts(await sam.taps("Keep it"))
    assert len(rituals(world)) == 1
    await sam.presses("rituals:remove:night")
    assert "Removed" in texts(await sam.taps("Yes, remove it"))
    assert rituals(world) == []
    assert "Sam removed your ritual for “Going to sleep”" in texts(alex.inbox())
    assert "isn't open anymore" in texts(await sam.presses("rituals:removed:night"))


async def test_another_idea_offers_ideas_of_that_kind(world: World) -> None:
    from prompts import load_prompts

    ideas = {
        entry.text
        for entry in load_prompts("en").deck("ritual_prompts").active
        if "unwell" in entry.tags
    }
    alex, _sam = await couple(world)
    await alex.says("/rituals")
    shown = texts(await alex.taps("When one of us is ill"))
    for _ in range(4):
        assert any(idea in shown for idea in ideas), shown
        shown = texts(await alex.taps("Another idea"))


async def test_rituals_need_a_partner_and_stay_with_their_couple(world: World) -> None:
    kim = world.person("Kim")
    assert "once your partner joins" in texts(await kim.says("/rituals"))
    assert "once your partner joins" in texts(await kim.presses("rituals:kind:goodbye"))
    assert "/help" in texts(await kim.says("Some words"))  # nothing waits for them

    alex, sam = await couple(world)
    lee, max_ = await couple(world, "Lee", "Max")
    await alex.says("/rituals")
    await alex.taps("Special days")
    await alex.sends("ALEX-SAM-RITUAL")
    assert "ALEX-SAM-RITUAL" not in texts(await lee.says("/rituals"))
    assert "ALEX-SAM-RITUAL" not in texts(await lee.presses("rituals:kind:special"))
    await lee.says("/cancel")
    for payload in ("rituals:remove:special", "rituals:removed:special"):
        await lee.presses(payload)
    assert len(rituals(world)) == 1  # Lee's buttons only ever reach Lee and Max's rituals
    assert "ALEX-SAM-RITUAL" not in texts(max_.inbox())
    assert "ALEX-SAM-RITUAL" in texts(sam.inbox())


async def test_made_up_ritual_buttons_get_a_kind_answer(world: World) -> None:
    alex, sam = await couple(world)
    for payload in (
        "rituals",
        "rituals:kind",
        "rituals:kind:holiday",
        "rituals:kind:../x",
        "rituals:remove:goodbye",  # nothing to remove yet
        "rituals:removed:goodbye",
        "rituals:whatever:goodbye",
    ):
        assert texts(await alex.presses(payload)), payload
    assert sam.inbox() == [] and rituals(world) == []


async def test_rituals_from_the_shared_space_stay_private(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/start")
    await alex.says("/rituals")
    await alex.taps("Meeting again")
    await alex.sends("SIX-SECOND-KISS")
    replies = await sam.says("/rituals", group="g-us")
    assert "SIX-SECOND-KISS" not in texts(replies)
    typed = await alex.says("GROUP-WORDS", group="g-us")
    assert "GROUP-WORDS" not in texts(typed)
    assert all("GROUP-WORDS" not in r.text for r in rituals(world))


async def test_forget_removes_what_a_person_wrote_and_export_shows_the_couples(
    world: World,
) -> None:
    from tests.support.exports import export_of

    alex, sam = await couple(world)
    await alex.says("/rituals")
    await alex.taps("Saying goodbye")
    await alex.sends("ALEX-GOODBYE")
    await sam.presses("rituals:kind:night")
    await sam.sends("SAM-GOODNIGHT")
    document = await export_of(alex)
    by_kind = {r["kind"]: r for r in document["rituals"]}
    assert by_kind["goodbye"]["text"] == "ALEX-GOODBYE" and by_kind["goodbye"]["written_by"] == "me"
    assert by_kind["night"]["text"] == "SAM-GOODNIGHT" and by_kind["night"]["written_by"] == "Sam"

    await alex.says("/forget")
    await alex.taps("delete it all")
    assert [r.text for r in rituals(world)] == ["SAM-GOODNIGHT"]


async def test_the_ritual_reminder_is_off_until_chosen_then_comes_in_the_evening(
    world: World,
) -> None:
    from datetime import timedelta

    from tests.support.nudges import of_kind, paired, run_clock

    alex, sam = await paired(world)
    listing = texts(await alex.says("/nudges"))
    assert "Our rituals: off" in listing
    got = await run_clock(world, [alex, sam], world.clock.now + timedelta(days=1))
    assert of_kind(got["Alex"], "rituals") == [] and of_kind(got["Sam"], "rituals") == []

    assert "21:30" in texts(await alex.says("/nudges ritual on"))
    start = world.clock.now
    got = await run_clock(world, [alex, sam], start + timedelta(days=1))
    [reminder] = of_kind(got["Alex"], "rituals")
    assert (reminder.at.hour, reminder.at.minute) == (21, 30)
    assert of_kind(got["Sam"], "rituals") == []  # Sam did not choose it


async def test_after_unpairing_the_rituals_are_no_longer_shown_or_changed(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/rituals")
    await alex.taps("Saying goodbye")
    await alex.sends("OUR-GOODBYE")
    sam.inbox()
    await alex.says("/unpair")
    await alex.taps("yes")
    sam.inbox()
    assert "once your partner joins" in texts(await sam.says("/rituals"))
    assert "once your partner joins" in texts(await sam.presses("rituals:removed:goodbye"))
    assert [r.text for r in rituals(world)] == ["OUR-GOODBYE"]  # still Alex's, in the export
