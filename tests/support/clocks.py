"""The clocks tests hand the bot instead of the wall clock (one of each kind, for every test)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class Clock:
    """Stands still at `start` until a test moves it: engine stories, where nothing else runs."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class MovableClock:
    """Real time plus an offset: the outbox keeps running while a test skips ahead."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, **delta: float) -> None:
        self.offset += timedelta(**delta)
