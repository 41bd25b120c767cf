"""The outbox at the network edge: bursts spread inside the platform's limits, 429s honoured,
nothing lost or sent twice across restarts, unreachable chats handled kindly."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import col, select

from bot.adapters.telegram import TelegramAdapter, TelegramSettings
from bot.adapters.telegram.adapter import RATE_LIMITS as TELEGRAM
from bot.delivery import CLAIM_LEASE, Outbox
from bot.engine import Address, Outbound, outbound_to_payload, utc_now
from bot.engine.nudges import Outcome
from bot.rate_limits import Pacer, RateLimits, Window, limits_for
from storage.db import Database
from storage.models import Couple, Identity, OutboxMessage, SharedSpace
from storage.store import Store
from tests.support.databases import database_url
from tests.support.fake_platform import FakePlatform
from tests.support.world import Clock, World, texts

#: Telegram's shape, four times as fast, so a test burst takes seconds, not minutes.
FAST = RateLimits(Window(30, 0.25), Window(1, 0.25), Window(3, 1.0))
CODE = re.compile(r"/pair ([a-z0-9]{16})")


@pytest.fixture
def url(backend: str, tmp_path: Path) -> Iterator[str]:
    with database_url(backend, tmp_path) as database:
        yield database


@pytest.fixture
async def db(url: str) -> AsyncIterator[Database]:
    database = Database(url)
    database.create_all()
    yield database
    await database.dispose()


def enqueue(
    db: Database, chat_ids: list[str], *, platform: str = "test", now: datetime | None = None
) -> None:
    """Queue one message per chat id (text = `"<chat>#<n>"`), as the engine would."""

    def work(session) -> None:  # type: ignore[no-untyped-def]
        store = Store(session)
        for number, chat_id in enumerate(chat_ids):
            outbound = Outbound(Address(platform, chat_id), f"{chat_id}#{number}")
            store.enqueue(
                person_id=None,
                platform=platform,
                chat_id=chat_id,
                payload=outbound_to_payload(outbound),
                now=now or utc_now(),
            )

    db.transaction(work)


def pending(db: Database) -> int:
    return int(
        db.transaction(
            lambda session: session.exec(
                select(func.count())
                .select_from(OutboxMessage)
                .where(col(OutboxMessage.sent_at).is_(None), col(OutboxMessage.failed_at).is_(None))
            ).one()
        )
    )


async def run_until_sent(outbox: Outbox, db: Database) -> None:
    """Run the outbox as the app does until nothing is pending (a minute at most)."""
    task = asyncio.create_task(outbox.run())
    try:
        async with asyncio.timeout(60):
            while pending(db):  # noqa: ASYNC110 (watching the table, not an event)
                await asyncio.sleep(0.05)
    finally:
        outbox.stop()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


# -- pacing -------------------------------------------------------------------------------------


def test_the_pacer_allows_a_window_full_then_waits_for_the_oldest_to_age_out() -> None:
    pacer = Pacer(RateLimits(Window(3, 1.0), Window(10, 1.0), Window(10, 1.0)))
    for at in (0.0, 0.1, 0.2):
        assert pacer.ready_at(f"c{at}", at) == at
        pacer.record(f"c{at}", False, at)
    assert pacer.ready_at("other", 0.3) == pytest.approx(1.0, abs=0.01)


def test_a_group_chat_obeys_both_the_chat_and_the_group_limit() -> None:
    pacer = Pacer(RateLimits(Window(100, 1.0), Window(1, 1.0), Window(2, 60.0)))
    pacer.record("g", True, 0.0)
    assert pacer.ready_at("g", 0.5) == pytest.approx(1.0, abs=0.01)  # one a second per chat
    pacer.record("g", True, 1.0)
    assert pacer.ready_at("g", 2.0) == pytest.approx(60.0, abs=0.01)  # two a minute per group


def test_a_retry_after_holds_that_chat_and_a_flood_of_them_holds_everyone() -> None:
    pacer = Pacer(TELEGRAM)
    pacer.hold("a", 5.0, now=1.0)
    assert pacer.ready_at("a", 1.0) == 5.0
    assert pacer.ready_at("b", 1.0) == 1.0
    pacer.hold("b", 3.0, now=1.1)
    pacer.hold("c", 4.0, now=1.2)
    assert pacer.ready_at("d", 1.3) == 4.0


def test_each_adapter_declares_its_own_limits_once() -> None:
    class Declared:
        rate_limits = RateLimits(Window(10, 1.0), Window(2, 1.0), Window(5, 60.0))

    assert limits_for("telegram", TelegramAdapter(TelegramSettings(token="1:x"))) is TELEGRAM
    assert limits_for("console", object()) is None
    assert limits_for("x", Declared()) == Declared.rate_limits


# -- bursts and 429s ----------------------------------------------------------------------------


async def test_a_burst_is_spread_inside_the_limits_and_none_is_lost(db: Database) -> None:
    fake = FakePlatform("test", FAST, latency=0.01)
    chats = [f"c{number}" for number in range(240)]
    enqueue(db, chats)
    outbox = Outbox(db, {"test": fake}, utc_now)
    await run_until_sent(outbox, db)
    assert len(fake.accepted) == len(chats)
    assert fake.duplicates() == []
    assert fake.rate_limited == 0  # never once over the platform's limit
    cap = FAST.overall.per_second
    assert 0.8 * cap <= fake.rate() <= cap * 1.02


async def test_one_chats_messages_keep_their_order_and_its_own_pace(db: Database) -> None:
    fake = FakePlatform("test", FAST)
    enqueue(db, ["solo"] * 6 + ["other"])
    await run_until_sent(Outbox(db, {"test": fake}, utc_now), db)
    assert fake.texts_to("solo") == [f"solo#{n}" for n in range(6)]
    times = [at for at, outbound in fake.accepted if outbound.address.chat_id == "solo"]
    assert all(later - earlier >= 0.25 - 1e-6 for earlier, later in itertools.pairwise(times))
    assert fake.rate_limited == 0


async def test_a_couples_group_chat_gets_the_stricter_group_limit(db: Database) -> None:
    def shared_space(session) -> None:  # type: ignore[no-untyped-def]
        couple = Couple(created_at=utc_now())
        session.add(couple)
        session.flush()
        session.add(
            SharedSpace(couple_id=couple.id, platform="test", chat_id="group", created_at=utc_now())
        )

    db.transaction(shared_space)
    fake = FakePlatform("test", FAST, group_chats=frozenset({"group"}))
    enqueue(db, ["group"] * 5)
    await run_until_sent(Outbox(db, {"test": fake}, utc_now), db)
    times = [at for at, _ in fake.accepted]
    assert len(times) == 5 and fake.rate_limited == 0
    assert times[3] - times[0] >= 1.0 - 1e-6  # three a second in a group


async def test_retry_after_answers_are_honoured_and_nothing_is_lost(db: Database) -> None:
    fake = FakePlatform("test", FAST, random_429=0.1, retry_after=0.3)
    chats = [f"c{number}" for number in range(80)]
    enqueue(db, chats)
    await run_until_sent(Outbox(db, {"test": fake}, utc_now), db)
    assert fake.random_limited > 0
    assert sorted(outbound.text for _at, outbound in fake.accepted) == sorted(
        f"{chat}#{n}" for n, chat in enumerate(chats)
    )
    assert fake.duplicates() == []


async def test_a_transient_error_is_retried_after_a_short_backoff(db: Database) -> None:
    clock = Clock(datetime(2026, 11, 2, 9, tzinfo=UTC))
    fake = FakePlatform("test", FAST)
    enqueue(db, ["c1"], now=clock.now)
    fake.fail_once.add("c1#0")
    outbox = Outbox(db, {"test": fake}, clock)
    assert await outbox.deliver_due() == 1
    assert fake.accepted == [] and pending(db) == 1
    assert await outbox.deliver_due() == 0  # backing off
    clock.advance(seconds=2)
    assert await outbox.deliver_due() == 1
    assert fake.texts_to("c1") == ["c1#0"]
    await outbox.close()


# -- restarts -----------------------------------------------------------------------------------


async def test_a_restart_sends_every_pending_row_and_a_crashed_workers_claims_after_the_lease(
    db: Database,
) -> None:
    clock = Clock(datetime(2026, 11, 2, 9, tzinfo=UTC))
    enqueue(db, [f"c{n}" for n in range(10)], now=clock.now)

    class Hangs:
        """A network that never answers: the process dies with these messages in flight."""

        platform = "test"
        rate_limits = FAST

        async def start(self, handler) -> None:  # type: ignore[no-untyped-def]
            return None

        async def stop(self) -> None:
            return None

        async def send(self, outbound: Outbound):  # type: ignore[no-untyped-def]
            await asyncio.Event().wait()

    crashed = Outbox(db, {"test": Hangs()}, clock, batch_size=4)
    claim = asyncio.create_task(crashed.deliver_due())
    await asyncio.sleep(0.3)
    claim.cancel()
    await crashed.close()  # the crash: 4 rows claimed, none marked

    fake = FakePlatform("test", FAST)
    restarted = Outbox(db, {"test": fake}, clock)
    await restarted.drain()
    assert len(fake.accepted) == 6  # the unclaimed ones go at once
    clock.advance(seconds=CLAIM_LEASE.total_seconds() + 1)
    await restarted.drain()
    assert sorted(o.text for _, o in fake.accepted) == sorted(f"c{n}#{n}" for n in range(10))
    assert fake.duplicates() == [] and pending(db) == 0
    await restarted.close()


# -- unreachable --------------------------------------------------------------------------------


@pytest.fixture
async def world(url: str) -> AsyncIterator[World]:
    world = World(url)
    yield world
    await world.db.dispose()


async def test_a_partner_who_blocks_the_bot_leaves_quietly_and_gets_no_more_nudges(
    world: World,
) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    code = CODE.search(texts(await alex.says("/pair")))
    assert code is not None
    await sam.says(f"/pair {code.group(1)}")
    for person in (alex, sam):  # said where they are, and turned the hug reminder on
        await person.says("/timezone UTC")
        await person.says("/nudges hug on")
    fake = FakePlatform("test", FAST)
    outbox = Outbox(
        world.db, {"test": fake}, world.clock, on_unreachable=world.engine.person_unreachable
    )
    await outbox.drain()
    fake.accepted.clear()

    fake.unreachable.add(alex.chat_id)  # Alex blocked the bot
    world.clock.now = datetime(2026, 11, 3, 8, tzinfo=UTC)
    await world.engine.deliver_due_nudges(grace=timedelta(hours=2))
    await outbox.drain()
    to_sam = fake.texts_to(sam.chat_id)
    # Blocking is a way of leaving: Sam hears the one line every exit gives, never a guess why.
    assert any(text.startswith("Your Nearer connection has ended") for text in to_sam)
    assert not any("Alex" in text or "muted" in text for text in to_sam)
    assert fake.texts_to(alex.chat_id) == []
    reachable = world.db.transaction(
        lambda session: session.exec(
            select(Identity.reachable).where(Identity.private_chat_id == alex.chat_id)
        ).one()
    )
    assert reachable is False

    # The next morning: neither gets a couple nudge, and Sam is not told twice.
    fake.accepted.clear()
    world.clock.now = datetime(2026, 11, 4, 8, tzinfo=UTC)
    report = await world.engine.deliver_due_nudges(grace=timedelta(hours=2))
    await outbox.drain()
    assert report.outcomes.get(Outcome.SENT, 0) == 0
    assert fake.texts_to(alex.chat_id) == [] and fake.texts_to(sam.chat_id) == []

    # Alex comes back: writing to the bot makes the chat reachable again, unpaired.
    fake.unreachable.clear()
    assert "not paired" in texts(await alex.says("/settings"))
    await outbox.close()
