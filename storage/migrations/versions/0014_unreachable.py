"""a reaction owed to an unreachable person survives a crash (issue 16 follow-up)

Revision ID: 0014_unreachable
Revises: 0013_companion

`person.unreachable_at`: set by the outbox in the commit that finds someone's private chat
gone, cleared by the engine's reaction in its own commit. Nullable, no backfill.
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0014_unreachable'
down_revision: str | None = '0013_companion'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # In place, no batch copy: other tables point at `person`.
    op.add_column(
        'person', sa.Column('unreachable_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True)
    )
    op.create_index(op.f('ix_person_unreachable_at'), 'person', ['unreachable_at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_person_unreachable_at'), table_name='person')
    op.drop_column('person', 'unreachable_at')
