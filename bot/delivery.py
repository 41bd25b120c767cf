"""The outbox worker: delivers queued messages through the right adapter and records the result.

Rows are claimed with a lease (their next attempt moved a minute ahead) in one short transaction,
sent outside it, and marked in another. A crash between sending and marking re-sends after the
lease: at least once, never lost; a restart picks up every row still pending. A row's payload
is blanked once it is delivered or given up (see `Store.mark_sent`): edits of earlier messages
(`edit_of`) are resolved by the adapters from their own records, never from old payloads.

Each platform has a lane that paces sends inside the platform's limits (bot/rate_limits.py): a
burst of thousands is spread out, not rejected. A lane only holds what it can send within a few
seconds; anything a chat's own limit pushes further out goes back to the table with its time.
Messages to one chat keep their order.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import heapq
import itertools
import logging
import math
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session

from bot.adapters.base import Adapter
from bot.engine.chart_request import ChartRenderer, render_chart_request
from bot.engine.events import (
    DeliveryResult,
    DeliveryStatus,
    Outbound,
    outbound_from_payload,
)
from bot.rate_limits import Pacer, RateLimits, limits_for
from storage.db import Database
from storage.store import BLANK_PAYLOAD, Claimed, Store

log = logging.getLogger(__name__)

CLAIM_LEASE = timedelta(seconds=60)
#: A send is abandoned (and retried later) well before its claim lease runs out.
SEND_TIMEOUT = timedelta(seconds=45)
MAX_ATTEMPTS = 12
MAX_BACKOFF_SECONDS = 600.0
IDLE_POLL_SECONDS = 30.0
#: A lane holds only what it can send within this many seconds.
HORIZON_SECONDS = 5.0
#: Sends in flight at once per platform (the platform's answer takes a while; pacing decides).
MAX_IN_FLIGHT = 64

#: The event the outbox raises, after its transaction has committed, when someone's last
#: private chat stopped working; the engine reacts in its own transaction (ends the
#: connection, tells the partner).
UnreachableHook = Callable[[int], Awaitable[None]]


@dataclass(order=True)
class _Item:
    """A claimed message waiting in a lane; ordered by when it may go, then by claim order."""

    ready_at: float
    sequence: int
    message_id: int = field(compare=False)
    outbound: Outbound = field(compare=False)
    is_group: bool = field(compare=False)
    done: asyncio.Future[None] = field(compare=False)


class _Lane:
    """One platform: its adapter, its pacer, the messages waiting and those in flight."""

    def __init__(self, outbox: Outbox, platform: str, adapter: Adapter) -> None:
        self.outbox = outbox
        self.platform = platform
        self.adapter = adapter
        self.limits: RateLimits | None = limits_for(platform, adapter)
        #: Plans which message goes when (reservations at dispatch time) …
        self.pacer: Pacer | None = Pacer(self.limits) if self.limits else None
        #: … and guards the moment each is really handed to the platform: a task may start a
        #: little late, so the limit is checked again against actual send times.
        self.gate: Pacer | None = Pacer(self.limits) if self.limits else None
        self.waiting: list[_Item] = []
        self.in_flight = 0
        self.slots = asyncio.Semaphore(outbox.max_in_flight)
        self.has_work = asyncio.Event()
        self.last_send_to: dict[str, asyncio.Task[None]] = {}
        self.sending: set[asyncio.Task[None]] = set()
        self.task = asyncio.create_task(self._dispatch(), name=f"outbox-{platform}")

    @property
    def room(self) -> int:
        """How many messages a lane holds at most: what it can send within the horizon."""
        if self.limits is None:
            return self.outbox.batch_size
        return max(1, math.ceil(self.limits.overall.per_second * self.outbox.horizon))

    @property
    def capacity(self) -> int:
        """How many more messages to claim now."""
        free = self.room - len(self.waiting) - self.in_flight
        return max(0, min(self.outbox.batch_size, free))

    def add(self, item: _Item) -> None:
        heapq.heappush(self.waiting, item)
        self.has_work.set()

    async def _dispatch(self) -> None:
        clock = self.outbox.monotonic
        while True:
            if not self.waiting:
                self.has_work.clear()
                await self.has_work.wait()
                continue
            if self.slots.locked():
                await self.slots.acquire()  # wait for room in flight, then look again
                self.slots.release()
                continue
            now = clock()
            head = self.waiting[0]
            ready = self.pacer.ready_at(head.outbound.address.chat_id, now) if self.pacer else now
            if ready > now and ready > head.ready_at:
                head.ready_at = ready  # its chat (or the platform) got busier: re-sort
                heapq.heapreplace(self.waiting, head)
                continue
            if ready - now > self.outbox.horizon:
                heapq.heappop(self.waiting)
                self.outbox.spawn(self.outbox.release(head, ready - now))
                continue
            if ready > now:
                self.has_work.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.has_work.wait(), ready - now)
                continue
            await self.slots.acquire()  # free (checked above): returns at once
            heapq.heappop(self.waiting)
            chat_id = head.outbound.address.chat_id
            if self.pacer is not None:
                self.pacer.record(chat_id, head.is_group, clock())
            self.in_flight += 1
            previous = self.last_send_to.get(chat_id)
            task = asyncio.create_task(self._send(head, previous))
            self.last_send_to[chat_id] = task
            self.sending.add(task)
            task.add_done_callback(functools.partial(self._sent, chat_id))

    def _sent(self, chat_id: str, task: asyncio.Task[None]) -> None:
        self.sending.discard(task)
        if self.last_send_to.get(chat_id) is task:
            del self.last_send_to[chat_id]

    async def _send(self, item: _Item, previous: asyncio.Task[None] | None) -> None:
        try:
            if previous is not None and not previous.done():
                await asyncio.wait([previous])  # one chat's messages keep their order
            await self._through_gate(item)
            try:
                outbound = await render_chart_request(item.outbound, self.outbox.chart_renderer)
                # A send still running when its claim lease ends would be claimed and sent again.
                # (asyncio.timeout, unlike wait_for, starts the send now, on the gate's beat.)
                async with asyncio.timeout(SEND_TIMEOUT.total_seconds()):
                    result = await self.adapter.send(outbound)
            except TimeoutError:
                log.warning(
                    "a %s send took longer than %s; retrying it", self.platform, SEND_TIMEOUT
                )
                result = DeliveryResult(DeliveryStatus.TRANSIENT, detail="send timed out")
            except Exception as error:  # an adapter bug must not stop the outbox
                log.exception("adapter %s raised while sending", self.platform)
                result = DeliveryResult(DeliveryStatus.TRANSIENT, detail=type(error).__name__)
            if result.status is DeliveryStatus.RETRY_AFTER:
                now = self.outbox.monotonic()
                until = now + max(result.retry_after, 0.05)
                for pacer in (self.pacer, self.gate):
                    if pacer is not None:
                        pacer.hold(item.outbound.address.chat_id, until, now)
            await self.outbox.record(item.message_id, result)
            if result.status is not DeliveryStatus.OK:
                self.outbox.wake()  # it is due again at a new time
        except Exception:
            log.exception("could not record a delivery; the lease will retry it")
        finally:
            self.outbox._sending.discard(item.message_id)
            self.in_flight -= 1
            self.slots.release()
            if not item.done.done():
                item.done.set_result(None)
            if self.capacity >= max(1, min(self.outbox.batch_size, self.room) // 2):
                self.outbox.wake()  # room for a good batch: claim more

    async def _through_gate(self, item: _Item) -> None:
        if self.gate is None:
            return
        chat_id, clock = item.outbound.address.chat_id, self.outbox.monotonic
        # Waiting for time to pass (a window to age), not for an event.
        while (wait := self.gate.ready_at(chat_id, clock()) - clock()) > 0:  # noqa: ASYNC110
            await asyncio.sleep(wait)
        self.gate.record(chat_id, item.is_group, clock())


class Outbox:
    def __init__(
        self,
        db: Database,
        adapters: Mapping[str, Adapter],
        clock: Callable[[], datetime],
        *,
        batch_size: int = 100,
        horizon: float = HORIZON_SECONDS,
        max_in_flight: int = MAX_IN_FLIGHT,
        on_unreachable: UnreachableHook | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        chart_renderer: ChartRenderer | None = None,
    ) -> None:
        self._db = db
        #: Draws progress charts queued as requests (the weekly nudge, /progress in a group).
        self.chart_renderer = chart_renderer
        self._adapters = adapters
        self._clock = clock
        self.batch_size = batch_size
        self.horizon = horizon
        self.max_in_flight = max_in_flight
        self.monotonic = monotonic
        self._on_unreachable = on_unreachable
        self._lanes: dict[str, _Lane] = {}
        self._sequence = itertools.count()
        self._background: set[asyncio.Task[Any]] = set()
        self._wake = asyncio.Event()
        self._stopping = False
        #: Outbox ids being sent by this process right now: never sent twice at once.
        self._sending: set[int] = set()

    def wake(self) -> None:
        """Something was queued, or a lane has room again: look now, not at the next poll."""
        self._wake.set()

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()

    async def run(self) -> None:
        try:
            while not self._stopping:
                self._wake.clear()
                try:
                    claimed = await self._claim_round()
                except Exception:
                    log.exception("outbox claim failed; retrying shortly")
                    claimed = []
                if claimed:
                    continue
                try:
                    idle = await self._idle_wait()
                except Exception:
                    log.exception("outbox could not read its next due time; looking again soon")
                    idle = 1.0
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=idle)
        finally:
            await self.close()

    async def close(self) -> None:
        """Stop the lanes; anything claimed but unsent is re-sent after its lease."""
        tasks = [lane.task for lane in self._lanes.values()] + list(self._background)
        tasks += [task for lane in self._lanes.values() for task in lane.sending]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._lanes.clear()

    async def deliver_due(self) -> int:
        """Claim what is due now (one round) and wait until those are delivered or handed back;
        returns how many were claimed."""
        claimed = await self._claim_round()
        if claimed:
            await asyncio.gather(*(item.done for item in claimed))
        return len(claimed)

    async def drain(self) -> None:
        """Deliver until nothing is due now (retries due later stay for later)."""
        while await self.deliver_due():
            pass

    def spawn(self, work: Any) -> None:
        task = asyncio.ensure_future(work)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    # -- claiming ----------------------------------------------------------------------------

    def _lane(self, platform: str) -> _Lane | None:
        lane = self._lanes.get(platform)
        if lane is None:
            adapter = self._adapters.get(platform)
            if adapter is None:
                return None
            lane = self._lanes[platform] = _Lane(self, platform, adapter)
        return lane

    async def _claim_round(self) -> list[_Item]:
        capacity = {
            platform: lane.capacity
            for platform in list(self._adapters)
            if (lane := self._lane(platform)) is not None
        }
        wanted = {platform: room for platform, room in capacity.items() if room > 0}
        if not wanted:
            return []
        rows = await self._db.run(functools.partial(self._claim, wanted))
        loop = asyncio.get_running_loop()
        now = self.monotonic()
        items = []
        for platform, message_id, payload, is_group in rows:
            if message_id in self._sending:
                continue  # its lease ran out while the first send is still under way
            self._sending.add(message_id)
            lane = self._lanes[platform]
            item = _Item(
                now,
                next(self._sequence),
                message_id,
                outbound_from_payload(payload),
                is_group,
                loop.create_future(),
            )
            lane.add(item)
            items.append(item)
        return items

    def _claim(self, capacity: dict[str, int], session: Session) -> list[Claimed]:
        return Store(session).claim_outbox(self._clock(), capacity, CLAIM_LEASE)

    async def _idle_wait(self) -> float:
        lanes = self._lanes.values()
        if any(lane.waiting or lane.in_flight for lane in lanes) and not any(
            lane.capacity for lane in lanes
        ):
            return self.horizon  # full: a lane wakes us when it has room
        next_due = await self._db.run(self._next_due)
        if next_due is None:
            return IDLE_POLL_SECONDS
        return min(IDLE_POLL_SECONDS, max(0.05, (next_due - self._clock()).total_seconds()))

    def _next_due(self, session: Session) -> datetime | None:
        return Store(session).next_outbox_due(platforms=list(self._adapters))

    # -- recording ---------------------------------------------------------------------------

    async def release(self, item: _Item, delay: float) -> None:
        """Hand a claimed message back to the table, due when its chat's limit allows."""
        try:
            await self._db.run(functools.partial(self._release, item.message_id, delay))
        finally:
            if not item.done.done():
                item.done.set_result(None)
            self.wake()

    def _release(self, message_id: int, delay: float, session: Session) -> None:
        Store(session).release_outbox(message_id, self._clock() + timedelta(seconds=delay))

    async def record(self, message_id: int, result: DeliveryResult) -> None:
        unreachable = await self._db.run(
            functools.partial(self._record, message_id=message_id, result=result)
        )
        if unreachable is not None and self._on_unreachable is not None:
            try:
                await self._on_unreachable(unreachable)
            except Exception:
                log.exception("reacting to an unreachable person failed")

    def _record(self, session: Session, *, message_id: int, result: DeliveryResult) -> int | None:
        """Mark the outcome; returns the person whose last private chat just stopped working,
        if any (the event raised once this transaction has committed)."""
        now = self._clock()
        store = Store(session)
        if result.status is DeliveryStatus.OK:
            store.mark_sent(message_id, now, result.platform_message_id)
            return None
        message = store.outbox_message(message_id)
        if message is None:  # forgotten meanwhile
            return None
        message.attempts += 1
        message.last_error = (result.detail or result.status.value)[:500]
        if result.status is DeliveryStatus.UNREACHABLE:
            # The chat is gone (blocked, never started, DMs closed): fail what is queued for it
            # and stop nudging that identity; if it was their last chat, the engine hears of
            # it after this commit.
            return store.fail_chat(message, now)
        if result.status is DeliveryStatus.RETRY_AFTER:
            message.next_attempt_at = now + timedelta(seconds=max(result.retry_after, 0.05))
            return None
        if message.attempts >= MAX_ATTEMPTS:
            message.failed_at, message.payload = now, BLANK_PAYLOAD
            log.warning(
                "giving up on outbox message %s after %s attempts", message_id, message.attempts
            )
            return None
        backoff = min(MAX_BACKOFF_SECONDS, 2.0**message.attempts)
        message.next_attempt_at = now + timedelta(seconds=backoff)
        return None
