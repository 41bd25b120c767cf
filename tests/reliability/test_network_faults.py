"""Faults at the network edge, through the outbox and the real adapters: timeouts, 429 with
`retry_after`, 5xx, and a stream of all of them at random. Nothing is lost: each message arrives
exactly once when the fault clears, or its chat is marked unreachable for good.

Fills the gaps left by tests/test_delivery.py (outbox against a fake adapter) and the adapter
tests (each error mapped to a delivery result): here the error travels the whole way.
"""

from __future__ import annotations

import asyncio
import random
import re
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from bot.adapters.discord import DiscordAdapter, DiscordSettings, DiscordTexts
from bot.delivery import CLAIM_LEASE, MAX_ATTEMPTS, Outbox
from bot.engine.events import (
    Address,
    DeliveryResult,
    DeliveryStatus,
    Outbound,
    outbound_to_payload,
)
from bot.engine.parameters import CommandSpec
from bot.rate_limits import RateLimits, Window
from storage.db import Database
from storage.models import OutboxMessage
from storage.store import Store
from tests.adapters.conftest import RunningBot, start_bot
from tests.adapters.fake_discord import TOKEN as DISCORD_TOKEN
from tests.adapters.fake_discord import FakeDiscord
from tests.adapters.fake_telegram import ApiError, FakeTelegram
from tests.support.world import Clock, shared_prompts

ALEX, SAM = 111, 222
INVITE = re.compile(r"start=([a-z0-9]{16})")
#: python-telegram-bot gives up on an answer after 5 s (its default read timeout).
LONGER_THAN_TELEGRAMS_TIMEOUT = 6.0
FAST = RateLimits(Window(100, 1.0), Window(100, 1.0), Window(100, 1.0))


# -- helpers -------------------------------------------------------------------------------------


async def paired(bot: RunningBot) -> None:
    alex, sam = bot.fake.user(ALEX, "Alex"), bot.fake.user(SAM, "Sam")
    alex.says("/pair")
    await bot.fake.wait_for_text(ALEX, "https://t.me/")
    code = INVITE.search(bot.fake.texts(ALEX))
    assert code is not None
    sam.says(f"/start {code.group(1)}")
    await bot.fake.wait_for_text(ALEX, "Sam just joined you")


async def rows_for(bot: RunningBot, chat_id: int) -> list[OutboxMessage]:
    return list(
        await bot.app.db.run(
            lambda s: s.exec(
                select(OutboxMessage).where(OutboxMessage.chat_id == str(chat_id))
            ).all()
        )
    )


async def unsettled(db: Database) -> int:
    rows = await db.run(
        lambda s: s.exec(
            select(OutboxMessage.id).where(
                col(OutboxMessage.sent_at).is_(None), col(OutboxMessage.failed_at).is_(None)
            )
        ).all()
    )
    return len(rows)


