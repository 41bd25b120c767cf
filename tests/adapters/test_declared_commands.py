"""A command declared only here reaches both platforms: adding a command touches no adapter.

`/stretch` exists in no flow of the bot. Declared with typed parameters, it shows up in
Telegram's command menu and as a Discord slash command with the right option types, and its
handler gets the same read values whether they were typed (`/stretch 7am 20m loud`) or chosen
as Discord options.
"""

# ruff: noqa: F811  (pytest fixtures imported from the harness)

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.engine.flow import Command, Flow
from bot.engine.flows import default_flows
from bot.engine.parameters import Arguments, Kind, Parameter
from bot.engine.turn import Turn
from tests.adapters.conftest import start_bot
from tests.adapters.discord_harness import (  # noqa: F401  (fixtures)
    CHANNEL,
    RunningDiscord,
    discord_env,
    fake_discord,
    start_nearer,
)
from tests.adapters.fake_discord import FakeDiscord
from tests.adapters.fake_telegram import FakeTelegram

ALEX = 111


class StretchFlow(Flow):
    """A practice that exists only in this test; its words reuse existing messages."""

    name = "stretch"

    def commands(self) -> list[Command]:
        parameters = (
            Parameter("when", Kind.CLOCK, "option.start"),
            Parameter("minutes", Kind.SPAN, "option.end"),
            Parameter("loud", Kind.FLAG, "option.off"),
            Parameter("where", Kind.ZONE, "option.zone", max_length=64),
        )
        return [Command("stretch", self.stretch, "option.details", parameters=parameters)]

    def stretch(self, turn: Turn, arguments: Arguments) -> None:
        turn.reply_text(
            f"stretch when={arguments.number('when')} minutes={arguments.number('minutes')} "
            f"loud={arguments.flag('loud')} where={arguments.text('where')!r} "
            f"invalid={arguments.invalid!r}"
        )


def flows() -> list[Flow]:
    return [*default_flows(), StretchFlow()]


async def test_a_command_declared_in_a_test_is_in_telegrams_menu_and_reads_its_words(
    fake: FakeTelegram, telegram_env: None, tmp_path: Path
) -> None:
    running = await start_bot(fake, tmp_path, flows())
    try:
        [menu, *_] = fake.calls_to("setMyCommands")
        commands = {c["command"]: c["description"] for c in menu.params["commands"]}
        assert commands["stretch"] == running.app.prompts.say("option.details")
        fake.user(ALEX, "Alex").says("/stretch 7am 20m loud Europe/Berlin")
        await fake.wait_for_text(
            ALEX, "stretch when=420 minutes=20 loud=True where='Europe/Berlin' invalid=None"
        )
        fake.user(ALEX, "Alex").says("/stretch loud 7am")  # a zone is the rest, for the flow
        await fake.wait_for_text(ALEX, "when=None minutes=None loud=True where='7am'")
    finally:
        await running.app.stop()


async def test_a_command_declared_in_a_test_is_a_discord_slash_command_with_typed_options(
    fake_discord: FakeDiscord, discord_env: None, tmp_path: Path
) -> None:
    started: list[RunningDiscord] = []
    running = await start_nearer(fake_discord, tmp_path, started, flows())
    try:
        commands = {command["name"]: command for command in fake_discord.commands["global"]}
        options: dict[str, dict[str, Any]] = {
            option["name"]: option for option in commands["stretch"]["options"]
        }
        assert [options[name]["type"] for name in ("when", "minutes", "loud", "where")] == [
            3,  # a string the engine reads as a time of day
            3,
            5,  # a boolean
            3,
        ]
        assert options["where"]["autocomplete"] is True
        assert options["when"]["description"] == running.app.prompts.say("option.start")
        assert not any(option.get("required") for option in options.values())
        answer = await fake_discord.user("Alex").slash(
            "stretch", {"when": "7am", "minutes": "20m", "loud": True}, channel=CHANNEL
        )
        assert "stretch when=420 minutes=20 loud=True where='' invalid=None" in answer.text
    finally:
        await running.app.stop()
