"""The slash commands Nearer registers on Discord: one per engine command, described by the same
prompts, with typed options that are checked before the engine sees them."""

# ruff: noqa: F811  (pytest fixtures imported from the harness)

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.adapters.discord.settings import DiscordSettings
from bot.config import ConfigError
from tests.adapters.discord_harness import (  # noqa: F401  (fixtures)
    CHANNEL,
    RunningDiscord,
    discord_bot,
    discord_env,
    fake_discord,
    start_nearer,
)
from tests.adapters.fake_discord import AUTOCOMPLETE, GUILD_ID, FakeDiscord


def registered(fake: FakeDiscord, scope: str = "global") -> dict[str, dict[str, Any]]:
    return {command["name"]: command for command in fake.commands[scope]}


def options(command: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {option["name"]: option for option in command.get("options", [])}


async def test_every_command_in_the_engines_menu_is_registered_with_its_help_line(
    discord_bot: RunningDiscord,
) -> None:
    commands = registered(discord_bot.fake)
    menu = discord_bot.app.engine.router.menu()
    assert [c.name for c in menu] + ["write"] == list(commands)
    prompts = discord_bot.app.prompts
    for command in menu:
        assert commands[command.name]["description"] == prompts.say(command.help_key)[:100]
    assert "start" not in commands, "/start is for Telegram deep links, not the menu"


async def test_options_are_typed(discord_bot: RunningDiscord) -> None:
    commands = registered(discord_bot.fake)
    zone = options(commands["timezone"])["zone"]
    assert zone["type"] == 3 and zone["autocomplete"] is True and not zone.get("required")
    quiet = options(commands["quiet"])
    assert [quiet[name]["type"] for name in ("start", "end", "off")] == [3, 3, 5]
    setup = options(commands["couple"])["setup"]
    assert setup["type"] == 1, "a subcommand"
    assert options(setup)["partner"]["type"] == 6, "a Discord user"
    assert "options" not in commands["help"] or not commands["help"]["options"]
    assert options(commands["pair"])["code"]["max_length"] == 64


async def test_quiet_hours_from_two_times(discord_bot: RunningDiscord) -> None:
    alex = discord_bot.fake.user("Alex")
    answer = await alex.slash("quiet", {"start": "10pm", "end": "7:30"}, channel=CHANNEL)
    assert "Quiet hours set: 22:00–07:30" in answer.text
    assert answer.messages[0].ephemeral


async def test_a_time_that_is_not_a_time_gets_a_kind_explanation(
    discord_bot: RunningDiscord,
) -> None:
    alex = discord_bot.fake.user("Alex")
    answer = await alex.slash("quiet", {"start": "25:99", "end": "08:00"}, channel=CHANNEL)
    assert "I couldn't read “25:99” as quiet hours" in answer.text
    assert answer.messages[0].ephemeral
    settings = await alex.slash("settings")
    assert "Quiet hours: none" in settings.text


async def test_time_zones_are_suggested_as_you_type(discord_bot: RunningDiscord) -> None:
    alex = discord_bot.fake.user("Alex")
    answer = await alex.autocomplete("timezone", "zone", "berl")
    assert answer.kinds == [AUTOCOMPLETE]
    names = [choice["value"] for choice in answer.callbacks[0]["data"]["choices"]]
    assert names[0] == "Europe/Berlin"
    empty = await alex.autocomplete("timezone", "zone", "")
    assert len(empty.callbacks[0]["data"]["choices"]) <= 25


async def test_a_time_zone_chosen_from_the_suggestions_is_set(discord_bot: RunningDiscord) -> None:
    answer = await discord_bot.fake.user("Alex").slash("timezone", {"zone": "Europe/Berlin"})
    assert "Your time zone is now Europe/Berlin" in answer.text


async def test_write_opens_the_answer_box_without_asking_the_engine(
    discord_bot: RunningDiscord,
) -> None:
    answer = await discord_bot.fake.user("Alex").slash("write", channel=CHANNEL)
    assert answer.modal is not None
    assert answer.modal["custom_id"].startswith("nearer-modal:")
    [label] = [c for c in answer.modal["components"] if c["type"] == 18]
    assert label["component"]["style"] == 2 and label["component"]["max_length"] == 4000


async def test_commands_can_be_synced_to_one_server_for_development(
    fake_discord: FakeDiscord,
    discord_env: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("DISCORD_GUILD_ID", str(GUILD_ID))
    started: list[RunningDiscord] = []
    running = await start_nearer(fake_discord, tmp_path, started)
    try:
        assert list(fake_discord.commands) == [f"guild:{GUILD_ID}"]
        answer = await fake_discord.user("Alex").slash("help", channel=CHANNEL)
        assert "Here's what we can do together" in answer.text
    finally:
        await running.app.stop()


@pytest.mark.parametrize(
    ("name", "value", "problem"),
    [
        ("DISCORD_BOT_TOKEN", "not a token", "does not look like a bot token"),
        ("DISCORD_API_BASE_URL", "discord.example", "must start with http"),
        ("DISCORD_GUILD_ID", "my-server", "digits only"),
        ("DISCORD_SHARD_IDS", "0,1", "needs DISCORD_SHARD_COUNT"),
    ],
)
def test_bad_settings_are_explained_at_start_up(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, problem: str
) -> None:
    monkeypatch.setenv("DISCORD_BOT_TOKEN", "abc.def.ghi")
    for other in ("DISCORD_API_BASE_URL", "DISCORD_GUILD_ID", "DISCORD_SHARD_COUNT"):
        monkeypatch.delenv(other, raising=False)
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=problem):
        DiscordSettings.from_env()


def test_the_api_base_url_gets_discords_api_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCORD_BOT_TOKEN", "abc.def.ghi")
    monkeypatch.setenv("DISCORD_API_BASE_URL", "http://proxy.internal:8080/api/")
    settings = DiscordSettings.from_env()
    assert settings is not None and settings.api_base_url == "http://proxy.internal:8080/api/v10"


def test_no_token_means_no_discord(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISCORD_BOT_TOKEN", raising=False)
    assert DiscordSettings.from_env() is None


def command_syncs(fake: FakeDiscord) -> list[str]:
    return [call.path for call in fake.calls if call.method == "PUT"]


async def test_commands_are_registered_again_only_when_they_changed(
    fake_discord: FakeDiscord, discord_env: None, tmp_path: Path
) -> None:
    started: list[RunningDiscord] = []
    running = await start_nearer(fake_discord, tmp_path, started)
    try:
        assert len(command_syncs(fake_discord)) == 1
        running = await running.restart()
        assert len(command_syncs(fake_discord)) == 1, "same commands: nothing to register"
        answer = await fake_discord.user("Alex").slash("help", channel=CHANNEL)
        assert "Here's what we can do together" in answer.text
        (tmp_path / "discord-commands.sha256").write_text("an older set\n")
        running = await running.restart()
        assert len(command_syncs(fake_discord)) == 2
    finally:
        await started[-1].app.stop()
