"""The page through the real python-telegram-bot against the local fake Bot API: with the
page behind https, the chat's menu button and `/us` open it as a Mini App, and whoever opens
it there is signed in by launch data signed with the bot's token."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio

from bot.adapters.telegram import from_env as telegram_from_env
from bot.app import Nearer
from bot.config import Config
from bot.web.auth import sign_init_data
from bot.web.settings import WebSettings
from tests.adapters.fake_telegram import FakeTelegram

pytestmark = pytest.mark.asyncio(loop_scope="session")
ALEX = 111
PAGE = "https://us.nearer.example.org"


@pytest_asyncio.fixture(loop_scope="session")
async def running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[FakeTelegram, Nearer]]:
    fake = await FakeTelegram().start()
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", fake.token)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", fake.base_url)
    for name in ("TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_SECRET", "DISCORD_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    config = Config(
        data_dir=tmp_path,
        database_url=f"sqlite:///{tmp_path / 'nearer.db'}",
        log_level="INFO",
        language="en",
        nudge_grace_minutes=120,
    )
    app = Nearer(config, web=WebSettings(PAGE, 0, "127.0.0.1"))
    await asyncio.to_thread(app.db.create_all)
    telegram = telegram_from_env(app)
    assert telegram is not None
    app.add_adapter(telegram)
    await app.start()
    try:
        yield fake, app
    finally:
        await app.stop()
        await fake.close()


async def test_the_menu_button_and_us_open_the_mini_app(running) -> None:
    fake, app = running
    [menu] = fake.calls_to("setChatMenuButton")
    button = menu.params["menu_button"]
    button = json.loads(button) if isinstance(button, str) else button
    assert button["type"] == "web_app" and button["web_app"]["url"] == f"{PAGE}/tg"

    fake.user(ALEX, "Alex").says("/us")
    await fake.wait_for(lambda: fake.messages(ALEX), within=10, what="the answer to /us")
    [answer] = fake.messages(ALEX)
    [[opener]] = answer.buttons
    assert opener["web_app"]["url"] == f"{PAGE}/tg"

    # Opening it: Telegram's launch data, signed with this bot's token, signs Alex in.
    assert app.web is not None
    now = app.engine.clock()
    init_data = sign_init_data(
        {"auth_date": str(int(now.timestamp())), "user": json.dumps({"id": ALEX})}, fake.token
    )
    port = app.web._runner.addresses[0][1]  # type: ignore[union-attr]
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as browser:
        signed_in = await browser.post(
            f"http://127.0.0.1:{port}/tg", data={"init_data": init_data}, allow_redirects=False
        )
        assert signed_in.status == 303
        assert "Secure" in signed_in.headers["Set-Cookie"]  # behind https
