"""The adapter reads its own settings from the environment and explains bad ones."""

from __future__ import annotations

import pytest

from bot.adapters.telegram.settings import TelegramSettings, derived_webhook_secret
from bot.config import ConfigError

TOKEN = "7012345678:AAHfakeTokenForNearerTests_0123456789xyz"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "TELEGRAM_BOT_TOKEN", "TELEGRAM_API_BASE_URL", "TELEGRAM_WEBHOOK_URL",
        "TELEGRAM_WEBHOOK_SECRET", "TELEGRAM_WEBHOOK_PORT", "TELEGRAM_WEBHOOK_LISTEN", "PORT",
    ):  # fmt: skip
        monkeypatch.delenv(name, raising=False)


def test_without_a_token_there_is_no_telegram_adapter() -> None:
    assert TelegramSettings.from_env() is None


def test_a_token_alone_means_long_polling_against_telegram(monkeypatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", f"  {TOKEN}\n")
    settings = TelegramSettings.from_env()
    assert settings is not None
    assert (settings.token, settings.api_base_url, settings.webhook) == (TOKEN, None, None)
    assert settings.api_file_url is None


def test_a_self_hosted_bot_api_server_gets_its_file_url_too(monkeypatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:8081/bot/")
    settings = TelegramSettings.from_env()
    assert settings is not None
    assert settings.api_base_url == "http://127.0.0.1:8081/bot"
    assert settings.api_file_url == "http://127.0.0.1:8081/file/bot"


def test_webhook_mode_listens_on_the_url_path_with_a_secret(monkeypatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_URL", "https://nearer.example.org/telegram/hook")
    monkeypatch.setenv("PORT", "5000")
    settings = TelegramSettings.from_env()
    assert settings is not None and settings.webhook is not None
    webhook = settings.webhook
    assert (webhook.path, webhook.port, webhook.listen) == ("telegram/hook", 5000, "0.0.0.0")
    # Every worker with the same token derives the same secret; the token is not in it.
    assert webhook.secret_token == derived_webhook_secret(TOKEN)
    assert TOKEN.split(":")[1] not in webhook.secret_token
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", "my-own_secret")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_PORT", "8443")
    again = TelegramSettings.from_env()
    assert again is not None and again.webhook is not None
    assert (again.webhook.secret_token, again.webhook.port) == ("my-own_secret", 8443)


@pytest.mark.parametrize(
    ("name", "value", "complaint"),
    [
        ("TELEGRAM_BOT_TOKEN", "not-a-token", "TELEGRAM_BOT_TOKEN"),
        ("TELEGRAM_API_BASE_URL", "127.0.0.1:8081/bot", "TELEGRAM_API_BASE_URL"),
        ("TELEGRAM_WEBHOOK_URL", "nearer.example.org/hook", "TELEGRAM_WEBHOOK_URL"),
        ("TELEGRAM_WEBHOOK_PORT", "eighty", "TELEGRAM_WEBHOOK_PORT"),
        ("TELEGRAM_WEBHOOK_SECRET", "has spaces!", "TELEGRAM_WEBHOOK_SECRET"),
    ],
)
def test_bad_settings_are_explained(monkeypatch, name: str, value: str, complaint: str) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    if name.startswith("TELEGRAM_WEBHOOK_") and name != "TELEGRAM_WEBHOOK_URL":
        monkeypatch.setenv("TELEGRAM_WEBHOOK_URL", "https://nearer.example.org/hook")
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=complaint):
        TelegramSettings.from_env()
