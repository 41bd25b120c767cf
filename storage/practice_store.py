"""Queries for the practices of issue 18 (love maps, repair, rituals): each function takes the
turn's `Store` and works inside its transaction, so flows never hold a session themselves."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, or_
from sqlmodel import col, select

from storage.models import Entry, Person
from storage.practice_models import LoveMapRound, OwnCard, Ritual
from storage.store import Store

# -- love maps -------------------------------------------------------------------------------


def open_lovemap_round(store: Store, couple_id: int) -> LoveMapRound | None:
    """The couple's unrevealed love-map round, if any (there is at most one)."""
    return store.session.exec(
        select(LoveMapRound)
        .where(LoveMapRound.couple_id == couple_id, col(LoveMapRound.revealed_at).is_(None))
        .order_by(col(LoveMapRound.id).desc())
    ).first()


def lovemap_round(store: Store, round_id: int) -> LoveMapRound | None:
    return store.session.get(LoveMapRound, round_id)


def lovemap_round_for_update(store: Store, round_id: int) -> LoveMapRound | None:
    """The round, locked until the transaction ends: two last answers racing reveal once."""
    return store.session.exec(
        select(LoveMapRound).where(LoveMapRound.id == round_id).with_for_update()
    ).first()


def add_lovemap_round(
    store: Store, couple_id: int, subject_id: int, question: str, now: datetime
) -> LoveMapRound:
    found = LoveMapRound(
        couple_id=couple_id, person_id=subject_id, question=question, opened_at=now
    )
    store.session.add(found)
    store.session.flush()
    return found


def drop_lovemap_round(store: Store, found: LoveMapRound) -> None:
    """An unanswered round given up (the partner started their own): nothing written is lost."""
    store.session.delete(found)
    store.session.flush()


def lovemap_entries(store: Store, found: LoveMapRound, kind: str) -> list[Entry]:
    """The entries of `kind` written for this round (the answer, or the guess), oldest first."""
    entries = store.session.exec(
        select(Entry)
        .where(
            Entry.kind == kind,
            Entry.couple_id == found.couple_id,
            col(Entry.created_at) >= found.opened_at,
        )
        .order_by(col(Entry.created_at), col(Entry.id))
    ).all()
    return [entry for entry in entries if entry.data.get("round") == found.id]


# -- rituals ---------------------------------------------------------------------------------


def our_rituals(store: Store, couple_id: int) -> Sequence[Ritual]:
    return store.session.exec(select(Ritual).where(Ritual.couple_id == couple_id)).all()


def our_ritual(store: Store, couple_id: int, kind: str) -> Ritual | None:
    return store.session.exec(
        select(Ritual).where(Ritual.couple_id == couple_id, Ritual.kind == kind)
    ).first()


def save_ritual(
    store: Store, couple_id: int, author_id: int, kind: str, text: str, now: datetime
) -> Ritual:
    """Write or rewrite the couple's ritual of `kind`; the writer becomes its author."""
    ritual = our_ritual(store, couple_id, kind)
    if ritual is None:
        ritual = Ritual(
            couple_id=couple_id, person_id=author_id, kind=kind, text=text, updated_at=now
        )
        store.session.add(ritual)
    ritual.person_id, ritual.text, ritual.updated_at = author_id, text, now
    store.session.flush()
    return ritual


def remove_ritual(store: Store, couple_id: int, kind: str) -> bool:
    result = store.session.execute(
        delete(Ritual).where(col(Ritual.couple_id) == couple_id, col(Ritual.kind) == kind)
    )
    return bool(getattr(result, "rowcount", 0))


def rituals_to_export(store: Store, person: Person) -> Sequence[Ritual]:
    """The couple's rituals, and any this person wrote with an earlier partner."""
    mine = col(Ritual.person_id) == person.id
    ours = col(Ritual.couple_id) == person.couple_id if person.couple_id is not None else mine
    return store.session.exec(select(Ritual).where(or_(mine, ours)).order_by(col(Ritual.id))).all()


# -- our own cards ---------------------------------------------------------------------------


def our_cards(store: Store, couple_id: int, deck: str | None = None) -> Sequence[OwnCard]:
    """The couple's own cards (of one deck, or all), oldest first."""
    query = select(OwnCard).where(OwnCard.couple_id == couple_id)
    if deck is not None:
        query = query.where(OwnCard.deck == deck)
    return store.session.exec(query.order_by(col(OwnCard.id))).all()


def our_card(store: Store, couple_id: int, card_id: int) -> OwnCard | None:
    """One of the couple's own cards; `None` for anyone else's (a button can be forged)."""
    return store.session.exec(
        select(OwnCard).where(OwnCard.id == card_id, OwnCard.couple_id == couple_id)
    ).first()


def add_card(
    store: Store, couple_id: int, author_id: int, deck: str, text: str, now: datetime
) -> OwnCard:
    card = OwnCard(couple_id=couple_id, person_id=author_id, deck=deck, text=text, added_at=now)
    store.session.add(card)
    store.session.flush()
    return card


def remove_card(store: Store, card: OwnCard) -> None:
    store.session.delete(card)
    store.session.flush()


def cards_to_export(store: Store, person: Person) -> Sequence[OwnCard]:
    """The couple's own cards, and any this person wrote with an earlier partner."""
    mine = col(OwnCard.person_id) == person.id
    ours = col(OwnCard.couple_id) == person.couple_id if person.couple_id is not None else mine
    return store.session.exec(
        select(OwnCard).where(or_(mine, ours)).order_by(col(OwnCard.id))
    ).all()
