"""New experiences: ideas, a shared bucket list, and marking items done."""

from __future__ import annotations

from sqlmodel import select

from bot.engine import kinds
from storage.models import BucketItem, Entry
from tests.support.couples import couple, invite_code, restart
from tests.support.world import World, texts


def done_entries(world: World) -> list[Entry]:
    return list(
        world.db.transaction(
            lambda s: s.exec(select(Entry).where(Entry.kind == kinds.IDEA_DONE)).all()
        )
    )


def items(world: World) -> list[BucketItem]:
    return list(world.db.transaction(lambda s: s.exec(select(BucketItem)).all()))


async def test_a_saved_idea_is_on_both_partners_list_and_can_be_marked_done(
    world: World,
) -> None:
    alex, sam = await couple(world)
    idea = texts(await alex.says("/idea")).splitlines()[-1]
    assert "Added to your list" in texts(await alex.taps("Save to our list"))
    sams_list = texts(await sam.says("/idea list"))
    assert f"1. {idea}" in sams_list
    assert "Done together" in texts(await sam.taps("Done: 1"))
    [entry] = done_entries(world)
    assert entry.body == idea and entry.couple_id is not None
    assert f"✓ {idea}" in texts(await alex.says("/idea list"))
    assert "already marked done" in texts(await alex.presses(f"idea:done:{items(world)[0].id}"))
    assert len(done_entries(world)) == 1


async def test_saving_the_same_idea_twice_keeps_one(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/idea")
    save = next(payload for label, payload in alex.last_buttons if "Save" in label)
    await alex.presses(save)
    assert "already on your list" in texts(await sam.presses(save))
    assert len(items(world)) == 1


async def test_own_ideas_can_be_added(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/idea add Learn to make fresh pasta")
    assert "1. Learn to make fresh pasta" in texts(await sam.says("/idea list"))


async def test_the_list_is_never_another_couples(world: World) -> None:
    alex, _sam = await couple(world)
    kim, lee = await couple(world, "Kim", "Lee")
    await kim.says("/idea add KIM-AND-LEE-PLAN")
    assert "KIM-AND-LEE-PLAN" not in texts(await alex.says("/idea list"))
    [theirs] = items(world)
    assert "stale" in texts(await alex.presses(f"idea:done:{theirs.id}"))
    assert done_entries(world) == []
    assert "KIM-AND-LEE-PLAN" in texts(await lee.says("/idea list"))


async def test_a_solo_list_joins_the_couple_when_the_partner_arrives(world: World) -> None:
    kim, lee = world.person("Kim"), world.person("Lee")
    await kim.says("/idea add Night swimming")
    assert "empty" in texts(await lee.says("/idea list"))
    await lee.says(f"/pair {invite_code(await kim.says('/pair'))}")
    assert "Night swimming" in texts(await lee.says("/idea list"))


async def test_saving_works_after_a_restart(world: World) -> None:
    alex, sam = await couple(world)
    idea = texts(await alex.says("/idea")).splitlines()[-1]
    restart(world, alex, sam)
    await alex.taps("Save to our list")
    assert idea in texts(await sam.says("/idea list"))


async def test_bad_idea_commands_get_a_kind_hint(world: World) -> None:
    alex, _sam = await couple(world)
    assert "/idea list" in texts(await alex.says("/idea frobnicate"))
    assert "empty" in texts(await alex.says("/idea list"))
    assert "under 300 characters" in texts(await alex.says("/idea add " + "x" * 301))


async def test_the_list_is_shown_in_the_couples_space_but_not_in_another_group(
    world: World,
) -> None:
    alex, sam = await couple(world)
    await alex.says("/idea add OUR-PLAN")
    elsewhere = await alex.says("/idea list", group="g-friends")
    assert "OUR-PLAN" not in texts(elsewhere)
    assert "OUR-PLAN" in texts(alex.inbox())
    await alex.says("/couple setup", group="g-home")
    at_home = await sam.says("/idea list", group="g-home")
    assert "OUR-PLAN" in texts(at_home)
