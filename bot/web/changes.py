"""Changes made on the page. Each is checked here (form token, form id, the shape of every
field, ids of this couple only), then becomes exactly what a chat would send — a command's
text or a button's payload — handled by the engine for the person (`Engine.act_for`): the same
rules, one transaction, the same outbox. The person's chat says what happened, their partner
hears what they would have heard, and the page shows the result after a redirect."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from aiohttp import web

from bot.engine.flows.idea import MAX_OWN_IDEA_LENGTH
from bot.engine.nudges import KINDS
from bot.engine.text import clean
from bot.web import pages
from bot.web.guard import Refusal
from bot.web.views import look_as
from storage.web_links import SignedIn

if TYPE_CHECKING:
    from bot.web.server import WebServer

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

_CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
#: What the page says after a change, by `?done=` (web.toml `web.done.*`).
NOTES = frozenset({"ok", "again", "export", "forget", "zone"})


class Changes:
    def __init__(self, server: WebServer) -> None:
        self.server = server

    async def _signed_form(self, request: web.Request) -> tuple[SignedIn, dict[str, str]]:
        signed = await self.server.require_session(request)
        return signed, await self.server.check_form(request, signed)

    async def _act(
        self,
        signed: SignedIn,
        form: dict[str, str],
        back_to: str,
        *,
        text: str = "",
        button: str | None = None,
        note: str = "ok",
    ) -> web.StreamResponse:
        done = await self.server.engine.act_for(
            signed.person_id, text=text, button=button, once=f"web:{form['once']}"
        )
        raise web.HTTPSeeOther(f"/us/{back_to}?done={note if done else 'again'}")

    def command(self, text: str, back_to: str, note: str = "ok") -> Handler:
        """A command with nothing to fill in (`/pause`, `/export`, `/forget`: which asks
        in the chat to confirm, as ever)."""

        async def handler(request: web.Request) -> web.StreamResponse:
            signed, form = await self._signed_form(request)
            return await self._act(signed, form, back_to, text=text, note=note)

        return handler

    async def add_idea(self, request: web.Request) -> web.StreamResponse:
        signed, form = await self._signed_form(request)
        idea = " ".join(form.get("idea", "").split())
        if not idea or len(idea) > MAX_OWN_IDEA_LENGTH:
            raise Refusal("bad_form", 400)
        return await self._act(signed, form, "ideas", text=f"/idea add {idea}")

    async def idea_done(self, request: web.Request) -> web.StreamResponse:
        """Another couple's id (or anything not on our list) is refused here, before the
        engine hears of it."""
        raw = request.match_info["item_id"]
        if not (raw.isascii() and raw.isdecimal() and len(raw) <= 18):
            raise Refusal("not_yours", 404)
        item_id = int(raw)
        signed, form = await self._signed_form(request)
        look = await look_as(
            self.server.engine,
            signed.person_id,
            lambda turn: {"ours": pages.is_our_idea(turn, item_id)},
        )
        if not look.values["ours"]:
            raise Refusal("not_yours", 404, look.words)
        return await self._act(signed, form, "ideas", button=f"idea:done:{item_id}")

    async def zone(self, request: web.Request) -> web.StreamResponse:
        signed, form = await self._signed_form(request)
        # Any place the chat's /timezone reads: a city in any script ("Москва", "القاهرة"), an
        # abbreviation, an offset; only its length and printable characters are checked here.
        zone = " ".join(clean(form.get("zone", "")).split())
        if not zone or len(zone) > 64 or not zone.isprintable():
            raise Refusal("bad_form", 400)
        return await self._act(signed, form, "settings", text=f"/timezone {zone}", note="zone")

    async def quiet(self, request: web.Request) -> web.StreamResponse:
        signed, form = await self._signed_form(request)
        if form.get("off"):
            return await self._act(signed, form, "settings", text="/quiet off")
        start, end = form.get("start", ""), form.get("end", "")
        if not (_CLOCK.match(start) and _CLOCK.match(end)) or start == end:
            raise Refusal("bad_form", 400)
        return await self._act(signed, form, "settings", text=f"/quiet {start} {end}")

    async def language(self, request: web.Request) -> web.StreamResponse:
        """The same choice as `/language`'s buttons; a code Nearer doesn't speak is refused."""
        signed, form = await self._signed_form(request)
        code = form.get("code", "")
        if code not in self.server.engine.catalog.codes:
            raise Refusal("bad_form", 400)
        return await self._act(signed, form, "settings", button=f"language:set:{code}")

    async def nudge(self, request: web.Request) -> web.StreamResponse:
        signed, form = await self._signed_form(request)
        kind, state = form.get("kind", ""), form.get("state", "")
        if state not in ("on", "off") or kind not in KINDS:
            raise Refusal("bad_form", 400)
        return await self._act(signed, form, "settings", button=f"nudges:{state}:{kind}")
