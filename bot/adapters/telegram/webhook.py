"""Webhook mode's HTTP server: Telegram's posts on the hook path, and `/healthz` on the same port.

Nearer serves the hook itself (tornado, which python-telegram-bot's webhook extra brings)
instead of PTB's built-in server, for two reasons:

- the load balancer's health check is answered on the port Telegram posts to (platforms give
  a process one `PORT`), and says whether this worker's database answers;
- an update is acknowledged only after it was handled. A worker that dies halfway leaves the
  post unanswered, Telegram sends the update again (to whichever worker the balancer picks),
  and the database's record of processed update ids makes sure it takes effect once.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

from telegram import Bot, Update
from tornado.httpserver import HTTPServer
from tornado.web import Application, RequestHandler

from bot.adapters.telegram.settings import WebhookSettings

log = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"
#: How long `/healthz` waits for the database before answering 503.
HEALTH_TIMEOUT_SECONDS = 2.0
#: How long stopping waits for updates being handled to finish (unanswered ones come back).
DRAIN_SECONDS = 10.0
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"

#: Handles one update completely (the engine's transaction and the replies).
ProcessUpdate = Callable[[Update], Awaitable[None]]
#: `True` when the database answers (within its own timeout).
HealthCheck = Callable[[], Awaitable[bool]]


class WebhookServer:
    """Listens where `settings` say; `start` returns once the port is bound."""

    def __init__(
        self,
        settings: WebhookSettings,
        bot: Bot,
        process: ProcessUpdate,
        healthy: HealthCheck | None = None,
    ) -> None:
        self.settings = settings
        self.bot = bot
        self.process = process
        self.healthy = healthy
        self.in_flight = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._server: HTTPServer | None = None

    async def start(self) -> None:
        routes: list[Any] = [
            (HEALTH_PATH, _HealthHandler, {"server": self}),
            (f"/{re.escape(self.settings.path)}/?", _UpdateHandler, {"server": self}),
        ]
        application = Application(routes, log_function=_log_request)
        server = HTTPServer(application, xheaders=True)
        server.listen(self.settings.port, address=self.settings.listen)
        self._server = server
        log.info(
            "webhook server listening on %s:%s (/%s and %s)",
            self.settings.listen,
            self.settings.port,
            self.settings.path,
            HEALTH_PATH,
        )

    async def stop(self) -> None:
        """Take no new posts, let the updates being handled finish, then close."""
        server, self._server = self._server, None
        if server is None:
            return
        server.stop()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), DRAIN_SECONDS)
        await server.close_all_connections()

    async def handle(self, update: Update) -> None:
        self.in_flight += 1
        self._idle.clear()
        try:
            await self.process(update)
        finally:
            self.in_flight -= 1
            if not self.in_flight:
                self._idle.set()

    async def check_health(self) -> bool:
        if self.healthy is None:
            return True
        try:
            return await asyncio.wait_for(self.healthy(), HEALTH_TIMEOUT_SECONDS)
        except Exception:
            return False


class _UpdateHandler(RequestHandler):
    """Telegram's post: checked (JSON, the secret), handled, then answered 200."""

    def initialize(self, server: WebhookServer) -> None:
        self.server = server

    async def post(self) -> None:
        if self.request.headers.get("Content-Type", "").split(";")[0] != "application/json":
            self.send_error(HTTPStatus.FORBIDDEN)
            return
        if self.request.headers.get(SECRET_HEADER) != self.server.settings.secret_token:
            log.debug("a webhook post without the right secret was refused")
            self.send_error(HTTPStatus.FORBIDDEN)
            return
        try:
            update = Update.de_json(json.loads(self.request.body), self.server.bot)
        except Exception:
            log.warning("a webhook post that is not a Telegram update was refused")
            self.send_error(HTTPStatus.BAD_REQUEST)
            return
        await self.server.handle(update)
        self.set_status(HTTPStatus.OK)
        self.finish()


class _HealthHandler(RequestHandler):
    """200 `{"status": "ok"}` while the database answers, 503 otherwise."""

    def initialize(self, server: WebhookServer) -> None:
        self.server = server

    async def get(self) -> None:
        healthy = await self.server.check_health()
        self.set_status(HTTPStatus.OK if healthy else HTTPStatus.SERVICE_UNAVAILABLE)
        self.set_header("Cache-Control", "no-store")
        self.finish({"status": "ok" if healthy else "database unavailable"})


def _log_request(handler: RequestHandler) -> None:
    """Routine requests (a post a second, a health check every few) stay out of INFO logs."""
    status = handler.get_status()
    level = logging.WARNING if status >= 500 and status != 503 else logging.DEBUG
    log.log(
        level,
        "%s %s %s %.0f ms",
        status,
        handler.request.method,
        handler.request.path,
        1000 * handler.request.request_time(),
    )
