"""Engine throughput and latency on SQLite, next to the physical floor.

A mixed workload (commands, free text, button presses) from 1,000 paired couples goes through the
real engine on a SQLite file. The floor is raw `sqlite3` committing one insert per message with the
same pragmas, in the same run on the same disk; the ratio of the two is the figure that matters.
Latency is measured at half the peak rate, with messages arriving on a fixed schedule (open loop).

With `NEARER_BENCH_POSTGRES_URL` set (e.g. `postgresql://postgres@127.0.0.1:5432/nearer_bench`; the
database is created if missing, and its tables are dropped and made again), the same workload runs
on PostgreSQL too, next to raw psycopg committing one insert per message in the same run.

The run ends with one machine-readable line per database, e.g.
`RESULT engine vs_raw=0.012 p99_ms=9.1 peak_msg_s=540 load=1.2` (`engine_postgres` for
PostgreSQL); `load` is the one-minute load average when the run ended (the machine may be shared).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy import event as sqlalchemy_event
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from bot.app import freeze_startup_heap
from bot.engine import Chat, Engine, EngineSettings, Inbound, Sender
from prompts import load_prompts
from storage.db import Database

COUPLES = 1_000
MESSAGES = 12_000
CONCURRENCY = 64
CODE = re.compile(r"/pair ([a-z0-9]{16})")


def raw_sqlite_rate(folder: Path, count: int) -> float:
    """Messages per second when each is one committed insert: the floor for any design."""
    connection = sqlite3.connect(folder / "raw.db", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("CREATE TABLE reply (id INTEGER PRIMARY KEY, person TEXT, body TEXT)")
    started = time.perf_counter()
    for number in range(count):
        connection.execute("BEGIN")
        connection.execute(
            "INSERT INTO reply (person, body) VALUES (?, ?)", (f"p{number % 2000}", "hello")
        )
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return count / elapsed


_STATEMENTS_SCHEMA = """
CREATE TABLE person (id INTEGER PRIMARY KEY, display_name TEXT, couple_id INTEGER);
CREATE TABLE identity (id INTEGER PRIMARY KEY, person_id INTEGER, platform TEXT,
    platform_user_id TEXT, private_chat_id TEXT, UNIQUE (platform, platform_user_id));
CREATE TABLE pending (person_id INTEGER PRIMARY KEY, flow TEXT, step TEXT, data TEXT,
    started_at TEXT);
CREATE TABLE entry (id INTEGER PRIMARY KEY, person_id INTEGER, kind TEXT, body TEXT, data TEXT,
    created_at TEXT);
"""


def raw_statements_rate(folder: Path, count: int) -> float:
    """Messages per second for the engine's typical statements with no ORM and no product logic:
    who wrote, what is pending, the new pending step and the entry, committed per message. The
    gap between this and the engine is what the ORM and the Python around it cost."""
    connection = sqlite3.connect(folder / "statements.db", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.executescript(_STATEMENTS_SCHEMA)
    for number in range(2 * COUPLES):
        connection.execute(
            "INSERT INTO person VALUES (?, ?, ?)", (number, f"p{number}", number // 2)
        )
        connection.execute(
            "INSERT INTO identity (person_id, platform, platform_user_id, private_chat_id)"
            " VALUES (?, 'bench', ?, ?)",
            (number, f"u{number}", f"u{number}"),
        )
    started = time.perf_counter()
    for number in range(count):
        connection.execute("BEGIN IMMEDIATE")
        person = connection.execute(
            "SELECT person.id FROM identity JOIN person ON person.id = identity.person_id"
            " WHERE platform = 'bench' AND platform_user_id = ?",
            (f"u{number % (2 * COUPLES)}",),
        ).fetchone()[0]
        connection.execute("SELECT * FROM pending WHERE person_id = ?", (person,)).fetchone()
        connection.execute(
            "INSERT INTO pending VALUES (?, 'checkin', 'q2', ?, ?) ON CONFLICT (person_id)"
            " DO UPDATE SET step = excluded.step, data = excluded.data",
            (person, json.dumps({"scores": [4]}), "now"),
        )
        connection.execute(
            "INSERT INTO entry (person_id, kind, body, data, created_at)"
            " VALUES (?, 'checkin', 'hello', ?, ?)",
            (person, json.dumps({"total": 4}), "now"),
        )
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return count / elapsed


class _Base(DeclarativeBase):
    pass


class _Reply(_Base):
    __tablename__ = "reply"
    id: Mapped[int] = mapped_column(primary_key=True)
    person: Mapped[str]
    body: Mapped[str]


def plain_orm_rate(folder: Path, count: int) -> float:
    """Messages per second when each is one ORM session committing one row: what the ORM itself
    costs before any product logic (the issue quotes ~7 % of raw for this)."""
    engine = create_engine(f"sqlite:///{folder / 'orm.db'}")

    @sqlalchemy_event.listens_for(engine, "connect")
    def _pragmas(connection: sqlite3.Connection, _record: object) -> None:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")

    _Base.metadata.create_all(engine)
    started = time.perf_counter()
    for number in range(count):
        with Session(engine) as session, session.begin():
            session.add(_Reply(person=f"p{number % 2000}", body="hello"))
    elapsed = time.perf_counter() - started
    engine.dispose()
    return count / elapsed


def raw_postgres_rate(url: str, count: int) -> float:
    """Messages per second when each is one committed insert through psycopg: PostgreSQL's
    floor, in the same run."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP TABLE IF EXISTS bench_reply")
        connection.execute(
            "CREATE TABLE bench_reply (id SERIAL PRIMARY KEY, person TEXT, body TEXT)"
        )
        started = time.perf_counter()
        for number in range(count):
            connection.execute(
                "INSERT INTO bench_reply (person, body) VALUES (%s, %s)",
                (f"p{number % 2000}", "hello"),
            )
        elapsed = time.perf_counter() - started
        connection.execute("DROP TABLE bench_reply")
    return count / elapsed


