"""Discord for Nearer, on discord.py 2.7: `from_env(app)` builds the adapter when
`DISCORD_BOT_TOKEN` is set.

`adapter` owns the client and its events, `commands` the slash commands, `views` the persistent
buttons and the answer box, `translate` turns interactions and DMs into `Inbound`, `sending` turns
`Outbound` into Discord calls and errors into delivery results, `settings` reads the env.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.adapters.discord.adapter import DiscordAdapter, DiscordTexts
from bot.adapters.discord.commands import localizations, menu_descriptions
from bot.adapters.discord.settings import DiscordSettings

if TYPE_CHECKING:
    from bot.app import Nearer

__all__ = ["DiscordAdapter", "DiscordSettings", "DiscordTexts", "from_env"]


def from_env(app: Nearer) -> DiscordAdapter | None:
    """The adapter for the bot whose token is in `DISCORD_BOT_TOKEN`, or `None` without one.

    Its slash commands are built from the engine's command declarations (`command_specs`),
    the same ones Telegram's menu is built from.
    """
    settings = DiscordSettings.from_env()
    if settings is None:
        return None
    menus = {
        code: menu_descriptions(
            app.engine.command_specs(code), app.catalog.get(code).say("discord.write_command")
        )
        for code in app.catalog.codes
    }
    return DiscordAdapter(
        settings,
        commands=app.engine.command_specs(),
        texts=DiscordTexts.worded(app.prompts.say),
        max_text_length=app.engine.settings.max_text_length,
        synced_record=app.config.data_dir / "discord-commands.sha256",
        localized=localizations(menus),
        texts_by_language={
            code: DiscordTexts.worded(app.catalog.get(code).say) for code in app.catalog.codes
        },
        language_of_locale=app.engine.first_language,
    )
