"""Drawing from the practice decks so a couple never sees a repeat until a deck is exhausted.

Which items an owner has seen is stored per deck (`DeckPosition`); the owner is the couple when
paired (`c<couple id>`, so both partners share one position) and the person when solo
(`p<person id>`). When every item has been seen the deck reshuffles, without handing back the
item just shown.
"""

from __future__ import annotations

import random
import secrets

from bot.engine.turn import Turn
from storage.models import Person

_SYSTEM_RANDOM: random.Random = secrets.SystemRandom()


def deck_owner(person: Person) -> str:
    """Whose deck position a draw moves: the couple's when paired, otherwise the person's own."""
    if person.couple_id is not None:
        return f"c{person.couple_id}"
    return f"p{person.id}"


def draw(
    turn: Turn,
    deck_name: str,
    owner: str | None = None,
    *,
    rng: random.Random | None = None,
) -> tuple[int, str]:
    """A fresh item of `deck_name` as `(index, text)`, recorded as seen for `owner`.

    `rng` lets tests make draws reproducible; by default the system's randomness is used.
    """
    deck = turn.prompts.deck(deck_name)
    owner = owner or deck_owner(turn.person)
    seen = [i for i in turn.store.deck_seen(owner, deck_name) if 0 <= i < len(deck)]
    seen_set = set(seen)
    remaining = [i for i in range(len(deck)) if i not in seen_set]
    if not remaining:
        # A new round: everything is fair again, except the item shown last (no back-to-back).
        last = seen[-1] if seen else None
        seen = []
        remaining = [i for i in range(len(deck)) if i != last] or list(range(len(deck)))
    index = (rng or _SYSTEM_RANDOM).choice(remaining)
    turn.store.set_deck_seen(owner, deck_name, [*seen, index])
    return index, deck.items[index]


def item(turn: Turn, deck_name: str, index: int) -> str | None:
    """The text of an item shown earlier (from a button or a stored round); `None` if gone."""
    deck = turn.prompts.deck(deck_name)
    if 0 <= index < len(deck):
        return deck.items[index]
    return None
