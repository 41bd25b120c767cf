"""Housekeeping: records kept only to make delivery safe are removed once they are old, and on
SQLite nothing deleted lingers in the database file.

What people wrote is theirs and is never pruned here (only `/forget` removes it). What goes after
the retention period (`EngineSettings.keep_records_for`) are the bot's own traces: processed
update ids (only a redelivery within a day needs them), fired short timers, delivered or
abandoned outbox rows (their payloads were blanked already; the ids only guard against a double
send for a while) and the nudge ledger (which must outlive a weekly nudge's day, so it is kept at
least `LEDGER_MINIMUM`). Questions left waiting past their expiry go too (`pending`, which may
hold words shown back for the partner and never sent), so they do not outlive what the README
promises even when their writer never writes again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, tuple_
from sqlalchemy import select as select_columns

from storage.db import Database, in_memory_url
from storage.models import OutboxMessage, Pending, ProcessedUpdate, Timer
from storage.nudge_models import NudgeDelivery
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
    #: Expired waiting questions.
    questions: int = 0
    #: The batch size it ran with: a kind that filled it may have more to remove.
    limit: int = 0

    @property
    def total(self) -> int:
        return self.updates + self.timers + self.outbox + self.ledger + self.questions

    @property
    def more(self) -> bool:
        return (
            self.limit > 0
            and max(self.updates, self.timers, self.outbox, self.ledger, self.questions)
            >= self.limit
        )

    def __add__(self, other: Pruned) -> Pruned:
        return Pruned(
            self.updates + other.updates,
            self.timers + other.timers,
            self.outbox + other.outbox,
            self.ledger + other.ledger,
            self.questions + other.questions,
            other.limit,
        )


#: Rows of one kind removed per transaction: a first run after months (or a large instance)
#: deletes in short steps, so the single SQLite writer is never held for long.
BATCH = 1000


def _count(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def _delete_some(store: Store, table: Any, condition: Any, limit: int) -> int:
    """Delete at most `limit` rows of `table` matching `condition`, by primary key."""
    key = list(table.primary_key.columns)
    chosen = select_columns(*key).where(condition).limit(limit)
    target = key[0] if len(key) == 1 else tuple_(*key)
    return _count(store.session.execute(table.delete().where(target.in_(chosen))))


def prune_old_records(
    store: Store,
    now: datetime,
    keep_for: timedelta,
    *,
    limit: int = BATCH,
    questions_expire_after: timedelta | None = None,
) -> Pruned:
    """Remove up to `limit` of each kind of the bot's own records older than `keep_for` (see
    the module docstring); call again while `Pruned.more` says some kind filled its batch."""
    before = now - keep_for
    updates = ProcessedUpdate.__table__  # type: ignore[attr-defined]
    timers = Timer.__table__  # type: ignore[attr-defined]
    outbox = OutboxMessage.__table__  # type: ignore[attr-defined]
    ledger = NudgeDelivery.__table__  # type: ignore[attr-defined]
    pending = Pending.__table__  # type: ignore[attr-defined]
    questions = (
        0
        if questions_expire_after is None
        else _delete_some(
            store, pending, pending.c.started_at < now - questions_expire_after, limit
        )
    )
    # Delivered and abandoned outbox rows in two statements, each on the (sent_at, …) index:
    # an OR over both columns would read the whole table.
    delivered = _delete_some(store, outbox, outbox.c.sent_at < before, limit)
    abandoned = _delete_some(
        store, outbox, and_(outbox.c.sent_at.is_(None), outbox.c.failed_at < before), limit
    )
    return Pruned(
        updates=_delete_some(store, updates, updates.c.processed_at < before, limit),
        timers=_delete_some(
            store, timers, and_(timers.c.fired_at.is_not(None), timers.c.fired_at < before), limit
        ),
        outbox=delivered + abandoned,
        ledger=_delete_some(
            store, ledger, ledger.c.queued_at < now - max(keep_for, LEDGER_MINIMUM), limit
        ),
        questions=questions,
        limit=limit,
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
