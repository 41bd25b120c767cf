"""Languages through the real discord.py client and command tree against the local fake Discord:
every description is localized for each language Discord has a locale for, command names stay
English, and someone new hears the language their Discord client is set to.

The languages are pseudo-translations of English (`tests/support/pseudo_language.py`): German
lines start with `‹de› `, Arabic ones with `‹ar› `. Discord has no Arabic locale, so Arabic
descriptions cannot be registered (the fake refuses unknown locales, as Discord does).
"""

# ruff: noqa: F811  (pytest fixtures imported from the harness)
from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.discord.commands import DISCORD_LOCALES
from prompts import Catalog
from tests.adapters.discord_harness import (  # noqa: F401  (fixtures)
    CHANNEL,
    RunningDiscord,
    discord_env,
    fake_discord,
    start_nearer,
)
from tests.adapters.fake_discord import ApiError, FakeDiscord, _check_localizations
from tests.support.pseudo_language import build_catalog, marker


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    return build_catalog(tmp_path_factory.mktemp("prompts"), ("de", "ar", "pt"))


@pytest.fixture
async def discord_bot(
    fake_discord: FakeDiscord, discord_env: None, tmp_path: Path, catalog: Catalog
) -> AsyncIterator[RunningDiscord]:
    started: list[RunningDiscord] = []
    try:
        yield await start_nearer(fake_discord, tmp_path, started, catalog=catalog)
    finally:
        if started:
            await started[-1].app.stop()


def registered(fake: FakeDiscord) -> dict[str, dict[str, Any]]:
    return {command["name"]: command for command in fake.commands["global"]}


async def test_descriptions_are_localized_and_names_stay_english(
    discord_bot: RunningDiscord, catalog: Catalog
) -> None:
    commands = registered(discord_bot.fake)
    german, brazilian = catalog.get("de"), catalog.get("pt")
    for name in ("pair", "help", "checkin", "language"):
        command = commands[name]
        localized = command["description_localizations"]
        assert localized["de"] == german.say(f"help.{name}")[:100]
        assert localized["pt-BR"] == brazilian.say(f"help.{name}")[:100]
        assert localized["en-US"] == localized["en-GB"] == command["description"]
        assert not command.get("name_localizations")  # /pair is /pair everywhere
    every_locale = {
        locale for command in commands.values() for locale in command["description_localizations"]
    }
    assert every_locale == {"en-US", "en-GB", "de", "pt-BR"}  # no Arabic: not a Discord locale
    assert "ar" not in DISCORD_LOCALES
    # Options and subcommands too: `/pair code:`, `/couple setup partner:`.
    [code] = commands["pair"]["options"]
    assert code["name"] == "code"
    assert code["description_localizations"]["de"].startswith(marker("de"))
    setup = next(o for o in commands["couple"]["options"] if o["name"] == "setup")
    assert setup["description_localizations"]["de"].startswith(marker("de"))
    [partner] = setup["options"]
    assert partner["description_localizations"]["de"].startswith(marker("de"))
    write = commands["write"]["description_localizations"]["de"]
    assert write == german.say("discord.write_command")[:100]


async def test_someone_new_hears_the_language_of_their_discord_client(
    discord_bot: RunningDiscord,
) -> None:
    fake = discord_bot.fake
    anna = fake.user("Anna", locale="de")
    answer = await anna.slash("help")
    assert answer.text.startswith(marker("de")), answer.text
    bruno = fake.user("Bruno", locale="pt-BR")
    assert (await bruno.slash("help")).text.startswith(marker("pt"))
    kenji = fake.user("Kenji", locale="ja")
    assert "‹" not in (await kenji.slash("help")).text
    # Pressing /language's buttons: the choice holds whatever the client says.
    offer = await anna.slash("language")
    assert [label for label, _ in offer.visible[0].buttons()][:2] == ["English", "Deutsch"]
    message, custom_id = offer.button("Português")
    changed = await anna.press(message, custom_id)
    assert changed.text.startswith(f"{marker('pt')}Done."), changed.text
    assert (await anna.slash("checkin")).text.startswith(marker("pt"))


def test_the_fake_refuses_a_locale_discord_does_not_have_as_discord_does() -> None:
    with pytest.raises(ApiError, match="not a locale"):
        _check_localizations([{"name": "pair", "description_localizations": {"ar": "ادعُ"}}])


async def test_the_answer_box_speaks_the_language_of_the_question(
    discord_bot: RunningDiscord,
) -> None:
    anna = discord_bot.fake.user("Anna", locale="de")
    ask = await anna.slash("appreciate", channel=CHANNEL)
    assert ask.text.startswith(marker("de"))
    message, write = ask.button("Write my answer")
    [label] = [label for label, custom_id in message.buttons() if custom_id == write]
    assert label == f"{marker('de')}Write my answer"
    box = await anna.press(message, write)
    assert box.modal is not None
    assert box.modal["title"] == f"{marker('de')}Just between us"[:45]
