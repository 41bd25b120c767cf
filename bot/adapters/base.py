"""The interface every chat adapter offers the rest of the bot."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol

from bot.engine.events import DeliveryResult, Inbound, Outbound

#: What an adapter calls for each event: the engine's `handle`, returning the replies to send.
Handler = Callable[[Inbound], Awaitable[list[Outbound]]]


class Adapter(Protocol):
    """A platform connection.

    `start` begins receiving events and returns once the adapter is live; for each event it calls
    `handler` and sends the replies it returns. `send` delivers one outbox message and reports
    what the platform said, never raising for platform errors.
    """

    platform: str

    async def start(self, handler: Handler) -> None: ...

    async def stop(self) -> None: ...

    async def send(self, outbound: Outbound) -> DeliveryResult: ...
