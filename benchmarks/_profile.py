"""`python -m benchmarks._profile [events]`: where the engine's time goes, per message.

Runs the engine benchmark's workload one message at a time on the calling thread (so a sampling
profiler sees the database work too, which normally runs on the writer thread) under pyinstrument,
then prints the call tree and the SQL statements each kind of message ran. Not part of
`python -m benchmarks`: a profile is for reading, not for comparing runs.
"""

from __future__ import annotations

import asyncio
import collections
import functools
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from pyinstrument import Profiler
from sqlalchemy import event

from benchmarks import engine as engine_benchmark
from bot.engine import Engine, Inbound
from prompts import load_prompts
from storage.db import Database

COUPLES = 200


def _kind(inbound: Inbound) -> str:
    if inbound.button is not None:
        return "button"
    return inbound.text.split()[0] if inbound.text.startswith("/") else "free text"


async def profile(count: int) -> None:
    with tempfile.TemporaryDirectory(prefix="nearer-profile-") as name:
        db = Database(f"sqlite:///{Path(name) / 'engine.db'}")
        db.create_all()
        engine = Engine(db, load_prompts())
        couples = await engine_benchmark.pair_couples(engine, COUPLES)
        events = engine_benchmark.workload(couples, count + 1_000)
        for inbound in events[:1_000]:  # warm caches and fill tables a little
            await engine.handle(inbound)

        statements: collections.Counter[str] = collections.Counter()

        def count_statement(*args: Any) -> None:
            statements[" ".join(str(args[2]).split())[:100]] += 1

        event.listen(db.engine, "before_cursor_execute", count_statement)
        timings: dict[str, list[float]] = collections.defaultdict(list)
        profiler = Profiler(interval=0.0005)
        profiler.start()
        for inbound in events[1_000:]:
            started = time.perf_counter()
            db.transaction(functools.partial(engine._handle_in_transaction, inbound))
            timings[_kind(inbound)].append(time.perf_counter() - started)
        profiler.stop()
        event.remove(db.engine, "before_cursor_execute", count_statement)
        await db.dispose()

    print(profiler.output_text(unicode=True, color=False))
    print("per kind of message (under the profiler, so slower than the benchmark):")
    for kind, spent in sorted(timings.items(), key=lambda item: -sum(item[1])):
        print(f"  {kind:14} {len(spent):6,} × {sum(spent) / len(spent) * 1000:6.2f} ms")
    print(f"statements per message: {sum(statements.values()) / count:.2f}")
    for statement, times in statements.most_common(15):
        print(f"  {times:6,}  {statement}")


if __name__ == "__main__":
    asyncio.run(profile(int(sys.argv[1]) if len(sys.argv) > 1 else 2_000))
