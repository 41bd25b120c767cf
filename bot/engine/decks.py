"""Drawing from the practice decks so a couple never sees a repeat until a deck is exhausted.

Which items an owner has seen is stored per deck (`DeckPosition`); the owner is the couple when
paired (`c<couple id>`, so both partners share one position) and the person when solo
(`p<person id>`). When every item has been seen the deck reshuffles, without handing back the
item just shown.
"""

from __future__ import annotations

import random
import secrets

from bot.engine.gentle_support import in_a_low_stretch
from bot.engine.turn import Turn
from prompts.legacy_positions import legacy_item_id
from storage.people import PersonRow

#: Items that could hurt a couple going through a hard time (see `prompts/loader.py`).
TENDER = "tender"

_SYSTEM_RANDOM: random.Random = secrets.SystemRandom()


def deck_owner(person: PersonRow) -> str:
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
) -> tuple[str, str]:
    """A fresh item of `deck_name` as `(item id, text)`, recorded as seen for `owner`.

    Retired items are never drawn; items tagged `tender` are held back while either partner's
    check-ins are low (`gentle_support.in_a_low_stretch`). `rng` makes draws reproducible.
    """
    deck = turn.prompts.deck(deck_name)
    owner = owner or deck_owner(turn.person)
    eligible = [entry.id for entry in deck.active]
    if any(TENDER in entry.tags for entry in deck.active) and in_a_low_stretch(turn):
        gentle = [entry.id for entry in deck.active if TENDER not in entry.tags]
        eligible = gentle or eligible
    active = {entry.id for entry in deck.active}
    # Ids only: positions stored before ids (ints) were turned into ids by migration 0006.
    seen = [i for i in turn.store.deck_seen(owner, deck_name) if isinstance(i, str)]
    seen_set = set(seen)
    remaining = [i for i in eligible if i not in seen_set]
    if not remaining:
        # A new round: everything is fair again, except the item shown last (no back-to-back).
        last = seen[-1] if seen else None
        seen = []
        remaining = [i for i in eligible if i != last] or eligible
    chosen = (rng or _SYSTEM_RANDOM).choice(remaining)
    turn.store.set_deck_seen(owner, deck_name, [*(i for i in seen if i in active), chosen])
    found = deck.find(chosen)
    assert found is not None
    return chosen, found.text


def item(turn: Turn, deck_name: str, stored: object) -> str | None:
    """The text of an item shown earlier (from a button or a stored round), retired or not;
    `None` if the deck never had it."""
    found_id = resolve_id(deck_name, stored)
    found = turn.prompts.deck(deck_name).find(found_id) if found_id is not None else None
    return found.text if found is not None else None


def resolve_id(deck_name: str, stored: object) -> str | None:
    """The item id that `stored` names: an id as is; a bare number is a position from before
    ids (an old button still in someone's chat), turned into the id it became."""
    if isinstance(stored, str) and stored.isascii() and stored.isdecimal() and len(stored) < 6:
        return legacy_item_id(deck_name, int(stored))
    if isinstance(stored, int):
        return legacy_item_id(deck_name, stored)
    return stored if isinstance(stored, str) else None
