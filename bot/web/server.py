"""The "Us" page's HTTP server, run by Nearer's own process (aiohttp) beside the adapters.

Who may see what, and how:

- Telegram: the Mini App opens `/tg`; Nearer's own script there posts Telegram's signed launch
  data (`initData`) back to `/tg`, where it is checked (`auth.check_init_data`) and taken once.
- Elsewhere: `/us` in a chat answers with a one-time link `/l/<token>`. Opening it shows a
  button; only the button's POST takes the link (link previews fetch with GET and must not use
  it up). A link works once, within ten minutes.
- Either way the browser gets a session (`signin.py`): `/forget` deletes it, `/unpair` makes it
  open nothing.
- Views (`views.py`, `pages.py`) read what the chat would show the person, nothing more.
- Every change is a POST with the session's form token and a one-off form id, handled by the
  engine as the chat's own command or button (`changes.py`).
- Every response carries a strict Content-Security-Policy (`guard.py`); scripts, styles and
  images are Nearer's own files, no third-party request of any kind. Each person (and, before
  signing in, each address) is rate limited.
"""

from __future__ import annotations

import logging
import mimetypes
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web

from bot.engine import Engine
from bot.engine.chart_request import ChartRenderer, ChartSpec
from bot.engine.limits import Admission, RateLimiter
from bot.web import auth, pages
from bot.web.changes import NOTES, Changes
from bot.web.guard import MAX_FORM_BYTES, TOKEN, Refusal, read_form, secure_headers
from bot.web.render import STATIC, page, refusal
from bot.web.settings import WebSettings
from bot.web.signin import COOKIE, SignIn
from bot.web.views import VIEWS, look_as
from bot.web.words import Words
from storage.store import Store
from storage.web_links import SignedIn

log = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"
#: Per person (and per address before sign-in): a burst of pages, then one every two seconds.
REQUESTS_PER_MINUTE = 30
REQUEST_BURST = 40
STATIC_FILES = frozenset({"us.css", "us.js", "icon.svg"})

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class WebServer:
    """Serves the page for `engine`'s people; `telegram_token` enables Mini App sign-in,
    `chart_renderer` the progress chart."""

    def __init__(
        self,
        settings: WebSettings,
        engine: Engine,
        *,
        telegram_token: str | None = None,
        chart_renderer: ChartRenderer | None = None,
        requests_per_minute: float = REQUESTS_PER_MINUTE,
        request_burst: int = REQUEST_BURST,
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.telegram_token = telegram_token
        self.chart_renderer = chart_renderer
        #: Where the page is: the settings' address, or the port a console had to take.
        self.base_url = settings.base_url
        self.limiter = RateLimiter(per_minute=requests_per_minute, burst=request_burst)
        #: The page's own files, read once (a few kilobytes): never a disk read per request.
        self._static = {name: (STATIC / name).read_bytes() for name in STATIC_FILES}
        self._runner: web.AppRunner | None = None
        self.app = self._application()

    # -- lifecycle ---------------------------------------------------------------------------

    def _application(self) -> web.Application:
        app = web.Application(client_max_size=MAX_FORM_BYTES, middlewares=[self._guard])
        app.on_response_prepare.append(secure_headers)
        sign_in, change = SignIn(self), Changes(self)
        routes = [
            web.get(HEALTH_PATH, self.health),
            web.get("/static/{name}", self.static),
            web.get("/", self.home),
            web.get("/tg", sign_in.telegram_page),
            web.post("/tg", sign_in.telegram),
            web.get("/l/{token}", sign_in.link_page),
            web.post("/l", sign_in.link),
            web.post("/us/signout", sign_in.sign_out),
            web.get("/us/progress.png", self.progress_chart),
            web.post("/us/ideas/add", change.add_idea),
            web.post("/us/ideas/{item_id}/done", change.idea_done),
            web.post("/us/settings/zone", change.zone),
            web.post("/us/settings/quiet", change.quiet),
            web.post("/us/settings/nudge", change.nudge),
            web.post("/us/settings/language", change.language),
            web.post("/us/settings/pause", change.command("/pause", "settings")),
            web.post("/us/settings/resume", change.command("/resume", "settings")),
            web.post("/us/data/export", change.command("/export", "settings", "export")),
            web.post("/us/data/forget", change.command("/forget", "settings", "forget")),
        ]
        routes += [
            web.get("/us" if view == "overview" else f"/us/{view}", self.show(view))
            for view in VIEWS
        ]
        app.add_routes(routes)
        return app

    async def start(self) -> None:
        """Bind the port (`0`: any free one). A console whose port is taken (another program,
        another Nearer) takes any free one instead; `base_url` then says which."""
        self._runner = web.AppRunner(self.app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.settings.listen, self.settings.port)
        local = self.settings.base_url.startswith("http://127.0.0.1:")
        try:
            await site.start()
        except OSError:
            if not local:
                raise
            site = web.TCPSite(self._runner, self.settings.listen, 0)
            await site.start()
        sockets = getattr(site._server, "sockets", None) or ()
        port = sockets[0].getsockname()[1] if sockets else self.settings.port
        if local and port != self.settings.port:
            self.base_url = f"http://127.0.0.1:{port}"
        log.info("web page served on port %s", port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # -- guards ------------------------------------------------------------------------------

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Every request: a clear page for anything refused, and no stack trace to anyone."""
        try:
            if request.method == "POST":
                self._check_origin(request)
            return await handler(request)
        except web.HTTPRequestEntityTooLarge:
            return refusal(self.english(), "too_large", status=413)
        except (web.HTTPNotFound, web.HTTPMethodNotAllowed) as error:
            return refusal(self.english(), "not_found", status=error.status)
        except web.HTTPException:
            raise
        except Refusal as refused:
            return refusal(refused.words or self.english(), refused.reason, status=refused.status)
        except Exception:
            log.exception("the web page failed")
            return refusal(self.english(), "oops", status=500)

    def _check_origin(self, request: web.Request) -> None:
        """A POST from another site's page is refused before anything else (the form token
        is the second wall against cross-site requests)."""
        origin = request.headers.get("Origin")
        if origin is None:
            return  # an older browser: the form token still stands
        if origin == "null":
            # Our own pages send "null" too (their referrer policy is no-referrer); a sandboxed
            # frame on another site sends it as well, and the browser then says cross-site.
            if request.headers.get("Sec-Fetch-Site", "same-origin") != "same-origin":
                raise Refusal("forged_form", 403)
            return
        theirs, mine = urlsplit(origin), urlsplit(self.base_url)
        if (theirs.scheme, theirs.netloc) != (mine.scheme, mine.netloc):
            raise Refusal("forged_form", 403)

    def admit_address(self, request: web.Request) -> None:
        """Rate limit before signing in, by the address the request came from."""
        self._admit(("web-address", self._client_address(request)))

    def _client_address(self, request: web.Request) -> str:
        """Who sent the request: the connection's address, or behind a trusted proxy the
        address it appended last to `X-Forwarded-For` (earlier hops the client may forge)."""
        if self.settings.behind_proxy:
            hops = ",".join(request.headers.getall("X-Forwarded-For", [])).split(",")
            last = hops[-1].strip()
            if last:
                return last[:64]
        return request.remote or ""

    def _admit(self, key: tuple[str, str]) -> None:
        if self.limiter.admit(key, self.engine.clock()) is not Admission.HANDLE:
            raise Refusal("slow_down", 429)

    def english(self) -> Words:
        return Words(self.engine.catalog.english)

    # -- sessions and forms ------------------------------------------------------------------

    async def session(self, request: web.Request) -> SignedIn | None:
        """The live session behind this browser's cookie, if any."""
        token = request.cookies.get(COOKIE, "")
        if not TOKEN.match(token):
            return None
        now = self.engine.clock()
        return await self.engine.db.run(
            lambda session: Store(session).web_session(auth.hashed(token), now)
        )

    async def require_session(self, request: web.Request) -> SignedIn:
        """The session, or a refusal; every signed-in request counts against the person's
        rate limit."""
        signed = await self.session(request)
        if signed is None:
            self.admit_address(request)  # guessing cookies costs a stranger their own limit
            raise Refusal("signed_out", 401)
        self._admit(("web", str(signed.person_id)))
        return signed

    async def check_form(self, request: web.Request, signed: SignedIn) -> dict[str, str]:
        """A change's form: it carries this session's token and a form id of its own."""
        form = await read_form(request)
        if not auth.same(form.get("csrf", ""), signed.csrf_token):
            raise Refusal("forged_form", 403)
        if not TOKEN.match(form.get("once", "")):
            raise Refusal("forged_form", 403)
        return form

    # -- pages -------------------------------------------------------------------------------

    async def health(self, request: web.Request) -> web.Response:
        if await self.engine.db.answers():
            return web.json_response({"status": "ok"})
        return web.json_response({"status": "database unavailable"}, status=503)

    async def static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in STATIC_FILES:
            raise web.HTTPNotFound()
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return web.Response(
            body=self._static[name],
            content_type=content_type,
            charset="utf-8",
            headers={"Cache-Control": "public, max-age=3600"},
        )

    async def home(self, request: web.Request) -> web.Response:
        if await self.session(request) is not None:
            raise web.HTTPSeeOther("/us")
        raise Refusal("signed_out", 401)

    def show(self, view: str) -> Handler:
        build = VIEWS[view]

        async def handler(request: web.Request) -> web.Response:
            signed = await self.require_session(request)
            look = await look_as(self.engine, signed.person_id, build)
            done = request.query.get("done", "")
            values: dict[str, Any] = {
                "nav": view,
                "signed_in": True,
                "csrf": signed.csrf_token,
                "once": auth.new_token,
                "done": done if done in NOTES else "",
            }
            return page(f"{view}.html", look.words, **values, **look.values)

        return handler

    async def progress_chart(self, request: web.Request) -> web.Response:
        """The `/progress` chart as the chat would send it, drawn by Nearer's own renderer."""
        signed = await self.require_session(request)
        look = await look_as(
            self.engine, signed.person_id, lambda turn: {"message": pages.progress(turn)}
        )
        chart = look.values["message"].chart
        if chart is None or self.chart_renderer is None:
            raise web.HTTPNotFound()
        png = await self.chart_renderer(ChartSpec.from_json(chart.request))
        return web.Response(body=png, content_type="image/png")
