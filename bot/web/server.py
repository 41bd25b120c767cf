"""The "Us" page's HTTP server, run by Nearer's own process (aiohttp) beside the adapters.

Who may see what, and how:

- Telegram: the Mini App opens `/tg`; Nearer's own script there posts Telegram's signed launch
  data (`initData`) to `/tg`, which is checked (`auth.check_init_data`) and taken once.
- Elsewhere: `/us` in a chat answers with a one-time link `/l/<token>`. Opening it shows a
  button; only the button's POST takes the link (link previews fetch with GET and must not use
  it up). A link works once, within ten minutes.
- Either way the browser gets a session cookie (`HttpOnly`, `SameSite=Strict`, `Secure` behind
  https) whose hash is stored with the person and their couple: `/forget` deletes it, `/unpair`
  makes it open nothing.
- Every change is a POST carrying the session's form token and a one-off form id; it becomes
  the same command or button a chat would send, handled by the engine (`Engine.act_for`) in
  one transaction with the same rules and outbox: confirmations and the partner's notice
  arrive in the chats.
- Every response carries a strict Content-Security-Policy; scripts, styles and images are
  Nearer's own files, no third-party request of any kind. Forms are small and checked; each
  person (and, before sign-in, each address) is rate limited.
"""

from __future__ import annotations

import logging
import mimetypes
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from sqlmodel import Session

from bot.engine import Engine
from bot.engine.chart_request import ChartRenderer, ChartSpec
from bot.engine.limits import Admission, RateLimiter
from bot.engine.turn import Turn
from bot.web import auth, pages
from bot.web.render import STATIC, page, refusal
from bot.web.settings import WebSettings
from bot.web.words import Words
from storage.store import Store
from storage.web_links import SignedIn

log = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"
COOKIE = "nearer_us"
#: A signed-in browser stays signed in this long (then a new link or a reopened Mini App).
SESSION_LIFETIME = timedelta(hours=12)
#: The largest form taken: an idea is at most 300 characters; nothing here needs more.
MAX_FORM_BYTES = 8 * 1024
#: Per person (and per address before sign-in): a burst of pages, then one every two seconds.
REQUESTS_PER_MINUTE = 30
REQUEST_BURST = 40

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "font-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "object-src 'none'",
        # Telegram's web client shows Mini Apps in a frame; nobody else may.
        "frame-ancestors 'self' https://web.telegram.org",
    )
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    # A one-time link's token never travels on in a Referer header.
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}
STATIC_FILES = frozenset({"us.css", "us.js", "icon.svg"})
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
_CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_ZONE = re.compile(r"^[A-Za-z0-9_+\-/ ]{1,64}$")


@dataclass
class Look:
    """What a view read in its transaction: the words to render with, and its values."""

    words: Words
    values: dict[str, Any]


View = Callable[[Turn], dict[str, Any]]


