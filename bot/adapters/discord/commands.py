"""Slash commands for every command in the engine's menu, with typed options.

Each command only turns its options back into the text a person would type (`/quiet 22:00-08:00`)
and hands it on, so the engine stays the one that decides. Commands this module has no special
options for get one optional free-text `details` option, unless they are known to take none.
Times are checked here (a `Transformer`), the engine checks everything else.

Every command is installed with a server only (never as a user-installed app, which would carry
it into group DMs and other people's DMs) and offered in servers and the bot's own DM.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from functools import lru_cache
from typing import Any, Optional
from zoneinfo import available_timezones

import discord
from discord import app_commands

from bot.adapters.discord.translate import command_text
from bot.engine.zones import format_clock, parse_clock

AnyInteraction = discord.Interaction[Any]
RunCommand = Callable[[AnyInteraction, str], Awaitable[None]]
OpenBox = Callable[[AnyInteraction], Awaitable[None]]
Say = Callable[[str], str]
AnyCommand = app_commands.Command[Any, Any, Any] | app_commands.Group

#: Engine commands known to ignore any argument: no option clutters their slash command.
#: Any other command (a practice added later included) gets the optional `details` option.
NO_ARGUMENTS = frozenset(
    {
        "help", "unpair", "settings", "pause", "resume", "export", "forget", "checkin",
        "listen", "together", "hug", "dream", "journal", "knowme", "repair", "rituals", "stress",
        "ourcards",
    }
)  # fmt: skip
#: Installed with a server, never on a person's account (`integration_types`: guild only).
INSTALLS = app_commands.AppInstallationType(guild=True, user=False)
#: Offered in servers and in the bot's DM; never in group DMs (`contexts`: guild, bot DM).
CONTEXTS = app_commands.AppCommandContext(guild=True, dm_channel=True, private_channel=False)
#: The adapter's own command: opens the private answer box (no free text in server channels).
WRITE_COMMAND = "write"
MAX_DESCRIPTION = 100
COMMON_ZONES = (
    "UTC", "Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Warsaw",
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
    "America/Sao_Paulo", "America/Mexico_City", "Asia/Kolkata", "Asia/Tokyo", "Asia/Singapore",
    "Asia/Shanghai", "Australia/Sydney", "Africa/Lagos", "Africa/Johannesburg",
    "Pacific/Auckland",
)  # fmt: skip


class ClockTime(app_commands.Transformer):
    """A time of day (`22:00`, `7:30am`), normalised to `HH:MM`; anything else is refused."""

    async def transform(self, interaction: AnyInteraction, value: Any, /) -> str:
        minutes = parse_clock(str(value))
        if minutes is None:
            raise app_commands.TransformerError(value, discord.AppCommandOptionType.string, self)
        return format_clock(minutes)


@lru_cache(maxsize=1)
def _zone_names() -> tuple[str, ...]:
    return tuple(sorted(available_timezones()))


async def zone_choices(interaction: AnyInteraction, current: str) -> list[app_commands.Choice[str]]:
    """Up to 25 IANA zones matching what was typed so far (common ones when nothing yet)."""
    wanted = current.strip().replace(" ", "_").casefold()
    if not wanted:
        names: Sequence[str] = COMMON_ZONES
    else:
        starts = [name for name in _zone_names() if name.casefold().startswith(wanted)]
        within = [name for name in _zone_names() if wanted in name.casefold()]
        names = list(dict.fromkeys([*starts, *within]))
    return [app_commands.Choice(name=name, value=name) for name in names[:25]]


def build_commands(
    menu: Sequence[tuple[str, str]], say: Say, run: RunCommand, open_box: OpenBox
) -> list[AnyCommand]:
    """One slash command per `(name, help key)` of the engine's menu, in order, plus `/write`."""
    builders: dict[str, Callable[[str, str, Say, RunCommand], AnyCommand]] = {
        "pair": _pair,
        "timezone": _timezone,
        "quiet": _quiet,
        "couple": _couple,
    }
    commands: list[AnyCommand] = []
    for name, help_key in menu:
        description = say(help_key)[:MAX_DESCRIPTION]
        if name in builders:
            commands.append(builders[name](name, description, say, run))
        elif name in NO_ARGUMENTS:
            commands.append(_plain(name, description, say, run))
        else:
            commands.append(_with_details(name, description, say, run))
    if WRITE_COMMAND not in {name for name, _ in menu}:
        commands.append(_write(say, open_box))
    for command in commands:
        command.allowed_installs = INSTALLS
        command.allowed_contexts = CONTEXTS
    return commands


