"""Deck positions: which items of a deck a couple (or a solo person) has seen already."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlmodel import col, select

from storage.base import StoreBase
from storage.models import DeckPosition

_DECK_POSITION = DeckPosition.__table__  # type: ignore[attr-defined]


def _missing_positions(insert: Any) -> Any:
    return insert(_DECK_POSITION).on_conflict_do_nothing()


class DeckQueries(StoreBase):
    def deck_seen(self, owner: str, deck: str) -> list[str | int]:
        """The item ids seen (a few internal rows, like `care`, keep small numbers instead)."""
        position = self.session.get(DeckPosition, (owner, deck))
        return list(position.seen) if position else []

    def set_deck_seen(self, owner: str, deck: str, seen: Sequence[str | int]) -> None:
        position = self.session.get(DeckPosition, (owner, deck))
        if position is None:
            self.session.add(DeckPosition(owner=owner, deck=deck, seen=list(seen)))
        else:
            position.seen = list(seen)

    def load_deck_positions(self, pairs: Iterable[tuple[str, str]]) -> list[DeckPosition]:
        """Make sure these `(owner, deck)` positions exist and are loaded into the session, in two
        statements, so each draw finds its row without a query of its own. (Keep the returned list:
        the session only holds weakly on to what it loaded.)"""
        wanted = sorted(set(pairs))
        if not wanted:
            return []
        owner_list = sorted({owner for owner, _deck in wanted})
        deck_list = sorted({deck for _owner, deck in wanted})
        rows = [{"owner": owner, "deck": deck, "seen": []} for owner, deck in wanted]
        self.run(self.upsert(_missing_positions), rows)
        return list(
            self.session.exec(
                select(DeckPosition).where(
                    col(DeckPosition.owner).in_(owner_list), col(DeckPosition.deck).in_(deck_list)
                )
            ).all()
        )
