"""Queries `/export` needs beyond the practices' own (kept beside `Store`, like the others)."""

from __future__ import annotations

from datetime import date

from sqlmodel import col, select

from storage.nudge_models import NudgeDelivery
from storage.store import Store


def nudge_days_sent(store: Store, person_id: int) -> list[tuple[str, date]]:
    """`(kind, local date)` of the nudges this person was sent that the ledger still holds."""
    rows = store.session.exec(
        select(col(NudgeDelivery.kind), col(NudgeDelivery.local_date))
        .where(NudgeDelivery.person_id == person_id)
        .order_by(col(NudgeDelivery.local_date), col(NudgeDelivery.kind))
    ).all()
    return [(kind, day) for kind, day in rows]
