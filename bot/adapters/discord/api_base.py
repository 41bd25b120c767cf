"""`DISCORD_API_BASE_URL` for one client only, without changing discord.py for the process.

discord.py keeps the API address in one class attribute (`Route.BASE`) shared by every client
and by its webhook adapter (which answers interactions). Changing it would send a second client
in the same process (another bot, a test) to the same place. Instead, this client's HTTP
requests and its interaction answers are rebased on their way out: its `HTTPClient` gets a
rebasing `request`, and its tasks run in a context whose webhook adapter (discord.py's
`async_context`) rebases too. Everything the client does runs in that context: its gateway
task (and every event task discord.py starts from it) and the outbox's sends.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord.http import Route
from discord.webhook.async_ import AsyncWebhookAdapter, async_context

Request = Callable[..., Awaitable[Any]]


def _rebased(request: Request, base: str) -> Request:
    """`request` with the route's address moved from discord.py's default to `base`."""

    @functools.wraps(request)
    async def rebased(route: Route, *args: Any, **kwargs: Any) -> Any:
        default = Route.BASE
        if route.url.startswith(default):
            route.url = base + route.url[len(default) :]
        return await request(route, *args, **kwargs)

    return rebased


def client_context(client: discord.Client, base: str | None) -> contextvars.Context:
    """The context this client's tasks run in; with `base`, its requests go there."""
    context = contextvars.copy_context()
    if base is None:
        return context
    setattr(client.http, "request", _rebased(client.http.request, base))  # noqa: B010
    webhooks = AsyncWebhookAdapter()  # type: ignore[no-untyped-call]
    setattr(webhooks, "request", _rebased(webhooks.request, base))  # noqa: B010
    context.run(async_context.set, webhooks)
    return context
