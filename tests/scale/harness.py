"""Several real worker processes on one database, and the HTTP sink they deliver to.

Used by tests/scale/test_workers.py (exactly once with three workers) and benchmarks/scale.py
(deliveries per second with 1, 2 and 4). The people are seeded first with no nudge due; once
every worker is up and idle, one transaction makes a hug nudge due for each of them, so all
workers meet the burst at the same moment, as a deploy of several processes would.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from aiohttp import web
from sqlalchemy import func, insert, update
from sqlmodel import col, select

from storage.db import Database
from storage.migrate import upgrade
from storage.models import Couple, Identity, OutboxMessage, Person
from storage.nudge_models import EVERY_DAY, NudgeDelivery, NudgePlan
from tests.scale.worker import SINK_PLATFORM

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Delivery:
    chat_id: str
    worker: str
    at: float


@dataclass
class Sink:
    """The chat platform at the network edge: counts each message by chat, and who sent it."""

    deliveries: list[Delivery] = field(default_factory=list)
    ready: set[str] = field(default_factory=set)
    url: str = ""
    _changed: asyncio.Event = field(default_factory=asyncio.Event)
    _runner: web.AppRunner | None = None

    async def start(self) -> Sink:
        app = web.Application()
        app.router.add_post("/send", self._send)
        app.router.add_post("/ready", self._ready)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _send(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.deliveries.append(Delivery(str(body["chat_id"]), body["worker"], time.monotonic()))
        self._changed.set()
        return web.json_response({"message_id": len(self.deliveries)})

    async def _ready(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.ready.add(body["worker"])
        self._changed.set()
        return web.json_response({})

    async def wait_for(self, condition: Callable[[], bool], within: float, what: str) -> None:
        deadline = time.monotonic() + within
        while not condition():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out after {within:.0f} s waiting for {what}")
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), min(remaining, 1.0))

    def per_chat(self) -> Counter[str]:
        return Counter(delivery.chat_id for delivery in self.deliveries)

    def per_worker(self) -> Counter[str]:
        return Counter(delivery.worker for delivery in self.deliveries)


@contextlib.asynccontextmanager
async def running_sink() -> AsyncIterator[Sink]:
    sink = await Sink().start()
    try:
        yield sink
    finally:
        await sink.close()


# -- the database --------------------------------------------------------------------------


def chat_of(person_id: int) -> str:
    return f"chat-{person_id}"


def prepare(url: str, people: int) -> list[int]:
    """Migrate (the release step) and add `people` paired people reachable on the sink, with a
    hug plan that is not due; returns their ids."""
    db = Database(url)
    try:
        upgrade(db.engine)
        now = datetime.now(UTC)

        def add_people(session: Any) -> list[int]:
            connection = session.connection()
            couples = (
                connection.execute(
                    insert(Couple).returning(col(Couple.id)), [{"created_at": now}] * (people // 2)
                )
                .scalars()
                .all()
            )
            rows = [
                {
                    "display_name": f"P{number}",
                    "timezone": "UTC",
                    "timezone_known": True,
                    "couple_id": couples[number // 2],
                    "language": "en",
                    "paused": False,
                    "safety_paused": False,
                    "created_at": now,
                }
                for number in range(len(couples) * 2)
            ]
            ids = list(connection.execute(insert(Person).returning(col(Person.id)), rows).scalars())
            connection.execute(
                insert(Identity),
                [
                    {
                        "person_id": person_id,
                        "platform": SINK_PLATFORM,
                        "platform_user_id": str(person_id),
                        "private_chat_id": chat_of(person_id),
                        "reachable": True,
                        "last_seen_at": now,
                    }
                    for person_id in ids
                ],
            )
            connection.execute(
                insert(NudgePlan),
                [
                    {
                        "person_id": person_id,
                        "kind": "hug",
                        "minute_of_day": 0,
                        "weekdays": EVERY_DAY,
                        "enabled": True,
                        "next_due_at": None,
                        "updated_at": now,
                    }
                    for person_id in ids
                ],
            )
            return ids

        return db.transaction(add_people)
    finally:
        db.engine.dispose()


def make_everyone_due(url: str) -> datetime:
    """In one transaction, every hug plan becomes due: at the last whole minute (UTC, which is
    everyone's zone), so the sweep recognises it as that day's regular hug time."""
    due = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=1)
    db = Database(url)
    try:
        db.transaction(
            lambda session: session.execute(
                update(NudgePlan)
                .where(col(NudgePlan.kind) == "hug")
                .values(minute_of_day=due.hour * 60 + due.minute, next_due_at=due)
            )
        )
    finally:
        db.engine.dispose()
    return due


@dataclass(frozen=True)
class Ledger:
    """What the database says happened."""

    outbox_rows: int
    sent: int
    attempts_above_one: int
    ledger_keys: int
    still_due: int


def read_ledger(url: str) -> Ledger:
    db = Database(url)

    def count(session: Any) -> Ledger:
        def number(query: Any) -> int:
            return int(session.exec(query).one())

        outbox = select(func.count()).select_from(OutboxMessage)
        return Ledger(
            outbox_rows=number(outbox),
            sent=number(outbox.where(col(OutboxMessage.sent_at).is_not(None))),
            attempts_above_one=number(outbox.where(col(OutboxMessage.attempts) > 1)),
            ledger_keys=number(select(func.count()).select_from(NudgeDelivery)),
            still_due=number(
                select(func.count())
                .select_from(NudgePlan)
                .where(col(NudgePlan.next_due_at) <= datetime.now(UTC))
            ),
        )

    try:
        return db.transaction(count)
    finally:
        db.engine.dispose()


# -- worker processes ----------------------------------------------------------------------


@dataclass
class Workers:
    processes: list[asyncio.subprocess.Process]
    logs: list[Path]

    async def stop(self) -> list[int | None]:
        """SIGTERM, as a deploy stops them; returns their exit codes (None: had to be killed)."""
        for process in self.processes:
            if process.returncode is None:
                process.send_signal(signal.SIGTERM)
        codes: list[int | None] = []
        for process in self.processes:
            try:
                codes.append(await asyncio.wait_for(process.wait(), 30))
            except TimeoutError:
                process.kill()
                await process.wait()
                codes.append(None)
        return codes

    def output(self) -> str:
        return "\n".join(log.read_text(errors="replace") for log in self.logs if log.exists())


async def start_workers(url: str, sink: Sink, count: int, folder: Path) -> Workers:
    processes, logs = [], []
    for number in range(count):
        environment = {
            **{
                name: value
                for name, value in os.environ.items()
                if not name.startswith(("TELEGRAM_", "DISCORD_"))
            },
            "DATABASE_URL": url,
            "NEARER_SINK_URL": sink.url,
            "NEARER_WORKER_NAME": f"worker-{number + 1}",
            "NEARER_DATA_DIR": str(folder / f"worker-{number + 1}"),
            "PYTHONPATH": str(ROOT),
            "LOG_LEVEL": "WARNING",
        }
        log = folder / f"worker-{number + 1}.log"
        with log.open("wb") as output:
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "tests.scale.worker",
                cwd=ROOT, env=environment, stdout=output, stderr=asyncio.subprocess.STDOUT,
            )  # fmt: skip
        processes.append(process)
        logs.append(log)
    return Workers(processes, logs)


@contextlib.asynccontextmanager
async def workers_running(
    url: str, sink: Sink, count: int, folder: Path, *, within: float = 90.0
) -> AsyncIterator[Workers]:
    """`count` workers, live (migrated, heartbeat and outbox running) when this yields."""
    workers = await start_workers(url, sink, count, folder)
    try:
        await sink.wait_for(
            lambda: (
                len(sink.ready) == count
                or any(process.returncode is not None for process in workers.processes)
            ),
            within,
            f"{count} workers to start",
        )
        exited = [p.returncode for p in workers.processes if p.returncode is not None]
        assert not exited, f"a worker exited at start-up:\n{workers.output()}"
        yield workers
    finally:
        await workers.stop()
