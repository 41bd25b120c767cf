"""Queries for the shared practices (together, date night, hug, dreams, appreciation, ideas).

Kept beside `Store` rather than inside it so that file stays small; each function takes the
turn's `Store` and works inside its transaction. "Ours" means the couple's when paired and the
person's own while solo.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, or_, update
from sqlmodel import col, select

from storage.models import BucketItem, DatePlan, DreamRound, Entry, Person
from storage.store import Store


def _ours(person: Person) -> ColumnElement[bool]:
    """The `Entry` filter for what belongs to this person's couple, or to them alone."""
    if person.couple_id is not None:
        return col(Entry.couple_id) == person.couple_id
    return (col(Entry.person_id) == person.id) & col(Entry.couple_id).is_(None)


def our_recent_entries(store: Store, person: Person, kind: str, since: datetime) -> Sequence[Entry]:
    """Entries of `kind` the couple (or the solo person) recorded since `since`, newest first."""
    return store.session.exec(
        select(Entry)
        .where(_ours(person), Entry.kind == kind, col(Entry.created_at) >= since)
        .order_by(col(Entry.created_at).desc())
    ).all()


# -- appreciation ----------------------------------------------------------------------------


def journal_page(
    store: Store, person_id: int, kind: str, offset: int, limit: int
) -> tuple[Sequence[Entry], bool]:
    """Entries of `kind` this person wrote or received, newest first; `True` if more follow."""
    entries = store.session.exec(
        select(Entry)
        .where(
            Entry.kind == kind,
            or_(col(Entry.person_id) == person_id, col(Entry.recipient_id) == person_id),
        )
        .order_by(col(Entry.created_at).desc(), col(Entry.id).desc())
        .offset(offset)
        .limit(limit + 1)
    ).all()
    return entries[:limit], len(entries) > limit


def kept_for_partner(store: Store, person_ids: Iterable[int], kind: str) -> list[Entry]:
    """Entries written while solo and marked to be delivered once a partner joins, oldest first."""
    entries = store.session.exec(
        select(Entry)
        .where(
            col(Entry.person_id).in_(list(person_ids)),
            Entry.kind == kind,
            col(Entry.recipient_id).is_(None),
        )
        .order_by(col(Entry.created_at), col(Entry.id))
    ).all()
    return [entry for entry in entries if entry.data.get("kept_for_partner")]


# -- dreams ----------------------------------------------------------------------------------


def open_dream_round(store: Store, person: Person) -> DreamRound | None:
    """The unrevealed round of this person's couple, or their own solo round."""
    query = select(DreamRound).where(col(DreamRound.revealed_at).is_(None))
    if person.couple_id is not None:
        query = query.where(DreamRound.couple_id == person.couple_id)
    else:
        query = query.where(DreamRound.person_id == person.id, col(DreamRound.couple_id).is_(None))
    return store.session.exec(query.order_by(col(DreamRound.opened_at).desc())).first()


def dream_round(store: Store, round_id: int, *, lock: bool = False) -> DreamRound | None:
    """One round; `lock` holds its row (PostgreSQL) so two answers cannot both miss the reveal."""
    query = select(DreamRound).where(DreamRound.id == round_id)
    if lock and store.session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return store.session.exec(query).first()


def open_dream_round_for_update(store: Store, round_id: int) -> DreamRound | None:
    found = dream_round(store, round_id, lock=True)
    if found is None or found.revealed_at is not None:
        return None
    return found


def add_dream_round(store: Store, person: Person, question: str, now: datetime) -> DreamRound:
    dream = DreamRound(
        couple_id=person.couple_id,
        person_id=None if person.couple_id is not None else person.id,
        question=question,
        opened_at=now,
    )
    store.session.add(dream)
    store.session.flush()
    return dream


def solo_dream_round(store: Store, person_id: int) -> DreamRound | None:
    return store.session.exec(
        select(DreamRound).where(
            DreamRound.person_id == person_id,
            col(DreamRound.couple_id).is_(None),
            col(DreamRound.revealed_at).is_(None),
        )
    ).first()


def dream_answers(
    store: Store, dream: DreamRound, person_ids: Iterable[int], kind: str
) -> dict[int, Entry]:
    """Each person's answer to this round, by person id (at most one each: the first)."""
    entries = store.session.exec(
        select(Entry)
        .where(
            col(Entry.person_id).in_(list(person_ids)),
            Entry.kind == kind,
            col(Entry.created_at) >= dream.opened_at,
        )
        .order_by(col(Entry.created_at), col(Entry.id))
    ).all()
    answers: dict[int, Entry] = {}
    for entry in entries:
        if entry.data.get("round") == dream.id:
            answers.setdefault(entry.person_id, entry)
    return answers


# -- ideas -----------------------------------------------------------------------------------


def _our_items(person: Person) -> ColumnElement[bool]:
    if person.couple_id is not None:
        return col(BucketItem.couple_id) == person.couple_id
    return (col(BucketItem.person_id) == person.id) & col(BucketItem.couple_id).is_(None)


