"""The interface every chat adapter offers the rest of the bot."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from bot.engine.events import DeliveryResult, Inbound, Outbound

#: What an adapter calls for each event: the engine's `handle`, returning the replies to send.
Handler = Callable[[Inbound], Awaitable[list[Outbound]]]


@dataclass(frozen=True, slots=True)
class Window:
    """At most `count` messages in any `period` seconds."""

    count: int
    period: float

    @property
    def per_second(self) -> float:
        return self.count / self.period


@dataclass(frozen=True, slots=True)
class RateLimits:
    """One platform's sending limits, declared by its adapter as its `rate_limits` capability
    (the outbox paces its sends with them, `bot/rate_limits.py`)."""

    overall: Window
    per_chat: Window
    per_group: Window


class Adapter(Protocol):
    """A platform connection.

    `start` begins receiving events and returns once the adapter is live; for each event it calls
    `handler` and sends the replies it returns. `send` delivers one outbox message and reports
    what the platform said, never raising for platform errors.
    """

    platform: str

    def invite_link(self, code: str) -> str | None:
        """A capability (`bot/engine/capabilities.py`): a link that opens the bot and joins
        with `code`, or `None` where the platform has no such link."""
        ...

    def can_ask_location(self, *, private: bool) -> bool:
        """A capability: whether a message can carry a "share my location" button there."""
        ...

    async def start(self, handler: Handler) -> None: ...

    async def stop(self) -> None: ...

    async def send(self, outbound: Outbound) -> DeliveryResult: ...
