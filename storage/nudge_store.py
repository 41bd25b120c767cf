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

from sqlalchemy import bindparam, func
from sqlalchemy import select as select_columns
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col, select

from storage.models import DatePlan, DeckPosition, Identity, OutboxMessage, Person
from storage.nudge_models import NudgeDelivery, NudgePlan
from storage.store import Store

#: The once-a-day key: person, nudge kind, local date.
DeliveryKey = tuple[int, str, date]


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


def advance_plans(store: Store, moves: Sequence[tuple[int, datetime, datetime | None]]) -> int:
    """Move due plans `(id, due time seen, next due time)` in one statement; returns how many
    moved. A plan someone else moved meanwhile (its due time changed) is left alone."""
    if not moves:
        return 0
    table = NudgePlan.__table__  # type: ignore[attr-defined]
    statement = (
        table.update()
        .where(table.c.id == bindparam("plan_id"), table.c.next_due_at == bindparam("seen"))
        .values(next_due_at=bindparam("next"))
    )
    result = store.session.connection().execute(
        statement, [{"plan_id": i, "seen": seen, "next": later} for i, seen, later in moves]
    )
    return int(getattr(result, "rowcount", 0) or 0)


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


def private_chats(store: Store, person_ids: Iterable[int]) -> dict[int, Identity]:
    """Where each of these people can be reached privately (the most recently used reachable
    identity, as `Store.private_identity` chooses), in one query; the unreachable are absent."""
    ids = sorted(set(person_ids))
    if not ids:
        return {}
    identities = store.session.exec(
        select(Identity)
        .where(
            col(Identity.person_id).in_(ids),
            col(Identity.private_chat_id).is_not(None),
            col(Identity.reachable).is_(True),
        )
        .order_by(col(Identity.last_seen_at))
    ).all()
    return {identity.person_id: identity for identity in identities}  # the newest wins


def load_deck_positions(store: Store, pairs: Iterable[tuple[str, str]]) -> list[DeckPosition]:
    """Make sure these `(owner, deck)` positions exist and are loaded into the session, in two
    statements, so each draw finds its row without a query of its own. (Keep the returned list:
    the session only holds weakly on to what it loaded.)"""
    wanted = sorted(set(pairs))
    if not wanted:
        return []
    owner_list = sorted({owner for owner, _deck in wanted})
    deck_list = sorted({deck for _owner, deck in wanted})
    dialect = store.session.get_bind().dialect.name
    insert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = DeckPosition.__table__  # type: ignore[attr-defined]
    rows = [{"owner": owner, "deck": deck, "seen": []} for owner, deck in wanted]
    store.session.connection().execute(insert(table).on_conflict_do_nothing(), rows)
    return list(
        store.session.exec(
            select(DeckPosition).where(
                col(DeckPosition.owner).in_(owner_list), col(DeckPosition.deck).in_(deck_list)
            )
        ).all()
    )


def date_plans_by_couple(store: Store, couple_ids: Iterable[int]) -> dict[int, DatePlan]:
    ids = sorted(set(couple_ids))
    if not ids:
        return {}
    plans = store.session.exec(select(DatePlan).where(col(DatePlan.couple_id).in_(ids))).all()
    return {plan.couple_id: plan for plan in plans}


def record_deliveries(
    store: Store, keys: Sequence[tuple[int, str, date, datetime]], now: datetime
) -> set[DeliveryKey]:
    """Claim once-a-day keys `(person, kind, local date, due at)`; returns the keys that were
    free. The rest already went out that local day.

    One `INSERT … ON CONFLICT DO NOTHING RETURNING` on both databases: no exception, no
    savepoint, and a concurrent insert of the same key on PostgreSQL waits for the other and
    then returns nothing.
    """
    if not keys:
        return set()
    dialect = store.session.get_bind().dialect.name
    insert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = NudgeDelivery.__table__  # type: ignore[attr-defined]
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
    statement = (
        insert(table)
        .on_conflict_do_nothing()
        .returning(table.c.person_id, table.c.kind, table.c.local_date)
    )
    claimed = store.session.connection().execute(statement, rows).all()
    return {(person_id, kind, day) for person_id, kind, day in claimed}


@dataclass(frozen=True, slots=True)
class QueuedMessage:
    """An outbox row to write (see `OutboxMessage`)."""

    person_id: int
    platform: str
    chat_id: str
    payload: dict[str, Any]
    idempotency_key: str
    at: datetime


def enqueue_messages(store: Store, messages: Sequence[QueuedMessage]) -> None:
    """Queue many outbox rows in one statement (a row whose idempotency key exists is skipped)."""
    if not messages:
        return
    dialect = store.session.get_bind().dialect.name
    insert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = OutboxMessage.__table__  # type: ignore[attr-defined]
    rows = [
        {
            "person_id": message.person_id,
            "platform": message.platform,
            "chat_id": message.chat_id,
            "payload": message.payload,
            "idempotency_key": message.idempotency_key,
            "created_at": message.at,
            "next_attempt_at": message.at,
            "attempts": 0,
            "last_error": "",
        }
        for message in messages
    ]
    store.session.connection().execute(insert(table).on_conflict_do_nothing(), rows)


def delivered_dates_by_kind(
    store: Store, person_id: int, dates: Sequence[date]
) -> dict[str, set[date]]:
    """Which of `dates` already had each kind of nudge: one query for all of a person's plans
    (rescheduling after a zone change would otherwise ask once per plan)."""
    found: dict[str, set[date]] = {}
    if not dates:
        return found
    rows = store.session.exec(
        select(col(NudgeDelivery.kind), col(NudgeDelivery.local_date)).where(
            NudgeDelivery.person_id == person_id,
            col(NudgeDelivery.local_date).in_(list(dates)),
        )
    ).all()
    for kind, local_day in rows:
        found.setdefault(kind, set()).add(local_day)
    return found


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
