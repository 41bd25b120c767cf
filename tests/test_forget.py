"""`/forget` removes every trace of a person: rows that carry their words, however they were
queued, delivered payloads, and (on SQLite) the bytes in the database file itself."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from bot.delivery import Outbox
from bot.rate_limits import RateLimits, Window
from bot.scheduler import Heartbeat
from storage.models import Entry, OutboxMessage, Pending, ProcessedUpdate, Timer
from storage.nudge_models import NudgeDelivery
from tests.support.couples import couple, invite_code
from tests.support.fake_platform import FakePlatform
from tests.support.world import World, texts

#: No pacing worth waiting for: these tests are about what is kept, not about rate limits.
FAST = RateLimits(Window(1000, 1.0), Window(1000, 1.0), Window(1000, 1.0))


def queued_texts(world: World) -> str:
    rows = world.db.transaction(lambda s: s.exec(select(OutboxMessage)).all())
    return "\n".join(str(row.payload) for row in rows)


async def forget(person) -> None:  # type: ignore[no-untyped-def]
    await person.says("/forget")
    assert "gone" in texts(await person.taps("delete it all"))


async def test_a_kept_appreciation_released_at_pairing_goes_with_its_writer(
    world: World,
) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    await alex.says("/start")
    await alex.says("/appreciate KEPT-FOR-LATER you make mornings easy")
    await sam.says(f"/pair {invite_code(await alex.says('/pair'))}")  # Sam acts, Alex's words go
    assert "KEPT-FOR-LATER" in queued_texts(world)
    await forget(alex)
    assert "KEPT-FOR-LATER" not in queued_texts(world)
    assert "KEPT-FOR-LATER" not in texts(sam.inbox())


async def test_a_dream_reveal_goes_with_either_answer_writer(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/dream")
    await alex.sends("ALEX-HOPE a cabin by a lake")
    await sam.says("/dream")
    await sam.sends("SAM-HOPE a train across the mountains")  # Sam's turn queues both reveals
    assert "ALEX-HOPE" in queued_texts(world)
    await forget(alex)
    assert "ALEX-HOPE" not in queued_texts(world)
    assert "ALEX-HOPE" not in texts(sam.inbox())


async def test_the_partner_still_gets_the_bots_own_notice_after_a_forget(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/appreciate ALEX-THANKS")
    await forget(alex)
    received = texts(sam.inbox())
    assert "ALEX-THANKS" not in received
    assert "Your Nearer connection has ended" in received


async def test_delivered_payloads_are_blanked_and_edits_still_work(world: World) -> None:
    alex, sam = await couple(world)
    fake = FakePlatform("test", FAST)
    outbox = Outbox(world.db, {"test": fake}, world.clock)
    await alex.says("/appreciate DELIVERED-WORDS")
    await outbox.drain()
    assert any("DELIVERED-WORDS" in text for text in fake.texts_to(sam.chat_id))
    rows = world.db.transaction(lambda s: s.exec(select(OutboxMessage)).all())
    assert rows and all(row.sent_at is not None for row in rows)
    assert "DELIVERED-WORDS" not in queued_texts(world)
    for row in rows:
        assert "text" not in row.payload
    # A hug's finish edits a message by its key: it still arrives after earlier blanking.
    await alex.says("/hug")
    await alex.taps("Start the hug")
    world.clock.advance(seconds=25)
    await world.engine.fire_due_timers()
    await outbox.drain()
    [edit] = [o for _at, o in fake.accepted if o.edit_of and o.address.chat_id == alex.chat_id]
    assert "just for the two of you" in edit.text
    assert any("hug with you" in text for text in fake.texts_to(sam.chat_id))
    await outbox.close()


async def test_housekeeping_prunes_old_records_on_the_engines_clock(world: World) -> None:
    alex, _sam = await couple(world)
    fake = FakePlatform("test", FAST)
    outbox = Outbox(world.db, {"test": fake}, world.clock)
    await alex.says("/settings", update_id="update-1")
    await alex.says("/appreciate KEEP-ME")
    await alex.says("/hug")
    await alex.taps("Start the hug")
    world.clock.advance(seconds=25)
    await world.engine.fire_due_timers()
    await world.engine.nudge(world_person_id(world, "u-sam"), "hug")
    await outbox.drain()
    await outbox.close()

    def counts(session) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
        return (
            len(session.exec(select(ProcessedUpdate)).all()),
            len(session.exec(select(Timer)).all()),
            len(session.exec(select(OutboxMessage)).all()),
            len(session.exec(select(NudgeDelivery)).all()),
        )

    before = world.db.transaction(counts)
    assert all(before), before
    heartbeat = Heartbeat(world.engine, grace=timedelta(hours=2))
    await heartbeat.beat()
    assert world.db.transaction(counts) == before  # nothing is old yet

    world.clock.advance(days=world.settings.keep_records_for.days + 1)
    await heartbeat.beat()
    assert world.db.transaction(counts) == (0, 0, 0, 0)
    # What people wrote is theirs: housekeeping never touches entries.
    assert world.db.transaction(lambda s: s.exec(select(Entry)).all())


async def test_words_left_waiting_in_a_preview_go_once_the_question_expires(
    world: World,
) -> None:
    """README: a question waiting for an answer is kept "until you answer, move on, or it
    expires". Words shown back and never sent must not outlive that, even if their writer
    never writes again."""
    alex, _sam = await couple(world)
    await alex.says("/appreciate")
    await alex.says("UNSENT-WORDS nobody should keep")
    heartbeat = Heartbeat(world.engine, grace=timedelta(hours=2))

    def waiting(session) -> list[Pending]:  # type: ignore[no-untyped-def]
        return list(session.exec(select(Pending)).all())

    await heartbeat.beat()
    assert world.db.transaction(waiting)  # still within its 30 minutes
    world.clock.advance(hours=2)
    await heartbeat.beat()
    assert world.db.transaction(waiting) == []


def world_person_id(world: World, user_id: str) -> int:
    from storage.models import Identity

    return int(
        world.db.transaction(
            lambda s: s.exec(
                select(Identity.person_id).where(Identity.platform_user_id == user_id)
            ).one()
        )
    )


# -- the database file itself ---------------------------------------------------------------------


@pytest.fixture
async def file_world(tmp_path: Path) -> AsyncIterator[World]:
    world = World.on_sqlite(tmp_path)
    yield world
    await world.db.dispose()


def file_bytes(folder: Path) -> bytes:
    return b"".join(
        path.read_bytes() for path in sorted(folder.glob("nearer.db*")) if path.is_file()
    )


async def test_no_trace_of_a_forgotten_person_remains_in_the_sqlite_file(
    file_world: World, tmp_path: Path
) -> None:
    world = file_world
    alex, sam = world.person("Quillonia"), world.person("Sam")
    await alex.says("/pair")
    await alex.says("/appreciate ZYXMARKER kept while solo")
    await sam.says(f"/pair {invite_code(await alex.says('/pair'))}")
    await alex.says("/appreciate ZYXMARKER thanks for today")
    await alex.says("/talk ZYXMARKER you never call")
    await alex.says("/idea add ZYXMARKER picnic")
    fake = FakePlatform("test", FAST)
    outbox = Outbox(world.db, {"test": fake}, world.clock)
    await outbox.drain()
    await outbox.close()
    assert b"ZYXMARKER" in file_bytes(tmp_path)

    await forget(alex)

    left = file_bytes(tmp_path)
    assert b"ZYXMARKER" not in left
    assert b"Quillonia" not in left
    assert "Your Nearer connection has ended" in texts(sam.inbox())


async def test_forget_deletes_everything_after_confirmation_and_tells_partner(
    world: World,
) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    code = texts(await alex.says("/pair")).split("/pair ")[1].split(".")[0].strip()
    await sam.says(f"/pair {code}")
    alex.inbox()
    await sam.says("/forget")
    assert "Partner: Alex" in texts(await sam.says("/settings"))  # not before confirming
    assert "gone" in texts(await sam.taps("delete"))
    assert "Your Nearer connection has ended" in texts(alex.inbox())
    assert "not paired yet" in texts(await alex.says("/settings"))
    # Sam starts over as a new person with default settings.
    assert "Time zone: UTC" in texts(await sam.says("/settings"))


async def test_forget_can_be_cancelled(world: World) -> None:
    alex = world.person("Alex")
    await alex.says("/timezone Asia/Tokyo")
    await alex.says("/forget")
    await alex.taps("never mind")
    assert "Asia/Tokyo" in texts(await alex.says("/settings"))
