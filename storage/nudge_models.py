"""Nudge tables: each person's nudge plans (what, when, which days) and the delivery ledger.

The plans are the source of truth for scheduling: each row carries its next due time in UTC,
precomputed from the person's zone, so a sweep is one indexed range query however many people
there are. The ledger's unique key (person, kind, local date) makes a nudge go out at most once a
day whatever happens: restarts, clock jumps, or several workers sweeping one database.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

#: Every weekday: bit 0 is Monday, bit 6 is Sunday.
EVERY_DAY = 0b1111111


class NudgePlan(SQLModel, table=True):
    """One kind of nudge for one person; `next_due_at` is `None` when there is nothing to send."""

    __table_args__ = (
        UniqueConstraint("person_id", "kind"),
        Index("ix_nudgeplan_next_due_at", "next_due_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id")
    kind: str = Field(max_length=16)
    #: Local wall-clock time in the person's zone, as minutes after midnight.
    minute_of_day: int
    #: Which local weekdays it runs on (bit 0 = Monday).
    weekdays: int = EVERY_DAY
    enabled: bool = True
    next_due_at: datetime | None = None
    updated_at: datetime


class NudgeDelivery(SQLModel, table=True):
    """A nudge that was queued for delivery: at most one per person, kind and local date."""

    __table_args__ = (
        UniqueConstraint("person_id", "kind", "local_date", name="uq_nudge_once_a_day"),
        Index("ix_nudgedelivery_queued_at", "queued_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id")
    kind: str = Field(max_length=16)
    local_date: date
    due_at: datetime
    queued_at: datetime
