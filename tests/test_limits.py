"""Limits: one person cannot flood the bot, nor their partner.

A burst is fine, then the bot takes one message every few seconds and says once, kindly, to slow
down; and at most `partner_messages_per_day` of a person's messages reach the partner in a day.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.engine import EngineSettings, kinds
from bot.engine.limits import Admission, RateLimiter
from tests.support.couples import couple
from tests.support.databases import database_url
from tests.support.limits import DAILY_CAP
from tests.support.stored import entries
from tests.support.world import Person, World, texts

SLOW_DOWN = "that's a lot at once"


@pytest.fixture
async def world(backend: str, tmp_path: Path) -> AsyncIterator[World]:
    """A world with the engine's real limits (the shared one gives stories room to type fast)."""
    with database_url(backend, tmp_path) as url:
        world = World(url, settings=EngineSettings())
        try:
            yield world
        finally:
            await world.db.dispose()


async def send_then_confirm(person: Person, text: str) -> str:
    """Type `text`; if the bot first shows it back with a [Send] button, press it. Returns the
    bot's answer to the last step."""
    replies = await person.says(text)
    labels = [choice.label for reply in replies for row in reply.buttons for choice in row]
    if any(label.startswith("Send") for label in labels):
        replies = await person.taps("Send")
    return texts(replies)


async def test_a_flood_of_appreciations_reaches_the_partner_as_one_burst(world: World) -> None:
    """The reproduction: 300 appreciations of 3,900 characters in 0.8 s."""
    alex, sam = await couple(world)
    world.clock.advance(minutes=5)  # pairing took a few messages from the burst
    long_text = ("you are wonderful " * 217)[:3900]
    answers: list[str] = []
    for _ in range(300):
        answers.append(texts(await alex.says(f"/appreciate {long_text}")))
        world.clock.advance(seconds=0.8 / 300)

    delivered = sam.inbox()
    assert 15 <= len(delivered) <= 21
    assert len(entries(world, kinds.APPRECIATION)) == len(delivered)
    told = [answer for answer in answers if SLOW_DOWN in answer]
    assert len(told) == 1, "told to slow down once, not for every dropped message"
    assert sum(1 for answer in answers if answer == "") == 300 - len(delivered) - 1


async def test_after_slowing_down_messages_are_taken_again(world: World) -> None:
    alex, sam = await couple(world)
    world.clock.advance(minutes=5)
    for _ in range(40):
        await alex.says("/journal")
    world.clock.advance(seconds=30)  # ten messages' worth of refill
    replies = texts(await alex.says("/appreciate your patience with me this week"))
    assert "Sent to Sam" in replies
    assert "your patience" in texts(sam.inbox())


async def test_one_flooding_person_does_not_slow_down_their_partner(world: World) -> None:
    alex, sam = await couple(world)
    world.clock.advance(minutes=5)
    for _ in range(40):
        await alex.says("/journal")
    assert "Sent to Alex" in texts(await sam.says("/appreciate the tea this morning"))


async def test_past_the_daily_cap_one_kind_line_and_nothing_stored_or_sent(world: World) -> None:
    alex, sam = await couple(world)
    for number in range(30):
        world.clock.advance(minutes=10)  # well within the rate limit
        assert "Sent to Sam" in texts(await alex.says(f"/appreciate thing number {number}"))
    assert len(sam.inbox()) == 30

    world.clock.advance(minutes=10)
    refused = texts(await alex.says("/appreciate one more thing"))
    assert DAILY_CAP in refused and "Sam" in refused and "tomorrow" in refused
    assert sam.inbox() == []
    assert len(entries(world, kinds.APPRECIATION)) == 30

    world.clock.now = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)  # the next day
    assert "Sent to Sam" in texts(await alex.says("/appreciate a new day"))
    assert len(sam.inbox()) == 1


