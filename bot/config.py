"""Core settings from the environment (and `.env`), validated once at start-up.

Adapters read their own settings (tokens, URLs) in their own modules: this one does not grow a
field for every platform.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from dotenv import load_dotenv

from bot.engine.settings import EngineSettings


class ConfigError(Exception):
    """A setting is missing or malformed; the message says which and how to fix it."""


@dataclass(frozen=True)
class Config:
    data_dir: Path
    database_url: str
    log_level: str
    language: str
    nudge_grace_minutes: int
    #: Days the bot's own delivery records are kept (see storage/housekeeping.py).
    keep_records_days: int = 14
    #: At most this many messages of one person's reach their partner in a day (the daily cap).
    partner_messages_per_day: int = 30
    #: How long a question waits for its answer before later text counts as new text.
    pending_expires_minutes: int = 30

    @classmethod
    def from_env(cls, env_file: str | None = ".env") -> Config:
        if env_file:
            load_dotenv(env_file, override=False)
        data_dir = Path(os.environ.get("NEARER_DATA_DIR", "data")).expanduser()
        database_url = os.environ.get("DATABASE_URL", "").strip() or (
            f"sqlite:///{(data_dir / 'nearer.db').as_posix()}"
        )
        log_level = os.environ.get("LOG_LEVEL", "INFO").upper()
        if log_level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise ConfigError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, not {log_level!r}")
        grace = os.environ.get("NUDGE_GRACE_MINUTES", "120")
        if not grace.isdigit():
            raise ConfigError(f"NUDGE_GRACE_MINUTES must be a whole number, not {grace!r}")
        keep = os.environ.get("NEARER_KEEP_RECORDS_DAYS", "").strip() or "14"
        if not keep.isdigit() or int(keep) < 2:
            raise ConfigError(
                f"NEARER_KEEP_RECORDS_DAYS must be a whole number of days, 2 or more, not {keep!r}"
            )
        per_day = os.environ.get("NEARER_PARTNER_MESSAGES_PER_DAY", "30").strip()
        if not per_day.isdigit() or int(per_day) < 1:
            raise ConfigError(
                f"NEARER_PARTNER_MESSAGES_PER_DAY must be a whole number above 0, not {per_day!r}"
            )
        waits = os.environ.get("PENDING_EXPIRES_MINUTES", "30").strip()
        if not (waits.isascii() and waits.isdigit()) or int(waits) < 1:
            raise ConfigError(
                f"PENDING_EXPIRES_MINUTES must be a whole number above 0, not {waits!r}"
            )
        return cls(
            data_dir=data_dir,
            database_url=database_url,
            log_level=log_level,
            language=os.environ.get("NEARER_LANGUAGE", "en"),
            nudge_grace_minutes=int(grace),
            keep_records_days=int(keep),
            partner_messages_per_day=int(per_day),
            pending_expires_minutes=int(waits),
        )

    def engine_settings(self) -> EngineSettings:
        """The engine's own settings that come from the environment."""
        return EngineSettings(
            pending_expires_after=timedelta(minutes=self.pending_expires_minutes),
            keep_records_for=timedelta(days=self.keep_records_days),
            partner_messages_per_day=self.partner_messages_per_day,
        )


def secret(name: str) -> str | None:
    """A token from the environment, or `None` when unset or blank."""
    value = os.environ.get(name, "").strip()
    return value or None
