"""Group commit for SQLite: one writer thread; units of work that arrive while it is busy share
the next transaction, each in its own SAVEPOINT.

SQLite allows one writer at a time and a commit costs far more than the work around it, so
sharing commits is where throughput comes from. Each caller still gets its result only after the
commit that made its changes durable, and one failing unit rolls back only its own savepoint.
"""

from __future__ import annotations

import asyncio
import contextvars
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

MAX_BATCH = 128


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

    unit.loop.call_soon_threadsafe(settle)


class GroupCommitWriter:
    def __init__(self, engine: Engine, *, max_batch: int = MAX_BATCH) -> None:
        self._engine = engine
        self._max_batch = max_batch
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
            batch = [first]
            stop = False
            while len(batch) < self._max_batch:
                try:
                    unit = self._queue.get_nowait()
                except queue.Empty:
                    break
                if unit is None:
                    stop = True
                    break
                batch.append(unit)
            self._run(batch)
            if stop:
                return

    def _run(self, batch: list[_Unit]) -> None:
        self.commits += 1
        self.units += len(batch)
        if len(batch) == 1:
            unit = batch[0]
            try:
                with Session(self._engine, expire_on_commit=False) as session, session.begin():
                    result = unit.context.run(unit.work, session)
            except BaseException as error:
                _settle(unit, error=error)
            else:
                _settle(unit, result)
            return
        outcomes: list[tuple[_Unit, Any, BaseException | None]] = []
        try:
            with Session(self._engine, expire_on_commit=False) as session, session.begin():
                for unit in batch:
                    try:
                        with session.begin_nested():
                            outcomes.append((unit, unit.context.run(unit.work, session), None))
                    except Exception as error:
                        outcomes.append((unit, None, error))
        except BaseException as error:  # the shared commit failed: nobody's work is durable
            for unit in batch:
                _settle(unit, error=error)
            return
        for unit, result, failure in outcomes:
            _settle(unit, result, failure)
