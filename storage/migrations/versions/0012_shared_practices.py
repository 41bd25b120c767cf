"""date night is agreed by both: a proposed day and time waits on the plan for the partner's yes

Revision ID: 0012_shared_practices
Revises: 0011_distance
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0012_shared_practices'
down_revision: str | None = '0011_distance'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('dateplan', schema=None) as batch_op:
        batch_op.add_column(sa.Column('proposed_by', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('proposed_weekday', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('proposed_minute', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('proposed_timezone', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('dateplan', schema=None) as batch_op:
        batch_op.drop_column('proposed_timezone')
        batch_op.drop_column('proposed_minute')
        batch_op.drop_column('proposed_weekday')
        batch_op.drop_column('proposed_by')