def _plain(name: str, description: str, say: Say, run: RunCommand) -> AnyCommand:
    async def plain(interaction: discord.Interaction) -> None:
        await run(interaction, command_text(name))

    return app_commands.Command(name=name, description=description, callback=plain)


def _with_details(name: str, description: str, say: Say, run: RunCommand) -> AnyCommand:
    @app_commands.describe(details=say("discord.option_details")[:MAX_DESCRIPTION])
    async def with_details(
        interaction: discord.Interaction,
        details: Optional[app_commands.Range[str, 1, 200]] = None,  # noqa: UP045
    ) -> None:
        await run(interaction, command_text(name, details))

    return app_commands.Command(name=name, description=description, callback=with_details)


def _pair(name: str, description: str, say: Say, run: RunCommand) -> AnyCommand:
    @app_commands.describe(code=say("discord.option_code")[:MAX_DESCRIPTION])
    async def pair(
        interaction: discord.Interaction,
        code: Optional[app_commands.Range[str, 1, 64]] = None,  # noqa: UP045
    ) -> None:
        await run(interaction, command_text(name, code))

    return app_commands.Command(name=name, description=description, callback=pair)


def _timezone(name: str, description: str, say: Say, run: RunCommand) -> AnyCommand:
    @app_commands.describe(zone=say("discord.option_zone")[:MAX_DESCRIPTION])
    @app_commands.autocomplete(zone=zone_choices)
    async def timezone(
        interaction: discord.Interaction,
        zone: Optional[app_commands.Range[str, 1, 64]] = None,  # noqa: UP045
    ) -> None:
        await run(interaction, command_text(name, zone))

    return app_commands.Command(name=name, description=description, callback=timezone)


def _quiet(name: str, description: str, say: Say, run: RunCommand) -> AnyCommand:
    @app_commands.describe(
        start=say("discord.option_start")[:MAX_DESCRIPTION],
        end=say("discord.option_end")[:MAX_DESCRIPTION],
        off=say("discord.option_off")[:MAX_DESCRIPTION],
    )
    async def quiet(
        interaction: discord.Interaction,
        start: Optional[app_commands.Transform[str, ClockTime]] = None,  # noqa: UP045
        end: Optional[app_commands.Transform[str, ClockTime]] = None,  # noqa: UP045
        off: Optional[bool] = None,  # noqa: UP045
    ) -> None:
        if off:
            text = command_text(name, "off")
        elif start and end:
            text = command_text(name, f"{start}-{end}")
        else:  # one end only: the engine explains what it needs
            text = command_text(name, start or end)
        await run(interaction, text)

    return app_commands.Command(name=name, description=description, callback=quiet)


def _couple(name: str, description: str, say: Say, run: RunCommand) -> AnyCommand:
    group = app_commands.Group(name=name, description=description)

    @group.command(name="setup", description=say("discord.couple_setup")[:MAX_DESCRIPTION])
    @app_commands.describe(partner=say("discord.option_partner")[:MAX_DESCRIPTION])
    async def setup(
        interaction: discord.Interaction,
        partner: Optional[discord.User] = None,  # noqa: UP045
    ) -> None:
        await run(interaction, command_text(name, "setup", str(partner.id) if partner else None))

    @group.command(name="status", description=say("discord.couple_status")[:MAX_DESCRIPTION])
    async def status(interaction: discord.Interaction) -> None:
        await run(interaction, command_text(name))

    @group.command(name="off", description=say("discord.couple_off")[:MAX_DESCRIPTION])
    async def off(interaction: discord.Interaction) -> None:
        await run(interaction, command_text(name, "off"))

    return group


def _write(say: Say, open_box: OpenBox) -> AnyCommand:
    async def write(interaction: discord.Interaction) -> None:
        await open_box(interaction)

    description = say("discord.write_command")[:MAX_DESCRIPTION]
    return app_commands.Command(name=WRITE_COMMAND, description=description, callback=write)
