"""Logging set-up with a filter that keeps tokens out of every log line.

Client libraries log request URLs, and Telegram puts the bot token in the URL path; the filter
replaces every configured secret wherever it appears, including in arguments and tracebacks.
"""

from __future__ import annotations

import logging
import os
import re

SECRET_ENV_SUFFIXES = ("_TOKEN", "_SECRET", "_PASSWORD")
_TELEGRAM_TOKEN_SHAPE = re.compile(r"(?<![0-9])[0-9]{5,}:[A-Za-z0-9_-]{30,}")


def secrets_from_env() -> list[str]:
    return [
        value
        for name, value in os.environ.items()
        if name.endswith(SECRET_ENV_SUFFIXES) and len(value.strip()) >= 8
    ]


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self._secrets = sorted(set(secrets), key=len, reverse=True)

    def _redact(self, text: str) -> str:
        for value in self._secrets:
            text = text.replace(value, "[redacted]")
        return _TELEGRAM_TOKEN_SHAPE.sub("[redacted]", text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg = self._redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = self._redact(record.exc_text)
        return True


def configure_logging(level: str, secrets: list[str] | None = None) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets if secrets is not None else secrets_from_env()))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL at INFO, token included: keep it to warnings.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
