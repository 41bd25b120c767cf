from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from bot.config import Config, ConfigError
from bot.logs import RedactSecrets
from storage.db import normalise_database_url


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("sqlite:///data/x.db", "sqlite:///data/x.db"),
        ("postgres://u:p@h:5432/db", "postgresql+psycopg://u:p@h:5432/db"),
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+asyncpg://u@h/db", "postgresql+psycopg://u@h/db"),
        ("  sqlite:///x.db \n", "sqlite:///x.db"),
    ],
)
def test_database_urls_operators_are_given_just_work(given: str, expected: str) -> None:
    assert normalise_database_url(given) == expected


def test_config_defaults_to_sqlite_in_the_data_folder(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("NEARER_DATA_DIR", str(tmp_path / "d"))
    config = Config.from_env(env_file=None)
    assert config.database_url == f"sqlite:///{tmp_path / 'd' / 'nearer.db'}"


def test_bad_settings_fail_with_a_clear_message(monkeypatch) -> None:
    monkeypatch.setenv("NUDGE_GRACE_MINUTES", "two hours")
    with pytest.raises(ConfigError, match="NUDGE_GRACE_MINUTES"):
        Config.from_env(env_file=None)


def test_the_retention_period_is_a_setting_with_a_safe_floor(monkeypatch) -> None:
    monkeypatch.delenv("NEARER_KEEP_RECORDS_DAYS", raising=False)
    assert Config.from_env(env_file=None).keep_records_days == 14
    monkeypatch.setenv("NEARER_KEEP_RECORDS_DAYS", "30")
    assert Config.from_env(env_file=None).keep_records_days == 30
    for bad in ("1", "a week", "-3"):
        monkeypatch.setenv("NEARER_KEEP_RECORDS_DAYS", bad)
        with pytest.raises(ConfigError, match="NEARER_KEEP_RECORDS_DAYS"):
            Config.from_env(env_file=None)


def test_tokens_never_reach_a_log_line(caplog) -> None:
    token = "123456789:AAF-secret_token_value_abcdefghijklmno"
    logger = logging.getLogger("test.redaction")
    logger.addFilter(RedactSecrets([token]))
    with caplog.at_level(logging.INFO):
        logger.info("POST https://api.telegram.org/bot%s/getMe", token)
        try:
            raise RuntimeError(f"failed for {token}")
        except RuntimeError:
            logger.exception("boom")
    assert token not in caplog.text
    assert "[redacted]" in caplog.text


def test_telegram_shaped_tokens_are_redacted_even_when_unknown(caplog) -> None:
    logger = logging.getLogger("test.redaction.shape")
    logger.addFilter(RedactSecrets([]))
    with caplog.at_level(logging.INFO):
        logger.info("url /bot987654321:ZZZ_abcdefghijklmnopqrstuvwxyz0123/getUpdates")
    assert "ZZZ_abc" not in caplog.text


def test_the_daily_cap_on_messages_to_the_partner_is_a_setting(monkeypatch, tmp_path) -> None:
    from bot.app import Nearer

    monkeypatch.setenv("NEARER_PARTNER_MESSAGES_PER_DAY", "12")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'n.db'}")
    app = Nearer(Config.from_env(env_file=None))
    assert app.engine.settings.partner_messages_per_day == 12
    monkeypatch.setenv("NEARER_PARTNER_MESSAGES_PER_DAY", "lots")
    with pytest.raises(ConfigError, match="NEARER_PARTNER_MESSAGES_PER_DAY"):
        Config.from_env(env_file=None)


@pytest.mark.parametrize("level", ["DEBUG", "INFO"])
def test_database_statements_are_not_logged_at_any_level(level: str) -> None:
    import sqlalchemy  # noqa: F401  (it sets its own logger to WARNING on import)

    from bot.logs import configure_logging

    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    try:
        configure_logging(level)
        assert not logging.getLogger("sqlalchemy.engine.Engine").isEnabledFor(logging.INFO)
    finally:
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)


def test_how_long_a_question_waits_is_a_setting(monkeypatch) -> None:
    monkeypatch.delenv("PENDING_EXPIRES_MINUTES", raising=False)
    assert Config.from_env(env_file=None).engine_settings().pending_expires_after == timedelta(
        minutes=30
    )
    monkeypatch.setenv("PENDING_EXPIRES_MINUTES", "90")
    config = Config.from_env(env_file=None)
    assert config.engine_settings().pending_expires_after == timedelta(minutes=90)
    for bad in ("0", "half an hour", "-5"):
        monkeypatch.setenv("PENDING_EXPIRES_MINUTES", bad)
        with pytest.raises(ConfigError, match="PENDING_EXPIRES_MINUTES"):
            Config.from_env(env_file=None)
