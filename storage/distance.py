"""Whether a couple lives apart, and the day of its next visit (`Couple.lives_apart`,
`Couple.next_visit_on`): read by the practices that offer a long-distance version, written by
either partner."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlmodel import col, select

from storage.base import StoreBase
from storage.models import Couple


class DistanceQueries(StoreBase):
    """The couple's long-distance setting and next visit."""

    def couple_lives_apart(self, couple_id: int | None) -> bool:
        """`False` for a solo person: nothing to be apart from yet."""
        if couple_id is None:
            return False
        couple = self.session.get(Couple, couple_id)
        return couple is not None and couple.lives_apart

    def couples_living_apart(self, couple_ids: Iterable[int]) -> set[int]:
        """Which of these couples live apart, in one query (the nudge sweep words many at once)."""
        wanted = sorted(set(couple_ids))
        if not wanted:
            return set()
        found = self.session.exec(
            select(col(Couple.id)).where(col(Couple.id).in_(wanted), col(Couple.lives_apart))
        ).all()
        return {couple_id for couple_id in found if couple_id is not None}

    def set_lives_apart(self, couple_id: int, apart: bool) -> bool:
        """Set it; `True` if that changed anything (so the partner hears only of a real change).
        Living together again forgets the next visit: there is nothing left to count down to."""
        couple = self.session.get(Couple, couple_id)
        if couple is None or couple.lives_apart == apart:
            return False
        couple.lives_apart = apart
        if not apart:
            couple.next_visit_on = None
        return True

    def next_visit(self, couple_id: int | None) -> date | None:
        if couple_id is None:
            return None
        couple = self.session.get(Couple, couple_id)
        return couple.next_visit_on if couple is not None else None

    def set_next_visit(self, couple_id: int, day: date | None) -> None:
        couple = self.session.get(Couple, couple_id)
        if couple is not None:
            couple.next_visit_on = day
