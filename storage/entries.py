"""Entries (everything a person wrote or did in a practice, kept until they forget it) and the
tallies progress reports are made of. What belongs to a couple is theirs while paired; a solo
person's own until a partner joins."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, and_, bindparam, case, func, or_, update
from sqlalchemy import select as select_columns
from sqlmodel import col, select

from storage.base import StoreBase
from storage.models import Entry
from storage.people import PersonRow

_ENTRY = Entry.__table__  # type: ignore[attr-defined]
_LATEST_DATA = (
    select_columns(_ENTRY.c.data)
    .where(_ENTRY.c.person_id == bindparam("person_id"), _ENTRY.c.kind == bindparam("kind"))
    .order_by(_ENTRY.c.created_at.desc(), _ENTRY.c.id.desc())
    .limit(bindparam("limit"))
)
_RECORD = _ENTRY.insert()


class WeeklyTally(NamedTuple):
    """How many entries of one kind fell in one week, and the average of their `data["total"]`."""

    kind: str
    week: int
    entries: int
    average_total: float | None


def _ours(person: PersonRow) -> ColumnElement[bool]:
    """The `Entry` filter for what belongs to this person's couple, or to them alone."""
    if person.couple_id is not None:
        return col(Entry.couple_id) == person.couple_id
    return (col(Entry.person_id) == person.id) & col(Entry.couple_id).is_(None)


