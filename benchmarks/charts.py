"""Progress charts: time per chart, memory over 100 reports in a row, and what the rest of the bot
feels while one is drawn.

Four figures, all in one process on a SQLite file:
- drawing alone (`render_progress_chart`, warm): mean and p95 per chart;
- the numbers (`weekly_progress`: a grouped count and two short lists) among 1,000 couples ×
  8 weeks of entries;
- 100 `/progress` reports back to back through the real engine and the app's `ChartWorker`:
  time per report, and resident memory before and after (it must not grow meaningfully);
- the event loop's lateness while those charts are drawn on the chart thread (a 5 ms ticker).
"""

from __future__ import annotations

import asyncio
import gc
import os
import random
import resource
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import Session

from bot.chart_worker import ChartWorker
from bot.charts import render_progress_chart
from bot.engine import Chat, Engine, Inbound, Sender, kinds
from bot.engine.chart_request import BarSeries, ChartSpec
from bot.engine.events import Chart
from bot.engine.progress import weekly_progress
from prompts import load_prompts
from storage.db import Database
from storage.models import Couple, Entry, Identity, Person
from storage.store import Store

COUPLES = 1_000
ENTRIES_PER_COUPLE = 120
REPORTS = 100
NOW = datetime(2026, 11, 4, 12, 0, tzinfo=UTC)
KINDS = (
    kinds.HUG,
    kinds.HUG,
    kinds.HUG,
    kinds.APPRECIATION,
    kinds.APPRECIATION,
    kinds.TOGETHER,
    kinds.DATE_NIGHT,
    kinds.DREAM_ANSWER,
    kinds.IDEA_DONE,
    kinds.CHECKIN,
    kinds.TALK_DRAFT,
)


def rss_mb() -> float:
    """Resident memory now (Linux); elsewhere the peak, which can only overstate growth."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def _populate(db: Database) -> None:
    """1,000 paired couples with eight weeks of entries each, written in bulk."""
    rng = random.Random(7)
    began = NOW - timedelta(weeks=9)

    def write(session: Session) -> None:
        for number in range(COUPLES):
            couple = Couple(created_at=began)
            session.add(couple)
            session.flush()
            people = []
            for side in ("a", "b"):
                person = Person(
                    display_name=f"{side}{number}", couple_id=couple.id, created_at=began
                )
                session.add(person)
                session.flush()
                assert person.id is not None
                session.add(
                    Identity(
                        person_id=person.id,
                        platform="bench",
                        platform_user_id=f"{side}{number}",
                        private_chat_id=f"{side}{number}",
                        last_seen_at=began,
                    )
                )
                people.append(person.id)
            rows = []
            for _ in range(ENTRIES_PER_COUPLE):
                kind = rng.choice(KINDS)
                rows.append(
                    {
                        "person_id": rng.choice(people),
                        "couple_id": couple.id,
                        "kind": kind,
                        "body": "",
                        "data": {"total": rng.randint(5, 25)} if kind == kinds.CHECKIN else {},
                        "created_at": NOW - timedelta(minutes=rng.randint(1, 8 * 7 * 24 * 60)),
                    }
                )
            session.execute(insert(Entry), rows)

    db.transaction(write)


def _numbers_ms(db: Database, samples: int = 300) -> list[float]:
    rng = random.Random(11)
    timings = []
    for _ in range(samples):
        user = f"{rng.choice('ab')}{rng.randrange(COUPLES)}"

        def report(session: Session, user: str = user) -> None:
            store = Store(session)
            identity = store.identity("bench", user)
            assert identity is not None
            person = store.person(identity.person_id)
            assert person is not None
            partner = store.partner_of(person)
            started = time.perf_counter()
            weekly_progress(store, person, partner, NOW)
            timings.append((time.perf_counter() - started) * 1000)

        db.transaction(report)
    return timings


async def _reports(engine: Engine, count: int) -> tuple[list[float], list[float]]:
    """`count` /progress reports in a row; returns their times and the loop's lateness."""
    lateness: list[float] = []
    running = True

    async def ticker() -> None:
        while running:
            due = time.perf_counter() + 0.005
            await asyncio.sleep(0.005)
            lateness.append((time.perf_counter() - due) * 1000)

    tick = asyncio.create_task(ticker())
    timings = []
    for number in range(count):
        user = f"a{number % COUPLES}"
        inbound = Inbound("bench", Chat(user), Sender(user, user), text="/progress")
        started = time.perf_counter()
        replies = await engine.handle(inbound)
        timings.append((time.perf_counter() - started) * 1000)
        attachment = replies[0].attachment
        assert isinstance(attachment, Chart) and attachment.png, replies[0].text
    running = False
    await tick
    return timings, lateness


