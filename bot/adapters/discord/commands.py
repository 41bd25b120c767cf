"""Slash commands built from the engine's command declarations (`CommandSpec`), generically.

Each declared option becomes a typed slash option (a time zone with autocomplete, a flag as a
yes/no, a person as a Discord user); a leading choice whose values take options of their own
becomes subcommands (`/couple setup partner:@Sam`). The options go to the engine by name, as
they are (`Inbound.options`), and the engine reads them: nothing is turned back into text, and no
command is known here by name, so a new command needs no change in this module.

Every command is installed with a server only (never as a user-installed app, which would carry
it into group DMs and other people's DMs) and offered in servers and the bot's own DM.

Descriptions are localized (`description_localizations`) for every language Nearer speaks that
Discord has a locale for (`DISCORD_LOCALES`); command, option and choice names stay English, so
`/pair` is `/pair` everywhere and help texts can name commands. Each description is a `locale_str`
carrying its place in the menu (`path`), and `Localizations`, discord.py's translator, finds it
in each language's own menu when the commands are registered.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any, Optional
from zoneinfo import available_timezones

import discord
from discord import app_commands
from discord.app_commands import TranslationContextLocation, locale_str

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


#: Nearer's languages as Discord names its locales. Spanish is offered to Spain's and Latin
#: America's Discord alike; Discord has no Arabic locale at all, so people whose Discord speaks
#: Arabic see the default language's descriptions (the bot itself still speaks Arabic to whoever
#: picks it with /language).
DISCORD_LOCALES: Mapping[str, tuple[str, ...]] = {
    "en": ("en-US", "en-GB"),
    "es": ("es-ES", "es-419"),
    "pt": ("pt-BR",),
    "de": ("de",),
    "fr": ("fr",),
    "ru": ("ru",),
}
_DESCRIPTIONS = frozenset(
    {
        TranslationContextLocation.command_description,
        TranslationContextLocation.group_description,
        TranslationContextLocation.parameter_description,
    }
)


def _described(text: str, *path: str) -> locale_str:
    """A description that knows its place in the menu (`pair`, `couple/setup/partner`)."""
    return locale_str(text[:MAX_DESCRIPTION], path="/".join(path))


def menu_descriptions(specs: Sequence[CommandSpec], write: str) -> dict[str, str]:
    """Every description of a menu by its path, walked as `build_commands` builds it."""
    found: dict[str, str] = {}
    for spec in specs:
        found[spec.name] = spec.description
        first = spec.options[0] if spec.options else None
        if first is not None and first.kind is Kind.CHOICE and first.choices:
            for value in first.choices:
                found[f"{spec.name}/{value.value}"] = value.description
                for option in (*value.options, *spec.options[1:]):
                    found[f"{spec.name}/{value.value}/{option.name}"] = option.description
        else:
            for option in spec.options:
                found[f"{spec.name}/{option.name}"] = option.description
    if WRITE_COMMAND not in {spec.name for spec in specs}:
        found[WRITE_COMMAND] = write
    return {path: text[:MAX_DESCRIPTION] for path, text in found.items()}


def localizations(menus: Mapping[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """Descriptions by Discord locale, from each language's `menu_descriptions`."""
    return {
        locale: menu for code, menu in menus.items() for locale in DISCORD_LOCALES.get(code, ())
    }


class Localizations(app_commands.Translator):
    """Gives Discord each description in every language it has a locale for; names are
    never translated (`None`: Discord shows the English name)."""

    def __init__(self, by_locale: Mapping[str, Mapping[str, str]]) -> None:
        self._by_locale = by_locale

    async def translate(
        self,
        string: locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        if context.location not in _DESCRIPTIONS:
            return None
        path = string.extras.get("path")
        found = self._by_locale.get(locale.value, {}).get(path) if path else None
        return found or None

    def fingerprint(self) -> str:
        """What it would tell Discord, for knowing whether to register again."""
        return json.dumps(self._by_locale, sort_keys=True, ensure_ascii=False)


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
    description = _described(spec.description, spec.name)
    first = spec.options[0] if spec.options else None
    if first is not None and first.kind is Kind.CHOICE and first.choices:
        return _subcommands(spec.name, description, first, spec.options[1:], run)
    return _slash(spec.name, description, spec.options, run)


def _subcommands(
    name: str,
    description: locale_str,
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
        value.value, _described(value.description, name, value.value),
        [*value.options, *shared], run, command=name, fixed=fixed,
    )  # fmt: skip


def _slash(
    name: str,
    description: locale_str,
    options: Sequence[OptionSpec],
    run: RunCommand,
    *,
    command: str | None = None,
    fixed: Mapping[str, OptionValue] | None = None,
) -> app_commands.Command[Any, Any, Any]:
    """A slash command whose parameters are the declared options; discord.py reads a callback's
    signature, so the callback is given one built from the declaration."""
    engine_command = command or name
    where = f"{command}/{name}" if command else name

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
    descriptions = {
        option.name: _described(option.description, where, option.name) for option in options
    }
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
        name=WRITE_COMMAND, description=_described(description, WRITE_COMMAND), callback=write
    )
