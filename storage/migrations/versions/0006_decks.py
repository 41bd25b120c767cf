"""deck items are named by stable ids, not by their line position

Revision ID: 0006_decks
Revises: 0004_abuse

Before this revision an open dream question, a saved idea, a "together" entry and the list of
items a couple had seen all stored an item's 0-based position in its deck file, so editing a
deck silently changed the question people got. Ids were given in the old order
(`<prefix>-<position + 1>`), so each stored position becomes the id of the very item it named.
The table below is a frozen copy of `prompts/legacy_positions.py` (a test checks they agree).
"""
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0006_decks'
down_revision: str | None = '0004_abuse'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Deck name -> (id prefix, how many items it had when positions were stored). Frozen.
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
#: Entry kinds whose data named a deck position, the key, and the deck.
ENTRY_POSITIONS = {"dream_answer": ("question", "dreams"), "together": ("idea", "quality_time")}
NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


def to_id(deck: str, position: Any) -> str | None:
    if deck not in LEGACY_DECKS or not isinstance(position, int) or isinstance(position, bool):
        return None
    prefix, size = LEGACY_DECKS[deck]
    return f"{prefix}-{position + 1:03d}" if 0 <= position < size else None


def to_position(deck: str, item_id: Any) -> int | None:
    if deck not in LEGACY_DECKS or not isinstance(item_id, str):
        return None
    prefix, size = LEGACY_DECKS[deck]
    head, _, number = item_id.partition("-")
    if head != prefix or not number.isdecimal() or not 1 <= int(number) <= size:
        return None
    return int(number) - 1


deck_positions = sa.table(
    'deckposition', sa.column('owner', sa.String), sa.column('deck', sa.String),
    sa.column('seen', sa.JSON),
)
entries = sa.table('entry', sa.column('id', sa.Integer), sa.column('kind', sa.String),
                   sa.column('data', sa.JSON))


def _convert_seen(convert: Any) -> None:
    connection = op.get_bind()
    for owner, deck, seen in connection.execute(sa.select(
            deck_positions.c.owner, deck_positions.c.deck, deck_positions.c.seen)).all():
        if deck not in LEGACY_DECKS:
            continue  # internal rows (the `care` memory) keep their own numbers
        new = [value for value in (convert(deck, old) for old in seen or []) if value is not None]
        connection.execute(deck_positions.update().where(
            deck_positions.c.owner == owner, deck_positions.c.deck == deck).values(seen=new))


def _convert_entries(convert: Any) -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.select(entries.c.id, entries.c.kind, entries.c.data).where(
        entries.c.kind.in_(list(ENTRY_POSITIONS)))).all()
    for entry_id, kind, data in rows:
        key, deck = ENTRY_POSITIONS[kind]
        if not isinstance(data, dict) or key not in data:
            continue
        data = {**data, key: convert(deck, data[key])}
        connection.execute(entries.update().where(entries.c.id == entry_id).values(data=data))


def _convert_column(table: str, old: str, new: str, deck: str, convert: Any,
                    new_type: Any, missing: Any) -> None:
    """Copy `old` into a new column through `convert`, then let the new one take its place."""
    connection = op.get_bind()
    high_water = _sqlite_sequence(table)
    with op.batch_alter_table(table, schema=None, table_kwargs=NEVER_REUSE_IDS) as batch_op:
        batch_op.add_column(sa.Column(f'{new}_converted', new_type, nullable=True))
    rows = sa.table(table, sa.column('id', sa.Integer), sa.column(old),
                    sa.column(f'{new}_converted'))
    for row_id, value in connection.execute(sa.select(rows.c.id, rows.c[old])).all():
        converted = convert(deck, value)
        if converted is None and value is not None:
            # A value that named no item (a position past the old deck's end) still names none:
            # the bot shows "question missing" for it, as it did before.
            converted = missing
        connection.execute(rows.update().where(rows.c.id == row_id)
                           .values({f'{new}_converted': converted}))
    with op.batch_alter_table(table, schema=None, table_kwargs=NEVER_REUSE_IDS) as batch_op:
        batch_op.drop_column(old)
        batch_op.alter_column(f'{new}_converted', new_column_name=new,
                              nullable=missing is None)
    _restore_sqlite_sequence(table, high_water)


def _sqlite_sequence(table: str) -> int | None:
    """SQLite's record of the highest id ever used in `table` (rebuilding the table loses it)."""
    connection = op.get_bind()
    if connection.dialect.name != 'sqlite':
        return None
    return connection.execute(sa.text("SELECT seq FROM sqlite_sequence WHERE name = :t"),
                              {"t": table}).scalar()


def _restore_sqlite_sequence(table: str, high_water: int | None) -> None:
    """Ids are never reused: a rebuilt table goes on counting from where the old one was."""
    if high_water is None:
        return
    connection = op.get_bind()
    updated = connection.execute(
        sa.text("UPDATE sqlite_sequence SET seq = max(seq, :seq) WHERE name = :t"),
        {"seq": high_water, "t": table},
    ).rowcount
    if not updated:
        connection.execute(sa.text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :seq)"),
                           {"seq": high_water, "t": table})


def upgrade() -> None:
    item_id = sqlmodel.sql.sqltypes.AutoString(length=16)
    _convert_seen(to_id)
    _convert_entries(to_id)
    _convert_column('dreamround', 'question', 'question', 'dreams', to_id, item_id, 'dr-000')
    _convert_column('bucketitem', 'deck_index', 'deck_item', 'new_experiences', to_id, item_id,
                    None)


def downgrade() -> None:
    # Items added after this revision have no position: their seen marks are dropped, and an
    # open question or saved idea that names one keeps position -1 / none.
    _convert_column('bucketitem', 'deck_item', 'deck_index', 'new_experiences', to_position,
                    sa.Integer(), None)
    _convert_column('dreamround', 'question', 'question', 'dreams', to_position, sa.Integer(), -1)
    _convert_entries(to_position)
    _convert_seen(to_position)