def bucket_list(store: Store, person: Person) -> Sequence[BucketItem]:
    """Our list: open items oldest first, then done ones most recent first."""
    items = store.session.exec(
        select(BucketItem).where(_our_items(person)).order_by(col(BucketItem.id))
    ).all()
    still_open = [item for item in items if item.done_at is None]
    done = sorted(
        (item for item in items if item.done_at is not None),
        key=lambda item: item.done_at or item.added_at,
        reverse=True,
    )
    return [*still_open, *done]


def our_bucket_item(store: Store, person: Person, item_id: int) -> BucketItem | None:
    """An item of our list; `None` for anyone else's (a button can be forged)."""
    return store.session.exec(
        select(BucketItem).where(BucketItem.id == item_id, _our_items(person))
    ).first()


def add_bucket_item(
    store: Store, person: Person, text: str, now: datetime, deck_item: str | None = None
) -> BucketItem:
    item = BucketItem(
        couple_id=person.couple_id,
        person_id=person.id or 0,
        text=text,
        deck_item=deck_item,
        added_at=now,
    )
    store.session.add(item)
    store.session.flush()
    return item


def bring_solo_items_to_couple(store: Store, person_ids: Iterable[int], couple_id: int) -> None:
    """A solo person's bucket list becomes the couple's when they pair."""
    store.session.execute(
        update(BucketItem)
        .where(col(BucketItem.person_id).in_(list(person_ids)), col(BucketItem.couple_id).is_(None))
        .values(couple_id=couple_id)
    )


def bring_back_our_history(store: Store, first_id: int, second_id: int, couple_id: int) -> bool:
    """Two people who were a couple before pair again: what they did as that couple (its
    entries) becomes the new couple's, so their progress and history carry on. `True` when
    there was such a history (a couple is known by the entries either wrote or received in it)."""

    def couples_of(person_id: int) -> set[int]:
        rows = store.session.exec(
            select(Entry.couple_id)
            .where(
                or_(col(Entry.person_id) == person_id, col(Entry.recipient_id) == person_id),
                col(Entry.couple_id).is_not(None),
            )
            .distinct()
        ).all()
        return {row for row in rows if row is not None}

    former = (couples_of(first_id) & couples_of(second_id)) - {couple_id}
    if not former:
        return False
    store.session.execute(
        update(Entry)
        .where(
            col(Entry.couple_id).in_(sorted(former)),
            col(Entry.person_id).in_([first_id, second_id]),
        )
        .values(couple_id=couple_id)
    )
    return True


# -- date night ------------------------------------------------------------------------------


def date_plan(store: Store, couple_id: int) -> DatePlan | None:
    return store.session.get(DatePlan, couple_id)


def save_date_plan(
    store: Store, planner: Person, weekday: int, minute_of_day: int, now: datetime
) -> DatePlan:
    """Create or change the couple's weekly date night, in the planner's time zone; active again."""
    assert planner.couple_id is not None
    plan = store.session.get(DatePlan, planner.couple_id)
    if plan is None:
        plan = DatePlan(
            couple_id=planner.couple_id,
            weekday=weekday,
            minute_of_day=minute_of_day,
            timezone=planner.timezone,
            updated_at=now,
        )
        store.session.add(plan)
    plan.planned_by = planner.id
    plan.weekday, plan.minute_of_day = weekday, minute_of_day
    plan.timezone, plan.active, plan.updated_at = planner.timezone, True, now
    store.session.flush()
    return plan


def propose_date_plan(
    store: Store, proposer: Person, weekday: int, minute_of_day: int, now: datetime
) -> DatePlan:
    """Suggest a day and time for the couple's date night; an agreed plan stays until accepted
    (a couple with none yet gets an inactive row holding the suggestion)."""
    assert proposer.couple_id is not None
    plan = store.session.get(DatePlan, proposer.couple_id)
    if plan is None:
        plan = DatePlan(
            couple_id=proposer.couple_id,
            weekday=weekday,
            minute_of_day=minute_of_day,
            timezone=proposer.timezone,
            active=False,
            updated_at=now,
        )
        store.session.add(plan)
    plan.proposed_by, plan.proposed_timezone = proposer.id, proposer.timezone
    plan.proposed_weekday, plan.proposed_minute = weekday, minute_of_day
    store.session.flush()
    return plan


def settle_date_proposal(plan: DatePlan, now: datetime, *, accepted: bool) -> None:
    """The partner answered: a yes makes the suggestion the plan; either way it stops waiting."""
    if accepted and plan.proposed_weekday is not None and plan.proposed_minute is not None:
        plan.weekday, plan.minute_of_day = plan.proposed_weekday, plan.proposed_minute
        plan.timezone = plan.proposed_timezone or plan.timezone
        plan.planned_by, plan.active, plan.updated_at = plan.proposed_by, True, now
    plan.proposed_by = plan.proposed_weekday = plan.proposed_minute = None
    plan.proposed_timezone = None
