"""The real APScheduler heartbeat, on the real clock: started inside the running loop, it ends a
hug on time and wakes up for the next nudge when it is due, not at the next sweep."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlmodel import col, select

import bot.engine.flows.hug as hug_flow
from bot.engine import Chat, Engine, Inbound, Sender, utc_now
from bot.scheduler import Heartbeat
from storage.db import Database
from storage.models import OutboxMessage, Timer
from storage.nudge_models import NudgePlan
from tests.support.world import shared_prompts

CODE = re.compile(r"/pair ([a-z0-9]{16})")


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[Engine]:
    db = Database(f"sqlite:///{tmp_path / 'beat.db'}")
    db.create_all()
    yield Engine(db, shared_prompts(), clock=utc_now)
    await db.dispose()


def says(user: str, text: str = "", button: str | None = None) -> Inbound:
    return Inbound("test", Chat(f"c-{user}"), Sender(user, user), text=text, button=button)


async def wait_for(condition, seconds: float):  # type: ignore[no-untyped-def]
    """Poll the database until `condition()` returns something truthy."""
    async with asyncio.timeout(seconds):
        while not (found := condition()):  # noqa: ASYNC110 (watching rows, not an event)
            await asyncio.sleep(0.02)
    return found


async def test_the_heartbeat_starts_inside_the_loop_and_ends_a_hug_on_time(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hug_flow, "HUG_SECONDS", 2)
    heartbeat = Heartbeat(engine, grace=timedelta(hours=2), sweep_every=30)
    engine.on_timer_started = heartbeat.timer_started
    await heartbeat.start()
    try:
        assert heartbeat.running
        await engine.handle(says("alex", button="hug:start"))

        def fired() -> Timer | None:
            return engine.db.transaction(
                lambda session: session.exec(
                    select(Timer).where(col(Timer.fired_at).is_not(None))
                ).first()
            )

        timer = await wait_for(fired, 5)
        # Fired by the wake-up the new timer armed, not by the sweep 30 seconds away.
        assert timedelta(0) <= timer.fired_at - timer.due_at < timedelta(seconds=1)
        edit = engine.db.transaction(
            lambda session: session.exec(
                select(OutboxMessage).where(col(OutboxMessage.chat_id) == "c-alex")
            ).all()
        )
        assert any(message.payload.get("edit_of") for message in edit)
    finally:
        await heartbeat.stop()
    assert not heartbeat.running


def set_hug(engine: Engine, at: datetime) -> None:
    """Everyone's hug plan at `at` (a whole minute, so it is the plan's own time)."""
    engine.db.transaction(
        lambda session: session.execute(
            update(NudgePlan)
            .where(col(NudgePlan.kind) == "hug")
            .values(minute_of_day=at.hour * 60 + at.minute, next_due_at=at)
        )
    )


def queued_hugs(engine: Engine) -> list[OutboxMessage]:
    return list(
        engine.db.transaction(
            lambda session: session.exec(
                select(OutboxMessage).where(
                    col(OutboxMessage.idempotency_key).like("nudge:%:hug:%")
                )
            ).all()
        )
    )


async def test_the_heartbeat_sweeps_due_nudges_and_wakes_for_the_next_one(engine: Engine) -> None:
    replies = await engine.handle(says("alex", "/pair"))
    code = CODE.search(replies[0].text)
    assert code is not None
    await engine.handle(says("sam", f"/pair {code.group(1)}"))
    for user in ("alex", "sam"):  # said where they are, and turned the hug reminder on
        await engine.handle(says(user, "/timezone UTC"))
        await engine.handle(says(user, "/nudges hug on"))
    engine.db.transaction(  # only the hug reminders, to watch them alone
        lambda session: session.execute(
            update(NudgePlan)
            .where(col(NudgePlan.kind) != "hug")
            .values(enabled=False, next_due_at=None)
        )
    )
    this_minute = datetime.now(UTC).replace(second=0, microsecond=0)
    set_hug(engine, this_minute)  # due now: the first beat sends it
    heartbeat = Heartbeat(engine, grace=timedelta(hours=2), sweep_every=3600)
    await heartbeat.start()
    try:
        assert (
            len(await wait_for(lambda: len(queued_hugs(engine)) == 2 and queued_hugs(engine), 5))
            == 2
        )
        # The rows are visible from the moment they commit; the sweep's own tally a moment later.
        assert await wait_for(lambda: heartbeat.last_sweep.sent == 2, 5)
        # Both plans moved to tomorrow. Moved to ten minutes from now, the next wake-up is armed
        # for exactly that moment, not left to the hourly sweep.
        tomorrow = this_minute + timedelta(days=1)
        later = this_minute + timedelta(minutes=10)
        set_hug(engine, later)
        heartbeat.timer_started()  # any commit that changes what is due next re-arms
        scheduler = heartbeat._scheduler
        assert scheduler is not None

        def armed() -> datetime | None:
            job = scheduler.get_job("wake")
            return job.next_run_time if job is not None else None

        assert await wait_for(lambda: armed() == later and armed(), 2) == later
        assert tomorrow > later
    finally:
        await heartbeat.stop()


async def test_stopping_waits_for_a_sweep_under_way(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Otherwise the caller closes the database under the sweep, which then fails loudly."""
    sweeping, release = asyncio.Event(), asyncio.Event()
    finished: list[bool] = []
    sweep = engine.deliver_due_nudges

    async def slow_sweep(**options):  # type: ignore[no-untyped-def]
        sweeping.set()
        await release.wait()
        result = await sweep(**options)
        finished.append(True)
        return result

    monkeypatch.setattr(engine, "deliver_due_nudges", slow_sweep)
    heartbeat = Heartbeat(engine, grace=timedelta(hours=2), sweep_every=3600)
    await heartbeat.start()
    await asyncio.wait_for(sweeping.wait(), 5)
    stopping = asyncio.ensure_future(heartbeat.stop())
    await asyncio.sleep(0.1)
    assert not stopping.done()  # still waiting for the sweep
    release.set()
    await asyncio.wait_for(stopping, 5)
    assert finished == [True]
