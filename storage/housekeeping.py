"""Housekeeping and forgetting: records kept only to make delivery safe are removed once they
are old, and on SQLite nothing deleted lingers in the database file; `/forget` removes a person.

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

from sqlalchemy import and_, delete, or_, tuple_, update
from sqlalchemy import select as select_columns
from sqlmodel import SQLModel, col

from storage.base import StoreBase
from storage.db import Database, in_memory_url
from storage.models import (
    BucketItem,
    DeckPosition,
    Entry,
    Identity,
    Invite,
    OutboxMessage,
    Pending,
    Person,
    ProcessedUpdate,
    Timer,
)
from storage.nudge_models import NudgeDelivery
from storage.outbox import carried_by

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


def _delete_some(store: StoreBase, table: Any, condition: Any, limit: int) -> int:
    """Delete at most `limit` rows of `table` matching `condition`, by primary key."""
    key = list(table.primary_key.columns)
    chosen = select_columns(*key).where(condition).limit(limit)
    target = key[0] if len(key) == 1 else tuple_(*key)
    return _count(store.session.execute(table.delete().where(target.in_(chosen))))


def person_owned_tables() -> list[Any]:
    """Tables added by practices that carry a `person_id` column and are not handled above."""
    handled = {"invite", "pending", "outboxmessage", "entry", "identity", "person"}
    return [
        table
        for name, table in SQLModel.metadata.tables.items()
        if name not in handled and "person_id" in table.c
    ]


class HousekeepingQueries(StoreBase):
    def prune_old_records(
        self,
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
                self, pending, pending.c.started_at < now - questions_expire_after, limit
            )
        )
        # Delivered and abandoned outbox rows in two statements, each on the (sent_at, …) index:
        # an OR over both columns would read the whole table.
        delivered = _delete_some(self, outbox, outbox.c.sent_at < before, limit)
        abandoned = _delete_some(
            self, outbox, and_(outbox.c.sent_at.is_(None), outbox.c.failed_at < before), limit
        )
        return Pruned(
            updates=_delete_some(self, updates, updates.c.processed_at < before, limit),
            timers=_delete_some(
                self,
                timers,
                and_(timers.c.fired_at.is_not(None), timers.c.fired_at < before),
                limit,
            ),
            outbox=delivered + abandoned,
            ledger=_delete_some(
                self, ledger, ledger.c.queued_at < now - max(keep_for, LEDGER_MINIMUM), limit
            ),
            questions=questions,
            limit=limit,
        )

    def forget_person(self, person_id: int) -> None:
        """Delete every row that belongs to this person, in every table that names them."""
        self.session.execute(delete(Invite).where(col(Invite.inviter_id) == person_id))
        self.session.execute(delete(Pending).where(col(Pending.person_id) == person_id))
        # Messages for them, and undelivered messages that carry their words or name (delivered
        # ones were blanked when they went).
        self.session.execute(
            delete(OutboxMessage).where(
                or_(
                    col(OutboxMessage.person_id) == person_id,
                    and_(col(OutboxMessage.sent_at).is_(None), carried_by(person_id)),
                )
            )
        )
        # What the partner wrote to this person stays the partner's; only the link goes.
        self.session.execute(
            update(Entry).where(col(Entry.recipient_id) == person_id).values(recipient_id=None)
        )
        # Likewise the partner's ideas this person ticked off stay, without saying who did.
        self.session.execute(
            update(BucketItem).where(col(BucketItem.done_by) == person_id).values(done_by=None)
        )
        self.session.execute(delete(Entry).where(col(Entry.person_id) == person_id))
        self.session.execute(delete(DeckPosition).where(col(DeckPosition.owner) == f"p{person_id}"))
        for table in person_owned_tables():
            self.session.execute(delete(table).where(table.c.person_id == person_id))
        self.session.execute(delete(Identity).where(col(Identity.person_id) == person_id))
        self.session.execute(delete(Person).where(col(Person.id) == person_id))


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