async def until_settled(outbox: Outbox, db: Database, clock: Any, *, within: float = 60.0) -> None:
    """Let time pass for the outbox until nothing is left to send. Whenever nothing is in flight
    or waiting in a lane, the clock jumps to the next row's due time (a backoff or a
    retry-after ends at once); it never jumps while a send is under way, so no claim lease runs
    out under a send that real time would have finished."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while loop.time() < deadline:
        if not await unsettled(db):
            return
        lanes = outbox._lanes.values()
        if not any(lane.waiting or lane.in_flight for lane in lanes):
            due = await db.run(lambda s: Store(s).next_outbox_due())
            now = clock()
            if due is not None and due > now:
                clock.advance(seconds=(due - now).total_seconds())
            outbox.wake()
        await asyncio.sleep(0.05)
    raise AssertionError(f"{await unsettled(db)} outbox rows never settled")


def copies(fake: FakeTelegram, chat_id: int, fragment: str) -> int:
    return sum(1 for message in fake.messages(chat_id) if fragment in message.text)


def statuses(fake: FakeTelegram, method: str, chat_id: int | None = None) -> list[int]:
    return [
        call.status
        for call in fake.calls_to(method)
        if chat_id is None or call.params.get("chat_id") == chat_id
    ]


def stall_sends(fake: FakeTelegram, chat_id: int, *, times: int, accept_first: bool) -> list[float]:
    """The next `times` sendMessage calls to `chat_id` hang past the bot's timeout. With
    `accept_first` Telegram has taken the message before the answer is lost; without, the
    request never got through. Returns the list the stalls are logged into."""
    original = fake._api_sendMessage
    stalled: list[float] = []

    async def stalling(params: dict[str, Any]) -> dict[str, Any]:
        if int(params["chat_id"]) != chat_id or len(stalled) >= times:
            return await original(params)
        stalled.append(asyncio.get_running_loop().time())
        result = await original(params) if accept_first else None
        await asyncio.sleep(LONGER_THAN_TELEGRAMS_TIMEOUT)
        if result is None:
            raise ApiError(504, "Gateway Timeout")
        return result

    fake._api_sendMessage = stalling  # type: ignore[method-assign]
    return stalled


# -- Telegram: a partner's message through the outbox ----------------------------------------------


def is_appreciation(row: OutboxMessage) -> bool:
    """The appreciation's row, found by its key: once delivered, its words are blanked."""
    delivered_blank = row.sent_at is None or row.payload == {}
    return (row.idempotency_key or "").startswith("appreciation:") and delivered_blank


async def test_telegram_5xx_for_a_partner_is_retried_with_backoff_until_it_arrives_once(
    bot: RunningBot,
) -> None:
    await paired(bot)
    bot.fake.fail_next("sendMessage", 502, "Bad Gateway", chat_id=SAM, times=3)
    bot.fake.user(ALEX, "Alex").says("/appreciate the soup on Sunday")
    await bot.fake.wait_for_text(ALEX, "Sent to Sam")
    await until_settled(bot.app.outbox, bot.app.db, bot.clock)
    assert copies(bot.fake, SAM, "the soup on Sunday") == 1
    assert statuses(bot.fake, "sendMessage", SAM)[-4:] == [502, 502, 502, 200]
    [row] = [r for r in await rows_for(bot, SAM) if is_appreciation(r)]
    assert row.sent_at is not None and row.attempts == 4 and "Bad Gateway" in row.last_error


async def test_a_telegram_send_that_times_out_is_retried_and_arrives_once(
    bot: RunningBot,
) -> None:
    await paired(bot)
    stalled = stall_sends(bot.fake, SAM, times=1, accept_first=False)
    bot.fake.user(ALEX, "Alex").says("/appreciate your patience with me")
    await bot.fake.wait_for(lambda: stalled, what="the stalled send")
    await until_settled(bot.app.outbox, bot.app.db, bot.clock, within=30)
    assert copies(bot.fake, SAM, "your patience with me") == 1
    [row] = [r for r in await rows_for(bot, SAM) if is_appreciation(r)]
    assert row.sent_at is not None and row.attempts == 2 and "TimedOut" in row.last_error


async def test_a_timeout_after_telegram_took_the_message_repeats_it_at_most_once(
    bot: RunningBot,
) -> None:
    """The one ambiguity at the edge: the answer was lost, not the message. The outbox cannot
    know, so it sends again (at least once) — one extra copy, never a stream of them."""
    await paired(bot)
    stalled = stall_sends(bot.fake, SAM, times=1, accept_first=True)
    bot.fake.user(ALEX, "Alex").says("/appreciate the way you hum while cooking")
    await bot.fake.wait_for(lambda: stalled, what="the stalled send")
    await until_settled(bot.app.outbox, bot.app.db, bot.clock, within=30)
    assert copies(bot.fake, SAM, "hum while cooking") == 2
    [row] = [r for r in await rows_for(bot, SAM) if is_appreciation(r)]
    assert row.sent_at is not None and row.attempts == 2