class EntryQueries(StoreBase):
    def add_entry(
        self,
        person: PersonRow,
        kind: str,
        body: str,
        now: datetime,
        *,
        recipient_id: int | None = None,
        data: dict[str, Any] | None = None,
    ) -> Entry:
        entry = Entry(
            person_id=person.id or 0,
            recipient_id=recipient_id,
            couple_id=person.couple_id,
            kind=kind,
            body=body,
            data=data or {},
            created_at=now,
        )
        self.session.add(entry)
        self.session.flush()
        return entry

    def record_entry(
        self,
        person: PersonRow,
        kind: str,
        body: str,
        now: datetime,
        *,
        recipient_id: int | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        """`add_entry` for a flow that does not look at the entry again (a check-in's total, a
        hug counted): one prebuilt Core insert, with no ORM object built, tracked and flushed,
        which is most of what a check-in's last answer cost."""
        self.run(
            _RECORD,
            {
                "person_id": person.id or 0,
                "recipient_id": recipient_id,
                "couple_id": person.couple_id,
                "kind": kind,
                "body": body,
                "data": data or {},
                "created_at": now,
            },
        )

    def entry_of(self, entry_id: int, kind: str) -> Entry | None:
        """The entry with this id if it is of `kind` (a button's id may be stale or made up)."""
        entry = self.session.get(Entry, entry_id)
        return entry if entry is not None and entry.kind == kind else None

    def waiting_draft(self, person_id: int, kind: str) -> Entry | None:
        """The newest finished draft this person has neither sent nor thrown away."""
        drafts = self.session.exec(
            select(Entry)
            .where(
                Entry.person_id == person_id, Entry.kind == kind, col(Entry.recipient_id).is_(None)
            )
            .order_by(col(Entry.created_at).desc(), col(Entry.id).desc())
            .limit(20)
        ).all()
        for draft in drafts:
            if draft.data.get("ready") and not draft.data.get("sent_at"):
                return draft
        return None

    def delete_entry(self, entry: Entry) -> None:
        self.session.delete(entry)

    def latest_entry_data(self, person_id: int, kind: str, limit: int) -> list[dict[str, Any]]:
        """The `data` of this person's newest `limit` entries of `kind`, newest first: read for
        every check-in and deck draw (is someone in a low stretch?), so one Core statement and
        plain dicts, not tracked entries."""
        rows = self.run(_LATEST_DATA, {"person_id": person_id, "kind": kind, "limit": limit})
        return [data for (data,) in rows]

    def latest_entries_for(self, person_id: int, kind: str, limit: int) -> Sequence[Entry]:
        """The newest `limit` entries of `kind` addressed to this person (e.g. reflections on what
        they shared)."""
        return self.session.exec(
            select(Entry)
            .where(Entry.recipient_id == person_id, Entry.kind == kind)
            .order_by(col(Entry.created_at).desc(), col(Entry.id).desc())
            .limit(limit)
        ).all()

    def our_recent_entries(self, person: PersonRow, kind: str, since: datetime) -> Sequence[Entry]:
        """Entries of `kind` the couple (or the solo person) recorded since `since`, newest
        first."""
        return self.session.exec(
            select(Entry)
            .where(_ours(person), Entry.kind == kind, col(Entry.created_at) >= since)
            .order_by(col(Entry.created_at).desc())
        ).all()

    def journal_page(
        self, person_id: int, kind: str, offset: int, limit: int
    ) -> tuple[Sequence[Entry], bool]:
        """Entries of `kind` this person wrote or received, newest first; `True` if more
        follow."""
        entries = self.session.exec(
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

    def kept_for_partner(self, person_ids: Iterable[int], kind: str) -> list[Entry]:
        """Entries written while solo and marked to be delivered once a partner joins, oldest
        first."""
        entries = self.session.exec(
            select(Entry)
            .where(
                col(Entry.person_id).in_(list(person_ids)),
                Entry.kind == kind,
                col(Entry.recipient_id).is_(None),
            )
            .order_by(col(Entry.created_at), col(Entry.id))
        ).all()
        return [entry for entry in entries if entry.data.get("kept_for_partner")]

    def bring_back_our_history(self, first_id: int, second_id: int, couple_id: int) -> bool:
        """Two people who were a couple before pair again: what they did as that couple (its
        entries) becomes the new couple's, so their progress and history carry on. `True` when
        there was such a history (a couple is known by the entries either wrote or received in
        it)."""

        def couples_of(person_id: int) -> set[int]:
            rows = self.session.exec(
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
        self.session.execute(
            update(Entry)
            .where(
                col(Entry.couple_id).in_(sorted(former)),
                col(Entry.person_id).in_([first_id, second_id]),
            )
            .values(couple_id=couple_id)
        )
        return True

    def entries_for_person(self, person_id: int) -> Sequence[Entry]:
        """Everything a person wrote or received: what `/export` hands back."""
        return self.session.exec(
            select(Entry)
            .where(or_(col(Entry.person_id) == person_id, col(Entry.recipient_id) == person_id))
            .order_by(col(Entry.created_at))
        ).all()

    def weekly_entry_tallies(
        self,
        *,
        person_id: int,
        couple_id: int | None,
        week_starts: Sequence[datetime],
        until: datetime,
        kinds: Sequence[str],
        own_only_kinds: Sequence[str] = (),
    ) -> list[WeeklyTally]:
        """Entries per (kind, week) for a progress report, in one grouped query.

        Week `i` is `[week_starts[i], week_starts[i + 1])`, the last one ending at `until`; the
        boundaries come from the caller so weeks follow a person's zone, DST included. With a
        couple, the couple's entries count (for `own_only_kinds`, only this person's); without
        one, the person's own.
        """
        if not week_starts or not kinds:
            return []
        ends = [*week_starts[1:], until]
        week = case(*((col(Entry.created_at) < end, index) for index, end in enumerate(ends)))
        if couple_id is None:
            scope = col(Entry.person_id) == person_id
        elif own_only_kinds:
            scope = and_(
                col(Entry.couple_id) == couple_id,
                or_(
                    col(Entry.kind).not_in(list(own_only_kinds)),
                    col(Entry.person_id) == person_id,
                ),
            )
        else:
            scope = col(Entry.couple_id) == couple_id
        rows = (
            select(
                col(Entry.kind).label("kind"),
                week.label("week"),
                col(Entry.data)["total"].as_float().label("total"),
            )
            .where(
                scope,
                col(Entry.kind).in_(list(kinds)),
                col(Entry.created_at) >= week_starts[0],
                col(Entry.created_at) < until,
            )
            .subquery()
        )
        # Grouping over a subquery, not over the CASE itself: PostgreSQL would see the CASE's
        # bound parameters twice and refuse to match the two expressions.
        grouped = select(rows.c.kind, rows.c.week, func.count(), func.avg(rows.c.total)).group_by(
            rows.c.kind, rows.c.week
        )
        return [
            WeeklyTally(kind, int(index), int(entries), None if average is None else float(average))
            for kind, index, entries, average in self.session.execute(grouped).all()
        ]
