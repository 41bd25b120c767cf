"""The "Us" page's ways in and its guards, through a real aiohttp server and client: Telegram
launch data (valid, forged, expired, replayed), one-time links (taken once, by a POST only),
sessions that `/unpair` and `/forget` end, form tokens, another couple's ids, oversized and
malformed forms, rate limits and security headers. The browser tests are `test_web_browser.py`."""

from __future__ import annotations

import html
from datetime import timedelta

import pytest

from bot.web.guard import CONTENT_SECURITY_POLICY
from bot.web.server import WebServer
from bot.web.settings import WebSettings
from bot.web.signin import COOKIE, SignIn
from storage.models import BucketItem, Person
from storage.store import Store
from tests.web.support import BOT_TOKEN, Site, client, close_site, open_site

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def text_of(response) -> str:
    """A page's text as read (entities such as &#39; turned back into characters)."""
    return html.unescape(await response.text())


async def sign_in_with_telegram(site: Site, session, init_data: str):
    return await session.post(
        f"{site.url}/tg", data={"init_data": init_data}, allow_redirects=False
    )


async def signed_in(site: Site, session, person=None) -> str:
    """Sign `person` (Alex) in through Telegram; the /us page's HTML."""
    response = await sign_in_with_telegram(site, session, site.init_data(person or site.alex))
    assert response.status == 303, await text_of(response)
    page = await session.get(f"{site.url}/us")
    assert page.status == 200
    return await page.text()


async def form_token(site: Site, session, path: str = "/us/ideas") -> dict[str, str]:
    html = await (await session.get(f"{site.url}{path}")).text()
    csrf = html.split('name="csrf" value="')[1].split('"')[0]
    once = html.split('name="once" value="')[1].split('"')[0]
    return {"csrf": csrf, "once": once}


def stored(site: Site, work):
    return site.world.db.transaction(lambda session: work(Store(session)))


async def test_health_check_answers_when_the_database_does(site: Site) -> None:
    async with client() as session:
        response = await session.get(f"{site.url}/healthz")
        assert response.status == 200
        assert await response.json() == {"status": "ok"}


async def test_valid_telegram_launch_data_opens_the_page_with_a_strict_cookie(site: Site) -> None:
    async with client() as session:
        response = await sign_in_with_telegram(site, session, site.init_data(site.alex))
        assert response.status == 303 and response.headers["Location"] == "/us"
        cookie = response.headers["Set-Cookie"]
        assert f"{COOKIE}=" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
        assert "Secure" not in cookie  # plain http on this machine
        html = await (await session.get(f"{site.url}/us")).text()
        assert "Alex and Sam" in html


async def test_forged_launch_data_is_refused_with_a_clear_page(site: Site) -> None:
    async with client() as session:
        forged = site.init_data(site.alex, token="999:someone-elses-bot")
        response = await sign_in_with_telegram(site, session, forged)
        assert response.status == 403
        assert "made by Telegram for this bot" in await text_of(response)
        assert COOKIE not in response.cookies
        assert (await session.get(f"{site.url}/us")).status == 401


async def test_tampered_launch_data_is_refused(site: Site) -> None:
    good = site.init_data(site.alex)
    tampered = good.replace("7001", "7002")
    async with client() as session:
        response = await sign_in_with_telegram(site, session, tampered)
        assert response.status == 403


async def test_launch_data_older_than_ten_minutes_is_refused(site: Site) -> None:
    old = site.init_data(site.alex, at=site.world.clock() - timedelta(minutes=11))
    async with client() as session:
        response = await sign_in_with_telegram(site, session, old)
        assert response.status == 403
        assert "too old" in await text_of(response)


async def test_launch_data_used_once_cannot_sign_in_another_browser(site: Site) -> None:
    init_data = site.init_data(site.alex)
    async with client() as first:
        assert (await sign_in_with_telegram(site, first, init_data)).status == 303
        # The same Mini App reloading, in the same browser, stays signed in.
        assert (await sign_in_with_telegram(site, first, init_data)).status == 303
    async with client() as second:
        response = await sign_in_with_telegram(site, second, init_data)
        assert response.status == 403
        assert "already used" in await text_of(response)


async def test_someone_the_bot_never_met_is_told_to_say_hi_first(site: Site) -> None:
    stranger = site.world.person("Stranger", platform="telegram", user_id="9999")
    async with client() as session:
        response = await sign_in_with_telegram(site, session, site.init_data(stranger))
        assert response.status == 403
        assert "doesn't know you yet" in await text_of(response)


@pytest.mark.parametrize(
    "init_data",
    ["", "hash", "auth_date=1&auth_date=2&hash=ab", "user=%7B%7D&hash=00", "x" * 5000],
)
async def test_malformed_launch_data_is_refused(site: Site, init_data: str) -> None:
    async with client() as session:
        response = await sign_in_with_telegram(site, session, init_data)
        assert response.status == 403


async def test_a_one_time_link_opens_the_page_once(site: Site) -> None:
    link = await site.link_for(site.sam)
    async with client() as session:
        # Opening the link (as a chat's link preview does) uses nothing up.
        assert (await session.get(link)).status == 200
        assert (await session.get(link)).status == 200
        token = link.rsplit("/", 1)[1]
        response = await session.post(f"{site.url}/l", data={"token": token}, allow_redirects=False)
        assert response.status == 303
        assert "Alex and Sam" not in (html := await (await session.get(f"{site.url}/us")).text())
        assert "Sam and Alex" in html
    async with client() as other:
        again = await other.post(f"{site.url}/l", data={"token": token}, allow_redirects=False)
        assert again.status == 403
        assert "already used" in await text_of(again)


