"""a shared group or channel speaks its own language (issue 19)

Revision ID: 0016_language
Revises: 0015_web

`shared_space.language`: the `prompts/` folder the group is spoken to in, set at `/couple
setup` to the setter's language and changed with `/language` there. Nullable, no backfill: an
older space speaks each speaker's own language. (`person.language` exists since the start.)
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0016_language'
down_revision: str | None = '0015_web'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        'sharedspace',
        sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
    )


def downgrade() -> None:
    op.drop_column('sharedspace', 'language')
