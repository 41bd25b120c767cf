"""What every area of `Store` stands on: the unit of work's session, its connection, and the one
place where the dialect's INSERT (… ON CONFLICT) is chosen.

Each area module (`storage/people.py`, `storage/couples.py`, …) is a class of queries over these;
`storage.store.Store` puts them together. Callers only ever see `Store`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, CursorResult
from sqlmodel import Session

#: Statements built from the dialect's insert, once per (builder, dialect): an INSERT … ON
#: CONFLICT construct costs far more to build than to run, and only its parameters change.
_BUILT: dict[tuple[Callable[[Any], Any], str], Any] = {}


def dialect_insert(dialect: str) -> Any:
    """The dialect's `insert`, which has `on_conflict_do_nothing` / `on_conflict_do_update`."""
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


class StoreBase:
    """One open transaction; never outlives its unit of work."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._dialect: str | None = None
        self._connection: Connection | None = None

    @property
    def dialect(self) -> str:
        if self._dialect is None:
            self._dialect = self.session.get_bind().dialect.name
        return self._dialect

    @property
    def on_postgresql(self) -> bool:
        return self.dialect == "postgresql"

    def run(self, statement: Any, parameters: Any = None) -> CursorResult[Any]:
        """Execute a Core statement on this transaction's connection (no ORM bookkeeping).

        The connection is asked of the session once per unit of work (again only if a commit
        closed it): asking costs about as much as a short statement, and a message runs several."""
        connection = self._connection
        if connection is None or connection.closed:
            connection = self._connection = self.session.connection()
        return connection.execute(statement, parameters)

    def upsert(self, build: Callable[[Any], Any]) -> Any:
        """`build(dialect's insert)`, built once per dialect: the one way to write an
        INSERT … ON CONFLICT (`build` is a module-level function, so it keys the cache)."""
        key = (build, self.dialect)
        statement = _BUILT.get(key)
        if statement is None:
            statement = _BUILT[key] = build(dialect_insert(self.dialect))
        return statement
