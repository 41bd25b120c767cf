"""Short timers (the 20-second hug): started by a flow, fired once by the heartbeat."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select

from storage.base import StoreBase
from storage.models import Person, Timer


class TimerQueries(StoreBase):
    def add_timer(self, person_id: int, flow: str, due_at: datetime, data: dict[str, Any]) -> Timer:
        timer = Timer(person_id=person_id, flow=flow, due_at=due_at, data=data)
        self.session.add(timer)
        self.session.flush()
        return timer

    def running_timer(self, person_ids: Iterable[int], flow: str, since: datetime) -> Timer | None:
        """A timer of `flow` these people started that has not fired yet and was due no earlier
        than `since` (one the heartbeat somehow missed does not block a new one for ever). On
        PostgreSQL their person rows are locked first, so two presses at once cannot both find
        none."""
        ids = sorted(set(person_ids))
        if self.on_postgresql:
            self.session.exec(select(Person.id).where(col(Person.id).in_(ids)).with_for_update())
        return self.session.exec(
            select(Timer)
            .where(
                col(Timer.person_id).in_(ids),
                Timer.flow == flow,
                col(Timer.fired_at).is_(None),
                col(Timer.due_at) >= since,
            )
            .limit(1)
        ).first()

    def claim_due_timers(self, now: datetime, limit: int = 200) -> Sequence[Timer]:
        """Due timers, marked fired in this transaction so each fires exactly once."""
        query = (
            select(Timer)
            .where(col(Timer.fired_at).is_(None), col(Timer.due_at) <= now)
            .order_by(col(Timer.due_at))
            .limit(limit)
        )
        if self.on_postgresql:
            query = query.with_for_update(skip_locked=True)
        timers = self.session.exec(query).all()
        for timer in timers:
            timer.fired_at = now
        return timers

    def next_timer_due(self) -> datetime | None:
        return self.session.exec(
            select(func.min(Timer.due_at)).where(col(Timer.fired_at).is_(None))
        ).first()
