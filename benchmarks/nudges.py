"""Nudges at scale: start-up, memory and sweep time with 100,000 and 1,000,000 nudge plans, and a
10,000-nudge burst delivered through a fake platform that enforces Telegram's limits.

- Plans are seeded straight into a SQLite file (bulk inserts; couples in 24 zones on both sides
  of the date line, times spread over mornings and evenings, every plan's next due time the real
  one for its zone). Each size is then measured in a fresh process: start-up (database, prompts,
  engine, the APScheduler heartbeat and its first beat), resident memory, one sweep of the plans
  due in a 30-second heartbeat window, one of a 10-minute backlog, and an idle sweep.
- The burst: 10,000 people whose hug reminder is due at the same minute. One sweep queues them;
  the outbox then delivers through `FakePlatform`, which answers 429 "retry after" whenever
  Telegram's limits (30 msg/s overall, 1/s per chat) would be broken, and at random for 1 % of
  messages. Reported: achieved msg/s against the 30 msg/s cap, 429s, and that none was lost or
  sent twice.

`NEARER_BENCH_PLANS` (e.g. `100000,1000000`) and `NEARER_BENCH_BURST` (e.g. `2000`) shrink a run.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import platform
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from bot.engine.nudge_time import next_daily
from storage.nudge_models import EVERY_DAY

T0 = datetime(2026, 11, 3, 0, 0, tzinfo=UTC)  # a Tuesday, midnight UTC
GRACE = timedelta(minutes=120)
PLAN_SIZES = (100_000, 1_000_000)
BURST = 10_000
ZONES = (
    "Pacific/Kiritimati",
    "Pacific/Auckland",
    "Australia/Sydney",
    "Asia/Tokyo",
    "Asia/Shanghai",
    "Asia/Jakarta",
    "Asia/Kolkata",
    "Asia/Dubai",
    "Europe/Moscow",
    "Europe/Istanbul",
    "Africa/Nairobi",
    "Europe/Berlin",
    "Africa/Lagos",
    "Europe/London",
    "UTC",
    "Atlantic/Azores",
    "America/Sao_Paulo",
    "America/New_York",
    "America/Chicago",
    "America/Mexico_City",
    "America/Denver",
    "America/Los_Angeles",
    "Pacific/Honolulu",
    "Pacific/Pago_Pago",
)
#: (kind, earliest local minute, latest, weekly?) — times spread the way people would set them.
KIND_SPREAD = (
    ("hug", 6 * 60, 10 * 60, False),
    ("appreciation", 19 * 60, 23 * 60, False),
    ("together", 17 * 60, 21 * 60, False),
    ("dream", 18 * 60, 22 * 60, True),
    ("progress", 17 * 60, 22 * 60, True),
    ("date", 18 * 60, 22 * 60, True),
)


def stamp(moment: datetime) -> str:
    """How SQLModel stores an aware datetime in SQLite (UTC, no offset)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def rss_mb() -> float:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@cache
def _next(minute: int, weekdays: int, zone: str) -> str:
    due = next_daily(minute, weekdays, zone, T0)
    assert due is not None
    return stamp(due)


def _create_schema(path: Path) -> None:
    from storage.db import Database

    db = Database(f"sqlite:///{path}")
    db.create_all()
    db.engine.dispose()