class WebServer:
    """Serves the page for `engine`'s people; `telegram_token` enables Mini App sign-in."""

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
        self.base_url = settings.base_url
        self.limiter = RateLimiter(per_minute=requests_per_minute, burst=request_burst)
        self._runner: web.AppRunner | None = None
        self.app = self._application()

    # -- lifecycle ---------------------------------------------------------------------------

    def _application(self) -> web.Application:
        app = web.Application(client_max_size=MAX_FORM_BYTES, middlewares=[self._guard])
        app.on_response_prepare.append(_secure_headers)
        app.add_routes(
            [
                web.get(HEALTH_PATH, self.health),
                web.get("/static/{name}", self.static),
                web.get("/tg", self.telegram_page),
                web.post("/tg", self.telegram_sign_in),
                web.get("/l/{token}", self.link_page),
                web.post("/l", self.link_sign_in),
                web.get("/", self.home),
                web.get("/us", self.show("overview")),
                web.get("/us/journal", self.show("journal")),
                web.get("/us/answers", self.show("answers")),
                web.get("/us/ideas", self.show("ideas")),
                web.get("/us/together", self.show("together")),
                web.get("/us/progress", self.show("progress")),
                web.get("/us/progress.png", self.progress_chart),
                web.get("/us/settings", self.show("settings")),
                web.post("/us/ideas/add", self.add_idea),
                web.post(r"/us/ideas/{item_id}/done", self.idea_done),
                web.post("/us/settings/zone", self.set_zone),
                web.post("/us/settings/quiet", self.set_quiet),
                web.post("/us/settings/pause", self.command_action("/pause", "settings")),
                web.post("/us/settings/resume", self.command_action("/resume", "settings")),
                web.post("/us/settings/nudge", self.set_nudge),
                web.post("/us/data/export", self.command_action("/export", "settings")),
                web.post("/us/data/forget", self.command_action("/forget", "settings")),
                web.post("/us/signout", self.sign_out),
            ]
        )
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
        server = site._server
        sockets = getattr(server, "sockets", None) or ()
        port = sockets[0].getsockname()[1] if sockets else self.settings.port
        if local and port != self.settings.port:
            self.base_url = f"http://127.0.0.1:{port}"
        log.info("web page served on port %s", port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # -- guards ------------------------------------------------------------------------------

    @web.middleware
    async def _guard(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        """Every request: a clear page for anything refused, and no stack trace to anyone."""
        try:
            if request.method == "POST":
                self._check_origin(request)
            return await handler(request)
        except web.HTTPRequestEntityTooLarge:
            return refusal(self._english(), "too_large", status=413)
        except web.HTTPNotFound:
            return refusal(self._english(), "not_found", status=404)
        except web.HTTPMethodNotAllowed:
            return refusal(self._english(), "not_found", status=405)
        except web.HTTPException:
            raise
        except _Refused as refused:
            return refusal(refused.words or self._english(), refused.reason, status=refused.status)
        except Exception:
            log.exception("the web page failed")
            return refusal(self._english(), "oops", status=500)

    def _check_origin(self, request: web.Request) -> None:
        """A POST from another site's page is refused before anything else (with the form
        token, a second wall against cross-site requests)."""
        origin = request.headers.get("Origin")
        if origin is None or origin == "null":
            return
        mine = urlsplit(self.base_url)
        theirs = urlsplit(origin)
        if (theirs.scheme, theirs.netloc) != (
            mine.scheme,
            mine.netloc,
        ) and theirs.netloc != request.host:
            raise _Refused("forged_form", 403)

    def _admit(self, key: tuple[str, str]) -> None:
        if self.limiter.admit(key, self.engine.clock()) is not Admission.HANDLE:
            raise _Refused("slow_down", 429)

    def _english(self) -> Words:
        return Words("en", self.engine.prompts)

    # -- public pages ------------------------------------------------------------------------

    async def health(self, request: web.Request) -> web.Response:
        if await self.engine.db.answers():
            return web.json_response({"status": "ok"})
        return web.json_response({"status": "database unavailable"}, status=503)

    async def static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in STATIC_FILES:
            raise web.HTTPNotFound()
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        body = (STATIC / name).read_bytes()
        return web.Response(
            body=body,
            content_type=content_type,
            charset="utf-8",
            headers={"Cache-Control": "public, max-age=3600"},
        )

    async def home(self, request: web.Request) -> web.Response:
        if await self._session(request) is not None:
            raise web.HTTPSeeOther("/us")
        return refusal(self._english(), "signed_out", status=401)

    async def telegram_page(self, request: web.Request) -> web.Response:
        """The Mini App's first page: Nearer's script reads Telegram's launch data from the
        address's fragment and posts it back (the fragment never reaches a server by itself)."""
        self._admit(("web-address", request.remote or ""))
        if self.telegram_token is None:
            return refusal(self._english(), "no_telegram", status=404)
        return page("telegram.html", self._english(), nav="", signed_in=False)

    async def telegram_sign_in(self, request: web.Request) -> web.StreamResponse:
        self._admit(("web-address", request.remote or ""))
        form = await _form(request)
        if self.telegram_token is None:
            raise _Refused("no_telegram", 404)
        now = self.engine.clock()
        try:
            sign_in = auth.check_init_data(form.get("init_data", ""), self.telegram_token, now)
        except auth.Refused as refused:
            log.info("a Mini App sign-in was refused (%s)", refused.reason)
            raise _Refused(refused.reason, 403) from None
        current = await self._session(request)

        def work(session: Session) -> tuple[int, str] | str:
            store = Store(session)
            identity = store.identity("telegram", sign_in.user_id)
            if identity is None:
                return "unknown_person"
            if current is not None and current.person_id == identity.person_id:
                return identity.person_id, ""  # the same browser reopening the Mini App
            taken = store.take_telegram_sign_in(
                auth.hashed(sign_in.data_hash),
                identity.person_id,
                now,
                sign_in.signed_at + auth.MAX_AGE,
            )
            if not taken:
                return "replayed"
            return identity.person_id, self._new_session(store, identity.person_id, now)

        outcome = await self.engine.db.run(work)
        if isinstance(outcome, str):
            raise _Refused(outcome, 403)
        return self._signed_in_response(outcome[1])

    async def link_page(self, request: web.Request) -> web.Response:
        """A one-time link, opened: a button that takes it. Nothing is used up by a GET, so a
        chat's link preview leaves it working for the person."""
        self._admit(("web-address", request.remote or ""))
        token = request.match_info["token"]
        if not _TOKEN.match(token):
            raise _Refused("link_unknown", 403)
        return page("link.html", self._english(), nav="", signed_in=False, token=token)

    async def link_sign_in(self, request: web.Request) -> web.StreamResponse:
        self._admit(("web-address", request.remote or ""))
        form = await _form(request)
        token = form.get("token", "")
        if not _TOKEN.match(token):
            raise _Refused("link_unknown", 403)
        now = self.engine.clock()

        def work(session: Session) -> str | None:
            store = Store(session)
            person_id = store.take_web_link(auth.hashed(token), now)
            if person_id is None:
                return None
            return self._new_session(store, person_id, now)

        cookie = await self.engine.db.run(work)
        if cookie is None:
            log.info("a one-time link was refused (unknown, used or expired)")
            raise _Refused("link_used", 403)
        return self._signed_in_response(cookie)

    def _new_session(self, store: Store, person_id: int, now: datetime) -> str:
        person = store.person(person_id)
        assert person is not None
        cookie = auth.new_token()
        store.add_web_session(
            person, auth.hashed(cookie), auth.new_token(), now, now + SESSION_LIFETIME
        )
        return cookie

    def _signed_in_response(self, cookie: str) -> web.Response:
        response = web.Response(status=303, headers={"Location": "/us"})
        if cookie:
            response.set_cookie(
                COOKIE,
                cookie,
                max_age=int(SESSION_LIFETIME.total_seconds()),
                path="/",
                httponly=True,
                secure=self.settings.secure,
                samesite="Strict",
            )
        return response

    async def sign_out(self, request: web.Request) -> web.StreamResponse:
        signed = await self._require_session(request)
        await self._check_form(request, signed)
        token = request.cookies.get(COOKIE, "")
        await self.engine.db.run(lambda session: Store(session).end_web_session(auth.hashed(token)))
        response = refusal(self._english(), "signed_out_now", status=200)
        response.del_cookie(COOKIE, path="/")
        return response

    # -- sessions and forms ------------------------------------------------------------------

    async def _session(self, request: web.Request) -> SignedIn | None:
        token = request.cookies.get(COOKIE, "")
        if not _TOKEN.match(token):
            return None
        now = self.engine.clock()
        return await self.engine.db.run(
            lambda session: Store(session).web_session(auth.hashed(token), now)
        )

    async def _require_session(self, request: web.Request) -> SignedIn:
        signed = await self._session(request)
        if signed is None:
            raise _Refused("signed_out", 401)
        self._admit(("web", str(signed.person_id)))
        return signed

    async def _check_form(self, request: web.Request, signed: SignedIn) -> dict[str, str]:
        form = await _form(request)
        if not auth.same(form.get("csrf", ""), signed.csrf_token):
            raise _Refused("forged_form", 403)
        once = form.get("once", "")
        if not _TOKEN.match(once):
            raise _Refused("forged_form", 403)
        return form

    # -- views -------------------------------------------------------------------------------

    def show(self, view: str) -> Callable[[web.Request], Awaitable[web.Response]]:
        build = _VIEWS[view]

        async def handler(request: web.Request) -> web.Response:
            signed = await self._require_session(request)
            look = await self._look(signed.person_id, build)
            done = request.query.get("done", "")
            return page(
                f"{view}.html",
                look.words,
                nav=view,
                signed_in=True,
                csrf=signed.csrf_token,
                once=auth.new_token,
                done=done in ("1", "again"),
                again=done == "again",
                **look.values,
            )

        return handler

    async def _look(self, person_id: int, build: View) -> Look:
        now = self.engine.clock()
        engine = self.engine

        def work(session: Session) -> Look:
            store = Store(session)
            person = store.person(person_id)
            if person is None:
                raise _Refused("signed_out", 401)
            words = Words(person.language, engine.prompts)
            # Views also say the chat's own words: a language without the page's words yet
            # is read in English as a whole, so one page never mixes two languages.
            prompts = words.prompts if words.prompts.has("web.title") else engine.prompts
            if prompts is engine.prompts:
                words = Words(engine.prompts.language, engine.prompts)
            turn = Turn(
                store,
                prompts,
                engine.settings,
                now,
                person,
                None,
                engine.menu,
                engine.platforms,
                help_menu=engine.help_menu,
            )
            values = build(turn)
            values["me"] = pages.overview(turn)
            return Look(words, values)

        return await engine.db.run(work)

    async def progress_chart(self, request: web.Request) -> web.Response:
        """The `/progress` chart as the chat would send it, drawn by Nearer's own renderer."""
        signed = await self._require_session(request)
        look = await self._look(signed.person_id, lambda turn: {"message": pages.progress(turn)})
        chart = look.values["message"].chart
        if chart is None or self.chart_renderer is None:
            raise web.HTTPNotFound()
        png = await self.chart_renderer(ChartSpec.from_json(chart.request))
        return web.Response(
            body=png, content_type="image/png", headers={"Cache-Control": "no-store"}
        )

    # -- changes: each one the same command a chat would send --------------------------------

    async def _act(
        self,
        request: web.Request,
        back_to: str,
        *,
        text: str = "",
        button: str | None = None,
        signed: SignedIn,
        form: dict[str, str],
    ) -> web.StreamResponse:
        done = await self.engine.act_for(
            signed.person_id, text=text, button=button, once=f"web:{form['once']}"
        )
        raise web.HTTPSeeOther(f"/us/{back_to}?done={'1' if done else 'again'}")

    def command_action(
        self, command: str, back_to: str
    ) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def handler(request: web.Request) -> web.StreamResponse:
            signed = await self._require_session(request)
            form = await self._check_form(request, signed)
            return await self._act(request, back_to, text=command, signed=signed, form=form)

        return handler

    async def add_idea(self, request: web.Request) -> web.StreamResponse:
        signed = await self._require_session(request)
        form = await self._check_form(request, signed)
        idea = " ".join(form.get("idea", "").split())
        if not idea or len(idea) > 300:
            raise _Refused("bad_form", 400)
        return await self._act(request, "ideas", text=f"/idea add {idea}", signed=signed, form=form)

    async def idea_done(self, request: web.Request) -> web.StreamResponse:
        signed = await self._require_session(request)
        form = await self._check_form(request, signed)
        raw = request.match_info["item_id"]
        if not (raw.isascii() and raw.isdecimal() and len(raw) <= 18):
            raise _Refused("not_yours", 404)
        item_id = int(raw)
        look = await self._look(
            signed.person_id, lambda turn: {"ours": pages.is_our_idea(turn, item_id)}
        )
        if not look.values["ours"]:
            raise _Refused("not_yours", 404, look.words)
        return await self._act(
            request, "ideas", button=f"idea:done:{item_id}", signed=signed, form=form
        )

    async def set_zone(self, request: web.Request) -> web.StreamResponse:
        signed = await self._require_session(request)
        form = await self._check_form(request, signed)
        zone = " ".join(form.get("zone", "").split())
        if not _ZONE.match(zone):
            raise _Refused("bad_form", 400)
        return await self._act(
            request, "settings", text=f"/timezone {zone}", signed=signed, form=form
        )

    async def set_quiet(self, request: web.Request) -> web.StreamResponse:
        signed = await self._require_session(request)
        form = await self._check_form(request, signed)
        if form.get("off"):
            return await self._act(request, "settings", text="/quiet off", signed=signed, form=form)
        start, end = form.get("start", ""), form.get("end", "")
        if not (_CLOCK.match(start) and _CLOCK.match(end)) or start == end:
            raise _Refused("bad_form", 400)
        return await self._act(
            request, "settings", text=f"/quiet {start} {end}", signed=signed, form=form
        )

    async def set_nudge(self, request: web.Request) -> web.StreamResponse:
        signed = await self._require_session(request)
        form = await self._check_form(request, signed)
        kind, state = form.get("kind", ""), form.get("state", "")
        if state not in ("on", "off") or not kind.isascii() or not kind.isalpha() or len(kind) > 16:
            raise _Refused("bad_form", 400)
        return await self._act(
            request, "settings", button=f"nudges:{state}:{kind}", signed=signed, form=form
        )


class _Refused(Exception):
    """Stops a request with a clear page (`reason` names its words in web.toml)."""

    def __init__(self, reason: str, status: int, words: Words | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.words = words


async def _form(request: web.Request) -> dict[str, str]:
    """A small urlencoded form with each field once; anything else is refused."""
    if request.content_type != "application/x-www-form-urlencoded":
        raise _Refused("bad_form", 400)
    if request.content_length is not None and request.content_length > MAX_FORM_BYTES:
        raise web.HTTPRequestEntityTooLarge(
            max_size=MAX_FORM_BYTES, actual_size=request.content_length
        )
    try:
        raw = await request.post()
    except ValueError:
        raise _Refused("bad_form", 400) from None
    form: dict[str, str] = {}
    for key, value in raw.items():
        if not isinstance(value, str) or key in form or len(form) >= 8:
            raise _Refused("bad_form", 400)
        form[key] = value
    return form


async def _secure_headers(request: web.Request, response: web.StreamResponse) -> None:
    for name, value in SECURITY_HEADERS.items():
        response.headers[name] = value
    if not request.path.startswith("/static/"):
        response.headers["Cache-Control"] = "no-store"


def _journal(turn: Turn) -> dict[str, Any]:
    return {"entries": pages.journal(turn)}


def _answers(turn: Turn) -> dict[str, Any]:
    dreams, maps = pages.answers(turn)
    return {"dreams": dreams, "maps": maps}


def _ideas(turn: Turn) -> dict[str, Any]:
    return {"ideas": pages.ideas(turn)}


def _together(turn: Turn) -> dict[str, Any]:
    plan, proposed = pages.date_plan(turn)
    return {"rituals": pages.rituals(turn), "plan": plan, "proposed": proposed}


def _progress(turn: Turn) -> dict[str, Any]:
    return {"message": pages.progress(turn)}


def _settings(turn: Turn) -> dict[str, Any]:
    return {"nudges": pages.nudges(turn)}


def _overview(turn: Turn) -> dict[str, Any]:
    return {}


_VIEWS: dict[str, View] = {
    "overview": _overview,
    "journal": _journal,
    "answers": _answers,
    "ideas": _ideas,
    "together": _together,
    "progress": _progress,
    "settings": _settings,
}
