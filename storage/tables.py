"""Imports every module that defines tables, so metadata (and Alembic) sees them all."""

from storage import (
    models,  # noqa: F401
    nudge_models,  # noqa: F401
    practice_models,  # noqa: F401
    web_models,  # noqa: F401
)
