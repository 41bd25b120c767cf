"""Languages through the real python-telegram-bot `Application` against the local fake Bot API:
the menu is registered once per language (`setMyCommands` with `language_code`), and someone new
is spoken to in the language of their Telegram app.

The languages are pseudo-translations of English (`tests/support/pseudo_language.py`): German
lines start with `‹de› `, Arabic ones with `‹ar› `.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from prompts import Catalog
from tests.adapters.conftest import RunningBot, start_bot
from tests.adapters.fake_telegram import FakeTelegram
from tests.support.pseudo_language import build_catalog, marker

ALEX, SAM, NOOR, KENJI = 111, 222, 333, 444


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    return build_catalog(tmp_path_factory.mktemp("prompts"), ("de", "ar"))


@pytest.fixture
async def bot(
    fake: FakeTelegram, telegram_env: None, tmp_path: Path, catalog: Catalog
) -> AsyncIterator[RunningBot]:
    running = await start_bot(fake, tmp_path, catalog=catalog)
    yield running
    await running.app.stop()


async def test_the_menu_is_registered_in_every_language_with_english_command_names(
    bot: RunningBot, catalog: Catalog
) -> None:
    calls = bot.fake.calls_to("setMyCommands")
    menus: dict[tuple[str | None, str], dict[str, str]] = {}
    for call in calls:
        key = (call.params.get("language_code"), call.params["scope"]["type"])
        menus[key] = {c["command"]: c["description"] for c in call.params["commands"]}
    assert set(menus) == {
        (language, scope)
        for language in (None, "en", "de", "ar")
        for scope in ("all_private_chats", "all_group_chats")
    }
    english = menus[(None, "all_private_chats")]
    for language in ("de", "ar"):
        for scope in ("all_private_chats", "all_group_chats"):
            menu = menus[(language, scope)]
            assert list(menu) == list(english)  # the same commands, named in English
            for command, description in menu.items():
                assert description == catalog.get(language).say(f"help.{command}")[:256]
                assert description.startswith(marker(language))
    assert menus[("de", "all_private_chats")]["pair"] == (
        f"{marker('de')}invite your partner, or join with their code"
    )
    assert menus[("en", "all_group_chats")] == english


async def test_someone_new_hears_the_language_of_their_telegram_app(bot: RunningBot) -> None:
    fake = bot.fake
    fake.user(SAM, "Sam", language_code="de").says("/start")
    await fake.wait_for_text(SAM, f"{marker('de')}Hi Sam")
    assert all(line.startswith(marker("de")) for line in fake.texts(SAM).split("\n") if line)
    fake.user(NOOR, "Noor", language_code="ar").says("/start")
    await fake.wait_for_text(NOOR, marker("ar"))
    # A language Nearer does not speak, and an app that tells none: English.
    fake.user(KENJI, "Kenji", language_code="ja").says("/start")
    fake.user(ALEX, "Alex", language_code=None).says("/start")
    await fake.wait_for_text(KENJI, "Hi Kenji, I'm Nearer")
    await fake.wait_for_text(ALEX, "Hi Alex, I'm Nearer")
    assert "‹" not in fake.texts(KENJI) + fake.texts(ALEX)


async def test_language_changes_it_with_a_button_and_answers_in_the_new_one(
    bot: RunningBot,
) -> None:
    fake = bot.fake
    sam = fake.user(SAM, "Sam", language_code="de-DE")
    sam.says("/language")
    await fake.wait_for(lambda: fake.messages(SAM), what="the language buttons")
    [offer] = fake.messages(SAM)
    assert offer.text.startswith(marker("de"))
    labels = [button["text"] for row in offer.buttons for button in row]
    assert labels == ["English", "Deutsch", "العربية"]
    sam.presses(offer, "language:set:ar")
    await fake.wait_for_text(SAM, f"{marker('ar')}Done.")
    # Telegram still says German; Nearer keeps the choice.
    sam.says("/help")
    await fake.wait_for(lambda: len(fake.messages(SAM)) >= 3, what="the help")
    assert fake.messages(SAM)[-1].text.startswith(marker("ar"))
    # A forged button: a kind line, in Arabic, and nothing changes.
    sam.presses(offer, "language:set:xx")
    await fake.wait_for_text(SAM, f"{marker('ar')}I don't know that language")
