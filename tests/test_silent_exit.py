"""A silent exit: whether someone forgets, unpairs or blocks the bot, their partner hears the same
one warm line, and nothing that says how or why they left."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot.delivery import Outbox
from bot.rate_limits import RateLimits, Window
from storage.models import Identity
from storage.models import Person as PersonRow
from tests.support.couples import couple
from tests.support.fake_platform import FakePlatform
from tests.support.world import World, texts

CONNECTION_ENDED = (
    "Your Nearer connection has ended. Everything you wrote is still here for you, and "
    "/pair starts a new connection whenever you like. 🌱"
)
FAST = RateLimits(Window(1000, 1.0), Window(1000, 1.0), Window(1000, 1.0))


async def test_after_a_forget_the_partner_is_told_only_that_the_connection_ended(
    world: World,
) -> None:
    alex, sam = await couple(world)
    await alex.says("/forget")
    await alex.taps("delete it all")
    assert [message.text for message in sam.inbox()] == [CONNECTION_ENDED]


async def test_after_an_unpair_the_partner_is_told_only_that_the_connection_ended(
    world: World,
) -> None:
    alex, sam = await couple(world)
    await alex.says("/unpair")
    await alex.taps("yes, unpair")
    assert [message.text for message in sam.inbox()] == [CONNECTION_ENDED]


async def test_after_a_block_the_partner_is_told_only_that_the_connection_ended(
    world: World,
) -> None:
    alex, sam = await couple(world)
    fake = FakePlatform("test", FAST)
    outbox = Outbox(
        world.db, {"test": fake}, world.clock, on_unreachable=world.engine.person_unreachable
    )
    fake.unreachable.add(alex.chat_id)  # Alex blocked the bot
    await sam.says("/appreciate thanks for the tea")
    await outbox.drain()
    assert fake.texts_to(sam.chat_id) == [CONNECTION_ENDED]
    # It is what it says: the two are no longer connected, for either of them.
    assert "not paired" in texts(await sam.says("/settings"))

    def couples(session) -> list[int | None]:  # type: ignore[no-untyped-def]
        return [row.couple_id for row in session.exec(select(PersonRow)).all()]

    assert world.db.transaction(couples) == [None, None]
    # Blocked again and again, Sam hears it once.
    await outbox.drain()
    assert fake.texts_to(sam.chat_id) == [CONNECTION_ENDED]
    await outbox.close()


async def test_a_failing_reaction_to_a_block_does_not_undo_the_outboxs_record(
    world: World,
) -> None:
    """The outbox records the unreachable chat in its own transaction, then raises the event;
    the engine reacts in a transaction of its own, so its failure cannot roll the record back
    (and the outbox does not retry the dead chat forever)."""
    alex, sam = await couple(world)
    fake = FakePlatform("test", FAST)
    heard: list[int] = []

    async def engine_fails(person_id: int) -> None:
        heard.append(person_id)
        raise RuntimeError("the engine's reaction failed")

    outbox = Outbox(world.db, {"test": fake}, world.clock, on_unreachable=engine_fails)
    fake.unreachable.add(sam.chat_id)  # Sam blocked the bot
    await alex.says("/appreciate thanks for the tea")
    await outbox.drain()
    assert heard and all(person_id == heard[0] for person_id in heard)

    def reachable(session) -> list[bool]:  # type: ignore[no-untyped-def]
        return [row.reachable for row in session.exec(select(Identity)).all()]

    assert False in world.db.transaction(reachable)
    await outbox.drain()
    assert fake.texts_to(sam.chat_id) == []
    await outbox.close()


async def test_the_one_who_leaves_is_told_what_their_partner_will_see(world: World) -> None:
    alex, _sam = await couple(world)
    confirm = texts(await alex.says("/forget"))
    assert "Your Nearer connection has ended" in confirm
    await alex.taps("never mind")
    confirm = texts(await alex.says("/unpair"))
    assert "Your Nearer connection has ended" in confirm


async def leaves(person, way: str) -> None:  # type: ignore[no-untyped-def]
    if way == "forget":
        await person.says("/forget")
        await person.taps("delete it all")
    else:
        await person.says("/unpair")
        await person.taps("yes, unpair")


@pytest.mark.parametrize("way", ["forget", "unpair"])
async def test_nothing_started_before_leaving_reaches_the_partner_afterwards(
    world: World, way: str
) -> None:
    """A hug timer still running, a share waiting for a reflection, a dream answer waiting for
    the reveal: after the exit the partner hears the one line and nothing else, ever."""
    alex, sam = await couple(world)
    await alex.says("/dream")
    await alex.says("A small house near the sea")
    await alex.says("/listen")
    await alex.sends("Work has been heavy lately.")
    await alex.says("/hug")
    await alex.taps("Start the hug")  # its timer would tell Sam in 20 seconds
    sam.inbox()
    await leaves(alex, way)
    assert [message.text for message in sam.inbox()] == [CONNECTION_ENDED]
    world.clock.advance(seconds=60)
    await world.engine.fire_due_timers()
    # Sam answers what was waiting: the dream, the reflection.
    await sam.says("/dream")
    await sam.says("Somewhere with a garden")
    await sam.says("I hear that work is heavy")
    said_to_sam = texts(await sam.says("/journal")) + texts(await sam.says("/progress"))
    assert "near the sea" not in said_to_sam and "Work has been heavy" not in said_to_sam
    assert sam.inbox() == []
    assert "garden" not in texts(alex.inbox())
