"""The page against what an intruder or an unlucky client would try (found by review on
2026-12-02): cross-site sign-in, bidi overrides in names, isolates glued to links, tokens in the
HTTP parser's log lines, one flood locking everyone out behind a proxy, launch data used twice,
and place names in every script."""

from __future__ import annotations

import html
import re

import pytest

from tests.support.couples import pair
from tests.support.world import texts
from tests.web.support import Site, client

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_a_sign_in_posted_from_a_sandboxed_frame_elsewhere_is_refused(site: Site) -> None:
    """A page on another site (sandboxed iframe: Origin null) posts the attacker's own
    one-time link token to /l: the victim's browser gets the attacker's session."""
    link = await site.link_for(site.kim)  # the attacker's own link
    token = link.rsplit("/", 1)[1]
    async with client() as victim:
        response = await victim.post(
            f"{site.url}/l",
            data={"token": token},
            headers={"Origin": "null", "Sec-Fetch-Site": "cross-site"},
            allow_redirects=False,
        )
        assert response.status == 403, "cross-site (Origin: null) sign-in was accepted"


async def test_a_bidi_override_in_a_name_never_reorders_the_page(site: Site) -> None:
    evil = site.world.person("\u202eeivaD", user_id="u-evil")
    victim = site.world.person("Robin", platform="telegram", user_id="7009")
    await pair(victim, evil)
    async with client() as session:
        await session.post(
            f"{site.url}/tg", data={"init_data": site.init_data(victim)}, allow_redirects=False
        )
        page = await (await session.get(f"{site.url}/us")).text()
    who = re.search(r'<p class="who">(.*?)</p>', page, re.S).group(1)
    assert "\u202e" not in html.unescape(who), "a bidi override from a name reaches the page"


async def test_an_arabic_us_link_carries_no_isolate_a_linkifier_would_take(site: Site) -> None:
    """In Arabic every placeholder is wrapped in U+2068…U+2069, the /us URL included. Linkifiers
    that take U+2069 as part of the URL (Discord's: [^\\s<]+) open /l/<token>%E2%81%A9, which is
    refused."""
    nour = site.world.person("Nour", language="ar", user_id="u-nour")
    text = texts(await nour.says("/us"))
    m = re.search(r"(http://\S+)", text)
    url = m.group(1)
    assert "\u2069" not in url, f"the link as a linkifier would take it: {url!r}"


async def test_an_arabic_us_link_opens_the_page(site: Site) -> None:
    nour = site.world.person("Nour", language="ar", user_id="u-nour2")
    text = texts(await nour.says("/us"))
    url = re.search(r"(http://\S+)", text).group(1)
    async with client() as browser:
        page = await browser.get(url)
        assert page.status == 200


async def test_a_malformed_request_never_logs_a_cookie_or_a_link_token(site: Site, caplog) -> None:
    import asyncio
    import logging
    from urllib.parse import urlsplit

    from bot.logs import RedactSecrets

    caplog.set_level(logging.DEBUG)
    secret = "SeSsIoNtOkEnAbCdEfGhIjKlMnOpQrStUvWxYz0123456"
    host = urlsplit(site.url)
    for raw in (
        f"GET /l/{secret} HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n",
        f"GET /us HTTP/1.1\r\nHost: x\r\nCookie: nearer_us={secret}\x01\r\n\r\n",
        f"GET /l/{secret}\x7f HTTP/1.1\r\nHost: x\r\n\r\n",
        f"GET /l/{secret}\u2069 HTTP/1.1\r\nHost: x\r\n\r\n",
    ):
        reader, writer = await asyncio.open_connection(host.hostname, host.port)
        writer.write(raw.encode("utf-8"))
        await writer.drain()
        await reader.read(200)
        writer.close()
    await asyncio.sleep(0.2)
    leaked = []
    redact = RedactSecrets([])
    for record in caplog.records:
        if record.levelno < logging.INFO:
            continue
        redact.filter(record)
        line = record.getMessage() + (record.exc_text or "")
        if secret in line:
            leaked.append((record.name, record.levelname, line[-300:]))
    assert not leaked


async def test_behind_a_proxy_one_strangers_flood_does_not_lock_everyone_out(tmp_path) -> None:
    """README: run behind Caddy/nginx on 127.0.0.1; every request then has the proxy's address.
    With NEARER_WEB_BEHIND_PROXY the limit is per client (the proxy's last X-Forwarded-For
    hop); without it a forged header changes nothing."""
    from tests.web.support import close_site, open_site

    site = await open_site(tmp_path, burst=40, behind_proxy=True)
    try:
        async with client() as stranger:
            for _ in range(45):
                await stranger.get(
                    f"{site.url}/l/{'x' * 43}", headers={"X-Forwarded-For": "203.0.113.9"}
                )
        token = (await site.link_for(site.sam)).rsplit("/", 1)[1]
        async with client() as sam:
            response = await sam.post(
                f"{site.url}/l",
                data={"token": token},
                headers={"X-Forwarded-For": "1.2.3.4, 198.51.100.7"},
                allow_redirects=False,
            )
            assert response.status == 303, f"Sam's own fresh link: {response.status}"
        async with client() as stranger:  # the flooded client stays limited
            response = await stranger.get(
                f"{site.url}/l/{'x' * 43}", headers={"X-Forwarded-For": "198.51.100.7, 203.0.113.9"}
            )
            assert response.status == 429
    finally:
        await close_site(site)


async def test_without_a_proxy_a_forged_forwarded_header_does_not_dodge_the_limit(
    tmp_path,
) -> None:
    from tests.web.support import close_site, open_site

    site = await open_site(tmp_path, burst=40)
    try:
        async with client() as stranger:
            for number in range(45):
                await stranger.get(
                    f"{site.url}/l/{'x' * 43}", headers={"X-Forwarded-For": f"10.0.0.{number}"}
                )
            response = await stranger.get(f"{site.url}/l/{'x' * 43}")
            assert response.status == 429
    finally:
        await close_site(site)


async def test_launch_data_used_by_the_signed_in_browser_opens_no_other(site: Site) -> None:
    async with client() as alex_browser:
        first = site.init_data(site.alex)
        r = await alex_browser.post(
            f"{site.url}/tg", data={"init_data": first}, allow_redirects=False
        )
        assert r.status == 303
        second = site.init_data(site.alex)  # Alex reopens the Mini App in the same webview
        r = await alex_browser.post(
            f"{site.url}/tg", data={"init_data": second}, allow_redirects=False
        )
        assert r.status == 303
    async with client() as other_browser:
        r = await other_browser.post(
            f"{site.url}/tg", data={"init_data": second}, allow_redirects=False
        )
        assert r.status == 403, "launch data already used once opened a second browser"


@pytest.mark.parametrize("zone", ["Москва", "МСК", "القاهرة", "São Paulo", "München", "Genève"])
async def test_the_zone_form_takes_what_its_label_asks_for(site: Site, zone: str) -> None:
    async with client() as browser:
        await browser.post(
            f"{site.url}/tg", data={"init_data": site.init_data(site.alex)}, allow_redirects=False
        )
        page = html.unescape(await (await browser.get(f"{site.url}/us/settings")).text())
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        r = await browser.post(
            f"{site.url}/us/settings/zone",
            data={"csrf": csrf, "once": "z" * 43, "zone": zone},
            allow_redirects=False,
        )
        assert r.status == 303, f"{zone!r}: {r.status}"
