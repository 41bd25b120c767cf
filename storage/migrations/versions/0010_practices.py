"""the practices of issue 18: love-map rounds, the couple's rituals and their own cards

Revision ID: 0010_practices
Revises: 0006_decks

New tables only; nothing existing changes. Each row names its person (`person_id`), so
`/forget` removes it with everything else of theirs.
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0010_practices'
down_revision: str | None = '0006_decks'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('lovemapround',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('couple_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('question', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('opened_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('revealed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('lovemapround', schema=None) as batch_op:
        batch_op.create_index('ix_lovemapround_couple_open', ['couple_id', 'revealed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_lovemapround_person_id'), ['person_id'], unique=False)

    op.create_table('ritual',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('couple_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('couple_id', 'kind'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('ritual', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ritual_person_id'), ['person_id'], unique=False)

    op.create_table('owncard',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('couple_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('deck', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('added_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('drawn_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('owncard', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_owncard_couple_id'), ['couple_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_owncard_person_id'), ['person_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('owncard', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_owncard_person_id'))
        batch_op.drop_index(batch_op.f('ix_owncard_couple_id'))
    op.drop_table('owncard')
    with op.batch_alter_table('ritual', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ritual_person_id'))
    op.drop_table('ritual')
    with op.batch_alter_table('lovemapround', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lovemapround_person_id'))
        batch_op.drop_index('ix_lovemapround_couple_open')
    op.drop_table('lovemapround')
