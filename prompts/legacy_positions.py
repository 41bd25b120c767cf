"""How deck items were named before they had ids: by position in the deck file.

Before revision `0006_decks`, stored state named an item by its 0-based line position. Item
ids were then given in that same order (`<prefix>-<position + 1>`, three digits), so an old
position maps to its id by arithmetic. This table is frozen: it describes the decks as they
were, and must never change. The migration carries its own copy; a test checks the two agree.
"""

from __future__ import annotations

#: Deck name -> (id prefix, how many items the deck had when positions were stored).
LEGACY_DECKS: dict[str, tuple[str, int]] = {
    "appreciation_prompts": ("ap", 74),
    "checkin_reflections": ("cr", 26),
    "dreams": ("dr", 143),
    "listening_prompts": ("lp", 25),
    "new_experiences": ("ne", 60),
    "nudge_appreciation": ("na", 10),
    "nudge_date": ("nd", 10),
    "nudge_dream": ("nr", 10),
    "nudge_hug": ("nh", 11),
    "nudge_progress": ("np", 10),
    "nudge_together": ("nt", 10),
    "quality_time": ("qt", 55),
    "touch_ideas": ("ti", 20),
}


def legacy_item_id(deck: str, position: object) -> str | None:
    """The id of the item that stood at `position` in `deck` before ids, or `None`."""
    if deck not in LEGACY_DECKS or not isinstance(position, int) or isinstance(position, bool):
        return None
    prefix, size = LEGACY_DECKS[deck]
    return f"{prefix}-{position + 1:03d}" if 0 <= position < size else None
