# ruff: noqa: F811  (pytest fixtures imported from the harness)
"""At LOG_LEVEL=DEBUG discord.py logs gateway events and request bodies: no log line of a run may
hold what people wrote, nor their user or channel ids."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.logs import configure_logging
from tests.adapters.discord_harness import (  # noqa: F401  (fixtures)
    RunningDiscord,
    discord_bot,
    discord_env,
    fake_discord,
)

LIBRARIES = ("discord", "aiohttp", "bot")


@pytest.fixture
def debug_logs() -> Iterator[io.StringIO]:
    """Nearer's own logging set-up, as `LOG_LEVEL=DEBUG` makes it, written to a buffer."""
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    saved_levels = {name: logging.getLogger(name).level for name in LIBRARIES}
    buffer = io.StringIO()
    configure_logging("DEBUG")
    handler = root.handlers[0]
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(buffer)
    try:
        yield buffer
    finally:
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)
        for name, level in saved_levels.items():
            logging.getLogger(name).setLevel(level)


async def test_no_log_line_holds_words_or_ids_from_discord_even_at_debug(
    debug_logs: io.StringIO, discord_bot: RunningDiscord
) -> None:
    fake = discord_bot.fake
    alex = fake.user("Alex")
    await alex.slash("help")
    await alex.dm("/appreciate the lighthouse picnic you planned for us")
    await alex.dm("thank you, quietly delighted")
    await alex.slash("journal")
    await discord_bot.until(lambda: len(fake.dms_to(alex)) >= 3)
    library = logging.getLogger("discord.test")
    library.warning("rate limited on /channels/%s/messages", 1234567890123)
    output = debug_logs.getvalue()
    assert "INFO" in output  # the run was logged…
    for private in ("lighthouse", "quietly delighted", str(alex.id), str(alex.dm_channel_id)):
        assert private not in output, private  # …with nothing of Alex's…
    assert "rate limited on /channels/[id]/messages" in output  # …and a library's ids masked
