"""The heartbeat: one APScheduler `AsyncIOScheduler` that wakes the engine up, nothing more.

There is no job per person. Nudge plans and short timers are rows in the database, each with its
due time; the heartbeat runs one sweep every `sweep_every` seconds, plus one extra wake-up exactly
when the next plan or timer is due (re-armed after every sweep, and whenever the engine starts a
timer), so a 20-second hug ends on time while start-up and memory stay flat however many people
there are. The scheduler is created inside the running loop and owns no state of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.engine import Engine
from bot.engine.nudges import NudgeSweep
from storage.housekeeping import Pruned
from storage.store import Store

log = logging.getLogger(__name__)

SWEEP_JOB = "sweep"
WAKE_JOB = "wake"
#: How often a beat also does the housekeeping (by the engine's clock).
HOUSEKEEPING_EVERY = timedelta(hours=1)
#: At most this many housekeeping transactions per beat; the rest waits for the next hour.
HOUSEKEEPING_BATCHES = 200
#: How long stopping waits for a sweep already under way (a sweep is batches of 500 plans).
STOP_WAIT_SECONDS = 10.0


class Heartbeat:
    """Sweeps due nudges and fires due short timers through the engine.

    `start()` must be awaited inside the running loop (the scheduler binds to it); `stop()` ends
    it. `timer_started()` is the engine's `on_timer_started` hook.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        grace: timedelta,
        sweep_every: float = 30.0,
        batch: int = 500,
    ) -> None:
        self._engine = engine
        self._grace = grace
        self._sweep_every = sweep_every
        self._batch = batch
        self._scheduler: AsyncIOScheduler | None = None
        self._beating = asyncio.Lock()
        self._last_beat = time.monotonic()
        self._watchdog: asyncio.Task[None] | None = None
        #: What the last sweep did (for logs and tests).
        self.last_sweep = NudgeSweep()
        self._last_housekeeping: datetime | None = None

    @property
    def running(self) -> bool:
        return self._scheduler is not None and self._scheduler.running

    async def start(self) -> None:
        scheduler = AsyncIOScheduler(
            event_loop=asyncio.get_running_loop(),
            timezone=UTC,
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )
        scheduler.add_job(
            self.beat,
            IntervalTrigger(seconds=self._sweep_every, timezone=UTC),
            id=SWEEP_JOB,
            next_run_time=datetime.now(UTC),
        )
        scheduler.start()
        self._scheduler = scheduler
        self._last_beat = time.monotonic()
        self._watchdog = asyncio.create_task(self._watch(), name="heartbeat-watchdog")
        log.info("heartbeat started (sweep every %ss)", self._sweep_every)

    async def stop(self) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watchdog
            self._watchdog = None
        if self._scheduler is not None and self._scheduler.running:
            # No new beats; one under way finishes (shutting down would cancel it halfway and
            # the caller would close the database under it).
            self._scheduler.pause()
            try:
                async with asyncio.timeout(STOP_WAIT_SECONDS), self._beating:
                    pass
            except TimeoutError:
                log.warning("a nudge sweep was still running at shutdown; the next start redoes it")
            self._scheduler.shutdown(wait=False)
            await asyncio.sleep(0)  # the shutdown runs on the loop
        self._scheduler = None

    # -- what a beat does --------------------------------------------------------------------

    async def beat(self) -> None:
        """React to people found unreachable, fire due short timers, queue due nudges, keep
        house (hourly), then wake up again when the next is due."""
        async with self._beating:
            self._last_beat = time.monotonic()
            try:
                # Reactions the outbox's event did not get to (a crash, a failure): the first
                # beat runs at start-up, so a restart catches up at once.
                await self._engine.react_to_unreachable()
            except Exception:
                log.exception("reacting to unreachable people failed; the next beat retries")
            try:
                await self._engine.fire_due_timers()
                self.last_sweep = await self._engine.deliver_due_nudges(
                    grace=self._grace, batch=self._batch
                )
                if self.last_sweep.claimed:
                    log.info(
                        "nudge sweep: %s",
                        ", ".join(f"{k.value} {n}" for k, n in self.last_sweep.outcomes.items()),
                    )
            except Exception:
                log.exception("heartbeat sweep failed; the next beat retries")
            await self._keep_house()
            await self._rearm()

    async def _keep_house(self) -> None:
        """Remove old delivery records (storage/housekeeping.py), at most once an hour by the
        engine's clock, so a test's or a replay's clock decides what is old, not the wall."""
        now = self._engine.clock()
        last = self._last_housekeeping
        if last is not None and timedelta(0) <= now - last < HOUSEKEEPING_EVERY:
            return
        keep_for = self._engine.settings.keep_records_for
        expire_after = self._engine.settings.pending_expires_after
        pruned = Pruned()
        try:
            for _ in range(HOUSEKEEPING_BATCHES):  # short transactions, others write between
                step = await self._engine.db.run(
                    lambda session: Store(session).prune_old_records(
                        now, keep_for, questions_expire_after=expire_after
                    )
                )
                pruned += step
                if not step.more:
                    break
        except Exception:
            log.exception("housekeeping failed; the next beat retries")
            return
        self._last_housekeeping = now
        if pruned.total:
            log.info(
                "housekeeping removed %s update ids, %s timers, %s outbox rows, %s ledger rows, "
                "%s expired questions",
                pruned.updates,
                pruned.timers,
                pruned.outbox,
                pruned.ledger,
                pruned.questions,
            )

    # -- waking up on time -------------------------------------------------------------------

    def timer_started(self) -> None:
        """The engine committed a new short timer: look up the next due time and wake then."""
        if self._scheduler is not None and self._scheduler.running:
            self._scheduler.add_job(self._rearm, id="rearm", replace_existing=True)

    def wake(self, at: datetime | None = None) -> None:
        """Run a beat at `at` (now by default) unless one is already due by then."""
        scheduler = self._scheduler
        if scheduler is None or not scheduler.running:
            return
        at = max(at or datetime.now(UTC), datetime.now(UTC))
        for job_id in (SWEEP_JOB, WAKE_JOB):
            job = scheduler.get_job(job_id)
            if job is not None and job.next_run_time is not None and job.next_run_time <= at:
                return
        scheduler.add_job(
            self.beat, DateTrigger(at, timezone=UTC), id=WAKE_JOB, replace_existing=True
        )

    async def _rearm(self) -> None:
        try:
            due = await self._engine.next_wakeup()
        except Exception:
            log.exception("could not read the next due time; the regular sweep will look")
            return
        if due is not None:
            self.wake(due)

    async def _watch(self) -> None:
        """APScheduler plans by the wall clock: if the clock jumps back, its next run moves away.
        The watchdog (monotonic time) restarts the rhythm when beats stop arriving."""
        while True:
            await asyncio.sleep(self._sweep_every)
            if time.monotonic() - self._last_beat <= 2.5 * self._sweep_every:
                continue
            scheduler = self._scheduler
            if scheduler is None or not scheduler.running:
                continue
            log.warning("no heartbeat for a while (clock jump?); restarting the sweep rhythm")
            scheduler.reschedule_job(
                SWEEP_JOB, trigger=IntervalTrigger(seconds=self._sweep_every, timezone=UTC)
            )
            self.wake()
