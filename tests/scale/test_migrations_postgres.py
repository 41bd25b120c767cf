"""The same Alembic migrations build the schema on PostgreSQL, from the CLI a release step runs,
and several workers starting at once against one fresh database do not trip over each other."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

import storage.tables  # noqa: F401  (registers every table)
from storage.db import Database
from storage.migrate import MIGRATIONS, upgrade
from tests.support.databases import postgres_schema

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_postgres() -> Iterator[str]:
    with postgres_schema() as url:
        yield url


def differences_from_models(url: str) -> list[object]:
    db = Database(url)
    try:
        with db.engine.connect() as connection:
            return list(compare_metadata(MigrationContext.configure(connection), SQLModel.metadata))
    finally:
        db.engine.dispose()


def head_revision() -> str:
    """The newest migration's id, as Alembic sees it (one head)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    [head] = ScriptDirectory.from_config(config).get_heads()
    return str(head)


def applied_revisions(url: str) -> list[str]:
    db = Database(url)
    try:
        with db.engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version"))
            return [row[0] for row in rows]
    finally:
        db.engine.dispose()


def test_python_m_bot_migrate_builds_the_whole_schema_on_a_fresh_postgres(
    fresh_postgres: str, tmp_path: Path
) -> None:
    # The URL as a platform hands it out (`postgres://`), not the driver form.
    handed_out = "postgres://" + fresh_postgres.split("://", 1)[1]
    environment = {**os.environ, "DATABASE_URL": handed_out, "PYTHONPATH": str(ROOT)}
    environment.pop("TELEGRAM_BOT_TOKEN", None)
    finished = subprocess.run(
        [sys.executable, "-m", "bot", "migrate"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    assert "Database is up to date." in finished.stdout
    assert differences_from_models(fresh_postgres) == []
    assert applied_revisions(fresh_postgres) == [head_revision()]


def _migrate_when_all_are_ready(url: str, together: Any, failures: Any) -> None:
    """One worker process: wait until every worker is ready, then migrate."""
    try:
        db = Database(url)
        together.wait()
        upgrade(db.engine)
        db.engine.dispose()
    except BaseException as error:
        failures.put(repr(error))
        raise


def test_workers_starting_together_migrate_one_at_a_time(fresh_postgres: str) -> None:
    """Four worker processes reach `migrate` at the same instant on an empty database: one
    builds the schema, the others wait for it and find nothing left to do; nobody fails."""
    workers = 4
    spawn = multiprocessing.get_context("spawn")
    together = spawn.Barrier(workers, timeout=60)
    failures = spawn.Queue()
    processes = [
        spawn.Process(target=_migrate_when_all_are_ready, args=(fresh_postgres, together, failures))
        for _ in range(workers)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=90)
    stuck = [process for process in processes if process.is_alive()]
    for process in stuck:
        process.kill()
        process.join()
    assert not stuck, f"{len(stuck)} workers still migrating after 90 s"
    reported = [failures.get() for _ in range(failures.qsize())] if not failures.empty() else []
    assert reported == []
    assert [process.exitcode for process in processes] == [0] * workers
    assert differences_from_models(fresh_postgres) == []
    assert applied_revisions(fresh_postgres) == [head_revision()]
