"""Test databases: a SQLite file per test always, and a private schema on the real PostgreSQL
server when `NEARER_TEST_POSTGRES_URL` points at one that answers.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from storage.db import normalise_database_url

DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test"


def postgres_url() -> str:
    return os.environ.get("NEARER_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)


@lru_cache(maxsize=1)
def postgres_available() -> bool:
    try:
        engine = create_engine(
            normalise_database_url(postgres_url()), connect_args={"connect_timeout": 2}
        )
        with engine.connect() as connection:
            connection.execute(text("select 1"))
        engine.dispose()
        return True
    except Exception:
        return False


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A database URL whose connections live in a fresh schema, dropped afterwards."""
    if not postgres_available():
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL at {postgres_url()} is not reachable in CI")
        pytest.skip(f"PostgreSQL at {postgres_url()} is not reachable")
    base = normalise_database_url(postgres_url())
    schema = f"t_{secrets.token_hex(6)}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@contextmanager
def database_url(backend: str, folder: Path) -> Iterator[str]:
    if backend == "postgres":
        with postgres_schema() as url:
            yield url
    else:
        yield f"sqlite:///{folder / 'nearer.db'}"
