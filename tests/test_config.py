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