async def test_a_burst_through_random_telegram_faults_arrives_exactly_once(
    tmp_path: Path, telegram_env: None, fake: FakeTelegram
) -> None:
    """Sixty messages to twelve chats while Telegram answers at random with 429, 502 and
    stalls, and two people have blocked the bot: every message to the others arrives once, in
    a chat's own order where no fault intervened, and the blocked chats are given up on."""
    rng = random.Random(7)
    faults: Counter[str] = Counter()
    original = fake._api_sendMessage

    # Sends run concurrently, so which send takes which random draw varies from run to run; the
    # first three faults are fixed so that every kind is seen in every run (a 4 % timeout could
    # otherwise be missed by all ~75 draws, about one run in twenty).
    first_draws = [0.05, 0.15, 0.25]

    async def flaky(params: dict[str, Any]) -> dict[str, Any]:
        if int(params["chat_id"]) in fake.blocked:
            return await original(params)
        draw = first_draws.pop(0) if first_draws else rng.random()
        if draw < 0.12:
            faults["429"] += 1
            raise ApiError(429, "Too Many Requests: retry after 1", {"retry_after": 1})
        if draw < 0.24:
            faults["502"] += 1
            raise ApiError(502, "Bad Gateway")
        if draw < 0.28:
            faults["timeout"] += 1
            await asyncio.sleep(LONGER_THAN_TELEGRAMS_TIMEOUT)
            raise ApiError(504, "Gateway Timeout")
        return await original(params)

    fake._api_sendMessage = flaky  # type: ignore[method-assign]
    blocked = {1009, 1010}
    for chat_id in blocked:
        fake.block(chat_id)
    bot = await start_bot(fake, tmp_path)
    try:
        chats = [1000 + n for n in range(12)]
        expected = {chat: [f"message {m} for {chat}" for m in range(5)] for chat in chats}
        await bot.app.db.run(lambda session: _queue(session, expected, bot.clock()))
        bot.app.outbox.wake()
        await until_settled(bot.app.outbox, bot.app.db, bot.clock, within=90)
    finally:
        await bot.app.stop()
    assert faults["429"] and faults["502"] and faults["timeout"], faults
    for chat, texts in expected.items():
        got = [message.text for message in fake.messages(chat)]
        if chat in blocked:
            assert got == []
        else:
            assert sorted(got) == sorted(texts), (chat, got)  # each exactly once
    rows = await bot.app.db.run(lambda s: s.exec(select(OutboxMessage)).all())
    assert all(row.sent_at is not None for row in rows if int(row.chat_id) not in blocked)
    assert all(
        row.failed_at is not None and row.sent_at is None
        for row in rows
        if int(row.chat_id) in blocked
    )
    print(f"\nfaults injected: {dict(faults)}; {len(rows)} messages, none lost or repeated")


def _queue(session: Any, expected: dict[int, list[str]], now: datetime) -> None:
    store = Store(session)
    for chat, texts in expected.items():
        for text in texts:
            outbound = Outbound(Address("telegram", str(chat)), text)
            store.enqueue(person_id=None, platform="telegram", chat_id=str(chat),
                          payload=outbound_to_payload(outbound), now=now)  # fmt: skip


# -- Telegram: receiving updates and direct replies ------------------------------------------------


async def test_what_people_write_while_fetching_updates_fails_is_answered_once_it_recovers(
    bot: RunningBot,
) -> None:
    bot.fake.fail_next("getUpdates", 502, "Bad Gateway", times=2)
    bot.fake.fail_next("getUpdates", 429, "Too Many Requests: retry after 1", retry_after=1)
    bot.fake.user(ALEX, "Alex").says("/start")
    await bot.fake.wait_for_text(ALEX, "Hi Alex", within=30)
    await asyncio.sleep(0.5)
    assert copies(bot.fake, ALEX, "Hi Alex") == 1
    assert Counter(statuses(bot.fake, "getUpdates"))[502] == 2


async def test_a_direct_reply_meeting_flood_control_waits_and_arrives_once(
    bot: RunningBot,
) -> None:
    bot.fake.fail_next(
        "sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1, chat_id=ALEX
    )
    bot.fake.user(ALEX, "Alex").says("/start")
    await bot.fake.wait_for_text(ALEX, "Hi Alex", within=15)
    await asyncio.sleep(0.3)
    assert statuses(bot.fake, "sendMessage", ALEX) == [429, 200]
    assert copies(bot.fake, ALEX, "Hi Alex") == 1


