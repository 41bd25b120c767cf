"""Three worker processes on one PostgreSQL: 10,000 nudges due at once, each delivered once.

The workers are real processes running the real heartbeat sweep and outbox (see
tests/scale/worker.py); only the chat platform is a local HTTP sink that counts messages by chat.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.scale.harness import (
    chat_of,
    make_everyone_due,
    prepare,
    read_ledger,
    running_sink,
    workers_running,
)
from tests.support.databases import postgres_schema

NUDGES = 10_000
WORKERS = 3
#: After the last expected message: long enough for a second copy of any message to show up.
SETTLE_SECONDS = 3.0


@pytest.fixture
def shared_postgres() -> Iterator[str]:
    with postgres_schema() as url:
        yield url


async def test_three_workers_deliver_each_of_ten_thousand_due_nudges_exactly_once(
    shared_postgres: str, tmp_path: Path
) -> None:
    people = prepare(shared_postgres, NUDGES)
    assert len(people) == NUDGES
    async with (
        running_sink() as sink,
        workers_running(shared_postgres, sink, WORKERS, tmp_path) as workers,
    ):
        assert sink.deliveries == []  # nothing was due yet
        make_everyone_due(shared_postgres)
        began = time.monotonic()
        await sink.wait_for(lambda: len(sink.deliveries) >= NUDGES, 100, "every nudge")
        took = time.monotonic() - began
        await asyncio.sleep(SETTLE_SECONDS)
        codes = await workers.stop()
    assert codes == [0] * WORKERS, workers.output()

    per_chat = sink.per_chat()
    assert set(per_chat) == {chat_of(person) for person in people}
    twice = {chat: times for chat, times in per_chat.items() if times > 1}
    assert twice == {}, f"{len(twice)} people got their nudge more than once"
    assert len(sink.deliveries) == NUDGES

    ledger = read_ledger(shared_postgres)
    assert ledger.outbox_rows == ledger.sent == ledger.ledger_keys == NUDGES
    assert ledger.attempts_above_one == 0
    assert ledger.still_due == 0

    # The burst really was shared: every worker swept and delivered part of it.
    per_worker = sink.per_worker()
    assert len(per_worker) == WORKERS, per_worker
    print(f"\n{NUDGES} nudges by {WORKERS} workers in {took:.1f} s: {dict(per_worker)}")
