"""The outbox worker: delivers queued messages through the right adapter and records the result.

Rows are claimed with a lease (their next attempt moved a minute ahead) in one short transaction,
sent outside it, and marked in another. A crash between sending and marking re-sends after the
lease: at least once, never lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlmodel import Session, col

from bot.adapters.base import Adapter
from bot.engine.events import DeliveryResult, DeliveryStatus, outbound_from_payload
from storage.db import Database
from storage.models import OutboxMessage
from storage.store import Store

log = logging.getLogger(__name__)

CLAIM_LEASE = timedelta(seconds=60)
MAX_ATTEMPTS = 12
MAX_BACKOFF_SECONDS = 600.0
IDLE_POLL_SECONDS = 30.0


class Outbox:
    def __init__(
        self,
        db: Database,
        adapters: Mapping[str, Adapter],
        clock: Callable[[], datetime],
        *,
        batch_size: int = 100,
    ) -> None:
        self._db = db
        self._adapters = adapters
        self._clock = clock
        self._batch_size = batch_size
        self._wake = asyncio.Event()
        self._stopping = False

    def wake(self) -> None:
        """Something was queued: deliver now rather than at the next poll."""
        self._wake.set()

    async def run(self) -> None:
        while not self._stopping:
            self._wake.clear()
            try:
                delivered = await self.deliver_due()
            except Exception:
                log.exception("outbox delivery round failed; retrying shortly")
                delivered = 0
            if delivered:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=await self._idle_wait())

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()

    async def _idle_wait(self) -> float:
        next_due = await self._db.run(lambda session: Store(session).next_outbox_due())
        if next_due is None:
            return IDLE_POLL_SECONDS
        return min(IDLE_POLL_SECONDS, max(0.05, (next_due - self._clock()).total_seconds()))

    async def deliver_due(self) -> int:
        """Send every message due now (one batch); returns how many were attempted."""
        claimed = await self._db.run(self._claim)
        for message_id, payload in claimed:
            outbound = outbound_from_payload(payload)
            adapter = self._adapters.get(outbound.address.platform)
            if adapter is None:
                continue
            try:
                result = await adapter.send(outbound)
            except Exception as error:  # an adapter bug must not stop the outbox
                log.exception("adapter %s raised while sending", outbound.address.platform)
                result = DeliveryResult(DeliveryStatus.TRANSIENT, detail=type(error).__name__)
            record = functools.partial(self._record, message_id=message_id, result=result)
            await self._db.run(record)
        return len(claimed)

    def _claim(self, session: Session) -> list[tuple[int, dict[str, object]]]:
        now = self._clock()
        rows = Store(session).due_outbox(now, self._batch_size, platforms=list(self._adapters))
        for row in rows:
            row.next_attempt_at = now + CLAIM_LEASE
        return [(row.id, dict(row.payload)) for row in rows if row.id is not None]

    def _record(self, session: Session, *, message_id: int, result: DeliveryResult) -> None:
        message = session.get(OutboxMessage, message_id)
        if message is None:  # forgotten meanwhile
            return
        now = self._clock()
        message.attempts += 1
        if result.status is DeliveryStatus.OK:
            message.sent_at = now
            message.platform_message_id = result.platform_message_id
            return
        message.last_error = (result.detail or result.status.value)[:500]
        if result.status is DeliveryStatus.UNREACHABLE:
            message.failed_at = now
            Store(session).mark_unreachable(message.platform, message.chat_id)
            # Nothing else queued for that chat can arrive either.
            session.execute(
                update(OutboxMessage)
                .where(
                    col(OutboxMessage.platform) == message.platform,
                    col(OutboxMessage.chat_id) == message.chat_id,
                    col(OutboxMessage.sent_at).is_(None),
                    col(OutboxMessage.failed_at).is_(None),
                )
                .values(failed_at=now, last_error="unreachable")
            )
            return
        if result.status is DeliveryStatus.RETRY_AFTER:
            message.next_attempt_at = now + timedelta(seconds=max(result.retry_after, 0.05))
            return
        if message.attempts >= MAX_ATTEMPTS:
            message.failed_at = now
            log.warning(
                "giving up on outbox message %s after %s attempts", message_id, message.attempts
            )
            return
        backoff = min(MAX_BACKOFF_SECONDS, 2.0**message.attempts)
        message.next_attempt_at = now + timedelta(seconds=backoff)
