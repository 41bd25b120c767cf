"""outbox rows name everyone whose words they carry

Revision ID: 0003_privacy
Revises: 0002_pairing
Create Date: 2026-12-02 05:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0003_privacy'
down_revision: str | None = '0002_pairing'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('outboxmessage', schema=None) as batch_op:
        batch_op.add_column(sa.Column('carries', sa.Text(), server_default='', nullable=False))
    # Who acted is not whose words a row carries; the old column named only the first.
    op.execute("UPDATE outboxmessage SET carries = ' ' || author_id || ' ' "
               "WHERE author_id IS NOT NULL")
    with op.batch_alter_table('outboxmessage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outboxmessage_author_id'))
        batch_op.drop_column('author_id')


def downgrade() -> None:
    with op.batch_alter_table('outboxmessage', schema=None) as batch_op:
        batch_op.add_column(sa.Column('author_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_outboxmessage_author_id'), ['author_id'], unique=False)
        batch_op.drop_column('carries')