async def test_a_one_time_link_expires_after_ten_minutes(site: Site) -> None:
    token = (await site.link_for(site.sam)).rsplit("/", 1)[1]
    site.world.clock.advance(minutes=11)
    async with client() as session:
        response = await session.post(f"{site.url}/l", data={"token": token}, allow_redirects=False)
        assert response.status == 403


async def test_the_link_is_stored_only_as_its_hash(site: Site) -> None:
    token = (await site.link_for(site.sam)).rsplit("/", 1)[1]
    from sqlmodel import select

    from storage.web_models import WebLink

    hashes = site.world.db.transaction(
        lambda session: [row.token_hash for row in session.exec(select(WebLink)).all()]
    )
    assert hashes and token not in hashes


async def test_a_change_without_the_form_token_changes_nothing(site: Site) -> None:
    async with client() as session:
        await signed_in(site, session)
        response = await session.post(
            f"{site.url}/us/ideas/add", data={"idea": "Sneaky", "once": "a" * 43}
        )
        assert response.status == 403
        tokens = await form_token(site, session)
        cross_site = await session.post(
            f"{site.url}/us/ideas/add",
            data={"idea": "Sneaky", **tokens},
            headers={"Origin": "https://evil.example"},
        )
        assert cross_site.status == 403
    items = stored(site, lambda store: store.bucket_list(store.person(1)))
    assert all(item.text != "Sneaky" for item in items)


async def test_another_couples_idea_cannot_be_ticked(site: Site) -> None:
    await site.kim.says("/idea add Kim and Lee's secret plan")
    theirs = stored(
        site,
        lambda store: next(
            i.id for i in store.session.exec(__import__("sqlmodel").select(BucketItem)).all()
        ),
    )
    async with client() as session:
        await signed_in(site, session)
        tokens = await form_token(site, session)
        response = await session.post(f"{site.url}/us/ideas/{theirs}/done", data=tokens)
        assert response.status == 404
        assert "isn't on your list" in await text_of(response)
        html = await (await session.get(f"{site.url}/us/ideas")).text()
        assert "secret plan" not in html
    item = stored(site, lambda store: store.session.get(BucketItem, theirs))
    assert item.done_at is None


async def test_huge_and_malformed_forms_change_nothing(site: Site) -> None:
    async with client() as session:
        await signed_in(site, session)
        tokens = await form_token(site, session)
        huge = await session.post(f"{site.url}/us/ideas/add", data={**tokens, "idea": "x" * 20_000})
        assert huge.status == 413
        assert "far too long" in await text_of(huge)
        long_idea = await session.post(
            f"{site.url}/us/ideas/add", data={**tokens, "idea": "x" * 400}
        )
        assert long_idea.status == 400
        as_json = await session.post(f"{site.url}/us/ideas/add", json={**tokens, "idea": "Hi"})
        assert as_json.status == 400
        bad_time = await session.post(
            f"{site.url}/us/settings/quiet", data={**tokens, "start": "25:00", "end": "07:00"}
        )
        assert bad_time.status == 400
        odd_id = await session.post(f"{site.url}/us/ideas/%C2%B2/done", data=tokens)
        assert odd_id.status == 404
    alex = stored(site, lambda store: store.person(1))
    assert alex.quiet_start is None


async def test_unpairing_ends_the_page_session(site: Site) -> None:
    async with client() as session:
        await signed_in(site, session)
        await site.alex.says("/unpair")
        await site.alex.taps("Yes")
        response = await session.get(f"{site.url}/us")
        assert response.status == 401


async def test_forgetting_removes_every_session(site: Site) -> None:
    async with client() as session:
        await signed_in(site, session)
        await site.alex.says("/forget")
        await site.alex.taps("Yes")
        assert (await session.get(f"{site.url}/us")).status == 401
    from sqlmodel import select

    from storage.web_models import WebLink, WebSession

    left = site.world.db.transaction(
        lambda session: (
            len(session.exec(select(WebSession)).all()) + len(session.exec(select(WebLink)).all())
        )
    )
    assert left == 0


async def test_every_response_carries_the_security_headers(site: Site) -> None:
    async with client() as session:
        for path in ("/us", "/tg", "/nowhere", "/static/us.css", "/healthz"):
            response = await session.get(f"{site.url}{path}")
            assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "default-src 'self'" in CONTENT_SECURITY_POLICY
    assert "'unsafe-inline'" not in CONTENT_SECURITY_POLICY


async def test_too_many_requests_are_refused_per_person(tmp_path) -> None:
    site = await open_site(tmp_path, burst=5)
    try:
        async with client() as session:
            await signed_in(site, session)
            statuses = [(await session.get(f"{site.url}/us")).status for _ in range(6)]
            assert statuses[-1] == 429
    finally:
        await close_site(site)


async def test_cookies_are_secure_behind_https(site: Site) -> None:
    server = WebServer(
        WebSettings("https://nearer.example.org", 0, "127.0.0.1"),
        site.world.engine,
        telegram_token=BOT_TOKEN,
    )
    response = SignIn(server).signed_in("a" * 43)
    morsel = response.cookies[COOKIE]
    assert morsel["secure"] and morsel["httponly"] and morsel["samesite"] == "Strict"


async def test_a_person_whose_language_has_no_page_yet_reads_it_in_english(site: Site) -> None:
    def speak(store: Store) -> None:
        person = store.session.get(Person, 1)
        assert person is not None
        person.language = "xx"

    stored(site, speak)
    async with client() as session:
        html = await signed_in(site, session)
    assert '<html lang="en" dir="ltr">' in html
