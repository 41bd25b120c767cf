"""Several workers on one database: each nudge still goes out exactly once.

Two engines, each with its own database handle (its own connections and writer thread), run in
two threads with their own event loops against one SQLite file (and one PostgreSQL schema), as
two bot processes would.
"""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Callable, Coroutine, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import func
from sqlmodel import col, select

from bot.engine import Engine
from bot.engine.nudges import NudgeSweep, Outcome
from storage.db import Database
from storage.models import OutboxMessage, Person
from storage.nudge_models import NudgeDelivery
from tests.support.databases import database_url
from tests.support.world import World, shared_prompts, texts

GRACE = timedelta(minutes=120)
COUPLES = 25
CODE = re.compile(r"/pair ([a-z0-9]{16})")
T = TypeVar("T")


@pytest.fixture
def shared_url(backend: str, tmp_path: Path) -> Iterator[str]:
    with database_url(backend, tmp_path) as url:
        yield url


async def _many_couples(world: World) -> None:
    for number in range(COUPLES):
        one, two = world.person(f"A{number}"), world.person(f"B{number}")
        code = CODE.search(texts(await one.says("/pair")))
        assert code is not None
        await two.says(f"/pair {code.group(1)}")
        for person in (one, two):  # said where they are, and turned the hug reminder on
            await person.says("/timezone UTC")
            await person.says("/nudges hug on")


def _in_two_threads(
    url: str, world: World, work: Callable[[Engine], Coroutine[Any, Any, T]]
) -> list[T]:
    """Run `work` at the same moment in two threads, each with its own engine and database."""
    # Engines are built here: their start-up check parses source files, which is not thread-safe.
    engines = [
        Engine(Database(url), shared_prompts(), settings=world.settings, clock=world.clock)
        for _ in range(2)
    ]
    barrier = threading.Barrier(2, timeout=60)
    results: list[T] = []
    errors: list[BaseException] = []

    def worker(engine: Engine) -> None:
        async def main() -> T:
            try:
                barrier.wait()
                return await work(engine)
            finally:
                await engine.db.dispose()

        try:
            results.append(asyncio.run(main()))
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(engine,)) for engine in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    return results


def _hug_counts(world: World) -> tuple[int, int, int]:
    def count(session) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
        queued = session.exec(
            select(func.count())
            .select_from(OutboxMessage)
            .where(col(OutboxMessage.idempotency_key).like("nudge:%:hug:%"))
        ).one()
        keys = session.exec(
            select(func.count()).select_from(NudgeDelivery).where(NudgeDelivery.kind == "hug")
        ).one()
        people = session.exec(
            select(func.count()).select_from(Person).where(col(Person.couple_id).is_not(None))
        ).one()
        return int(queued), int(keys), int(people)

    return world.db.transaction(count)


async def test_two_workers_sweeping_at_once_send_each_nudge_exactly_once(shared_url: str) -> None:
    world = World(shared_url)
    try:
        await _many_couples(world)
        world.clock.now = datetime(2026, 11, 3, 8, tzinfo=UTC)  # everyone's 08:00 hug is due

        async def sweep(engine: Engine) -> NudgeSweep:
            return await engine.deliver_due_nudges(grace=GRACE, batch=7)

        reports = _in_two_threads(shared_url, world, sweep)
        queued, keys, people = _hug_counts(world)
        assert queued == keys == people == 2 * COUPLES
        assert sum(report.outcomes.get(Outcome.SENT, 0) for report in reports) == people
    finally:
        await world.db.dispose()


async def test_the_once_a_day_key_holds_even_without_the_schedule(shared_url: str) -> None:
    """Both workers try to nudge everyone directly (no plan rows to claim): the ledger alone
    decides, so each person gets one hug nudge and the other attempt is told it was sent."""
    world = World(shared_url)
    try:
        await _many_couples(world)
        ids = world.db.transaction(
            lambda session: [
                p.id for p in session.exec(select(Person).order_by(col(Person.id))).all()
            ]
        )

        async def nudge_everyone(engine: Engine) -> list[Outcome]:
            return [await engine.nudge(person_id, "hug") for person_id in ids]

        first, second = _in_two_threads(shared_url, world, nudge_everyone)
        queued, keys, people = _hug_counts(world)
        assert queued == keys == people == len(ids)
        for mine, theirs in zip(first, second, strict=True):
            assert sorted([mine, theirs]) == sorted([Outcome.SENT, Outcome.ALREADY_SENT])
    finally:
        await world.db.dispose()