def seed(path: Path, plans: int, *, seed_value: int = 7) -> dict[str, int]:
    """Couples with six plans per person, written with bulk inserts in one transaction each."""
    _create_schema(path)
    rng = random.Random(seed_value)
    people = math.ceil(plans / len(KIND_SPREAD))
    people += people % 2
    couples = people // 2
    now = stamp(T0 - timedelta(days=1))
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=OFF")
    with connection:
        connection.executemany(
            "INSERT INTO couple (id, created_at) VALUES (?, ?)",
            ((couple, now) for couple in range(1, couples + 1)),
        )
        zones = [ZONES[rng.randrange(len(ZONES))] for _ in range(people)]
        connection.executemany(
            "INSERT INTO person (id, display_name, timezone, timezone_known, paused,"
            " safety_paused, couple_id, language, created_at)"
            " VALUES (?, ?, ?, 1, 0, 0, ?, 'en', ?)",
            (
                (person, f"P{person}", zones[person - 1], (person + 1) // 2, now)
                for person in range(1, people + 1)
            ),
        )
        connection.executemany(
            "INSERT INTO identity (id, person_id, platform, platform_user_id, private_chat_id,"
            " reachable, last_seen_at) VALUES (?, ?, 'telegram', ?, ?, 1, ?)",
            ((person, person, str(person), str(person), now) for person in range(1, people + 1)),
        )
        connection.executemany(
            "INSERT INTO nudgeplan (person_id, kind, minute_of_day, weekdays, enabled,"
            " next_due_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)",
            _plan_rows(rng, zones, now),
        )
    count = connection.execute("SELECT count(*) FROM nudgeplan").fetchone()[0]
    connection.close()
    return {"plans": int(count), "people": people}


def _plan_rows(rng: random.Random, zones: list[str], now: str) -> Iterator[tuple[Any, ...]]:
    for person, zone in enumerate(zones, start=1):
        for kind, earliest, latest, weekly in KIND_SPREAD:
            minute = rng.randrange(earliest, latest)
            weekdays = 1 << rng.randrange(7) if weekly else EVERY_DAY
            yield person, kind, minute, weekdays, _next(minute, weekdays, zone), now


# -- measured in a fresh process -------------------------------------------------------------


class _Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


async def _measure_scale(path: Path) -> dict[str, float]:
    started = time.perf_counter()
    from bot.engine import Engine
    from bot.scheduler import Heartbeat
    from prompts import load_prompts
    from storage.db import Database

    imported = time.perf_counter()
    clock = _Clock(T0)
    db = Database(f"sqlite:///{path}")
    engine = Engine(db, load_prompts("en"), clock=clock)
    heartbeat = Heartbeat(engine, grace=GRACE, sweep_every=30)
    await heartbeat.start()
    await heartbeat.beat()  # ready: the first sweep ran and the next wake-up is armed
    ready = time.perf_counter()
    figures: dict[str, float] = {
        "import_s": imported - started,
        "startup_s": ready - imported,
        "rss_started_mb": rss_mb(),
    }
    await heartbeat.stop()
    # Plans fall on whole minutes: a 30-second beat that crosses a minute boundary meets that
    # minute's plans (the busiest a regular beat gets); a 10-minute backlog shows throughput.
    for label, offset in (("window", timedelta(minutes=1)), ("backlog", timedelta(minutes=11))):
        clock.now = T0 + offset
        began = time.perf_counter()
        report = await engine.deliver_due_nudges(grace=GRACE)
        figures[f"{label}_s"] = time.perf_counter() - began
        figures[f"{label}_plans"] = report.claimed
        figures[f"{label}_sent"] = report.sent
    began = time.perf_counter()
    idle = await engine.deliver_due_nudges(grace=GRACE)
    figures["idle_ms"] = (time.perf_counter() - began) * 1000
    figures["idle_plans"] = idle.claimed
    figures["rss_after_mb"] = rss_mb()
    await db.dispose()
    return figures


def _in_fresh_process(path: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.nudges", "--measure", str(path)],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


# -- the burst -------------------------------------------------------------------------------


async def _burst(path: Path, size: int) -> dict[str, float]:
    from sqlalchemy import func
    from sqlmodel import col, select

    from bot.adapters.telegram.adapter import RATE_LIMITS as TELEGRAM
    from bot.delivery import Outbox
    from bot.engine import Engine, utc_now
    from prompts import load_prompts
    from storage.db import Database
    from storage.models import OutboxMessage
    from tests.support.fake_platform import FakePlatform

    _create_schema(path)
    now = stamp(T0)
    eight = T0 + timedelta(hours=8)
    connection = sqlite3.connect(path)
    with connection:
        connection.executemany(
            "INSERT INTO couple (id, created_at) VALUES (?, ?)",
            ((couple, now) for couple in range(1, size // 2 + 1)),
        )
        connection.executemany(
            "INSERT INTO person (id, display_name, timezone, timezone_known, paused,"
            " safety_paused, couple_id, language, created_at)"
            " VALUES (?, ?, 'UTC', 1, 0, 0, ?, 'en', ?)",
            ((person, f"P{person}", (person + 1) // 2, now) for person in range(1, size + 1)),
        )
        connection.executemany(
            "INSERT INTO identity (id, person_id, platform, platform_user_id, private_chat_id,"
            " reachable, last_seen_at) VALUES (?, ?, 'telegram', ?, ?, 1, ?)",
            ((person, person, str(person), str(person), now) for person in range(1, size + 1)),
        )
        connection.executemany(
            "INSERT INTO nudgeplan (person_id, kind, minute_of_day, weekdays, enabled,"
            " next_due_at, updated_at) VALUES (?, 'hug', 480, 127, 1, ?, ?)",
            ((person, stamp(eight), now) for person in range(1, size + 1)),
        )
    connection.close()

    db = Database(f"sqlite:///{path}")
    engine = Engine(db, load_prompts("en"), clock=_Clock(eight))
    began = time.perf_counter()
    report = await engine.deliver_due_nudges(grace=GRACE)
    sweep_s = time.perf_counter() - began

    fake = FakePlatform("telegram", TELEGRAM, random_429=0.01, retry_after=1.0, latency=0.03)
    outbox = Outbox(db, {"telegram": fake}, utc_now)

    def pending() -> int:
        return int(
            db.transaction(
                lambda session: session.exec(
                    select(func.count())
                    .select_from(OutboxMessage)
                    .where(
                        col(OutboxMessage.sent_at).is_(None),
                        col(OutboxMessage.failed_at).is_(None),
                    )
                ).one()
            )
        )

    began = time.perf_counter()
    runner = asyncio.create_task(outbox.run())
    while await asyncio.to_thread(pending):  # noqa: ASYNC110 (watching the table)
        await asyncio.sleep(1.0)
    delivery_s = time.perf_counter() - began
    outbox.stop()
    runner.cancel()
    await asyncio.gather(runner, return_exceptions=True)
    texts = {(outbound.address.chat_id, outbound.text) for _at, outbound in fake.accepted}
    await db.dispose()
    return {
        "queued": report.sent,
        "sweep_s": sweep_s,
        "delivery_s": delivery_s,
        "accepted": len(fake.accepted),
        "distinct_people": len({chat for chat, _text in texts}),
        "duplicates": len(fake.accepted) - len(texts),
        "rate": fake.rate(),
        "limit_429": fake.rate_limited,
        "random_429": fake.random_limited,
    }


# -- report ----------------------------------------------------------------------------------


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as meminfo:
            total_kb = int(meminfo.readline().split()[1])
            memory = f", {total_kb / 2**20:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{model}, {os.cpu_count()} cores{memory}; Python {platform.python_version()},"
        f" SQLite {sqlite3.sqlite_version}; {platform.system()} {platform.release()}"
    )


def _sizes() -> list[int]:
    raw = os.environ.get("NEARER_BENCH_PLANS", "")
    return [int(part) for part in raw.split(",") if part.strip()] or list(PLAN_SIZES)


def run() -> None:
    burst_size = int(os.environ.get("NEARER_BENCH_BURST", BURST))
    print(f"nudges ({datetime.now(UTC):%Y-%m-%d}; {machine()})")
    with tempfile.TemporaryDirectory(prefix="nearer-nudges-") as name:
        folder = Path(name)
        for size in _sizes():
            path = folder / f"plans-{size}.db"
            began = time.perf_counter()
            seeded = seed(path, size)
            seeding = time.perf_counter() - began
            figures = _in_fresh_process(path)
            print(
                f"  {seeded['plans']:,} plans ({seeded['people']:,} people, seeded in"
                f" {seeding:.0f} s, {path.stat().st_size / 2**20:.0f} MB file):"
            )
            print(
                f"    start-up {figures['startup_s'] * 1000:.0f} ms"
                f" (database, prompts, engine, heartbeat and its first sweep),"
                f" RSS {figures['rss_started_mb']:.0f} MB; idle sweep {figures['idle_ms']:.1f} ms"
            )
            for label, window in (
                ("window", "beat at a minute boundary"),
                ("backlog", "10-minute backlog"),
            ):
                plans, seconds = figures[f"{label}_plans"], figures[f"{label}_s"]
                print(
                    f"    one sweep, {window}: {plans:,.0f} due plans in"
                    f" {seconds * 1000:.0f} ms ({plans / seconds if seconds else 0:,.0f} plans/s,"
                    f" {figures[f'{label}_sent']:,.0f} queued)"
                )
            print(f"    RSS after the sweeps {figures['rss_after_mb']:.0f} MB")
            path.unlink()
        burst = asyncio.run(_burst(folder / "burst.db", burst_size))
    print(
        f"  burst of {burst_size:,} hug nudges due at once: one sweep queued"
        f" {burst['queued']:,.0f} in {burst['sweep_s']:.1f} s"
    )
    print(
        f"    delivered through a Telegram-limited fake in {burst['delivery_s']:.0f} s:"
        f" {burst['rate']:.2f} msg/s against the 30 msg/s cap ({burst['rate'] / 30:.1%});"
        f" 429s: {burst['limit_429']:.0f} for breaking a limit, {burst['random_429']:.0f} at random"
    )
    lost = burst_size - burst["distinct_people"]
    print(
        f"    accepted {burst['accepted']:,.0f}, lost {lost:,.0f},"
        f" sent twice {burst['duplicates']:,.0f}"
    )


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--measure":
        print(json.dumps(asyncio.run(_measure_scale(Path(sys.argv[2])))))
    else:
        run()
