"""Queries for the conversation practices (check-in, honest talk, active listening).

Kept beside `Store` rather than inside it so that file stays small; each function takes the
turn's `Store` and works inside its transaction. Everything here is one person's own entries.
"""

from __future__ import annotations

from sqlmodel import col, select

from storage.models import Entry
from storage.store import Store


def entry_of(store: Store, entry_id: int, kind: str) -> Entry | None:
    """The entry with this id if it is of `kind` (a button's id may be stale or made up)."""
    entry = store.session.get(Entry, entry_id)
    return entry if entry is not None and entry.kind == kind else None


def latest_entry(store: Store, person_id: int, kind: str) -> Entry | None:
    """This person's newest entry of `kind` (ties broken by id, so same-second rows order)."""
    return store.session.exec(
        select(Entry)
        .where(Entry.person_id == person_id, Entry.kind == kind)
        .order_by(col(Entry.created_at).desc(), col(Entry.id).desc())
    ).first()


def waiting_draft(store: Store, person_id: int, kind: str) -> Entry | None:
    """The newest finished draft this person has neither sent nor thrown away."""
    drafts = store.session.exec(
        select(Entry)
        .where(Entry.person_id == person_id, Entry.kind == kind, col(Entry.recipient_id).is_(None))
        .order_by(col(Entry.created_at).desc(), col(Entry.id).desc())
        .limit(20)
    ).all()
    for draft in drafts:
        if draft.data.get("ready") and not draft.data.get("sent_at"):
            return draft
    return None


def delete_entry(store: Store, entry: Entry) -> None:
    store.session.delete(entry)
