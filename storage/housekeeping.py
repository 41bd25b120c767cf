"""Housekeeping: records kept only to make delivery safe are removed once they are old, and on
SQLite nothing deleted lingers in the database file.

What people wrote is theirs and is never pruned here (only `/forget` removes it). What goes after
the retention period (`EngineSettings.keep_records_for`) are the bot's own traces: processed
update ids (only a redelivery within a day needs them), fired short timers, delivered or
abandoned outbox rows (their payloads were blanked already; the ids only guard against a double
send for a while) and the nudge ledger (which must outlive a weekly nudge's day, so it is kept at
least `LEDGER_MINIMUM`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete
from sqlmodel import col

from storage.db import Database, in_memory_url
from storage.models import OutboxMessage, Timer
from storage.nudge_store import prune_deliveries
from storage.store import Store

log = logging.getLogger(__name__)

#: The ledger's once-a-day key must outlive its own local day, weekly kinds included.
LEDGER_MINIMUM = timedelta(days=9)


@dataclass(frozen=True)
class Pruned:
    """How many rows of each kind one round of housekeeping removed."""

    updates: int = 0
    timers: int = 0
    outbox: int = 0
    ledger: int = 0

    @property
    def total(self) -> int:
        return self.updates + self.timers + self.outbox + self.ledger


def _count(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def prune_old_records(store: Store, now: datetime, keep_for: timedelta) -> Pruned:
    """Remove the bot's own records older than `keep_for` (see the module docstring)."""
    before = now - keep_for
    session = store.session
    timers = session.execute(
        delete(Timer).where(col(Timer.fired_at).is_not(None), col(Timer.fired_at) < before)
    )
    # Two statements, each on the outbox's (sent_at, …) index: an OR over both columns would
    # read the whole table.
    delivered = session.execute(delete(OutboxMessage).where(col(OutboxMessage.sent_at) < before))
    abandoned = session.execute(
        delete(OutboxMessage).where(
            col(OutboxMessage.sent_at).is_(None), col(OutboxMessage.failed_at) < before
        )
    )
    return Pruned(
        updates=store.prune_processed_updates(before),
        timers=_count(timers),
        outbox=_count(delivered) + _count(abandoned),
        ledger=prune_deliveries(store, now - max(keep_for, LEDGER_MINIMUM)),
    )


def checkpoint_sqlite(db: Database) -> None:
    """Move the write-ahead log into the database file and empty it (blocking; run it in a
    thread). With `secure_delete` on, a deleted row's bytes are zeroed where it lived, but
    earlier copies of its pages stay in the WAL until a checkpoint; after this, none remain.
    PostgreSQL needs no such step from us: its old row versions are not readable through the
    database and are reclaimed by (auto)vacuum."""
    if not db.is_sqlite or in_memory_url(db.url):
        return
    connection = db.engine.raw_connection()
    try:
        # Straight to the driver: a checkpoint cannot run inside the transaction SQLAlchemy
        # (and our `BEGIN IMMEDIATE`) would open around it.
        driver: Any = connection.driver_connection
        busy, _log_frames, _moved = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            log.warning("the SQLite checkpoint after a forget was blocked; the next one finishes")
    finally:
        connection.close()
