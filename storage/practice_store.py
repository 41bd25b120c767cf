"""Love-map rounds, the couple's rituals and their own cards (the practices of issue 18), as
one area of `Store`: flows call these through `turn.store`, inside its transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, delete, or_
from sqlmodel import col, select

from storage.base import StoreBase
from storage.models import Entry
from storage.people import PersonRow
from storage.practice_models import LoveMapRound, OwnCard, Ritual


class LoveMapsRitualsCardsQueries(StoreBase):
    # -- love maps -----------------------------------------------------------------------------

    def open_lovemap_round(self, couple_id: int) -> LoveMapRound | None:
        """The couple's unrevealed love-map round, if any (there is at most one)."""
        return self.session.exec(
            select(LoveMapRound)
            .where(LoveMapRound.couple_id == couple_id, col(LoveMapRound.revealed_at).is_(None))
            .order_by(col(LoveMapRound.id).desc())
        ).first()

    def lovemap_round(self, round_id: int, *, lock: bool = False) -> LoveMapRound | None:
        """One round; `lock` holds its row (PostgreSQL) so two last answers reveal once."""
        query = select(LoveMapRound).where(LoveMapRound.id == round_id)
        if lock and self.on_postgresql:
            query = query.with_for_update()
        return self.session.exec(query).first()

    def add_lovemap_round(
        self, couple_id: int, subject_id: int, question: str, now: datetime
    ) -> LoveMapRound:
        found = LoveMapRound(
            couple_id=couple_id, person_id=subject_id, question=question, opened_at=now
        )
        self.session.add(found)
        self.session.flush()
        return found

    def drop_lovemap_round(self, found: LoveMapRound) -> None:
        """An unanswered round given up (the partner started their own): nothing written goes."""
        self.session.delete(found)
        self.session.flush()

    def lovemap_entries(self, found: LoveMapRound, kind: str) -> list[Entry]:
        """The entries of `kind` written for this round (answer or guess), oldest first."""
        entries = self.session.exec(
            select(Entry)
            .where(
                Entry.kind == kind,
                Entry.couple_id == found.couple_id,
                col(Entry.created_at) >= found.opened_at,
            )
            .order_by(col(Entry.created_at), col(Entry.id))
        ).all()
        return [entry for entry in entries if entry.data.get("round") == found.id]

    # -- rituals -------------------------------------------------------------------------------

    def our_rituals(self, couple_id: int) -> Sequence[Ritual]:
        return self.session.exec(select(Ritual).where(Ritual.couple_id == couple_id)).all()

    def our_ritual(self, couple_id: int, kind: str) -> Ritual | None:
        return self.session.exec(
            select(Ritual).where(Ritual.couple_id == couple_id, Ritual.kind == kind)
        ).first()

    def save_ritual(
        self, couple_id: int, author_id: int, kind: str, text: str, now: datetime
    ) -> Ritual:
        """Write or rewrite the couple's ritual of `kind`; the writer becomes its author."""
        ritual = self.our_ritual(couple_id, kind)
        if ritual is None:
            ritual = Ritual(
                couple_id=couple_id, person_id=author_id, kind=kind, text=text, updated_at=now
            )
            self.session.add(ritual)
        ritual.person_id, ritual.text, ritual.updated_at = author_id, text, now
        self.session.flush()
        return ritual

    def remove_ritual(self, couple_id: int, kind: str) -> bool:
        result = self.session.execute(
            delete(Ritual).where(col(Ritual.couple_id) == couple_id, col(Ritual.kind) == kind)
        )
        return bool(getattr(result, "rowcount", 0))

    def rituals_to_export(self, person: PersonRow) -> Sequence[Ritual]:
        """The couple's rituals, and any this person wrote with an earlier partner."""
        return self.session.exec(
            select(Ritual)
            .where(_mine_or_ours(person, Ritual.person_id, Ritual.couple_id))
            .order_by(col(Ritual.id))
        ).all()

    # -- our own cards -------------------------------------------------------------------------

    def our_cards(self, couple_id: int, deck: str | None = None) -> Sequence[OwnCard]:
        """The couple's own cards (of one deck, or all), oldest first."""
        query = select(OwnCard).where(OwnCard.couple_id == couple_id)
        if deck is not None:
            query = query.where(OwnCard.deck == deck)
        return self.session.exec(query.order_by(col(OwnCard.id))).all()

    def our_card(self, couple_id: int, card_id: int) -> OwnCard | None:
        """One of the couple's own cards; `None` for anyone else's (a button can be forged)."""
        return self.session.exec(
            select(OwnCard).where(OwnCard.id == card_id, OwnCard.couple_id == couple_id)
        ).first()

    def add_card(
        self, couple_id: int, author_id: int, deck: str, text: str, now: datetime
    ) -> OwnCard:
        card = OwnCard(couple_id=couple_id, person_id=author_id, deck=deck, text=text, added_at=now)
        self.session.add(card)
        self.session.flush()
        return card

    def remove_card(self, card: OwnCard) -> None:
        self.session.delete(card)
        self.session.flush()

    def cards_to_export(self, person: PersonRow) -> Sequence[OwnCard]:
        """The couple's own cards, and any this person wrote with an earlier partner."""
        return self.session.exec(
            select(OwnCard)
            .where(_mine_or_ours(person, OwnCard.person_id, OwnCard.couple_id))
            .order_by(col(OwnCard.id))
        ).all()


def _mine_or_ours(
    person: PersonRow, person_column: object, couple_column: object
) -> ColumnElement[bool]:
    """Rows this person wrote, or rows of their couple now."""
    mine = col(person_column) == person.id  # type: ignore[arg-type]
    if person.couple_id is None:
        return mine
    return or_(mine, col(couple_column) == person.couple_id)  # type: ignore[arg-type]
