"""The "Us" page in a real browser: Debian's headless Chromium driven by Playwright, at a
phone's size. Opened through Telegram's launch data and through a one-time link; an idea ticked
off and a setting changed, each seen in the chat; forged, expired and replayed sign-ins and
another couple's ids refused; no request leaves Nearer, and the CSP blocks nothing of ours.
Screenshots of every view, light and dark, and one right-to-left page, are written to
tests/web/screenshots/ (look at them after a change to a template or the style sheet)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
import pytest_asyncio

from bot.chart_worker import ChartWorker
from bot.engine import Outbound
from bot.web.guard import CONTENT_SECURITY_POLICY
from storage.models import BucketItem, Person
from storage.store import Store
from tests.support.world import shared_catalog, texts
from tests.web.support import Site, close_site, fill_with_a_few_weeks, open_site

pytestmark = [pytest.mark.browser, pytest.mark.asyncio(loop_scope="session")]

SCREENSHOTS = Path(__file__).parent / "screenshots"
PHONE = {"width": 390, "height": 844}
VIEWS = ("overview", "journal", "answers", "ideas", "together", "progress", "settings")
TELEGRAM_DARK = {
    "bg_color": "#17212b",
    "secondary_bg_color": "#232e3c",
    "text_color": "#f5f5f5",
    "hint_color": "#708499",
    "link_color": "#6ab3f3",
    "button_color": "#5288c1",
    "button_text_color": "#ffffff",
}


@pytest_asyncio.fixture(loop_scope="session")
async def full_site(tmp_path: Path) -> AsyncIterator[Site]:
    charts = ChartWorker()
    opened = await open_site(tmp_path, charts=charts)
    await fill_with_a_few_weeks(opened)
    try:
        yield opened
    finally:
        await close_site(opened)
        charts.close()


class Visit:
    """One phone-sized browser tab, recording every request it makes and every CSP report."""

    def __init__(self, site: Site, context, page) -> None:
        self.site, self.context, self.page = site, context, page
        self.requests: list[str] = []
        self.console: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("console", lambda message: self.console.append(message.text))

    def foreign(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(self.site.url)]

    def csp_complaints(self) -> list[str]:
        return [line for line in self.console if "Content Security Policy" in line]

    async def shoot(self, name: str) -> None:
        SCREENSHOTS.mkdir(exist_ok=True)
        await self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


async def visit(browser, site: Site, *, dark: bool = False) -> Visit:
    context = await browser.new_context(
        viewport=PHONE,
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        color_scheme="dark" if dark else "light",
    )
    context.set_default_timeout(10_000)
    return Visit(site, context, await context.new_page())


def telegram_address(site: Site, init_data: str, theme: dict[str, str] | None = None) -> str:
    """The Mini App's address as Telegram opens it: launch data and theme in the fragment."""
    fragment = f"tgWebAppData={quote(init_data, safe='')}&tgWebAppVersion=8.0"
    if theme is not None:
        fragment += f"&tgWebAppThemeParams={quote(json.dumps(theme), safe='')}"
    return f"{site.url}/tg#{fragment}"


async def refusal_text(tab: Visit) -> str:
    return await tab.page.locator(".refusal").inner_text()


def inbox_text(messages: list[Outbound]) -> str:
    return texts(messages)


async def test_telegram_opens_every_view_light_and_dark(browser, full_site: Site) -> None:
    site = full_site
    for dark in (False, True):
        tab = await visit(browser, site, dark=dark)
        await tab.page.goto(telegram_address(site, site.init_data(site.alex)))
        await tab.page.wait_for_selector("header.top")
        assert "Alex and Sam" in await tab.page.locator(".who").inner_text()
        for view in VIEWS:
            path = "/us" if view == "overview" else f"/us/{view}"
            response = await tab.page.goto(f"{site.url}{path}")
            assert response is not None and response.status == 200
            assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
            await tab.shoot(f"{view}-{'dark' if dark else 'light'}")
        answers = await (await tab.page.goto(f"{site.url}/us/answers")).text()
        assert "Learning to sail together" in answers and "A secret draft" not in answers
        assert tab.foreign() == []
        assert tab.csp_complaints() == []
        await tab.context.close()


