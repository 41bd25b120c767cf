"""daily cap on messages to the partner: a per-person count for one local day

Revision ID: 0004_abuse
Revises: 0003_privacy
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004_abuse'
down_revision: str | None = '0003_privacy'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('partner_messages_on', sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column('partner_messages_count', sa.Integer(), nullable=False, server_default='0')
        )


def downgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('partner_messages_count')
        batch_op.drop_column('partner_messages_on')
