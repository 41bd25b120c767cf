"""The Telegram adapter's own configuration, read from the environment once at start-up."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.config import ConfigError, secret

DEFAULT_WEBHOOK_PORT = 8443
#: Long-polling wait per getUpdates call: Telegram answers at once when there is an update.
POLL_TIMEOUT_SECONDS = 30


@dataclass(frozen=True)
class WebhookSettings:
    """Where Telegram posts updates (`url`) and where this process listens for them."""

    url: str
    listen: str
    port: int
    secret_token: str

    @property
    def path(self) -> str:
        return urlsplit(self.url).path.lstrip("/")


@dataclass(frozen=True)
class TelegramSettings:
    token: str
    #: python-telegram-bot's `base_url` form, e.g. `http://127.0.0.1:8081/bot`; None = Telegram's.
    api_base_url: str | None = None
    webhook: WebhookSettings | None = None
    poll_timeout: float = POLL_TIMEOUT_SECONDS

    @property
    def api_file_url(self) -> str | None:
        """The file URL that goes with a custom API URL (`…/bot` → `…/file/bot`)."""
        if self.api_base_url and self.api_base_url.endswith("/bot"):
            return self.api_base_url[: -len("/bot")] + "/file/bot"
        return None

    @classmethod
    def from_env(cls) -> TelegramSettings | None:
        """Settings from `TELEGRAM_*` variables; `None` when no bot token is set."""
        token = secret("TELEGRAM_BOT_TOKEN")
        if token is None:
            return None
        if ":" not in token:
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN does not look like a bot token (it should be the "
                "'123456789:AA…' value @BotFather gave you)"
            )
        base_url = os.environ.get("TELEGRAM_API_BASE_URL", "").strip().rstrip("/") or None
        if base_url and not base_url.startswith(("http://", "https://")):
            raise ConfigError(
                f"TELEGRAM_API_BASE_URL must start with http:// or https://, not {base_url!r}"
            )
        return cls(token=token, api_base_url=base_url, webhook=_webhook_from_env(token))


def _webhook_from_env(token: str) -> WebhookSettings | None:
    url = os.environ.get("TELEGRAM_WEBHOOK_URL", "").strip()
    if not url:
        return None
    if not url.startswith(("https://", "http://")):
        # Telegram itself insists on https; a self-hosted Bot API server also takes http.
        raise ConfigError(f"TELEGRAM_WEBHOOK_URL must be an https:// address, not {url!r}")
    port_text = os.environ.get("TELEGRAM_WEBHOOK_PORT", "").strip() or os.environ.get(
        "PORT", str(DEFAULT_WEBHOOK_PORT)
    )
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise ConfigError(f"TELEGRAM_WEBHOOK_PORT must be a port number, not {port_text!r}")
    secret_token = secret("TELEGRAM_WEBHOOK_SECRET") or derived_webhook_secret(token)
    if not all(c.isalnum() or c in "_-" for c in secret_token) or len(secret_token) > 256:
        raise ConfigError(
            "TELEGRAM_WEBHOOK_SECRET may only use letters, digits, _ and - (at most 256)"
        )
    return WebhookSettings(
        url=url,
        listen=os.environ.get("TELEGRAM_WEBHOOK_LISTEN", "").strip() or "0.0.0.0",
        port=int(port_text),
        secret_token=secret_token,
    )


def derived_webhook_secret(token: str) -> str:
    """A webhook secret every worker with the same token agrees on, unguessable without it."""
    return hashlib.sha256(f"nearer-webhook:{token}".encode()).hexdigest()[:48]
