"""Group commit for SQLite: one writer thread; units of work that arrive while it is busy share
the next transaction, each in its own SAVEPOINT.

SQLite allows one writer at a time and a commit costs more than the work around it, so sharing
commits is where throughput under load comes from. Each caller still gets its result only after
the commit that made its changes durable, and one failing unit rolls back only its own savepoint.

A shared transaction is closed once it has run for `COMMIT_WINDOW`, not when a fixed number of
units has run: every unit in it waits for that commit, so an open-ended batch would make the first
person in it wait for everyone behind them (that was the p99 latency at half load).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

#: At most this many units share one commit.
MAX_BATCH = 128
#: After this long in one transaction, commit and answer; later units start the next one.
COMMIT_WINDOW = 0.002


@dataclass
class _Unit:
    work: Callable[[Session], Any]
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[Any]
    context: contextvars.Context = field(default_factory=contextvars.copy_context)


def _settle(unit: _Unit, result: Any = None, error: BaseException | None = None) -> None:
    def settle() -> None:
        if unit.future.done():
            return
        if error is not None:
            unit.future.set_exception(error)
        else:
            unit.future.set_result(result)

    with contextlib.suppress(RuntimeError):  # the caller's loop is closed: nobody waits now
        unit.loop.call_soon_threadsafe(settle)


class GroupCommitWriter:
    def __init__(
        self,
        engine: Engine,
        *,
        max_batch: int = MAX_BATCH,
        commit_window: float = COMMIT_WINDOW,
    ) -> None:
        self._engine = engine
        self._max_batch = max_batch
        self._commit_window = commit_window
        self._queue: queue.SimpleQueue[_Unit | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        #: How many commits and units ran: the benchmark reports the average batch size.
        self.commits = 0
        self.units = 0

    def submit(self, work: Callable[[Session], Any]) -> asyncio.Future[Any]:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        self._ensure_thread()
        self._queue.put(_Unit(work, loop, future))
        return future

    def close(self) -> None:
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(None)
            thread.join()

    def _ensure_thread(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._serve, name="nearer-db-writer", daemon=True
                )
                self._thread.start()

    def _serve(self) -> None:
        while (first := self._queue.get()) is not None:
            if self._run_from(first):
                return

    def _next_waiting(self) -> _Unit | None:
        """The next queued unit, or None when nobody is waiting; raises `_Closing` on close."""
        try:
            unit = self._queue.get_nowait()
        except queue.Empty:
            return None
        if unit is None:
            raise _Closing
        return unit

    def _run_from(self, first: _Unit) -> bool:
        """Run `first` and the units queued behind it in one transaction; True when closing."""
        outcomes: list[tuple[_Unit, Any, BaseException | None]] = []
        closing = False
        deadline = time.monotonic() + self._commit_window
        running: _Unit | None = first
        try:
            with Session(self._engine, expire_on_commit=False) as session, session.begin():
                while running is not None:
                    try:
                        with session.begin_nested():
                            result = running.context.run(running.work, session)
                        outcomes.append((running, result, None))
                    except Exception as error:
                        outcomes.append((running, None, error))
                    running = None
                    if len(outcomes) >= self._max_batch or time.monotonic() >= deadline:
                        break
                    try:
                        running = self._next_waiting()
                    except _Closing:
                        closing = True
        except BaseException as error:  # the shared commit failed: nobody's work is durable
            # Everyone who ran, and the unit that was running if that is what raised.
            for unit, _result, _failure in outcomes:
                _settle(unit, error=error)
            if running is not None:
                _settle(running, error=error)
            return closing
        self.commits += 1
        self.units += len(outcomes)
        for unit, result, failure in outcomes:
            _settle(unit, result, failure)
        return closing


class _Closing(Exception):
    """The close sentinel was dequeued in the middle of a batch."""