async def _measure(folder: Path) -> dict[str, float]:
    db = Database(f"sqlite:///{folder / 'charts.db'}")
    db.create_all()
    _populate(db)
    numbers = _numbers_ms(db)
    worker = ChartWorker()
    engine = Engine(db, load_prompts(), clock=lambda: NOW, chart_renderer=worker)
    await _reports(engine, 5)  # warm: fonts, caches, the first query plans
    gc.collect()
    before = rss_mb()
    timings, lateness = await _reports(engine, REPORTS)
    gc.collect()
    after = rss_mb()
    await _reports(engine, REPORTS)
    gc.collect()
    after_200 = rss_mb()
    worker.close()
    await db.dispose()
    return {
        "numbers_mean": statistics.mean(numbers),
        "numbers_p95": percentile(numbers, 0.95),
        "report_mean": statistics.mean(timings),
        "report_p95": percentile(timings, 0.95),
        "rss_before": before,
        "rss_after": after,
        "rss_after_200": after_200,
        "lag_p99": percentile(lateness, 0.99),
        "lag_max": max(lateness),
    }


def _drawing_ms(spec: ChartSpec, count: int = REPORTS) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds per chart (CPU time does not count waiting for a core,
    so it says what a chart costs on a machine that is not busy with anything else)."""
    for _ in range(3):
        render_progress_chart(spec)
    wall, cpu = [], []
    for _ in range(count):
        started, started_cpu = time.perf_counter(), time.thread_time()
        render_progress_chart(spec)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.thread_time() - started_cpu) * 1000)
    return wall, cpu


def _sample_spec() -> ChartSpec:
    """A full eight weeks, every panel busy: the most a chart has to draw."""
    return ChartSpec(
        title="You two, the last 8 weeks",
        subtitle="Week by week since 14 Sep, this week on the right",
        week_labels=("14 Sep", "21 Sep", "28 Sep", "5 Oct", "12 Oct", "19 Oct", "26 Oct", "now"),
        slots=8,
        bars=tuple(
            BarSeries(key, key.title(), tuple(random.Random(key).randint(0, 12) for _ in range(8)))
            for key in ("hugs", "appreciations", "together", "dreams", "ideas")
        ),
        line_label="How close you feel (5–25)",
        line_values=(12.0, None, 14.0, 15.0, None, 17.0, 18.0, 19.0),
        line_range=(5.0, 25.0),
        line_empty_note="",
        alt_text="",
    )


def run() -> None:
    drawing, drawing_cpu = _drawing_ms(_sample_spec())
    with tempfile.TemporaryDirectory(prefix="nearer-bench-") as name:
        figures = asyncio.run(_measure(Path(name)))
    print("progress charts (1080×1080 PNG, Agg; SQLite with 1,000 couples × 8 weeks of entries)")
    print(
        f"  drawing one chart: mean {statistics.mean(drawing):.0f} ms,"
        f" p95 {percentile(drawing, 0.95):.0f} ms (CPU mean {statistics.mean(drawing_cpu):.0f} ms,"
        f" p95 {percentile(drawing_cpu, 0.95):.0f} ms; load average {os.getloadavg()[0]:.1f}"
        f" on {os.cpu_count()} cores)"
    )
    print(
        f"  the numbers (a grouped count and two short lists, in the transaction): mean"
        f" {figures['numbers_mean']:.2f} ms, p95 {figures['numbers_p95']:.2f} ms"
    )
    print(
        f"  /progress end to end (numbers, words, chart on the chart thread): mean"
        f" {figures['report_mean']:.0f} ms, p95 {figures['report_p95']:.0f} ms"
    )
    print(
        f"  memory: {figures['rss_before']:.1f} MB before {REPORTS} reports in a row,"
        f" {figures['rss_after']:.1f} MB after"
        f" ({figures['rss_after'] - figures['rss_before']:+.1f}),"
        f" {figures['rss_after_200']:.1f} MB after {2 * REPORTS}"
        f" ({figures['rss_after_200'] - figures['rss_after']:+.1f})"
    )
    print(
        f"  event loop while charts are drawn: lateness p99 {figures['lag_p99']:.1f} ms,"
        f" max {figures['lag_max']:.1f} ms"
    )


if __name__ == "__main__":
    run()
