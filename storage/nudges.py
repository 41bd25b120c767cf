"""The queries behind nudges: plans, the due-plan sweep and the once-a-day delivery ledger.

Claiming is safe with several workers: PostgreSQL skips rows another worker holds, and advancing a
plan is a conditional update that only succeeds for the worker that saw the row's current due time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, func
from sqlalchemy import select as select_columns
from sqlmodel import col, select

from storage.base import StoreBase
from storage.nudge_models import NudgeDelivery, NudgePlan

#: The once-a-day key: person, nudge kind, local date.
DeliveryKey = tuple[int, str, date]

_PLAN = NudgePlan.__table__  # type: ignore[attr-defined]
_LEDGER = NudgeDelivery.__table__  # type: ignore[attr-defined]
_ADVANCE_PLAN = (
    _PLAN.update()
    .where(_PLAN.c.id == bindparam("plan_id"), _PLAN.c.next_due_at == bindparam("seen"))
    .values(next_due_at=bindparam("next"))
)


def _claim_days(insert: Any) -> Any:
    return (
        insert(_LEDGER)
        .on_conflict_do_nothing()
        .returning(_LEDGER.c.person_id, _LEDGER.c.kind, _LEDGER.c.local_date)
    )


@dataclass(frozen=True, slots=True)
class DuePlan:
    """A plan picked up by a sweep: a plain copy, so advancing it never races an ORM object."""

    id: int
    person_id: int
    kind: str
    minute_of_day: int
    weekdays: int
    next_due_at: datetime


class NudgeQueries(StoreBase):
    def plans_of(self, person_id: int) -> list[NudgePlan]:
        return list(
            self.session.exec(
                select(NudgePlan)
                .where(NudgePlan.person_id == person_id)
                .order_by(col(NudgePlan.id))
            ).all()
        )

    def plans_of_people(self, person_ids: Iterable[int]) -> list[NudgePlan]:
        ids = list(person_ids)
        if not ids:
            return []
        return list(
            self.session.exec(select(NudgePlan).where(col(NudgePlan.person_id).in_(ids))).all()
        )

    def plan_of(self, person_id: int, kind: str) -> NudgePlan | None:
        return self.session.exec(
            select(NudgePlan).where(NudgePlan.person_id == person_id, NudgePlan.kind == kind)
        ).first()

    def add_missing_plans(
        self, person_id: int, defaults: Iterable[tuple[str, int, int, bool]], now: datetime
    ) -> list[NudgePlan]:
        """Create the plans (kind, minute of day, weekdays, on) this person does not have yet; a
        person who pairs again keeps the times they chose before."""
        existing = {plan.kind for plan in self.plans_of(person_id)}
        added = []
        for kind, minute_of_day, weekdays, enabled in defaults:
            if kind in existing:
                continue
            plan = NudgePlan(
                person_id=person_id,
                kind=kind,
                minute_of_day=minute_of_day,
                weekdays=weekdays,
                enabled=enabled,
                updated_at=now,
            )
            self.session.add(plan)
            added.append(plan)
        self.session.flush()
        return added

    def due_plans(self, now: datetime, limit: int) -> list[DuePlan]:
        """Plans due by `now`, oldest first (on PostgreSQL skipping rows another worker holds)."""
        query = (
            select_columns(
                col(NudgePlan.id),
                col(NudgePlan.person_id),
                col(NudgePlan.kind),
                col(NudgePlan.minute_of_day),
                col(NudgePlan.weekdays),
                col(NudgePlan.next_due_at),
            )
            .where(col(NudgePlan.next_due_at) <= now)
            .order_by(col(NudgePlan.next_due_at))
            .limit(limit)
        )
        if self.on_postgresql:
            query = query.with_for_update(skip_locked=True)
        return [DuePlan(*row) for row in self.session.execute(query).all()]

    def advance_plans(self, moves: Sequence[tuple[int, datetime, datetime | None]]) -> int:
        """Move due plans `(id, due time seen, next due time)` in one statement; returns how many
        moved. A plan someone else moved meanwhile (its due time changed) is left alone."""
        if not moves:
            return 0
        result = self.run(
            _ADVANCE_PLAN, [{"plan_id": i, "seen": seen, "next": later} for i, seen, later in moves]
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def next_nudge_due(self) -> datetime | None:
        return self.session.exec(select(func.min(NudgePlan.next_due_at))).first()

    def record_deliveries(
        self, keys: Sequence[tuple[int, str, date, datetime]], now: datetime
    ) -> set[DeliveryKey]:
        """Claim once-a-day keys `(person, kind, local date, due at)`; returns the keys that were
        free. The rest already went out that local day.

        One `INSERT … ON CONFLICT DO NOTHING RETURNING` on both databases: no exception, no
        savepoint, and a concurrent insert of the same key on PostgreSQL waits for the other and
        then returns nothing.
        """
        if not keys:
            return set()
        rows = [
            {
                "person_id": person_id,
                "kind": kind,
                "local_date": local_date,
                "due_at": due_at,
                "queued_at": now,
            }
            for person_id, kind, local_date, due_at in keys
        ]
        claimed: Sequence[Any] = self.run(self.upsert(_claim_days), rows).all()
        return {(person_id, kind, day) for person_id, kind, day in claimed}

    def delivered_dates_by_kind(
        self, person_id: int, dates: Sequence[date]
    ) -> dict[str, set[date]]:
        """Which of `dates` already had each kind of nudge: one query for all of a person's plans
        (rescheduling after a zone change would otherwise ask once per plan)."""
        found: dict[str, set[date]] = {}
        if not dates:
            return found
        rows = self.session.exec(
            select(col(NudgeDelivery.kind), col(NudgeDelivery.local_date)).where(
                NudgeDelivery.person_id == person_id,
                col(NudgeDelivery.local_date).in_(list(dates)),
            )
        ).all()
        for kind, local_day in rows:
            found.setdefault(kind, set()).add(local_day)
        return found

    def delivered_dates(self, person_id: int, kind: str, dates: Sequence[date]) -> set[date]:
        if not dates:
            return set()
        rows = self.session.exec(
            select(col(NudgeDelivery.local_date)).where(
                NudgeDelivery.person_id == person_id,
                NudgeDelivery.kind == kind,
                col(NudgeDelivery.local_date).in_(list(dates)),
            )
        ).all()
        return set(rows)

    def nudge_days_sent(self, person_id: int) -> list[tuple[str, date]]:
        """`(kind, local date)` of the nudges this person was sent that the ledger still holds."""
        rows = self.session.exec(
            select(col(NudgeDelivery.kind), col(NudgeDelivery.local_date))
            .where(NudgeDelivery.person_id == person_id)
            .order_by(col(NudgeDelivery.local_date), col(NudgeDelivery.kind))
        ).all()
        return [(kind, day) for kind, day in rows]
