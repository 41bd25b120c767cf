"""Logging set-up with a filter that keeps tokens, people's words and chat ids out of every line.

Client libraries log request URLs, and Telegram puts the bot token in the URL path; the filter
replaces every configured secret wherever it appears, including in arguments and tracebacks.

At DEBUG the platform libraries log what they send and receive: python-telegram-bot every call's
parameters (`sendMessage {'chat_id': …, 'text': …}`) and its answer, discord.py every gateway
event and request body. So, whatever `LOG_LEVEL` says, only Nearer's own loggers may speak below
INFO (its lines never hold words or ids), and id-like numbers in library lines above it (a
Discord channel in a rate-limit warning's URL) are masked.
"""

from __future__ import annotations

import logging
import os
import re

SECRET_ENV_SUFFIXES = ("_TOKEN", "_SECRET", "_PASSWORD")
_TELEGRAM_TOKEN_SHAPE = re.compile(r"(?<![0-9])[0-9]{5,}:[A-Za-z0-9_-]{30,}")
#: Chat and user ids as they appear in library lines: Telegram's (often negative) and Discord's
#: snowflakes. Shorter numbers (status codes, counts, seconds) are left alone.
#: An IPv4 address (a library names the client it was serving).
_ADDRESS_SHAPE = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
#: A token: a one-time link, a session cookie (url-safe base64, 32 bytes or more).
_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{40,}")
_ID_SHAPE = re.compile(r"(?<![\w.])-?[0-9]{6,}(?![\w.])")
#: The loggers whose every line Nearer wrote itself.
OWN_LOGGERS = frozenset({"bot", "storage", "prompts", "benchmarks", "__main__"})
#: Libraries that log message payloads at DEBUG; kept at INFO or above even when DEBUG is asked.
LIBRARY_LOGGERS = (
    "telegram",
    "discord",
    "httpx",
    "httpcore",
    "aiohttp",
    "tornado",
    "sqlalchemy",
    "alembic",
    "asyncio",
)


def secrets_from_env() -> list[str]:
    return [
        value
        for name, value in os.environ.items()
        if name.endswith(SECRET_ENV_SUFFIXES) and len(value.strip()) >= 8
    ]


class RedactSecrets(logging.Filter):
    """On the handler, so it sees every record whichever logger's level let it through."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self._secrets = sorted(set(secrets), key=len, reverse=True)

    def _redact(self, text: str) -> str:
        for value in self._secrets:
            text = text.replace(value, "[redacted]")
        return _TELEGRAM_TOKEN_SHAPE.sub("[redacted]", text)

    def filter(self, record: logging.LogRecord) -> bool:
        own = record.name.partition(".")[0] in OWN_LOGGERS
        if not own and record.levelno < logging.INFO:
            return False  # a library's DEBUG line: request parameters, payloads, events
        if record.name == "aiohttp.server" and record.exc_info:
            # The HTTP parser's traceback quotes the raw request: a one-time link's token, a
            # session cookie. Its kind is enough to know what happened.
            kind = record.exc_info[0].__name__ if record.exc_info[0] else "error"
            record.msg, record.args = f"a request was refused by the HTTP parser ({kind})", None
            record.exc_info = record.exc_text = None
        message = self._redact(record.getMessage())
        if not own:
            message = _library_line(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg = message
        record.args = None
        if record.exc_text:
            record.exc_text = self._redact(record.exc_text)
            if not own:
                record.exc_text = _library_line(record.exc_text)
        return True


def _library_line(text: str) -> str:
    """A library's line without what could name a person or open their page: long numbers
    (chat ids), addresses, and token-shaped strings (links, cookies)."""
    text = _ID_SHAPE.sub("[id]", text)
    text = _ADDRESS_SHAPE.sub("[address]", text)
    return _TOKEN_SHAPE.sub("[token]", text)


def configure_logging(level: str, secrets: list[str] | None = None) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets if secrets is not None else secrets_from_env()))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Libraries are not even asked for DEBUG lines (the filter would drop them anyway). A level
    # a library set itself is only ever raised: SQLAlchemy keeps its logger at WARNING, and at
    # INFO it would log every statement.
    for name in LIBRARY_LOGGERS:
        library = logging.getLogger(name)
        library.setLevel(max(library.level, logging.INFO, root.level))
    # httpx logs every request URL at INFO, token included: keep it to warnings.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
