"""Discord for Nearer, on discord.py 2.7: `from_env(app)` builds the adapter when
`DISCORD_BOT_TOKEN` is set.

`adapter` owns the client and its events, `commands` the slash commands, `views` the persistent
buttons and the answer box, `translate` turns interactions and DMs into `Inbound`, `sending` turns
`Outbound` into Discord calls and errors into delivery results, `settings` reads the env.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.adapters.discord.adapter import DiscordAdapter
from bot.adapters.discord.settings import DiscordSettings

if TYPE_CHECKING:
    from bot.app import Nearer

__all__ = ["DiscordAdapter", "DiscordSettings", "from_env"]


def from_env(app: Nearer) -> DiscordAdapter | None:
    """The adapter for the bot whose token is in `DISCORD_BOT_TOKEN`, or `None` without one.

    Its slash commands are the engine's `/help` list, described by the same prompts.
    """
    settings = DiscordSettings.from_env()
    if settings is None:
        return None
    menu = [(command.name, command.help_key) for command in app.engine.router.menu()]
    return DiscordAdapter(
        settings,
        menu=menu,
        prompts=app.prompts,
        max_text_length=app.engine.settings.max_text_length,
    )