def fresh_postgres(url: str) -> str:
    """The benchmark's own PostgreSQL database, created if missing, with empty tables."""
    import psycopg
    from sqlalchemy import make_url
    from sqlmodel import SQLModel

    import storage.tables  # noqa: F401  (every table in the metadata)

    target = make_url(url)
    admin = target.set(database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (target.database,)
        ).fetchone()
        if exists is None:
            connection.execute(f'CREATE DATABASE "{target.database}"')
    db = Database(url)
    SQLModel.metadata.drop_all(db.engine)
    SQLModel.metadata.create_all(db.engine)
    db.engine.dispose()
    return url


def load_average() -> float:
    return os.getloadavg()[0]


def result_line(name: str, figures: dict[str, float], raw: float) -> str:
    """The machine-readable last line(s): ratio to the floor, p99 at half peak, peak rate."""
    return (
        f"RESULT {name} vs_raw={figures['peak'] / raw:.4f} p99_ms={figures['p99_ms']:.2f}"
        f" peak_msg_s={figures['peak']:.0f} load={load_average():.2f}"
    )


def _inbound(user: str, *, text: str = "", button: str | None = None) -> Inbound:
    return Inbound("bench", Chat(user), Sender(user, user), text=text, button=button)


async def pair_couples(engine: Engine, count: int = COUPLES) -> list[tuple[str, str]]:
    couples = []
    for number in range(count):
        first, second = f"a{number}", f"b{number}"
        replies = await engine.handle(_inbound(first, text="/pair"))
        code = CODE.search(replies[0].text)
        assert code is not None
        await engine.handle(_inbound(second, text=f"/pair {code.group(1)}"))
        couples.append((first, second))
    return couples


#: A step that presses [Send] under the preview the person was just shown (its token is random,
#: so `Typist` finds it in the replies).
SEND = "preview:send:<shown>"

#: What a person does in one sitting, weighted by how often it happens on a live bot: mostly
#: answers inside practices and button presses, sometimes a command, rarely a setting.
SITTINGS: list[tuple[int, list[tuple[str, str | None]]]] = [
    (6, [("/checkin", None), ("4", None), ("3", None), ("5", None), ("2", None), ("4", None)]),
    (5, [("/appreciate You made my morning with that coffee.", None)]),
    (4, [("/dream", None), ("Somewhere by the sea, with a garden we share.", None), ("", SEND)]),
    (3, [("/journal", None)]),
    (3, [("thank you, that helped", None)]),
    (2, [("/help", None)]),
    (2, [("/hug", None)]),
    (2, [("/idea", None)]),
    (2, [("/settings", None)]),
    (2, [("", "privacy:keep"), ("", "pair:keep")]),
    (1, [("/timezone Europe/Berlin", None)]),
]


class Typist:
    """Hands events to the engine as people would: a `SEND` step presses the [Send] button of the
    preview that person was last shown (words typed for the partner wait for it)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._send_button: dict[str, str] = {}

    async def handle(self, event: Inbound) -> None:
        user = event.sender.id
        if event.button == SEND:
            event = _inbound(user, button=self._send_button.pop(user, SEND))
        replies = await self.engine.handle(event)
        for reply in replies:
            for row in reply.buttons:
                for choice in row:
                    if choice.payload.startswith("preview:send:"):
                        self._send_button[user] = choice.payload


def workload(couples: list[tuple[str, str]], count: int, seed: int = 7) -> list[Inbound]:
    """A reproducible mix of sittings; each person's messages stay in their own order."""
    rng = random.Random(seed)
    weights = [weight for weight, _ in SITTINGS]
    events: list[Inbound] = []
    while len(events) < count:
        user = rng.choice(rng.choice(couples))
        _, steps = rng.choices(SITTINGS, weights)[0]
        events += [_inbound(user, text=text, button=button) for text, button in steps]
    return events[:count]


