"""The database handle: picks the driver from the URL operators are given and runs each unit of
work in a worker thread, so the event loop never waits on disk or network I/O.

One unit of work is one transaction: the engine's state change and the outbox rows it produced
commit together or not at all.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import os
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine

from storage.group_commit import GroupCommitWriter

T = TypeVar("T")

SQLITE_BUSY_TIMEOUT_MS = 5000
#: What people wrote is in these files: only the account that runs Nearer may read them.
PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def in_memory_url(url: str) -> bool:
    return url in ("sqlite://", "sqlite:///:memory:")


def normalise_database_url(url: str) -> str:
    """Accept `sqlite:///…`, `postgresql://…` and Heroku-style `postgres://…`; choose the driver."""
    url = url.strip()
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    if url.startswith(("postgresql+asyncpg://", "postgresql+psycopg2://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith("sqlite+aiosqlite://"):
        url = "sqlite://" + url.split("://", 1)[1]
    make_url(url)  # raises ArgumentError with a clear message for nonsense
    return url


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the pysqlite driver, decide where transactions begin: the driver's own
    # handling breaks SAVEPOINTs, which group commit relies on.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # Wait for other processes first: switching to WAL needs the write lock, and a second worker
    # opening the file while the first one writes would otherwise fail at once ("locked").
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    _use_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted rows are overwritten with zeros, so what someone asked us to forget does not
    # linger in free pages of the file (see storage/housekeeping.py for the WAL).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _use_wal(cursor: Any) -> None:
    """Switch the file to WAL once. Two processes opening a new file together may both try;
    the loser is told "locked" at once (SQLite does not wait for this one), so it waits a
    moment and finds the file already switched."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        try:
            cursor.execute("PRAGMA journal_mode=WAL")  # (an in-memory database stays "memory")
            return
        except sqlite3.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _begin_immediately(connection: Any) -> None:
    """Take SQLite's write lock when the transaction starts, not halfway through it: another
    process then waits (busy timeout) instead of failing with "database is locked".

    Sent straight to the driver: every unit of work begins here, and SQLAlchemy's statement
    machinery would cost more than SQLite's own work for this one."""
    connection.connection.driver_connection.execute("BEGIN IMMEDIATE")


class Database:
    """Owns the SQLAlchemy engine and the threads that talk to it.

    Statement parameters are hidden from SQLAlchemy's errors and echo: they are what people
    wrote, and a failed statement's error is logged.

    SQLite gets a single writer thread (SQLite serialises writers anyway, and one thread avoids
    lock contention inside the process); PostgreSQL gets a small pool.
    """

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = normalise_database_url(url)
        self.is_sqlite = self.url.startswith("sqlite")
        if self.is_sqlite:
            self._prepare_sqlite_folder()
            in_memory = in_memory_url(self.url)
            self.engine: Engine = create_engine(
                self.url,
                echo=echo,
                hide_parameters=True,
                connect_args={"check_same_thread": False},
                poolclass=StaticPool if in_memory else None,
            )
            event.listen(self.engine, "connect", _set_sqlite_pragmas)
            event.listen(self.engine, "begin", _begin_immediately)
            workers = 1
        else:
            self.engine = create_engine(
                self.url, echo=echo, hide_parameters=True, pool_size=8, pool_pre_ping=True
            )
            workers = 8
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="nearer-db")
        self._writer = (
            GroupCommitWriter(self.engine)
            if self.is_sqlite and not in_memory_url(self.url)
            else None
        )
        self._probe: asyncio.Future[None] | None = None

    def _prepare_sqlite_folder(self) -> None:
        database = make_url(self.url).database
        if database and database != ":memory:":
            make_private_file(Path(database).expanduser())

    def create_all(self) -> None:
        """Create the tables straight from the models (tests); deployments use `migrate`."""
        import storage.tables  # noqa: F401  (every table, whichever modules were imported yet)

        SQLModel.metadata.create_all(self.engine)

    def transaction(self, work: Callable[[Session], T]) -> T:
        """Run `work` in one transaction on the calling thread (blocking; for threads and CLI)."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            return work(session)

    async def run(self, work: Callable[[Session], T]) -> T:
        """Run `work` in one transaction on a database thread; the loop stays free meanwhile.

        On SQLite, units of work that queue up while one commits share the next commit, each in
        its own SAVEPOINT: the result still comes back only after it is durable.
        """
        if self._writer is not None:
            result: T = await self._writer.submit(work)
            return result
        loop = asyncio.get_running_loop()
        context = contextvars.copy_context()
        call = functools.partial(context.run, self.transaction, work)
        return await loop.run_in_executor(self._executor, call)

    async def answers(self) -> bool:
        """Whether the database runs a query (health checks; the caller bounds the wait).

        Checks that come while one is still waiting share it, so a database that hangs ties
        up one worker thread, not one per check."""
        if self._probe is None or self._probe.done():
            self._probe = asyncio.ensure_future(self.run(_select_one))
        try:
            await asyncio.shield(self._probe)
        except Exception:
            return False
        return True

    async def dispose(self) -> None:
        if self._writer is not None:
            await asyncio.to_thread(self._writer.close)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._executor, self.engine.dispose)
        self._executor.shutdown(wait=True)


def make_private_folder(folder: Path) -> None:
    """Create `folder` (and missing parents) readable by the owner only. An existing folder is
    left as it is: it may be shared (`/var/lib`), and what matters is in the files."""
    missing = [path for path in (folder, *folder.parents) if not path.exists()]
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=PRIVATE_FOLDER_MODE)
        os.chmod(path, PRIVATE_FOLDER_MODE)  # mkdir's mode is narrowed by the umask, not widened


def make_private_file(database: Path) -> None:
    """Create the SQLite file as owner-only before SQLite opens it: its `-wal` and `-shm` files
    take the database file's permissions. A file from before (world-readable) is tightened."""
    make_private_folder(database.parent)
    os.close(os.open(database, os.O_CREAT | os.O_RDONLY, PRIVATE_FILE_MODE))
    for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
        with contextlib.suppress(FileNotFoundError, PermissionError):
            os.chmod(path, PRIVATE_FILE_MODE)


def _select_one(session: Session) -> None:
    session.execute(text("SELECT 1"))
