"""What the page shows and changes, through a real server and client: exactly what the chat
would show the person (never a partner's draft, an unrevealed answer or another couple's
words), and changes that arrive in the chat as the chat's own would, each once."""

from __future__ import annotations

import html
import re

import pytest

from bot.engine.events import Attachment
from storage.store import Store
from tests.support.world import texts
from tests.web.support import Site, client

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def signed_in_session(site: Site, person=None):
    session = client()
    response = await session.post(
        f"{site.url}/tg",
        data={"init_data": site.init_data(person or site.alex)},
        allow_redirects=False,
    )
    assert response.status == 303
    return session


async def page_text(site: Site, session, path: str) -> str:
    response = await session.get(f"{site.url}{path}")
    assert response.status == 200
    return html.unescape(await response.text())


async def tokens(site: Site, session, path: str = "/us/settings") -> dict[str, str]:
    page = await page_text(site, session, path)
    return {
        "csrf": re.search(r'name="csrf" value="([^"]+)"', page).group(1),
        "once": re.search(r'name="once" value="([^"]+)"', page).group(1),
    }


async def test_answers_show_only_once_revealed(site: Site) -> None:
    await site.alex.says("/dream")
    await site.alex.sends("A garden of our own")
    await site.sam.says("/knowme")
    await site.sam.sends("Climbing in the Alps")  # Alex has not guessed yet
    async with await signed_in_session(site) as session:
        page = await page_text(site, session, "/us/answers")
    assert "A garden of our own" not in page  # Sam has not answered: not revealed yet
    assert "Climbing in the Alps" not in page  # not guessed yet
    async with client() as sam_session:
        token = (await site.link_for(site.sam)).rsplit("/", 1)[1]
        await sam_session.post(f"{site.url}/l", data={"token": token})
        page = await page_text(site, sam_session, "/us/answers")
    assert "A garden of our own" not in page
    await site.sam.says("/dream")
    await site.sam.sends("A boat")
    async with await signed_in_session(site) as session:
        page = await page_text(site, session, "/us/answers")
    assert "A garden of our own" in page and "A boat" in page


async def test_nothing_of_another_couple_and_no_draft_shows(site: Site) -> None:
    await site.kim.says("/appreciate Lee, you are wonderful")
    await site.sam.says("/talk")
    await site.sam.says("I feel unheard when plans change")  # a draft, not sent
    await site.alex.says("/appreciate thanks for the soup")
    async with await signed_in_session(site) as session:
        journal = await page_text(site, session, "/us/journal")
        everything = journal + "".join(
            [
                await page_text(site, session, f"/us/{view}")
                for view in ("answers", "ideas", "together")
            ]
        )
    assert "thanks for the soup" in journal
    assert "Lee, you are wonderful" not in everything
    assert "unheard" not in everything


async def test_the_same_form_sent_twice_changes_things_once(site: Site) -> None:
    async with await signed_in_session(site) as session:
        form = {**(await tokens(site, session, "/us/ideas")), "idea": "Bake bread"}
        first = await session.post(f"{site.url}/us/ideas/add", data=form, allow_redirects=False)
        second = await session.post(f"{site.url}/us/ideas/add", data=form, allow_redirects=False)
        assert first.headers["Location"] == "/us/ideas?done=ok"
        assert second.headers["Location"] == "/us/ideas?done=again"
        page = await page_text(site, session, second.headers["Location"])
        assert "nothing was changed twice" in page
    items = site.world.db.transaction(
        lambda session: [item.text for item in Store(session).bucket_list(Store(session).person(1))]
    )
    assert items.count("Bake bread") == 1
    assert texts(site.alex.inbox()).count("Added to your list") == 1


async def test_export_and_forget_from_the_page_go_through_the_chat(site: Site) -> None:
    async with await signed_in_session(site) as session:
        exported = await session.post(
            f"{site.url}/us/data/export", data=await tokens(site, session), allow_redirects=False
        )
        assert exported.headers["Location"] == "/us/settings?done=export"
        inbox = site.alex.inbox()
        assert any(isinstance(message.attachment, Attachment) for message in inbox)
        forget = await session.post(
            f"{site.url}/us/data/forget", data=await tokens(site, session), allow_redirects=False
        )
        assert forget.headers["Location"] == "/us/settings?done=forget"
        asked = site.alex.inbox()
        assert any("Yes" in b.label for m in asked for row in m.buttons for b in row)
        # Nothing is deleted until the chat's confirmation.
        assert (await session.get(f"{site.url}/us")).status == 200


async def test_pausing_on_the_page_is_the_chats_pause(site: Site) -> None:
    async with await signed_in_session(site) as session:
        await session.post(f"{site.url}/us/settings/pause", data=await tokens(site, session))
        page = await page_text(site, session, "/us/settings")
        assert "Reminders are paused." in page and "Resume reminders" in page
    assert "Nudges are paused" in texts(site.alex.inbox())
    assert site.world.db.transaction(lambda session: Store(session).person(1).paused)


async def test_a_time_zone_set_on_the_page_is_confirmed_in_the_chat(site: Site) -> None:
    async with await signed_in_session(site) as session:
        response = await session.post(
            f"{site.url}/us/settings/zone", data={**(await tokens(site, session)), "zone": "berlin"}
        )
        assert "asks in your chat whether the time there is right" in html.unescape(
            await response.text()
        )
        assert "Now: Europe/Berlin" in await page_text(site, session, "/us/settings")
    assert "Your time zone is now Europe/Berlin" in texts(site.alex.inbox())
