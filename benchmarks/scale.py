"""Deliveries per second with several worker processes: 1, 2 and 4 on PostgreSQL, 1 on SQLite.

Each run seeds 10,000 paired people (`NEARER_BENCH_SCALE` changes it), starts the worker
processes (the real heartbeat sweep and outbox, tests/scale/worker.py) and waits until they are
idle, then makes a hug nudge due for everyone in one transaction. Measured from that commit to
the last message the HTTP sink accepted: sweeping, queueing and delivering, end to end. The sink
has no rate limits, so this is what Nearer itself can push, not what Telegram would accept
(30 msg/s per bot; see benchmarks/nudges.py for that).
"""

from __future__ import annotations

import asyncio
import os
import platform
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.nudges import machine
from tests.scale.harness import (
    make_everyone_due,
    prepare,
    read_ledger,
    running_sink,
    workers_running,
)
from tests.support.databases import postgres_available, postgres_schema, postgres_url

NUDGES = 10_000
POSTGRES_WORKERS = (1, 2, 4)


async def _measure(url: str, workers: int, nudges: int, folder: Path) -> dict[str, float]:
    prepare(url, nudges)
    async with running_sink() as sink, workers_running(url, sink, workers, folder):
        make_everyone_due(url)
        began = time.monotonic()
        await sink.wait_for(lambda: len(sink.deliveries) >= nudges, 600, "every nudge")
        took = time.monotonic() - began
        # Let the workers mark what the sink accepted before they are stopped.
        for _ in range(300):
            if (await asyncio.to_thread(read_ledger, url)).sent >= nudges:
                break
            await asyncio.sleep(0.1)
    first = min(delivery.at for delivery in sink.deliveries)
    last = max(delivery.at for delivery in sink.deliveries)
    ledger = read_ledger(url)
    return {
        "seconds": took,
        "per_second": nudges / took,
        "delivering_per_second": nudges / max(last - first, 1e-9),
        "first_after": first - began,
        "twice": len(sink.deliveries) - len(sink.per_chat()),
        "sent": ledger.sent,
        "workers_used": len(sink.per_worker()),
    }


@contextmanager
def _sqlite(folder: Path) -> Iterator[str]:
    yield f"sqlite:///{folder / 'scale.db'}"


def _line(label: str, figures: dict[str, float]) -> str:
    return (
        f"  {label}: {figures['per_second']:,.0f} deliveries/s end to end"
        f" ({figures['seconds']:.1f} s; first after {figures['first_after']:.1f} s, then"
        f" {figures['delivering_per_second']:,.0f}/s); {figures['workers_used']:.0f} workers"
        f" delivered, sent twice {figures['twice']:.0f}, rows marked sent {figures['sent']:,.0f}"
    )


def run() -> None:
    nudges = int(os.environ.get("NEARER_BENCH_SCALE", NUDGES))
    print(
        f"scale ({datetime.now(UTC):%Y-%m-%d}; {machine()}): {nudges:,} nudges due at once,"
        " worker processes → HTTP sink without rate limits"
    )
    with tempfile.TemporaryDirectory(prefix="nearer-scale-") as name:
        folder = Path(name)
        if postgres_available():
            for workers in POSTGRES_WORKERS:
                with postgres_schema() as url:
                    figures = asyncio.run(_measure(url, workers, nudges, folder))
                print(_line(f"PostgreSQL, {workers} worker{'s' if workers > 1 else ''}", figures))
        else:
            print(f"  PostgreSQL at {postgres_url()} is not reachable: skipped")
        with _sqlite(folder) as url:
            figures = asyncio.run(_measure(url, 1, nudges, folder))
        print(_line("SQLite, 1 worker", figures))
    print(f"  ({platform.python_implementation()} {platform.python_version()})")


if __name__ == "__main__":
    run()
