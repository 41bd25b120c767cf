"""a couple can say it lives apart, with the day of its next visit

Revision ID: 0011_distance
Revises: 0010_practices (written on 0006_decks; chained after the practices migration once it landed on main)

Long-distance mode: `/together`, `/hug`, `/date` and their nudges offer versions that work
apart (a call, a voice note, watching the same thing at once) and count down to the next visit.
Both columns belong to the couple, so either partner may change them. Existing couples are
taken to live together, as the bot assumed until now.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0011_distance'
down_revision: str | None = '0010_practices'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy): SQLite adds a column with a constant default in place,
    # while a batch copy of `couple` would have to drop a table that date plans point at.
    op.add_column(
        'couple', sa.Column('lives_apart', sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.add_column('couple', sa.Column('next_visit_on', sa.Date(), nullable=True))


def downgrade() -> None:
    # SQLite ≥ 3.35 drops a column in place too.
    op.drop_column('couple', 'next_visit_on')
    op.drop_column('couple', 'lives_apart')
