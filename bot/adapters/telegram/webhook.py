"""Webhook mode's HTTP server: Telegram's posts on the hook path, and `/healthz` on the same port.

Nearer serves the hook itself (tornado, which python-telegram-bot's webhook extra brings)
instead of PTB's built-in server, for two reasons:

- the load balancer's health check is answered on the port Telegram posts to (platforms give
  a process one `PORT`), and says whether this worker's database answers;
- an update is acknowledged only after it was handled. A worker that dies halfway leaves the
  post unanswered, Telegram sends the update again (to whichever worker the balancer picks),
  and the database's record of processed update ids makes sure it takes effect once.

The port is open to the internet, so a post is judged on its headers before a byte of its body is
read (the secret, compared in constant time; the declared size), and no body grows past
`MAX_BODY_BYTES`: a stranger's posts cost a connection, never memory.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import re
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

from telegram import Bot, Update
from tornado.httpserver import HTTPServer
from tornado.httputil import HTTPHeaders
from tornado.web import Application, RequestHandler, stream_request_body

from bot.adapters.telegram.settings import WebhookSettings

log = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"
#: How long `/healthz` waits for the database before answering 503.
HEALTH_TIMEOUT_SECONDS = 2.0
#: How long stopping waits for updates being handled to finish (unanswered ones come back).
DRAIN_SECONDS = 10.0
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
#: The largest post taken. A Telegram update is a few kilobytes (text is at most 4,096
#: characters); anything near this is not one.
MAX_BODY_BYTES = 1024 * 1024

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
        server = HTTPServer(application, xheaders=True, max_body_size=MAX_BODY_BYTES)
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


@stream_request_body
class _UpdateHandler(RequestHandler):
    """Telegram's post: its headers checked (JSON, the secret, the size) before the body is read,
    the body taken up to `MAX_BODY_BYTES`, the update handled, then answered 200."""

    def initialize(self, server: WebhookServer) -> None:
        self.server = server
        self.body = bytearray()
        #: Why this post is refused (decided from its headers alone), if it is.
        self.refusal: HTTPStatus | None = None

    def prepare(self) -> None:
        """Runs once the headers are in, before any of the body is read. A refused post with a
        small declared body is drained unread and answered in `post` (a client gets its answer,
        not a reset); any other refused post is answered now and the connection closed, its body
        never read."""
        self.refusal = _refusal(self.request.headers, self.server.settings.secret_token)
        if self.refusal is None:
            return
        declared = self.request.headers.get("Content-Length", "")
        if not (declared.isdigit() and int(declared) <= MAX_BODY_BYTES):
            self.send_error(self.refusal)

    def data_received(self, chunk: bytes) -> None:
        # The connection's own limit (max_body_size) stops a body sent in chunks past the cap.
        if self.refusal is None:
            self.body += chunk

    async def post(self) -> None:
        if self.refusal is not None:
            self.send_error(self.refusal)
            return
        try:
            update = Update.de_json(json.loads(self.body), self.server.bot)
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


def _refusal(headers: HTTPHeaders, secret_token: str) -> HTTPStatus | None:
    """What a post's headers alone say: `None` when it may be read."""
    if headers.get("Content-Type", "").split(";")[0] != "application/json":
        return HTTPStatus.FORBIDDEN
    if not _secret_matches(headers.get(SECRET_HEADER, ""), secret_token):
        log.debug("a webhook post without the right secret was refused")
        return HTTPStatus.FORBIDDEN
    declared = headers.get("Content-Length")
    if declared is not None and not declared.isdigit():
        return HTTPStatus.BAD_REQUEST
    if declared is not None and int(declared) > MAX_BODY_BYTES:
        log.warning("a webhook post of %s bytes was refused: too large for an update", declared)
        return HTTPStatus.REQUEST_ENTITY_TOO_LARGE
    return None


def _secret_matches(given: str, expected: str) -> bool:
    """Constant-time comparison, so the secret cannot be guessed a character at a time."""
    return hmac.compare_digest(given.encode(), expected.encode())


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