def _by_person(events: list[Inbound], lanes: int) -> list[list[Inbound]]:
    """Split events into lanes so one person's messages are handled in order, as adapters do."""
    split: list[list[Inbound]] = [[] for _ in range(lanes)]
    for event in events:
        split[hash(event.sender.id) % lanes].append(event)
    return split


async def _measure(url: str) -> dict[str, float]:
    db = Database(url)
    if db.is_sqlite:
        db.create_all()
    # The simulated people type faster than anyone can (up to 45 messages each in seconds): the
    # rate limit still checks every message, but with room enough to drop none of them.
    engine = Engine(db, load_prompts(), settings=EngineSettings(message_burst=1_000))
    freeze_startup_heap()  # as the app does once it has started
    couples = await pair_couples(engine)
    events = workload(couples, MESSAGES)
    typist = Typist(engine)
    warmup = len(events) // 10
    for event in events[:warmup]:
        await typist.handle(event)

    started = time.perf_counter()
    for event in events[warmup : warmup * 3]:
        await typist.handle(event)
    one_at_a_time = (warmup * 2) / (time.perf_counter() - started)

    # Peak: many people typing at once (as on a live bot), CONCURRENCY messages in flight.
    lanes = _by_person(events[warmup * 3 :], CONCURRENCY)
    handled = sum(len(lane) for lane in lanes)

    async def people_typing(lane: list[Inbound]) -> None:
        for event in lane:
            await typist.handle(event)

    writer = db._writer
    commits_before = writer.commits if writer else 0
    started = time.perf_counter()
    await asyncio.gather(*(people_typing(lane) for lane in lanes))
    peak = handled / (time.perf_counter() - started)
    batch = handled / max(1, (writer.commits if writer else handled) - commits_before)

    # Latency at half the peak rate: arrivals on a fixed schedule, each handled as it arrives.
    interval = 2.0 / peak
    latencies: list[float] = []

    async def one(event: Inbound, due: float) -> None:
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        begun = time.perf_counter()
        await typist.handle(event)
        latencies.append(time.perf_counter() - begun)

    origin = time.perf_counter()
    sample = events[warmup : warmup + 3000]
    await asyncio.gather(*(one(e, origin + i * interval) for i, e in enumerate(sample)))
    await db.dispose()
    latencies.sort()
    return {
        "one_at_a_time": one_at_a_time,
        "batch": batch,
        "peak": peak,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1] * 1000,
    }


def run() -> None:
    with tempfile.TemporaryDirectory(prefix="nearer-bench-") as name:
        folder = Path(name)
        raw = raw_sqlite_rate(folder, 20_000)
        orm = plain_orm_rate(folder, 5_000)
        statements = raw_statements_rate(folder, 20_000)
        figures = asyncio.run(_measure(f"sqlite:///{folder / 'engine.db'}"))
    postgres_url = os.environ.get("NEARER_BENCH_POSTGRES_URL")
    postgres: tuple[float, dict[str, float]] | None = None
    if postgres_url:
        fresh = fresh_postgres(postgres_url)
        raw_pg = raw_postgres_rate(fresh, 5_000)
        postgres = raw_pg, asyncio.run(_measure(fresh))
    print("engine (SQLite, 1,000 couples, mixed workload)")
    print(f"  raw sqlite3, one committed insert per message: {raw:,.0f} msg/s")
    print(f"  plain ORM session, one committed row per message: {orm:,.0f} msg/s = {orm / raw:.1%}")
    print(
        f"  the engine's 4 typical statements per message, raw driver, no logic:"
        f" {statements:,.0f} msg/s = {statements / raw:.1%}"
    )
    print(f"  engine, one message at a time: {figures['one_at_a_time']:,.0f} msg/s")
    print(
        f"  engine peak, {CONCURRENCY} in flight: {figures['peak']:,.0f} msg/s"
        f" = {figures['peak'] / raw:.1%} of raw (avg {figures['batch']:.1f} per commit)"
    )
    print(f"  latency at half peak: p50 {figures['p50_ms']:.2f} ms, p99 {figures['p99_ms']:.2f} ms")
    if postgres is not None:
        raw_pg, pg = postgres
        print("engine (PostgreSQL, same workload)")
        print(f"  raw psycopg, one committed insert per message: {raw_pg:,.0f} msg/s")
        print(f"  engine, one message at a time: {pg['one_at_a_time']:,.0f} msg/s")
        print(
            f"  engine peak, {CONCURRENCY} in flight: {pg['peak']:,.0f} msg/s"
            f" = {pg['peak'] / raw_pg:.1%} of raw"
        )
        print(f"  latency at half peak: p50 {pg['p50_ms']:.2f} ms, p99 {pg['p99_ms']:.2f} ms")
    print(result_line("engine", figures, raw))
    if postgres is not None:
        print(result_line("engine_postgres", postgres[1], postgres[0]))


if __name__ == "__main__":
    run()
