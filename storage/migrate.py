"""Bringing a database's schema up to date with Alembic, from code (no alembic.ini needed).

Several workers may start at once against one PostgreSQL database (a deploy that starts three
processes, each running `migrate` first): a transaction-scoped advisory lock lets one of them
upgrade while the others wait, then find the schema at head and do nothing. PostgreSQL runs
DDL inside the transaction, so a failed upgrade leaves the schema as it was.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: The advisory lock key every Nearer process agrees on ("nearer" in ASCII, as an integer).
MIGRATION_LOCK_KEY = 0x6E6561726572


def alembic_config(url: str) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(engine: Engine) -> None:
    """Apply every migration not yet applied (blocking: call it from a thread or the CLI).

    Safe to run from several processes at once: on PostgreSQL they take turns (see above); on
    SQLite, `Database` begins every transaction with the write lock, so the others wait.
    """
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        hold_migration_lock(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def hold_migration_lock(connection: Connection) -> None:
    """On PostgreSQL, wait for any other process's upgrade and keep others out until this
    transaction ends; elsewhere nothing (SQLite serialises writers by itself)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
