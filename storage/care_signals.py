"""What the gentle /support suggestions read: one person's latest check-ins, and how heard they
said they felt when they shared in /listen. Each takes the turn's `Store` and works inside its
transaction; everything here is one person's own entries, newest first.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import col, select

from storage.models import Entry
from storage.store import Store


def latest_entries_by(store: Store, person_id: int, kind: str, limit: int) -> Sequence[Entry]:
    """This person's newest `limit` entries of `kind`."""
    return store.session.exec(
        select(Entry)
        .where(Entry.person_id == person_id, Entry.kind == kind)
        .order_by(col(Entry.created_at).desc(), col(Entry.id).desc())
        .limit(limit)
    ).all()


def latest_entries_for(store: Store, person_id: int, kind: str, limit: int) -> Sequence[Entry]:
    """The newest `limit` entries of `kind` addressed to this person (e.g. reflections on what
    they shared)."""
    return store.session.exec(
        select(Entry)
        .where(Entry.recipient_id == person_id, Entry.kind == kind)
        .order_by(col(Entry.created_at).desc(), col(Entry.id).desc())
        .limit(limit)
    ).all()
