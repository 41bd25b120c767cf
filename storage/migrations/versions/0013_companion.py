"""people tell their time zone before nudges begin

Revision ID: 0013_companion
Revises: 0012_shared_practices

New people start on UTC until they say where they are (a city, an offset or a shared location);
their nudges wait until then. Everyone already here keeps getting theirs: their zone counts as
known.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0013_companion'
down_revision: str | None = '0012_shared_practices'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        'person',
        sa.Column('timezone_known', sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.execute(sa.text("UPDATE person SET timezone_known = :known").bindparams(known=True))


def downgrade() -> None:
    # In place (SQLite ≥ 3.35): a batch copy of `person` would drop a table others point at.
    op.drop_column('person', 'timezone_known')
