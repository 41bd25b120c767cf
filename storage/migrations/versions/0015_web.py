"""the web page: one-time links and signed-in browsers (issue 20)

Revision ID: 0015_web
Revises: 0014_unreachable

Two new tables; tokens are stored as their SHA-256 only. Both name the person, so `/forget`
removes their rows.
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0015_web'
down_revision: str | None = '0014_unreachable'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'weblink',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('token_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('expires_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('used_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(['person_id'], ['person.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('token_hash'),
    )
    op.create_index(op.f('ix_weblink_expires_at'), 'weblink', ['expires_at'], unique=False)
    op.create_index(op.f('ix_weblink_person_id'), 'weblink', ['person_id'], unique=False)
    op.create_table(
        'websession',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('token_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('couple_id', sa.Integer(), nullable=True),
        sa.Column('csrf_token', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('expires_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['person_id'], ['person.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('token_hash'),
    )
    op.create_index(op.f('ix_websession_expires_at'), 'websession', ['expires_at'], unique=False)
    op.create_index(op.f('ix_websession_person_id'), 'websession', ['person_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_websession_person_id'), table_name='websession')
    op.drop_index(op.f('ix_websession_expires_at'), table_name='websession')
    op.drop_table('websession')
    op.drop_index(op.f('ix_weblink_person_id'), table_name='weblink')
    op.drop_index(op.f('ix_weblink_expires_at'), table_name='weblink')
    op.drop_table('weblink')
