"""kill -9 around a block: Sam blocks the bot, and the bot is killed a few milliseconds after
Telegram answers "blocked" — before the outbox records it, between the outbox's commit and the
engine's reaction, or after both. Whichever it was, once the bot is back Alex hears "connection
ended" exactly once and the couple is dissolved.

The real `python -m bot run` against the local fake Bot API, SQLite in a data folder; the kill
delays sweep the window, and the test reports where each kill fell.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.adapters.fake_telegram import BOT_USERNAME, FakeUser
from tests.reliability.killable import BotProcess, RecordingTelegram, outbox_rows

ALEX, SAM = 111, 222
ENDED = "Your Nearer connection has ended"
#: What Alex sends Sam each round: its delivery meets the block.
APPRECIATION = "the tea you bring me"
INVITE = re.compile(rf"t\.me/{BOT_USERNAME}\?start=([a-z0-9]{{16}})")
#: Each round's kill: seconds after the "blocked" answer, or `None` for the moment the
#: outbox's commit is seen in the database (a thread watching it; the engine's reaction is
#: a few milliseconds behind, so most of these land between the two commits).
KILLS = (0.0, None, 0.005, None, 0.05, None)


class KillOnBlock(RecordingTelegram):
    """Answers "blocked" for Sam as Telegram does, and kills the bot `delay` seconds later
    (once per arming)."""

    def __init__(self) -> None:
        super().__init__()
        self.bot: BotProcess | None = None
        self.delay: float | None = None

        self.armed = False

    def _reachable_chat(self, params: dict[str, Any]) -> int:
        chat_id = int(params["chat_id"])
        if (
            chat_id in self.blocked
            and self.armed
            and self.delay is not None
            and APPRECIATION in str(params.get("text", ""))
        ):
            assert self.bot is not None
            asyncio.get_running_loop().call_later(self.delay, self.bot.kill)
            self.armed = False
        return super()._reachable_chat(params)


def kill_when_recorded(bot: BotProcess, stop: threading.Event) -> None:
    """Watch the database from a thread and kill the bot the moment the outbox's commit (Sam's
    chat marked unreachable) is visible: a WAL reader never waits for the writer."""
    connection = sqlite3.connect(bot.database, timeout=10)
    try:
        while not stop.is_set():
            row = connection.execute(
                "SELECT 1 FROM identity WHERE platform_user_id = ? AND reachable = 0", (str(SAM),)
            ).fetchone()
            if row is not None:
                bot.kill()
                return
    finally:
        connection.close()


def _state(database: Path) -> str:
    """Where the kill fell, read from what the dead process committed."""
    connection = sqlite3.connect(database, timeout=10)
    try:
        reachable, owed, couple = connection.execute(
            "SELECT identity.reachable, person.unreachable_at, person.couple_id FROM person "
            "JOIN identity ON identity.person_id = person.id "
            "WHERE identity.platform_user_id = ?",
            (str(SAM),),
        ).fetchone()
    finally:
        connection.close()
    if reachable:
        return "before the outbox's commit"
    if owed is not None and couple is not None:
        return "between the two commits"
    return "after the reaction"


def _couples(database: Path) -> list[int | None]:
    connection = sqlite3.connect(database, timeout=10)
    try:
        return [row[0] for row in connection.execute("SELECT couple_id FROM person")]
    finally:
        connection.close()


def ended_told(fake: RecordingTelegram) -> int:
    return sum(1 for message in fake.messages(ALEX) if ENDED in message.text)


def answered(fake: RecordingTelegram, chat_id: int, mark: int) -> bool:
    return len(fake.messages(chat_id)) > mark


def told_at_least(fake: RecordingTelegram, times: int) -> bool:
    return ended_told(fake) >= times


async def pair(fake: RecordingTelegram, alex: FakeUser, sam: FakeUser) -> None:
    mark = len(fake.messages(ALEX))
    alex.says("/pair")
    await fake.wait_for(lambda: any(INVITE.search(m.text) for m in fake.messages(ALEX)[mark:]))
    code = next(
        found.group(1)
        for message in fake.messages(ALEX)[mark:]
        if (found := INVITE.search(message.text))
    )
    sam_mark, alex_mark = len(fake.messages(SAM)), len(fake.messages(ALEX))
    sam.says(f"/start {code}")
    await fake.wait_for(
        lambda: (
            any("You're connected" in m.text for m in fake.messages(SAM)[sam_mark:])
            and any("Sam just joined" in m.text for m in fake.messages(ALEX)[alex_mark:])
        ),
        what="Sam connected, and Alex told",
    )
    await asyncio.sleep(0.3)  # every reply of the pairing is out before Sam blocks the bot


@pytest.fixture
def quiet_fake_server() -> Iterator[None]:
    """The fake's web server logs each request whose bot was killed mid-way: expected here."""
    server_log = logging.getLogger("aiohttp.server")
    level = server_log.level
    server_log.setLevel(logging.CRITICAL)
    yield
    server_log.setLevel(level)


async def test_kill_9_around_a_block_tells_the_partner_exactly_once(
    tmp_path: Path, quiet_fake_server: None
) -> None:
    fake = KillOnBlock()
    await fake.start()
    bot = BotProcess(fake, tmp_path)
    fake.bot = bot
    alex, sam = fake.user(ALEX, "Alex"), fake.user(SAM, "Sam")
    where: Counter[str] = Counter()
    await bot.start()
    try:
        async with asyncio.timeout(240):
            await bot.until_live()
            alex.says("/start")
            await fake.wait_for_text(ALEX, "Hi Alex")
            for round_number, delay in enumerate(KILLS, start=1):
                await pair(fake, alex, sam)
                fake.block(SAM)
                fake.delay, fake.armed = delay, True
                stop = threading.Event()
                watcher = (
                    asyncio.create_task(asyncio.to_thread(kill_when_recorded, bot, stop))
                    if delay is None
                    else None
                )
                alex.says(f"/appreciate round {round_number}: {APPRECIATION}")
                assert bot.process is not None
                try:
                    await asyncio.wait_for(bot.process.wait(), 30)  # killed
                finally:
                    stop.set()
                    if watcher is not None:
                        await watcher
                killed = _state(bot.database)
                where[killed] += 1
                await bot.restart_after_crash()
                await bot.until_live()
                await fake.wait_for(
                    lambda: _couples(bot.database) == [None, None] and ended_told(fake) > 0,
                    20,
                    f"round {round_number} (killed {killed}): the couple dissolved; outbox "
                    f"{outbox_rows(bot.database)[-3:]}\n{bot.output()[-3000:]}",
                )
                await fake.wait_for(
                    functools.partial(told_at_least, fake, round_number),
                    20,
                    f"Alex told in round {round_number} (killed {killed})",
                )
                await asyncio.sleep(1.0)  # a second telling would be on its way by now
                assert ended_told(fake) == round_number
                # Sam comes back: unblocks and writes, reachable again, and pairs again.
                fake.blocked.discard(SAM)
                mark = len(fake.messages(SAM))
                sam.says("/start")
                await fake.wait_for(functools.partial(answered, fake, SAM, mark), what="Sam")
            exit_code = await bot.stop()
    finally:
        if bot.alive:
            bot.kill()
            with contextlib.suppress(Exception):
                assert bot.process is not None
                await bot.process.wait()
        await fake.close()
    output = bot.output()
    assert exit_code == 0, output[-3000:]
    assert "Traceback" not in output, output[-3000:]
    print(f"\nkill -9 around a block: {dict(where)}")