async def test_a_direct_reply_meeting_a_5xx_is_tried_again_and_arrives_once(
    bot: RunningBot,
) -> None:
    bot.fake.fail_next("sendMessage", 502, "Bad Gateway", chat_id=ALEX)
    bot.fake.user(ALEX, "Alex").says("/start")
    await bot.fake.wait_for_text(ALEX, "Hi Alex", within=15)
    await asyncio.sleep(0.3)
    assert statuses(bot.fake, "sendMessage", ALEX) == [502, 200]
    assert copies(bot.fake, ALEX, "Hi Alex") == 1


# -- Discord: a partner's message through the outbox -----------------------------------------------


@pytest.fixture
async def discord_outbox(
    fake_discord: FakeDiscord, tmp_path: Path
) -> AsyncIterator[tuple[Outbox, Database, Clock]]:
    """The real Discord adapter behind a real outbox on its own database (no engine needed)."""
    settings = DiscordSettings(token=DISCORD_TOKEN, api_base_url=f"{fake_discord.api_url}/v10")
    adapter = DiscordAdapter(
        settings,
        commands=[CommandSpec("help", "this list")],
        texts=DiscordTexts.worded(shared_prompts().say),
    )

    async def nobody_writes(_inbound: Any) -> list[Outbound]:
        return []

    await adapter.start(nobody_writes)
    await asyncio.wait_for(fake_discord.connected.wait(), timeout=10)
    db = Database(f"sqlite:///{tmp_path / 'outbox.db'}")
    db.create_all()
    clock = Clock(datetime.now(UTC))
    # Pacing (holds after a 429) follows the same clock the test moves.
    outbox = Outbox(db, {"discord": adapter}, clock, monotonic=lambda: clock.now.timestamp())
    try:
        yield outbox, db, clock
    finally:
        await outbox.close()
        await adapter.stop()
        await db.dispose()


def queue_discord(db: Database, chat_id: str, text: str, now: datetime) -> None:
    outbound = Outbound(Address("discord", chat_id), text)
    db.transaction(
        lambda session: Store(session).enqueue(
            person_id=None, platform="discord", chat_id=chat_id,
            payload=outbound_to_payload(outbound), now=now,
        )
    )  # fmt: skip


async def drain_with_time(outbox: Outbox, db: Database, clock: Clock, step: float) -> None:
    for _ in range(40):
        await outbox.deliver_due()
        if not await unsettled(db):
            return
        clock.advance(seconds=step)
    raise AssertionError("the Discord message never settled")


async def test_discord_5xx_for_a_partner_is_retried_until_it_arrives_once(
    discord_outbox: tuple[Outbox, Database, Clock], fake_discord: FakeDiscord
) -> None:
    outbox, db, clock = discord_outbox
    sam = fake_discord.user("Sam")
    fake_discord.fail_next(sam.dm_channel_id, 503, 0)
    fake_discord.fail_next(sam.dm_channel_id, 503, 0)
    queue_discord(db, f"user:{sam.id}", "Alex appreciates you: the bike repair", clock.now)
    await drain_with_time(outbox, db, clock, step=10)
    assert [m.content for m in fake_discord.dms_to(sam)] == [
        "Alex appreciates you: the bike repair"
    ]
    [row] = await db.run(lambda s: s.exec(select(OutboxMessage)).all())
    assert row.sent_at is not None and row.attempts == 3 and "503" in row.last_error


async def test_a_long_discord_rate_limit_reschedules_the_message_and_it_arrives_once(
    discord_outbox: tuple[Outbox, Database, Clock], fake_discord: FakeDiscord
) -> None:
    outbox, db, clock = discord_outbox
    sam = fake_discord.user("Sam")
    fake_discord.fail_next(sam.dm_channel_id, 429, 0, retry_after=75.0)
    queue_discord(db, f"user:{sam.id}", "Your turn: a dream question", clock.now)
    await outbox.deliver_due()
    [row] = await db.run(lambda s: s.exec(select(OutboxMessage)).all())
    assert row.sent_at is None and row.next_attempt_at >= clock.now + timedelta(seconds=74)
    clock.advance(seconds=30)
    assert await outbox.deliver_due() == 0  # still waiting, as Discord asked
    clock.advance(seconds=46)
    await drain_with_time(outbox, db, clock, step=1)
    assert [m.content for m in fake_discord.dms_to(sam)] == ["Your turn: a dream question"]


