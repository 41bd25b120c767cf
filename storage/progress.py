"""The two small reads `/progress` makes beside the grouped count (`weekly_entry_tallies`).

Each returns the rows in the report's window, oldest first, and the engine sorts them into its
weeks: a person checks in a few times a week at most and a couple reveals a dream question or
two, so a list is smaller and plainer than another grouped query.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import NamedTuple

from sqlalchemy import ColumnElement
from sqlmodel import col, select

from storage.base import StoreBase
from storage.models import DreamRound, Entry

CHECKIN_KIND = "checkin"


class CheckinScore(NamedTuple):
    """One of the asking person's own check-ins: when, and its total (5–25)."""

    at: datetime
    total: float


class ProgressQueries(StoreBase):
    """What `/progress` reads besides the grouped entry count."""

    def own_checkin_scores(
        self, *, person_id: int, couple_id: int | None, since: datetime, until: datetime
    ) -> list[CheckinScore]:
        """This person's check-ins in `[since, until)`, oldest first; never the partner's.

        With a couple, only those that count in it (solo ones joined it at pairing); without one,
        all of the person's own, as the rest of the report does.
        """
        scope: ColumnElement[bool] = col(Entry.person_id) == person_id
        if couple_id is not None:
            scope = scope & (col(Entry.couple_id) == couple_id)
        total = col(Entry.data)["total"].as_float()
        rows = self.session.execute(
            select(col(Entry.created_at), total)
            .where(
                scope,
                col(Entry.kind) == CHECKIN_KIND,
                col(Entry.created_at) >= since,
                col(Entry.created_at) < until,
                total.is_not(None),
            )
            .order_by(col(Entry.created_at), col(Entry.id))
        ).all()
        return [CheckinScore(_aware(at), float(value)) for at, value in rows]

    def dream_reveal_times(
        self, *, couple_id: int, since: datetime, until: datetime
    ) -> list[datetime]:
        """When each dream question the couple both answered was revealed, in `[since, until)`.

        A question counts once, when the second answer arrived: two answers to one question are one
        question answered together, not two.
        """
        revealed = col(DreamRound.revealed_at)
        return [
            _aware(at)
            for at in self.session.exec(
                select(revealed)
                .where(
                    col(DreamRound.couple_id) == couple_id,
                    revealed >= since,
                    revealed < until,
                )
                .order_by(revealed)
            ).all()
            if at is not None
        ]


def _aware(at: datetime) -> datetime:
    """SQLite hands back the stored UTC instants without their zone; PostgreSQL with it."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
