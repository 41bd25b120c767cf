"""Slash commands built from the engine's command declarations (`CommandSpec`), generically.

Each declared option becomes a typed slash option (a time zone with autocomplete, a flag as a
yes/no, a person as a Discord user); a leading choice whose values take options of their own
becomes subcommands (`/couple setup partner:@Sam`). The options go to the engine by name, as
they are (`Inbound.options`), and the engine reads them: nothing is turned back into text, and no
command is known here by name, so a new command needs no change in this module.

Every command is installed with a server only (never as a user-installed app, which would carry
it into group DMs and other people's DMs) and offered in servers and the bot's own DM.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any, Optional
from zoneinfo import available_timezones

import discord
from discord import app_commands

from bot.engine.events import OptionValue
from bot.engine.parameters import ChoiceSpec, CommandSpec, Kind, OptionSpec

AnyInteraction = discord.Interaction[Any]
#: Runs a command: its name and the options given, by their declared names.
RunCommand = Callable[[AnyInteraction, str, Mapping[str, OptionValue]], Awaitable[None]]
OpenBox = Callable[[AnyInteraction], Awaitable[None]]
AnyCommand = app_commands.Command[Any, Any, Any] | app_commands.Group

#: Installed with a server, never on a person's account (`integration_types`: guild only).
INSTALLS = app_commands.AppInstallationType(guild=True, user=False)
#: Offered in servers and in the bot's DM; never in group DMs (`contexts`: guild, bot DM).
CONTEXTS = app_commands.AppCommandContext(guild=True, dm_channel=True, private_channel=False)
#: The adapter's own command: opens the private answer box (no free text in server channels).
WRITE_COMMAND = "write"
MAX_DESCRIPTION = 100
#: Words longer than this are refused by Discord before they reach the engine.
MAX_WORD = 32
COMMON_ZONES = (
    "UTC", "Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Warsaw",
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
    "America/Sao_Paulo", "America/Mexico_City", "Asia/Kolkata", "Asia/Tokyo", "Asia/Singapore",
    "Asia/Shanghai", "Australia/Sydney", "Africa/Lagos", "Africa/Johannesburg",
    "Pacific/Auckland",
)  # fmt: skip


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
    specs: Sequence[CommandSpec], description_of_write: str, run: RunCommand, open_box: OpenBox
) -> list[AnyCommand]:
    """One slash command per command in the engine's menu, in order, plus `/write`."""
    commands = [_command(spec, run) for spec in specs]
    if WRITE_COMMAND not in {spec.name for spec in specs}:
        commands.append(_write(description_of_write, open_box))
    for command in commands:
        command.allowed_installs = INSTALLS
        command.allowed_contexts = CONTEXTS
    return commands


def _command(spec: CommandSpec, run: RunCommand) -> AnyCommand:
    description = spec.description[:MAX_DESCRIPTION]
    first = spec.options[0] if spec.options else None
    if first is not None and first.kind is Kind.CHOICE and first.choices:
        return _subcommands(spec.name, description, first, spec.options[1:], run)
    return _slash(spec.name, description, spec.options, run)


def _subcommands(
    name: str,
    description: str,
    choice: OptionSpec,
    shared: Sequence[OptionSpec],
    run: RunCommand,
) -> app_commands.Group:
    """A leading choice: one subcommand per value, with the options that value takes."""
    group = app_commands.Group(name=name, description=description)
    for value in choice.choices:
        group.add_command(_subcommand(name, choice.name, value, shared, run))
    return group


def _subcommand(
    name: str, choice_name: str, value: ChoiceSpec, shared: Sequence[OptionSpec], run: RunCommand
) -> app_commands.Command[Any, Any, Any]:
    fixed = {choice_name: value.value}
    return _slash(
        value.value, value.description[:MAX_DESCRIPTION], [*value.options, *shared], run,
        command=name, fixed=fixed,
    )  # fmt: skip


def _slash(
    name: str,
    description: str,
    options: Sequence[OptionSpec],
    run: RunCommand,
    *,
    command: str | None = None,
    fixed: Mapping[str, OptionValue] | None = None,
) -> app_commands.Command[Any, Any, Any]:
    """A slash command whose parameters are the declared options; discord.py reads a callback's
    signature, so the callback is given one built from the declaration."""
    engine_command = command or name

    async def callback(interaction: AnyInteraction, /, **given: Any) -> None:
        values: dict[str, OptionValue] = dict(fixed or {})
        for option_name, value in given.items():
            if value is None:
                continue
            values[option_name] = str(value.id) if isinstance(value, discord.abc.User) else value
        await run(interaction, engine_command, values)

    callback.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
        + [
            inspect.Parameter(
                option.name,
                inspect.Parameter.KEYWORD_ONLY,
                default=None,
                annotation=_annotation(option),
            )
            for option in options
        ]
    )
    descriptions = {option.name: option.description[:MAX_DESCRIPTION] for option in options}
    if descriptions:
        callback = app_commands.describe(**descriptions)(callback)
    zones = {option.name: zone_choices for option in options if option.kind is Kind.ZONE}
    if zones:
        callback = app_commands.autocomplete(**zones)(callback)
    choices = {
        option.name: [app_commands.Choice(name=c.value, value=c.value) for c in option.choices]
        for option in options
        if option.kind is Kind.CHOICE and option.choices
    }
    if choices:
        callback = app_commands.choices(**choices)(callback)
    return app_commands.Command(name=name, description=description, callback=callback)


def _annotation(option: OptionSpec) -> Any:
    """The Discord type for a declared kind; every option is optional (the engine explains)."""
    if option.kind is Kind.FLAG:
        return Optional[bool]  # noqa: UP045  (discord.py reads the typing form)
    if option.kind is Kind.PERSON:
        return Optional[discord.User]  # noqa: UP045
    longest = option.max_length if option.kind in (Kind.TEXT, Kind.ZONE) else MAX_WORD
    return Optional[app_commands.Range[str, 1, longest]]  # noqa: UP045


def _write(description: str, open_box: OpenBox) -> AnyCommand:
    async def write(interaction: discord.Interaction) -> None:
        await open_box(interaction)

    return app_commands.Command(
        name=WRITE_COMMAND, description=description[:MAX_DESCRIPTION], callback=write
    )
