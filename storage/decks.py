"""Deck positions: which items of a deck a couple (or a solo person) has seen already."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy import select as select_columns
from sqlalchemy.orm.util import identity_key
from sqlmodel import col, select

from storage.base import StoreBase
from storage.models import DeckPosition

_DECK_POSITION = DeckPosition.__table__  # type: ignore[attr-defined]
_SEEN = select_columns(_DECK_POSITION.c.seen).where(
    _DECK_POSITION.c.owner == bindparam("owner"), _DECK_POSITION.c.deck == bindparam("deck")
)


def _missing_positions(insert: Any) -> Any:
    return insert(_DECK_POSITION).on_conflict_do_nothing()


def _set_seen(insert: Any) -> Any:
    statement = insert(_DECK_POSITION)
    return statement.on_conflict_do_update(
        index_elements=[_DECK_POSITION.c.owner, _DECK_POSITION.c.deck],
        set_={"seen": statement.excluded.seen},
    )


class DeckQueries(StoreBase):
    # A draw (a check-in's reflection, a dream question, an idea) reads and writes its position
    # with Core. The nudge sweep loads many positions into the session beforehand
    # (`load_deck_positions`): a position already loaded is read and changed there instead.

    def _loaded_position(self, owner: str, deck: str) -> DeckPosition | None:
        found = self.session.identity_map.get(identity_key(DeckPosition, (owner, deck)))
        return found if isinstance(found, DeckPosition) else None

    def deck_seen(self, owner: str, deck: str) -> list[str | int]:
        """The item ids seen (a few internal rows, like `care`, keep small numbers instead)."""
        loaded = self._loaded_position(owner, deck)
        if loaded is not None:
            return list(loaded.seen)
        row = self.run(_SEEN, {"owner": owner, "deck": deck}).first()
        return list(row[0]) if row is not None else []

    def set_deck_seen(self, owner: str, deck: str, seen: Sequence[str | int]) -> None:
        loaded = self._loaded_position(owner, deck)
        if loaded is not None:
            loaded.seen = list(seen)
            return
        self.run(self.upsert(_set_seen), {"owner": owner, "deck": deck, "seen": list(seen)})

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
