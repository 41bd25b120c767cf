"""The queries behind nudges: plans, the due-plan sweep and the once-a-day delivery ledger.

Functions take the open `Store` (one transaction) like the rest of the storage queries. Claiming is
safe with several workers: PostgreSQL skips rows another worker holds, and advancing a plan is a
conditional update that only succeeds for the worker that saw the row's current due time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, update
from sqlalchemy import select as select_columns
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col, select

from storage.models import DatePlan, Identity, Person
from storage.nudge_models import NudgeDelivery, NudgePlan
from storage.store import Store


@dataclass(frozen=True, slots=True)
class DuePlan:
    """A plan picked up by a sweep: a plain copy, so advancing it never races an ORM object."""

    id: int
    person_id: int
    kind: str
    minute_of_day: int
    weekdays: int
    next_due_at: datetime


def plans_of(store: Store, person_id: int) -> list[NudgePlan]:
    return list(
        store.session.exec(
            select(NudgePlan).where(NudgePlan.person_id == person_id).order_by(col(NudgePlan.id))
        ).all()
    )


def plans_of_people(store: Store, person_ids: Iterable[int]) -> list[NudgePlan]:
    ids = list(person_ids)
    if not ids:
        return []
    return list(
        store.session.exec(select(NudgePlan).where(col(NudgePlan.person_id).in_(ids))).all()
    )


def plan_of(store: Store, person_id: int, kind: str) -> NudgePlan | None:
    return store.session.exec(
        select(NudgePlan).where(NudgePlan.person_id == person_id, NudgePlan.kind == kind)
    ).first()


def add_missing_plans(
    store: Store, person_id: int, defaults: Iterable[tuple[str, int, int]], now: datetime
) -> list[NudgePlan]:
    """Create the plans (kind, minute of day, weekdays) this person does not have yet; a person
    who pairs again keeps the times they chose before."""
    existing = {plan.kind for plan in plans_of(store, person_id)}
    added = []
    for kind, minute_of_day, weekdays in defaults:
        if kind in existing:
            continue
        plan = NudgePlan(
            person_id=person_id,
            kind=kind,
            minute_of_day=minute_of_day,
            weekdays=weekdays,
            updated_at=now,
        )
        store.session.add(plan)
        added.append(plan)
    store.session.flush()
    return added


def due_plans(store: Store, now: datetime, limit: int) -> list[DuePlan]:
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
    if store.session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return [DuePlan(*row) for row in store.session.execute(query).all()]


def advance_plan(
    store: Store, plan_id: int, seen_due_at: datetime, next_due_at: datetime | None
) -> bool:
    """Move a due plan to its next time; `False` when another worker already moved it."""
    result = store.session.execute(
        update(NudgePlan)
        .where(col(NudgePlan.id) == plan_id, col(NudgePlan.next_due_at) == seen_due_at)
        .values(next_due_at=next_due_at)
    )
    return bool(getattr(result, "rowcount", 0) == 1)


def next_nudge_due(store: Store) -> datetime | None:
    return store.session.exec(select(func.min(NudgePlan.next_due_at))).first()


def people_by_id(store: Store, person_ids: Iterable[int]) -> dict[int, Person]:
    ids = sorted(set(person_ids))
    if not ids:
        return {}
    people = store.session.exec(select(Person).where(col(Person.id).in_(ids))).all()
    return {person.id: person for person in people if person.id is not None}


def partners_by_couple(store: Store, couple_ids: Iterable[int]) -> dict[int, list[Person]]:
    """Both members of each couple, in one query: a sweep reads partners without N queries."""
    ids = sorted(set(couple_ids))
    members: dict[int, list[Person]] = {couple_id: [] for couple_id in ids}
    if not ids:
        return members
    for person in store.session.exec(select(Person).where(col(Person.couple_id).in_(ids))).all():
        if person.couple_id is not None:
            members[person.couple_id].append(person)
    return members


def reachable_people(store: Store, person_ids: Iterable[int]) -> set[int]:
    """Which of these people have a private chat the bot can still reach."""
    ids = sorted(set(person_ids))
    if not ids:
        return set()
    rows = store.session.exec(
        select(Identity.person_id).where(
            col(Identity.person_id).in_(ids),
            col(Identity.private_chat_id).is_not(None),
            col(Identity.reachable).is_(True),
        )
    ).all()
    return set(rows)


def date_plans_by_couple(store: Store, couple_ids: Iterable[int]) -> dict[int, DatePlan]:
    ids = sorted(set(couple_ids))
    if not ids:
        return {}
    plans = store.session.exec(select(DatePlan).where(col(DatePlan.couple_id).in_(ids))).all()
    return {plan.couple_id: plan for plan in plans}


def record_delivery(
    store: Store, person_id: int, kind: str, local_date: date, due_at: datetime, now: datetime
) -> bool:
    """Claim the once-a-day key; `False` when this nudge already went out for that local date.

    `INSERT … ON CONFLICT DO NOTHING RETURNING id` on both databases: no exception, no
    savepoint, and a concurrent insert of the same key on PostgreSQL waits for the other and then
    returns nothing. (`RETURNING`, because an ORM insert's rowcount is not reported on psycopg.)
    """
    values: dict[str, Any] = {
        "person_id": person_id,
        "kind": kind,
        "local_date": local_date,
        "due_at": due_at,
        "queued_at": now,
    }
    dialect = store.session.get_bind().dialect.name
    insert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(NudgeDelivery)
        .values(**values)
        .on_conflict_do_nothing()
        .returning(col(NudgeDelivery.id))
    )
    return store.session.execute(statement).first() is not None


def delivered_dates(store: Store, person_id: int, kind: str, dates: Sequence[date]) -> set[date]:
    if not dates:
        return set()
    rows = store.session.exec(
        select(col(NudgeDelivery.local_date)).where(
            NudgeDelivery.person_id == person_id,
            NudgeDelivery.kind == kind,
            col(NudgeDelivery.local_date).in_(list(dates)),
        )
    ).all()
    return set(rows)


def prune_deliveries(store: Store, before: datetime) -> int:
    """Forget ledger rows too old to matter: a key only has to outlive its own local day."""
    result = store.session.execute(
        delete(NudgeDelivery).where(col(NudgeDelivery.queued_at) < before)
    )
    return int(getattr(result, "rowcount", 0) or 0)