async def test_the_daily_cap_counts_in_the_persons_own_day(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/timezone Pacific/Auckland")  # 09:00 UTC is 22:00 there
    world.clock.advance(minutes=1)
    for number in range(30):
        world.clock.advance(seconds=20)
        await alex.says(f"/appreciate thing number {number}")
    assert DAILY_CAP in texts(await alex.says("/appreciate one too many"))
    world.clock.advance(hours=2)  # past midnight in Auckland, still 2 November in UTC
    assert "Sent to Sam" in texts(await alex.says("/appreciate good morning, love"))


async def test_the_daily_cap_covers_listening_shares_too(world: World) -> None:
    world.settings.partner_messages_per_day = 1
    alex, sam = await couple(world)
    await alex.says("/appreciate the way you hum while cooking")
    sam.inbox()
    await alex.says("/listen")
    answer = await send_then_confirm(alex, "Work has been so heavy that I barely feel like myself.")
    assert DAILY_CAP in answer
    assert sam.inbox() == []
    assert entries(world, kinds.LISTEN_SHARE) == []
    # The question has ended: the next text is new text, not another try at sharing.
    assert DAILY_CAP not in texts(await alex.says("hello"))


async def test_the_daily_cap_is_a_setting(world: World) -> None:
    world.settings.partner_messages_per_day = 2
    alex, sam = await couple(world)
    await alex.says("/appreciate one")
    await alex.says("/appreciate two")
    assert DAILY_CAP in texts(await alex.says("/appreciate three"))
    assert len(sam.inbox()) == 2


async def test_appreciations_kept_while_solo_count_too(world: World) -> None:
    """Kept ones are delivered at pairing: a solo flood would otherwise arrive all at once."""
    world.settings.partner_messages_per_day = 3
    alex = world.person("Alex")
    for number in range(3):
        assert "keeping it safe" in texts(await alex.says(f"/appreciate kept {number}"))
    assert DAILY_CAP in texts(await alex.says("/appreciate one too many"))
    assert len(entries(world, kinds.APPRECIATION)) == 3


# -- the rate limiter itself (pure, on a given clock) ---------------------------------------------

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def test_the_bucket_allows_a_burst_then_one_message_per_refill() -> None:
    limiter = RateLimiter(per_minute=20, burst=20)
    sender = ("test", "u1")
    assert all(limiter.admit(sender, START) is Admission.HANDLE for _ in range(20))
    assert limiter.admit(sender, START) is Admission.SLOW_DOWN
    assert limiter.admit(sender, START + timedelta(seconds=1)) is Admission.DROP
    assert limiter.admit(sender, START + timedelta(seconds=3)) is Admission.HANDLE
    assert limiter.admit(sender, START + timedelta(seconds=3)) is Admission.DROP


def test_the_slow_down_note_comes_again_only_after_a_quiet_while() -> None:
    limiter = RateLimiter(per_minute=20, burst=20, quiet_for=timedelta(minutes=5))
    sender = ("test", "u1")
    now = START
    seen: list[Admission] = []
    for _ in range(10 * 60 * 10):  # ten minutes of ten messages a second
        seen.append(limiter.admit(sender, now))
        now += timedelta(seconds=0.1)
    assert seen.count(Admission.SLOW_DOWN) == 2
    assert seen.count(Admission.HANDLE) < 20 + 10 * 20 + 2


def test_senders_are_limited_separately() -> None:
    limiter = RateLimiter(per_minute=20, burst=2)
    assert limiter.admit(("test", "a"), START) is Admission.HANDLE
    assert limiter.admit(("test", "a"), START) is Admission.HANDLE
    assert limiter.admit(("test", "a"), START) is Admission.SLOW_DOWN
    assert limiter.admit(("test", "b"), START) is Admission.HANDLE
    assert limiter.admit(("other", "a"), START) is Admission.HANDLE


def test_the_limiter_forgets_senders_who_went_quiet() -> None:
    limiter = RateLimiter(per_minute=20, burst=20)
    for number in range(1000):
        limiter.admit(("test", f"u{number}"), START)
    assert len(limiter) == 1000
    limiter.admit(("test", "late"), START + timedelta(minutes=10))
    assert len(limiter) == 1


async def test_the_daily_cap_covers_talk_drafts_too(world: World) -> None:
    world.settings.partner_messages_per_day = 1
    alex, sam = await couple(world)
    await alex.says("/appreciate the way you hum while cooking")
    sam.inbox()
    await alex.says("/talk you never ask about my day")
    await alex.taps("sad")
    await alex.says("our evenings pass without us talking")
    await alex.says("a few minutes to share our days")
    refused = texts(await alex.taps("Send to my partner"))
    assert DAILY_CAP in refused
    assert sam.inbox() == []
