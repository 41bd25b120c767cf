"""The bot token is in every Bot API URL; no log line of a whole run may show it."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.logs import configure_logging
from tests.adapters.conftest import start_bot
from tests.adapters.fake_telegram import FakeTelegram

ALEX = 111
CHATTY_LOGGERS = ("httpx", "httpcore", "telegram", "bot", "aiohttp")


@pytest.fixture
def captured_logs() -> Iterator[io.StringIO]:
    """Nearer's own logging set-up at DEBUG, every library included, written to a buffer."""
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    saved_levels = {name: logging.getLogger(name).level for name in CHATTY_LOGGERS}
    buffer = io.StringIO()
    configure_logging("DEBUG")  # secrets come from the environment, as in production
    handler = root.handlers[0]
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(buffer)
    for name in CHATTY_LOGGERS:  # louder than production: httpx would log URLs even at INFO
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield buffer
    finally:
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)
        for name, level in saved_levels.items():
            logging.getLogger(name).setLevel(level)


async def test_the_token_never_appears_in_the_logs_of_a_whole_run(
    fake: FakeTelegram, telegram_env: None, tmp_path: Path, captured_logs: io.StringIO
) -> None:
    bot = await start_bot(fake, tmp_path)
    try:
        alex = fake.user(ALEX, "Alex")
        alex.says("/start")
        await fake.wait_for_text(ALEX, "Hi Alex")
        fake.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
        alex.says("/help")  # a failed reply is logged with the error
        await fake.wait_for(lambda: 403 in [c.status for c in fake.calls_to("sendMessage")])
        logging.getLogger("test").info("the bot is %r", bot.adapter._application.bot)  # type: ignore[union-attr]
    finally:
        await bot.app.stop()
    output = captured_logs.getvalue()
    assert "HTTP Request: POST" in output  # the URLs were logged…
    assert "[redacted]" in output  # …with the token taken out
    secret_part = fake.token.split(":", 1)[1]
    assert secret_part not in output
    assert fake.token not in output


#: Distinctive ids, so a search of the log finds them wherever a library printed them.
ALEX_ID, SAM_ID = 7301112223, 7304445556


async def test_no_log_line_holds_peoples_words_or_chat_ids_even_at_debug(
    fake: FakeTelegram, telegram_env: None, tmp_path: Path, captured_logs: io.StringIO
) -> None:
    """The reproduction: at LOG_LEVEL=DEBUG python-telegram-bot logged
    `sendMessage {'chat_id': '222', 'text': '💛 A appreciates you: …'}`."""
    bot = await start_bot(fake, tmp_path)
    try:
        alex, sam = fake.user(ALEX_ID, "Alex"), fake.user(SAM_ID, "Sam")
        alex.says("/pair")
        await fake.wait_for_text(ALEX_ID, "https://t.me/")
        code = re.search(r"start=([a-z0-9]{16})", fake.texts(ALEX_ID))
        assert code is not None
        sam.says(f"/start {code.group(1)}")
        await fake.wait_for_text(SAM_ID, "connected with Alex")
        alex.says("/appreciate the marigold soup you made when I was ill")
        await fake.wait_for_text(SAM_ID, "marigold soup")
        sam.says("thank you, quietly delighted")
        await fake.wait_for(lambda: len(fake.messages(SAM_ID)) >= 3)
    finally:
        await bot.app.stop()
    output = captured_logs.getvalue()
    assert "DEBUG" in output or "INFO" in output  # the run was logged…
    for private in ("marigold", "quietly delighted", "appreciates you", str(ALEX_ID), str(SAM_ID)):
        assert private not in output, private  # …without a word or an id of theirs
