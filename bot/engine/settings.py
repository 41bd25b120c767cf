"""The few settings the engine itself needs; the CLI builds them from the environment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta


@dataclass
class EngineSettings:
    invite_valid_for: timedelta = timedelta(hours=48)
    #: The Telegram bot's username, for `t.me/<name>?start=<code>` deep links; the Telegram
    #: adapter fills it in from getMe when it starts.
    telegram_username: str | None = None
    #: Longest text the engine accepts from a person (Telegram's own message limit).
    max_text_length: int = 4000
    #: How long a question waits for its answer; after that, text is new text (`waiting`).
    pending_expires_after: timedelta = timedelta(minutes=30)
