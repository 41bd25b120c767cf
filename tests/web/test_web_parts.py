"""The pieces around the "Us" page: `/us` in each kind of chat, the Mini App button through
Telegram's keyboard, the page's settings, its language and direction, and `./nearer console`
serving the page on this computer with a one-time link for the person typing."""

from __future__ import annotations

import asyncio
import os
import re
import sys
from pathlib import Path

import aiohttp
import pytest

from bot.adapters.telegram.translate import inline_keyboard
from bot.config import ConfigError
from bot.engine.events import Outbound, outbound_from_payload, outbound_to_payload
from bot.web.auth import Refused, check_init_data, sign_init_data
from bot.web.settings import WebSettings
from bot.web.words import Words
from prompts import load_prompts
from tests.support.world import texts
from tests.web.support import BOT_TOKEN, LINK, Site

#: The `site` fixture runs on the session's loop (as the browser tests' do).
session_loop = pytest.mark.asyncio(loop_scope="session")
ROOT = Path(__file__).resolve().parents[2]


@session_loop
async def test_us_on_telegram_offers_the_mini_app_button(site: Site) -> None:
    replies = await site.alex.says("/us")
    [reply] = replies
    assert reply.page is not None and reply.page.url == f"{site.url}/tg"
    assert LINK.search(reply.text) is None  # Telegram's launch data signs in, no link needed


@session_loop
async def test_us_in_a_telegram_group_sends_a_link_privately(site: Site) -> None:
    replies = await site.alex.says("/us", group="-100200")
    assert all(LINK.search(reply.text) is None for reply in replies)  # nothing in the group
    assert LINK.search(texts(site.alex.inbox())) is not None


@session_loop
async def test_us_elsewhere_answers_with_a_one_time_link(site: Site) -> None:
    replies = await site.sam.says("/us")
    assert LINK.search(texts(replies)) is not None
    assert "once, within 10 minutes" in texts(replies)
    assert all(reply.page is None for reply in replies)


def test_the_page_button_survives_the_outbox() -> None:
    from bot.engine.events import Address, PageLink

    outbound = Outbound(Address("telegram", "5"), "Hi", page=PageLink("Open", "https://x.org/tg"))
    assert outbound_from_payload(outbound_to_payload(outbound)) == outbound


def test_telegram_opens_the_page_as_a_mini_app() -> None:
    keyboard = inline_keyboard((), None, ("Open our page", "https://nearer.example.org/tg"))
    assert keyboard is not None
    [[button]] = keyboard["inline_keyboard"]
    assert button == {"text": "Open our page", "web_app": {"url": "https://nearer.example.org/tg"}}


def test_launch_data_is_checked_as_telegram_documents_it() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    fields = {"auth_date": str(int(now.timestamp())), "user": '{"id": 42, "first_name": "A"}'}
    signed = sign_init_data(fields, BOT_TOKEN)
    assert check_init_data(signed, BOT_TOKEN, now).user_id == "42"
    with pytest.raises(Refused, match="forged"):
        check_init_data(signed, BOT_TOKEN + "x", now)
    future = {**fields, "auth_date": str(int(now.timestamp()) + 3600)}
    with pytest.raises(Refused, match="expired"):
        check_init_data(sign_init_data(future, BOT_TOKEN), BOT_TOKEN, now)


def test_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NEARER_WEB_URL", "NEARER_WEB_PORT", "NEARER_WEB_LISTEN"):
        monkeypatch.delenv(name, raising=False)
    assert WebSettings.from_env() is None
    console = WebSettings.from_env(console=True)
    assert console is not None and console.base_url == "http://127.0.0.1:8080"
    assert console.listen == "127.0.0.1" and not console.secure
    monkeypatch.setenv("NEARER_WEB_URL", "https://nearer.example.org/")
    monkeypatch.setenv("NEARER_WEB_PORT", "9000")
    served = WebSettings.from_env()
    assert served == WebSettings("https://nearer.example.org", 9000, "0.0.0.0") and served.secure
    monkeypatch.setenv("NEARER_WEB_PORT", "off")
    assert WebSettings.from_env(console=True) is None
    monkeypatch.setenv("NEARER_WEB_PORT", "eighty")
    with pytest.raises(ConfigError):
        WebSettings.from_env()
    monkeypatch.setenv("NEARER_WEB_PORT", "9000")
    monkeypatch.setenv("NEARER_WEB_URL", "ftp://nearer.example.org")
    with pytest.raises(ConfigError):
        WebSettings.from_env()


def test_right_to_left_languages_turn_the_page() -> None:
    from prompts import load_catalog

    catalog = load_catalog()
    assert Words.of(catalog, "en").direction == "ltr"
    assert Words.of(catalog, "../../etc").language == "en"  # never a path
    assert Words.of(catalog, "zz").language == "en"  # no such language: English
    if "ar" in catalog.codes:
        arabic = Words.of(catalog, "ar")
        assert arabic.language == "ar" and arabic.direction == "rtl"


@session_loop
async def test_the_console_serves_the_page_for_whoever_is_typing(tmp_path: Path) -> None:
    env = {**os.environ, "NEARER_DATA_DIR": str(tmp_path), "PYTHONUNBUFFERED": "1"}
    for name in ("TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN", "DATABASE_URL", "NEARER_WEB_URL"):
        env.pop(name, None)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "console",
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(ROOT), "NEARER_WEB_PORT": "0"},
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    assert process.stdin is not None and process.stdout is not None
    seen = ""

    async def wait_for(pattern: str) -> re.Match[str]:
        nonlocal seen
        while (match := re.search(pattern, seen)) is None:
            line = await asyncio.wait_for(process.stdout.readline(), 30)
            assert line, seen
            seen += line.decode()
        return match

    try:
        await wait_for(r"Your page is on this computer only")
        link = (await wait_for(r"(http://127\.0\.0\.1:\d+/l/[A-Za-z0-9_-]+)")).group(1)
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as web:
            assert (await web.get(link)).status == 200
            token = link.rsplit("/", 1)[1]
            base = link.rsplit("/l/", 1)[0]
            opened = await web.post(f"{base}/l", data={"token": token})
            assert opened.status == 200 and "Alex" in await opened.text()
    finally:
        process.kill()
        await process.wait()


def test_every_word_the_page_shows_is_in_web_toml() -> None:
    """Each literal `t('web.…')` of the templates, each refusal the code can raise and each
    note after a change has its words in prompts/en/web.toml."""
    from bot.web.changes import NOTES
    from bot.web.render import TEMPLATES
    from bot.web.views import VIEWS

    english = load_prompts("en")
    keys = set()
    for template in TEMPLATES.glob("*.html"):
        found = re.findall(r"t\('(web\.[a-z_.]+)'", template.read_text())
        keys |= {key for key in found if not key.endswith(".")}  # `'web.nav.' ~ view`: below
    code = "".join(path.read_text() for path in (ROOT / "bot" / "web").glob("*.py"))
    reasons = set(re.findall(r'Refusal\("([a-z_]+)"', code)) | {"too_large", "not_found", "oops"}
    reasons |= {"forged", "expired", "malformed", "signed_out_now"}
    keys |= {f"web.refused.{reason}" for reason in reasons}
    keys |= {f"web.done.{note}" for note in NOTES}
    keys |= {f"web.nav.{view}" for view in VIEWS}
    keys |= {f"web.overview.{view}" for view in VIEWS if view != "overview"}
    missing = sorted(key for key in keys if not english.has(key))
    assert missing == []
    assert len(keys) > 60
