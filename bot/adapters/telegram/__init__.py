"""Telegram for Nearer, on python-telegram-bot 22: `from_env(app)` builds the adapter when
`TELEGRAM_BOT_TOKEN` is set.

`adapter` owns the connection, `translate` turns updates into `Inbound`, `sending` turns
`Outbound` into Bot API calls, `formatting` escapes and splits text, `settings` reads the env.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.adapters.telegram import _library  # noqa: F401  # first: how python-telegram-bot loads
from bot.adapters.telegram.adapter import TelegramAdapter
from bot.adapters.telegram.settings import TelegramSettings, WebhookSettings

if TYPE_CHECKING:
    from bot.app import Nearer

__all__ = ["TelegramAdapter", "TelegramSettings", "WebhookSettings", "from_env"]


def from_env(app: Nearer) -> TelegramAdapter | None:
    """The adapter for the bot whose token is in `TELEGRAM_BOT_TOKEN`, or `None` without one.

    Its command menu is the engine's `/help` list; once getMe has answered, its invite links
    are `t.me` deep links. In webhook mode `/healthz` reports whether this worker's database
    answers.
    """
    settings = TelegramSettings.from_env()
    if settings is None:
        return None
    commands = [(spec.name, spec.description) for spec in app.engine.command_specs()]
    by_language = {
        code: [(spec.name, spec.description) for spec in app.engine.command_specs(code)]
        for code in app.engine.catalog.codes
    }
    return TelegramAdapter(
        settings,
        commands=commands,
        commands_by_language=by_language,
        health=app.db.answers,
        menu_page=app.mini_app_menu,
    )
