"""Group commit on SQLite: units of work that queue up share a commit, each answers only after
its own work is durable, one failing unit takes nobody else down, and a shared transaction
stays short so the first person in it is not kept waiting for everyone behind them."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session

from storage.db import Database

pytestmark = pytest.mark.asyncio


def create_notes(session: Session) -> None:
    session.execute(text("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)"))


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'group.db'}")
    database.transaction(create_notes)
    try:
        yield database
    finally:
        await database.dispose()


def notes_on_disk(tmp_path: Path) -> list[str]:
    """What another connection sees: only what was committed."""
    connection = sqlite3.connect(tmp_path / "group.db")
    try:
        return [body for (body,) in connection.execute("SELECT body FROM note ORDER BY id")]
    finally:
        connection.close()


def write(body: str, *, hold: threading.Event | None = None, fail: bool = False):  # type: ignore[no-untyped-def]
    def work(session: Session) -> str:
        if hold is not None:
            hold.wait(5)
        session.execute(text("INSERT INTO note (body) VALUES (:body)"), {"body": body})
        if fail:
            raise ValueError(f"{body} failed")
        return body

    return work


async def test_units_that_queue_up_share_one_commit_and_each_answers_after_it(
    db: Database, tmp_path: Path
) -> None:
    writer = db._writer
    assert writer is not None
    release = threading.Event()
    first = asyncio.ensure_future(db.run(write("first", hold=release)))
    await asyncio.sleep(0.05)  # the writer is now inside `first`; the rest queue behind it
    rest = [asyncio.ensure_future(db.run(write(f"n{number}"))) for number in range(20)]
    await asyncio.sleep(0.05)
    commits_before = writer.commits
    release.set()
    results = await asyncio.gather(first, *rest)

    assert results == ["first", *(f"n{number}" for number in range(20))]
    assert notes_on_disk(tmp_path) == results
    assert writer.commits - commits_before < 21  # shared: fewer commits than units


async def test_a_failing_unit_rolls_back_only_its_own_work(db: Database, tmp_path: Path) -> None:
    release = threading.Event()
    first = asyncio.ensure_future(db.run(write("kept-1", hold=release)))
    await asyncio.sleep(0.05)
    broken = asyncio.ensure_future(db.run(write("lost", fail=True)))
    after = asyncio.ensure_future(db.run(write("kept-2")))
    await asyncio.sleep(0.05)
    release.set()

    assert await first == "kept-1"
    with pytest.raises(ValueError, match="lost failed"):
        await broken
    assert await after == "kept-2"
    assert notes_on_disk(tmp_path) == ["kept-1", "kept-2"]


async def test_nobody_hears_back_before_their_work_is_on_disk(db: Database, tmp_path: Path) -> None:
    seen_at_answer: list[list[str]] = []

    async def one(body: str) -> None:
        await db.run(write(body))
        seen_at_answer.append(notes_on_disk(tmp_path))

    await asyncio.gather(*(one(f"n{number}") for number in range(30)))
    for number, seen in enumerate(seen_at_answer):
        assert len(seen) >= number + 1  # at least everyone answered so far is durable


async def test_a_shared_transaction_is_committed_after_its_window_not_after_the_whole_queue(
    db: Database, tmp_path: Path
) -> None:
    """Units of 5 ms each with 40 queued: with a 2 ms window each commit takes few of them, so
    the first answers long before the last runs."""

    def slow(body: str):  # type: ignore[no-untyped-def]
        def work(session: Session) -> float:
            time.sleep(0.005)
            session.execute(text("INSERT INTO note (body) VALUES (:body)"), {"body": body})
            return time.monotonic()

        return work

    answered: dict[int, float] = {}

    async def one(number: int) -> None:
        await db.run(slow(f"n{number}"))
        answered[number] = time.monotonic()

    started = time.monotonic()
    await asyncio.gather(*(one(number) for number in range(40)))
    total = time.monotonic() - started
    assert answered[0] - started < total / 2  # not held until the whole queue was done
    writer = db._writer
    assert writer is not None
    assert writer.commits >= 10
    assert len(notes_on_disk(tmp_path)) == 40


async def test_closing_waits_for_queued_work_and_keeps_it(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'group.db'}")
    database.transaction(create_notes)
    pending = [asyncio.ensure_future(database.run(write(f"n{number}"))) for number in range(10)]
    await asyncio.sleep(0)
    await database.dispose()
    assert await asyncio.gather(*pending) == [f"n{number}" for number in range(10)]
    assert len(notes_on_disk(tmp_path)) == 10


class Interrupted(BaseException):
    """Not an `Exception`: it ends the shared transaction, not just one unit's savepoint."""


async def test_a_unit_that_interrupts_the_batch_is_answered_like_everyone_in_it(
    db: Database, tmp_path: Path
) -> None:
    writer = db._writer
    assert writer is not None
    writer._commit_window = 5.0  # both units surely share one transaction
    release = threading.Event()

    def interrupt(session: Session) -> None:
        session.execute(text("INSERT INTO note (body) VALUES ('never')"))
        raise Interrupted

    first = asyncio.ensure_future(db.run(write("first", hold=release)))
    await asyncio.sleep(0.05)
    second = asyncio.ensure_future(db.run(interrupt))
    await asyncio.sleep(0.05)
    release.set()
    with pytest.raises(Interrupted):
        await asyncio.wait_for(first, 5)
    with pytest.raises(Interrupted):
        await asyncio.wait_for(second, 5)  # was never answered: its caller waited forever
    assert notes_on_disk(tmp_path) == []  # the shared transaction rolled back
    assert await db.run(write("after")) == "after"  # and the writer carries on
