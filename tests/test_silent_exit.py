"""A silent exit: whether someone forgets, unpairs or blocks the bot, their partner hears the same
one warm line, and nothing that says how or why they left."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlmodel import select

from bot.delivery import Outbox
from bot.rate_limits import RateLimits, Window
from bot.scheduler import Heartbeat
from storage.models import Identity
from storage.models import Person as PersonRow
from tests.support.couples import couple, restart
from tests.support.fake_platform import FakePlatform
from tests.support.world import Person, World, texts

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


def couple_ids(world: World) -> list[int | None]:
    return world.db.transaction(
        lambda session: [row.couple_id for row in session.exec(select(PersonRow)).all()]
    )


def owed(world: World) -> list[int]:
    return world.db.transaction(
        lambda session: [
            row.id
            for row in session.exec(select(PersonRow)).all()
            if row.unreachable_at is not None
        ]
    )


async def engine_dies(person_id: int) -> None:
    """The process dies after the outbox's commit, before the engine's reaction commits."""
    raise RuntimeError("killed between the two commits")


async def a_block_whose_reaction_is_lost(world: World) -> tuple[FakePlatform, Person, Person]:
    """Sam blocks the bot; the outbox commits that, and the engine's reaction never happens."""
    alex, sam = await couple(world)
    fake = FakePlatform("test", FAST)
    outbox = Outbox(world.db, {"test": fake}, world.clock, on_unreachable=engine_dies)
    fake.unreachable.add(sam.chat_id)
    await alex.says("/appreciate thanks for the tea")
    await outbox.drain()
    await outbox.close()
    assert fake.texts_to(alex.chat_id) == []  # no reaction yet: still "paired"
    assert None not in couple_ids(world)
    return fake, alex, sam


async def test_a_reaction_lost_to_a_crash_happens_once_after_a_restart(world: World) -> None:
    """kill -9 between the outbox's commit and the engine's: the outbox's record is durable,
    so the restarted bot's first beat ends the connection and tells Alex, exactly once."""
    fake, alex, sam = await a_block_whose_reaction_is_lost(world)
    (sam_id,) = owed(world)
    world = restart(world, alex, sam)
    heartbeat = Heartbeat(world.engine, grace=timedelta(hours=2))
    await heartbeat.beat()  # the beat at start-up
    outbox = Outbox(world.db, {"test": fake}, world.clock)
    await outbox.drain()
    assert fake.texts_to(alex.chat_id) == [CONNECTION_ENDED]
    assert couple_ids(world) == [None, None]
    assert owed(world) == []
    # Beat after beat, and the outbox's event arriving late as well: nothing more.
    world.clock.advance(days=1)
    await heartbeat.beat()
    await world.engine.person_unreachable(sam_id)
    await outbox.drain()
    assert fake.texts_to(alex.chat_id) == [CONNECTION_ENDED]
    await outbox.close()


async def test_a_failed_reaction_is_retried_by_the_next_heartbeat(world: World) -> None:
    fake, alex, _sam = await a_block_whose_reaction_is_lost(world)
    assert await world.engine.react_to_unreachable() == 1
    assert await world.engine.react_to_unreachable() == 0
    outbox = Outbox(world.db, {"test": fake}, world.clock)
    await outbox.drain()
    assert fake.texts_to(alex.chat_id) == [CONNECTION_ENDED]
    await outbox.close()


async def test_the_event_and_the_heartbeat_racing_tell_the_partner_once(world: World) -> None:
    fake, alex, _sam = await a_block_whose_reaction_is_lost(world)
    (sam_id,) = owed(world)
    await asyncio.gather(
        world.engine.person_unreachable(sam_id),
        world.engine.react_to_unreachable(),
        world.engine.person_unreachable(sam_id),
    )
    outbox = Outbox(world.db, {"test": fake}, world.clock)
    await outbox.drain()
    assert fake.texts_to(alex.chat_id) == [CONNECTION_ENDED]
    await outbox.close()


async def test_someone_who_wrote_again_before_the_reaction_is_not_treated_as_gone(
    world: World,
) -> None:
    """Sam's chat failed, the reaction was lost, then Sam wrote to the bot privately again: the
    chat works, so the next beat leaves the couple as it is and tells Alex nothing."""
    fake, alex, sam = await a_block_whose_reaction_is_lost(world)
    fake.unreachable.discard(sam.chat_id)
    await sam.says("/settings")
    await Heartbeat(world.engine, grace=timedelta(hours=2)).beat()
    outbox = Outbox(world.db, {"test": fake}, world.clock)
    await outbox.drain()
    assert fake.texts_to(alex.chat_id) == []
    assert None not in couple_ids(world)
    assert owed(world) == []  # answered: a later beat does not look again
    assert "not paired" not in texts(await sam.says("/settings"))
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
