"""Quality time: an idea for twenty undistracted minutes, counted once when the couple did it."""

from __future__ import annotations

from sqlmodel import select

from bot.engine import kinds
from storage.models import Entry
from tests.support.couples import button, couple, restart
from tests.support.world import World, shared_prompts, texts


def together_entries(world: World) -> list[Entry]:
    return list(
        world.db.transaction(
            lambda s: s.exec(select(Entry).where(Entry.kind == kinds.TOGETHER)).all()
        )
    )


async def test_an_idea_is_offered_and_counted_once_when_both_say_they_did_it(
    world: World,
) -> None:
    alex, sam = await couple(world)
    offer = texts(await alex.says("/together"))
    idea = offer.splitlines()[-1]
    assert "Twenty minutes" in offer
    await alex.taps("We'll do it")
    invitation = sam.inbox()
    assert "Alex would love twenty undistracted minutes" in texts(invitation)
    assert idea in texts(invitation)
    assert "just you two" in texts(await alex.taps("We did it"))
    assert len(together_entries(world)) == 1
    again = await sam.presses(button(invitation, "We did it"))
    assert "Already counted" in texts(again)
    [entry] = together_entries(world)
    assert entry.body == idea and entry.couple_id is not None


async def test_another_idea_is_different_from_the_last(world: World) -> None:
    alex, _sam = await couple(world)
    first = texts(await alex.says("/together")).splitlines()[-1]
    second = texts(await alex.taps("Another idea")).splitlines()[-1]
    assert first != second


async def test_nothing_is_counted_until_they_say_they_did_it(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/together")
    await alex.taps("We'll do it")
    assert together_entries(world) == []


async def test_the_did_it_button_still_works_after_a_restart(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/together")
    await alex.taps("We'll do it")
    restart(world, alex, sam)
    assert "just you two" in texts(await alex.taps("We did it"))
    assert len(together_entries(world)) == 1


async def test_a_solo_person_can_take_twenty_minutes_too(world: World) -> None:
    kim = world.person("Kim")
    await kim.says("/together")
    await kim.taps("We'll do it")
    await kim.taps("We did it")
    [entry] = together_entries(world)
    assert entry.couple_id is None


async def test_a_forged_idea_number_gets_a_kind_answer(world: World) -> None:
    alex, _sam = await couple(world)
    assert "stale" in texts(await alex.presses("together:did:99999"))
    assert "stale" in texts(await alex.presses("together:did:abc"))
    assert together_entries(world) == []


async def test_buttons_name_ideas_by_id_and_an_old_button_still_counts_its_own_idea(
    world: World,
) -> None:
    alex, _sam = await couple(world)
    replies = await alex.says("/together")
    assert button(replies, "We'll do it").startswith("together:yes:qt-")
    # A "We did it" sent before ideas had ids carries the idea's old position (3 = qt-004).
    assert "just you two" in texts(await alex.presses("together:did:3"))
    [entry] = together_entries(world)
    fourth = shared_prompts().deck("quality_time").find("qt-004")
    assert fourth is not None
    assert entry.body == fourth.text and entry.data == {"idea": "qt-004"}