async def test_the_telegram_theme_colours_the_page(browser, full_site: Site) -> None:
    tab = await visit(browser, full_site)
    await tab.page.goto(
        telegram_address(full_site, full_site.init_data(full_site.alex), TELEGRAM_DARK)
    )
    await tab.page.wait_for_selector("header.top")
    await tab.page.goto(f"{full_site.url}/us/ideas")
    background = await tab.page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(23, 33, 43)"  # Telegram's bg_color, kept for this tab
    await tab.shoot("ideas-telegram-theme")
    await tab.context.close()


async def test_a_one_time_link_opens_the_page_once(browser, site: Site) -> None:
    link = await site.link_for(site.sam)
    tab = await visit(browser, site)
    await tab.page.goto(link)
    await tab.page.get_by_role("button", name="Open my page").click()
    await tab.page.wait_for_selector("header.top")
    assert "Sam and Alex" in await tab.page.locator(".who").inner_text()
    other = await visit(browser, site)
    await other.page.goto(link)
    await other.page.get_by_role("button", name="Open my page").click()
    assert "already used" in await refusal_text(other)
    await other.shoot("refused-link-used")
    assert tab.foreign() == [] and other.foreign() == []
    await tab.context.close()
    await other.context.close()


async def test_ticking_an_idea_on_the_page_says_so_in_the_chat(browser, site: Site) -> None:
    await site.alex.says("/idea add Picnic by the river")
    tab = await visit(browser, site)
    await tab.page.goto(telegram_address(site, site.init_data(site.alex)))
    await tab.page.wait_for_selector("header.top")
    await tab.page.get_by_role("navigation").get_by_role("link", name="Ideas").click()
    async with tab.page.expect_navigation():
        await tab.page.get_by_role("button", name="Mark “Picnic by the river” as done").click()
    assert "Done." in await tab.page.get_by_role("status").inner_text()
    assert "Picnic by the river" in await tab.page.locator(".ideas.done").inner_text()
    assert "Done together: “Picnic by the river”" in inbox_text(site.alex.inbox())
    await tab.context.close()


async def test_adding_an_idea_reaches_the_list_and_the_chat(browser, site: Site) -> None:
    tab = await visit(browser, site)
    await tab.page.goto(telegram_address(site, site.init_data(site.alex)))
    await tab.page.wait_for_selector("header.top")
    await tab.page.goto(f"{site.url}/us/ideas")
    await tab.page.get_by_label("Add your own idea").fill("Dance in the kitchen <b>tonight</b>")
    async with tab.page.expect_navigation():
        await tab.page.get_by_role("button", name="Add to our list").click()
    assert (
        "Dance in the kitchen <b>tonight</b>" in await tab.page.locator(".ideas").first.inner_text()
    )
    assert "Added to your list" in inbox_text(site.alex.inbox())
    await tab.context.close()


async def test_changing_quiet_hours_on_the_page(browser, site: Site) -> None:
    tab = await visit(browser, site)
    await tab.page.goto(telegram_address(site, site.init_data(site.alex)))
    await tab.page.wait_for_selector("header.top")
    await tab.page.get_by_role("navigation").get_by_role("link", name="Settings").click()
    await tab.page.get_by_label("From").fill("22:30")
    await tab.page.get_by_label("Until").fill("07:00")
    async with tab.page.expect_navigation():
        await tab.page.get_by_role("button", name="Save quiet hours").click()
    assert "22:30–07:00" in await tab.page.locator("main").inner_text()
    assert "Quiet hours set: 22:30–07:00" in inbox_text(site.alex.inbox())
    async with tab.page.expect_navigation():
        await tab.page.get_by_role("button", name="Turn on Hug reminder").click()
    assert await tab.page.get_by_role("button", name="Turn off Hug reminder").count() == 1
    await tab.context.close()