# -- the outbox's own limits -----------------------------------------------------------------------


class Edge:
    """An adapter whose answers the test scripts: `answers[chat]` is a list of results (or
    awaitables to wait on first); after the list runs out, every send succeeds."""

    platform = "edge"
    rate_limits = FAST

    def __init__(self) -> None:
        self.accepted: list[Outbound] = []
        self.answers: dict[str, list[DeliveryResult | asyncio.Event]] = {}

    async def start(self, handler: Any) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def send(self, outbound: Outbound) -> DeliveryResult:
        script = self.answers.get(outbound.address.chat_id, [])
        if script:
            answer = script.pop(0)
            if isinstance(answer, asyncio.Event):
                await answer.wait()  # a send the network holds for as long as the test likes
            else:
                return answer
        self.accepted.append(outbound)
        return DeliveryResult.ok(str(len(self.accepted)))


@pytest.fixture
async def edge_db(tmp_path: Path) -> AsyncIterator[Database]:
    db = Database(f"sqlite:///{tmp_path / 'edge.db'}")
    db.create_all()
    yield db
    await db.dispose()


def queue_edge(db: Database, chat_ids: list[str], now: datetime) -> None:
    def work(session: Any) -> None:
        store = Store(session)
        for chat_id in chat_ids:
            outbound = Outbound(Address("edge", chat_id), f"for {chat_id}")
            store.enqueue(person_id=None, platform="edge", chat_id=chat_id,
                          payload=outbound_to_payload(outbound), now=now)  # fmt: skip

    db.transaction(work)


async def test_a_message_that_never_gets_through_is_given_up_after_the_last_attempt(
    edge_db: Database,
) -> None:
    clock = Clock(datetime(2026, 11, 2, 9, tzinfo=UTC))
    edge = Edge()
    failing = DeliveryResult(DeliveryStatus.TRANSIENT, detail="Bad Request: odd and new")
    edge.answers["stuck"] = [failing] * (MAX_ATTEMPTS + 5)
    queue_edge(edge_db, ["stuck", "fine"], clock.now)
    outbox = Outbox(edge_db, {"edge": edge}, clock)
    for _ in range(MAX_ATTEMPTS + 3):
        await outbox.deliver_due()
        clock.advance(seconds=601)
    [stuck] = await edge_db.run(
        lambda s: s.exec(select(OutboxMessage).where(OutboxMessage.chat_id == "stuck")).all()
    )
    assert stuck.failed_at is not None and stuck.sent_at is None
    assert stuck.attempts == MAX_ATTEMPTS and "odd and new" in stuck.last_error
    assert [o.address.chat_id for o in edge.accepted] == ["fine"]
    await outbox.close()


async def test_a_send_slower_than_the_claim_lease_is_not_sent_twice(edge_db: Database) -> None:
    clock = Clock(datetime(2026, 11, 2, 9, tzinfo=UTC))
    edge = Edge()
    network = asyncio.Event()
    edge.answers["slow"] = [network]
    queue_edge(edge_db, ["slow"], clock.now)
    outbox = Outbox(edge_db, {"edge": edge}, clock)
    first = asyncio.create_task(outbox.deliver_due())
    await asyncio.sleep(0.2)  # claimed and in flight; the network holds it
    clock.advance(seconds=CLAIM_LEASE.total_seconds() + 1)
    second = asyncio.create_task(outbox.deliver_due())  # the lease ran out: claimed again
    await asyncio.sleep(0.2)
    network.set()  # the first send finally gets through
    await asyncio.wait_for(asyncio.gather(first, second), 10)
    await outbox.close()
    assert [o.address.chat_id for o in edge.accepted] == ["slow"]
