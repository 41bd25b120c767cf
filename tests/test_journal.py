"""/journal: the appreciations one wrote and received, newest first, five to a page, and never
another couple's (how an appreciation is written and delivered is in test_appreciate.py)."""

from __future__ import annotations

from tests.support.couples import couple
from tests.support.world import World, texts


async def test_journal_shows_written_and_received_newest_first_five_per_page(
    world: World,
) -> None:
    alex, sam = await couple(world)
    for number in range(1, 8):
        world.clock.advance(minutes=1)
        author = alex if number % 2 else sam
        await author.says(f"/appreciate thing number {number}")
    first = await alex.says("/journal")
    page = texts(first)
    assert page.index("thing number 7") < page.index("thing number 3")
    assert "thing number 2" not in page and "thing number 1" not in page
    assert "You → Sam" in page and "Sam → you" in page
    older = texts(await alex.taps("Older"))
    assert "thing number 2" in older and "thing number 1" in older
    assert "thing number 7" not in older
    newer = texts(await alex.taps("Newer"))
    assert "thing number 7" in newer


async def test_journal_never_shows_another_couples_entries(world: World) -> None:
    alex, sam = await couple(world)
    kim, lee = await couple(world, "Kim", "Lee")
    await kim.says("/appreciate Lee's secret pancake recipe")
    await lee.says("/appreciate Kim's terrible puns")
    await alex.says("/appreciate Sam's patience")
    for person in (alex, sam):
        page = texts(await person.says("/journal"))
        assert "pancake" not in page and "puns" not in page
        assert "Sam's patience" in page
    assert "pancake" not in texts(sam.inbox()) + texts(alex.inbox())


async def test_an_empty_journal_explains_what_to_do(world: World) -> None:
    assert "/appreciate" in texts(await world.person("Alex").says("/journal"))
