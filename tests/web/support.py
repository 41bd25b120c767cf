"""What the web tests share: a running page for two couples on a real database and engine, and
ways in (Telegram launch data, one-time links from `/us`)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import aiohttp

from bot.engine import Engine, kinds
from bot.engine.chart_request import ChartRenderer
from bot.engine.flows import default_flows
from bot.web.auth import sign_init_data
from bot.web.flow import UsFlow
from bot.web.server import WebServer
from bot.web.settings import WebSettings
from tests.support.couples import pair
from tests.support.history import add
from tests.support.world import DeepLinks, Person, PlainText, World, shared_catalog, texts

BOT_TOKEN = "123456:TEST-not-a-real-token"
LINK = re.compile(r"(http://127\.0\.0\.1:\d+/l/[A-Za-z0-9_-]+)")


@dataclass
class Site:
    """Alex (on Telegram) and Sam are a couple; Kim and Lee are another. `server` serves the
    page for the engine they all talk to."""

    world: World
    server: WebServer
    alex: Person
    sam: Person
    kim: Person
    lee: Person
    launches: int = 0

    @property
    def url(self) -> str:
        return self.server.base_url

    def init_data(
        self, person: Person, *, at: datetime | None = None, token: str = BOT_TOKEN
    ) -> str:
        """Launch data as Telegram signs it for `person`, at `at` (the engine's now): each
        launch its own (a new `query_id`), as each opening of a Mini App is."""
        when = at or self.world.clock()
        user = json.dumps({"id": int(person.user_id), "first_name": person.name})
        self.launches += 1
        fields = {
            "auth_date": str(int(when.timestamp())),
            "query_id": f"AAE{self.launches}",
            "user": user,
        }
        return sign_init_data(fields, token)

    async def link_for(self, person: Person) -> str:
        """A one-time link, as `/us` answers it in a chat."""
        match = LINK.search(texts(await person.says("/us")))
        assert match is not None
        return match.group(1)


async def open_site(
    folder: Path,
    *,
    burst: int = 10_000,
    charts: ChartRenderer | None = None,
    behind_proxy: bool = False,
) -> Site:
    world = World.on_sqlite(folder)
    server: WebServer | None = None

    def address() -> str:
        assert server is not None
        return server.base_url

    world.engine = Engine(
        world.db,
        shared_catalog(),
        settings=world.settings,
        clock=world.clock,
        platforms={"test": DeepLinks(), "plain": PlainText()},
        flows=[*default_flows(), UsFlow(address, mini_app=True)],
    )
    server = WebServer(
        WebSettings("http://127.0.0.1:0", 0, "127.0.0.1", behind_proxy=behind_proxy),
        world.engine,
        telegram_token=BOT_TOKEN,
        request_burst=burst,
        chart_renderer=charts,
    )
    await server.start()
    alex = world.person("Alex", platform="telegram", user_id="7001")
    sam = world.person("Sam")
    kim, lee = world.person("Kim"), world.person("Lee")
    await pair(alex, sam)
    await pair(kim, lee)
    return Site(world, server, alex, sam, kim, lee)


async def close_site(site: Site) -> None:
    await site.server.stop()
    await site.world.db.dispose()


def client() -> aiohttp.ClientSession:
    """A browser-like client: keeps cookies (also for 127.0.0.1), follows no redirects itself."""
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))


async def fill_with_a_few_weeks(site: Site) -> None:
    """What a couple has after a while: appreciations both ways, a revealed dream question and
    a love-map round, ideas (one done), a ritual and a date night, and a kept draft of Sam's
    that must never show."""
    alex, sam = site.alex, site.sam
    for _week in range(3):  # three weeks of hugs and time together, for the progress chart
        site.world.clock.advance(days=7)
        add(site.world, alex, kinds.HUG, site.world.clock())
        add(site.world, sam, kinds.TOGETHER, site.world.clock())
        add(site.world, sam, kinds.HUG, site.world.clock())
    await alex.says("/appreciate you made my morning with that coffee")
    await sam.says("/appreciate thank you for listening last night, it meant a lot")
    await alex.says("/dream")
    await alex.sends("A small house by the sea, with room for friends")
    await sam.says("/dream")
    await sam.sends("Learning to sail together")
    await alex.says("/knowme")
    await alex.sends("Pancakes on a Sunday")
    await sam.says("/knowme")
    await sam.sends("Pancakes, surely")
    await alex.says("/idea add Picnic in the botanical garden")
    await sam.says("/idea add Cook something from Sam's grandmother's recipe book")
    await alex.says("/idea add Stargazing away from the city")
    await alex.presses("rituals:kind:night")
    await alex.sends("We say one good thing about the day before we sleep")
    await alex.says("/date friday 19:30")
    await sam.says("/date")
    await sam.taps("Sounds good")
    await sam.says("/dream")  # a new question Sam starts answering: a draft, never shown
    await sam.says("A secret draft Sam has not sent")
    for person in (alex, sam):
        person.inbox()
