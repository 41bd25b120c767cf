"""The ways in: Telegram's Mini App launch data, a one-time link, and signing out.

A sign-in ends in a session: a random cookie (`HttpOnly`, `SameSite=Strict`, `Secure` behind
https) whose hash is stored with the person and their couple, with a form token of its own.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from aiohttp import web
from sqlmodel import Session

from bot.web import auth
from bot.web.guard import TOKEN, Refusal, read_form
from bot.web.render import page, refusal
from bot.web.words import Words
from storage.store import Store

if TYPE_CHECKING:
    from bot.web.server import WebServer

log = logging.getLogger(__name__)

COOKIE = "nearer_us"
#: A signed-in browser stays signed in this long (then a new link or a reopened Mini App).
SESSION_LIFETIME = timedelta(hours=12)


class SignIn:
    def __init__(self, server: WebServer) -> None:
        self.server = server
        self.engine = server.engine

    async def telegram_page(self, request: web.Request) -> web.Response:
        """The Mini App's first page: Nearer's script reads Telegram's launch data from the
        address's fragment and posts it back (a fragment never reaches a server by itself)."""
        self.server.admit_address(request)
        if self.server.telegram_token is None:
            raise Refusal("no_telegram", 404)
        return page("telegram.html", self.server.english(), nav="", signed_in=False)

    async def telegram(self, request: web.Request) -> web.Response:
        """Launch data signed by Telegram for someone Nearer knows, never used before (the same
        browser reopening the Mini App stays signed in)."""
        self.server.admit_address(request)
        form = await read_form(request)
        token = self.server.telegram_token
        if token is None:
            raise Refusal("no_telegram", 404)
        now = self.engine.clock()
        try:
            sign_in = auth.check_init_data(form.get("init_data", ""), token, now)
        except auth.Refused as refused:
            log.info("a Mini App sign-in was refused (%s)", refused.reason)
            raise Refusal(refused.reason, 403) from None
        current = await self.server.session(request)

        def work(session: Session) -> str:
            store = Store(session)
            identity = store.identity("telegram", sign_in.user_id)
            if identity is None:
                raise Refusal("unknown_person", 403)
            # Launch data is spent whoever brings it, so it can never open a second browser.
            taken = store.take_telegram_sign_in(
                auth.hashed(sign_in.data_hash),
                identity.person_id,
                now,
                sign_in.signed_at + auth.MAX_AGE,
            )
            if current is not None and current.person_id == identity.person_id:
                return ""  # the same browser reopening the Mini App: its session goes on
            if not taken:
                raise Refusal("replayed", 403)
            return self._new_session(store, identity.person_id, now)

        return self.signed_in(await self.engine.db.run(work))

    async def link_page(self, request: web.Request) -> web.Response:
        """A one-time link, opened: a button that takes it. A GET uses nothing up, so a chat's
        link preview leaves the link working for the person."""
        self.server.admit_address(request)
        # A chat app that took the isolate or mark around the link into it: the token is still it.
        token = request.match_info["token"].rstrip("\u2066\u2067\u2068\u2069\u200e\u200f")
        if not TOKEN.match(token):
            raise Refusal("link_unknown", 403)
        return page("link.html", self.server.english(), nav="", signed_in=False, token=token)

    async def link(self, request: web.Request) -> web.Response:
        """The link's button: taken once, within its ten minutes, or refused."""
        self.server.admit_address(request)
        form = await read_form(request)
        token = form.get("token", "")
        if not TOKEN.match(token):
            raise Refusal("link_unknown", 403)
        now = self.engine.clock()

        def work(session: Session) -> str:
            store = Store(session)
            person_id = store.take_web_link(auth.hashed(token), now)
            if person_id is None:
                raise Refusal("link_used", 403)
            return self._new_session(store, person_id, now)

        return self.signed_in(await self.engine.db.run(work))

    async def sign_out(self, request: web.Request) -> web.Response:
        signed = await self.server.require_session(request)
        await self.server.check_form(request, signed)
        token = request.cookies.get(COOKIE, "")

        def work(session: Session) -> str | None:
            store = Store(session)
            store.end_web_session(auth.hashed(token))
            person = store.person(signed.person_id)
            return person.language if person is not None else None

        language = await self.engine.db.run(work)
        # Said in the person's own language, like every page they saw while signed in.
        words = Words.of(self.engine.catalog, language)
        response = refusal(words, "signed_out_now", status=200)
        response.del_cookie(COOKIE, path="/")
        return response

    def _new_session(self, store: Store, person_id: int, now: datetime) -> str:
        person = store.person(person_id)
        if person is None:
            raise Refusal("signed_out", 401)
        cookie = auth.new_token()
        store.add_web_session(
            person, auth.hashed(cookie), auth.new_token(), now, now + SESSION_LIFETIME
        )
        return cookie

    def signed_in(self, cookie: str) -> web.Response:
        """On to the page, with the session's cookie when a new session began."""
        response = web.Response(status=303, headers={"Location": "/us"})
        if cookie:
            response.set_cookie(
                COOKIE,
                cookie,
                max_age=int(SESSION_LIFETIME.total_seconds()),
                path="/",
                httponly=True,
                secure=self.server.settings.secure,
                samesite="Strict",
            )
        return response
