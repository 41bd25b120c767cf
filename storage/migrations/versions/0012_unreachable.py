"""a reaction owed to an unreachable person survives a crash (issue 16 follow-up)

Revision ID: 0012_unreachable
Revises: 0013_companion (re-chained after merging main; it was 0010_practices)

`person.unreachable_at`: set by the outbox in the commit that finds someone's private chat
gone, cleared by the engine's reaction in its own commit. Nullable, no backfill.
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0012_unreachable'
down_revision: str | None = '0013_companion'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('unreachable_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True)
        )
        batch_op.create_index(batch_op.f('ix_person_unreachable_at'), ['unreachable_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_unreachable_at'))
        batch_op.drop_column('unreachable_at')
