"""Our own cards: questions a couple added to the `dreams` and `love_maps` decks.

They are drawn for that couple only, beside the deck's items: a card never drawn yet comes
first (the couple added it to be asked it), after that each card is as likely as any deck item
and the least recently drawn goes first. Stored state names a card `own-<id>`, and a card is
read back only for the couple that owns it: another couple holding the same id reads nothing.
"""

from __future__ import annotations

import random
import secrets
from datetime import datetime

from bot.engine.decks import draw, item
from bot.engine.turn import Turn
from storage.practice_models import OwnCard

#: The decks a couple can add their own questions to.
DECKS = ("dreams", "love_maps")
PREFIX = "own-"

_SYSTEM_RANDOM: random.Random = secrets.SystemRandom()


def card_id(card: OwnCard) -> str:
    return f"{PREFIX}{card.id}"


def draw_ours(turn: Turn, deck_name: str, *, rng: random.Random | None = None) -> tuple[str, str]:
    """A question for this couple as `(id, text)`: one of their own cards, or a deck item."""
    couple_id = turn.person.couple_id
    cards = list(turn.store.our_cards(couple_id, deck_name)) if couple_id is not None else []
    chosen = next((card for card in cards if card.drawn_at is None), None)
    if chosen is None and cards:
        in_deck = len(turn.prompts.deck(deck_name).active)
        if (rng or _SYSTEM_RANDOM).random() < len(cards) / (len(cards) + in_deck):
            chosen = min(cards, key=lambda card: card.drawn_at or datetime.min)
    if chosen is None:
        return draw(turn, deck_name, rng=rng)
    chosen.drawn_at = turn.now
    return card_id(chosen), chosen.text


def question_text(turn: Turn, deck_name: str, stored: object) -> str | None:
    """The words of a question stored earlier: a deck item, or one of this couple's own cards
    (`None` if it is gone, or not theirs)."""
    if isinstance(stored, str) and stored.startswith(PREFIX):
        number = stored.removeprefix(PREFIX)
        couple_id = turn.person.couple_id
        if not (number.isascii() and number.isdecimal() and len(number) < 12) or couple_id is None:
            return None
        card = turn.store.our_card(couple_id, int(number))
        return card.text if card is not None and card.deck == deck_name else None
    return item(turn, deck_name, stored)
