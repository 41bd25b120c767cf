"""The few settings the engine itself needs; the CLI builds them from the environment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta


@dataclass
class EngineSettings:
    invite_valid_for: timedelta = timedelta(hours=48)
    #: Longest text the engine accepts from a person (Telegram's own message limit).
    max_text_length: int = 4000
    #: How long a question waits for its answer; after that, text is new text (`waiting`).
    pending_expires_after: timedelta = timedelta(minutes=30)
    #: How long the bot's own delivery records (processed update ids, fired timers, delivered
    #: outbox rows, the nudge ledger) are kept before housekeeping removes them.
    keep_records_for: timedelta = timedelta(days=14)
    #: Messages one sender may send at once (the bucket), and how fast it refills (per minute).
    message_burst: int = 20
    messages_per_minute: float = 20.0
    #: Messages a person's words may send to their partner in one of their days.
    partner_messages_per_day: int = 30