@pytest.mark.parametrize("kind", ["forged", "expired", "replayed"])
async def test_bad_telegram_sign_ins_get_a_clear_page(browser, site: Site, kind: str) -> None:
    init_data = site.init_data(site.alex)
    expected = {
        "forged": "wasn't made by Telegram",
        "expired": "too old",
        "replayed": "already used",
    }[kind]
    if kind == "forged":
        init_data = site.init_data(site.alex, token="42:another-bot")
    elif kind == "expired":
        init_data = site.init_data(site.alex, at=site.world.clock() - timedelta(minutes=30))
    else:
        first = await visit(browser, site)
        await first.page.goto(telegram_address(site, init_data))
        await first.page.wait_for_selector("header.top")
        await first.context.close()
    tab = await visit(browser, site)
    await tab.page.goto(telegram_address(site, init_data))
    await tab.page.wait_for_selector(".refusal")
    assert expected in await refusal_text(tab)
    await tab.shoot(f"refused-{kind}")
    await tab.page.goto(f"{site.url}/us")
    assert "not signed in" in await refusal_text(tab)
    await tab.context.close()


async def test_another_couples_ids_are_refused(browser, site: Site) -> None:
    await site.kim.says("/idea add Kim's surprise")
    theirs = site.world.db.transaction(
        lambda session: next(
            item.id
            for item in Store(session).bucket_list(Store(session).person(3))  # Kim
        )
    )
    tab = await visit(browser, site)
    await tab.page.goto(telegram_address(site, site.init_data(site.alex)))
    await tab.page.wait_for_selector("header.top")
    await tab.page.goto(f"{site.url}/us/settings")
    csrf = await tab.page.locator('input[name="csrf"]').first.get_attribute("value")
    response = await tab.context.request.post(
        f"{site.url}/us/ideas/{theirs}/done",
        form={"csrf": csrf or "", "once": "b" * 43},
        headers={"Origin": site.url},
    )
    assert response.status == 404
    assert "isn't on your list" in (await response.text()).replace("&#39;", "'")
    done = site.world.db.transaction(lambda session: session.get(BucketItem, theirs).done_at)
    assert done is None
    await tab.context.close()


async def test_keyboard_reaches_the_content_first(browser, site: Site) -> None:
    tab = await visit(browser, site)
    await tab.page.goto(telegram_address(site, site.init_data(site.alex)))
    await tab.page.wait_for_selector("header.top")
    await tab.page.keyboard.press("Tab")
    focused = await tab.page.evaluate("document.activeElement.textContent")
    assert focused == "Skip to the content"
    await tab.page.keyboard.press("Enter")
    assert await tab.page.evaluate("document.activeElement.id") == "main"
    unlabelled = await tab.page.evaluate(
        """[...document.querySelectorAll('input:not([type=hidden]), button')]
            .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
                         && !e.textContent.trim()).length"""
    )
    assert unlabelled == 0
    await tab.context.close()


async def test_a_right_to_left_language_turns_the_page(browser, full_site: Site) -> None:
    def speak_arabic(session) -> None:
        person = session.get(Person, 1)
        person.language = "ar"

    full_site.world.db.transaction(speak_arabic)
    tab = await visit(browser, full_site)
    await tab.page.goto(telegram_address(full_site, full_site.init_data(full_site.alex)))
    await tab.page.wait_for_selector("header.top")
    assert await tab.page.get_attribute("html", "dir") == "rtl"
    assert await tab.page.get_attribute("html", "lang") == "ar"
    for view in ("overview", "ideas", "settings"):
        await tab.page.goto(f"{full_site.url}/us{'' if view == 'overview' else '/' + view}")
        await tab.shoot(f"{view}-rtl")
    await tab.context.close()


async def test_choosing_a_language_on_the_page_changes_the_page_and_the_chat(
    browser, site: Site
) -> None:
    tab = await visit(browser, site)
    await tab.page.goto(telegram_address(site, site.init_data(site.alex)))
    await tab.page.wait_for_selector("header.top")
    await tab.page.get_by_role("navigation").get_by_role("link", name="Settings").click()
    async with tab.page.expect_navigation():
        await tab.page.get_by_role("button", name="Español").click()
    assert await tab.page.get_attribute("html", "lang") == "es"
    spanish = shared_catalog().get("es")
    assert spanish.say("web.settings.language") in await tab.page.locator("main").inner_text()
    said = spanish.say("language.changed", language="Español")
    assert said in inbox_text(site.alex.inbox())
    assert await tab.page.get_by_role("button", name="Español").is_disabled()
    await tab.context.close()
