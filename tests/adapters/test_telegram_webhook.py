"""Webhook mode: Telegram posts updates to our URL; only posts carrying the secret are taken."""

from __future__ import annotations

import asyncio
import traceback
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from bot.adapters.telegram import TelegramAdapter, TelegramSettings
from bot.config import ConfigError
from tests.adapters.conftest import start_bot
from tests.adapters.fake_telegram import FakeTelegram
from tests.adapters.webhook_support import ALEX, free_port, start_update

SECRET = "X-Telegram-Bot-Api-Secret-Token"


async def test_webhook_mode_registers_the_hook_and_answers_posted_updates(
    fake: FakeTelegram, telegram_env: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()
    hook = f"http://127.0.0.1:{port}/telegram/hook"
    monkeypatch.setenv("TELEGRAM_WEBHOOK_URL", hook)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_LISTEN", "127.0.0.1")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_PORT", str(port))
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", "s3cret-hook")
    bot = await start_bot(fake, tmp_path)
    try:
        [registered] = fake.calls_to("setWebhook")
        assert registered.params["url"] == hook
        assert registered.params["secret_token"] == "s3cret-hook"
        assert registered.params["allowed_updates"] == ["message", "callback_query"]
        assert fake.calls_to("getUpdates") == []

        async with aiohttp.ClientSession() as client:
            forged = await client.post(
                hook,
                json=start_update(1),
                headers={"X-Telegram-Bot-Api-Secret-Token": "guess"},
            )
            assert forged.status == 403
            genuine = await client.post(
                hook,
                json=start_update(2),
                headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-hook"},
            )
            assert genuine.status == 200
        await fake.wait_for_text(ALEX, "Hi Alex, I'm Nearer")
        assert fake.texts(ALEX).count("Hi Alex") == 1
    finally:
        await bot.app.stop()


async def test_a_token_telegram_refuses_stops_start_up_with_a_clear_message(
    fake: FakeTelegram,
) -> None:
    wrong = "7012345678:AAHsomeoneElsesTokenThatTelegramRefuses00"
    adapter = TelegramAdapter(TelegramSettings(token=wrong, api_base_url=fake.base_url))

    async def never_called(_inbound: object) -> list[object]:
        raise AssertionError("no update may arrive")

    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN") as refused:
        await adapter.start(never_called)  # type: ignore[arg-type]
    # Printed as a traceback, the error must not carry PTB's message that quotes the token.
    assert refused.value.__cause__ is None and refused.value.__suppress_context__
    assert wrong not in "".join(traceback.format_exception(refused.value))
    assert [call.method for call in fake.calls] == ["getMe"]
    await adapter.stop()  # nothing was started: stopping is harmless


async def _raw_post(port: int, headers: dict[str, str], body: bytes = b"") -> bytes:
    """Send a post's headers (and `body`, often none of what they declare) on a bare socket and
    return what the server answers within two seconds: it must judge the headers alone."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    lines = ["POST /telegram/hook HTTP/1.1", f"Host: 127.0.0.1:{port}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
    await writer.drain()
    try:
        return await asyncio.wait_for(reader.read(4096), 2.0)
    except TimeoutError:
        return b"(no answer while the body was still owed)"
    finally:
        writer.close()


@pytest.fixture
async def webhook_bot(
    fake: FakeTelegram, telegram_env: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[int]:
    port = free_port()
    monkeypatch.setenv("TELEGRAM_WEBHOOK_URL", f"http://127.0.0.1:{port}/telegram/hook")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_LISTEN", "127.0.0.1")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_PORT", str(port))
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", "s3cret-hook")
    bot = await start_bot(fake, tmp_path)
    try:
        yield port
    finally:
        await bot.app.stop()


async def test_a_post_without_the_secret_is_refused_before_its_body_is_read(
    webhook_bot: int,
) -> None:
    """The reproduction: 95 MB posts without the secret were read whole into memory."""
    huge = {"Content-Type": "application/json", "Content-Length": str(95 * 1024 * 1024)}
    answers = await asyncio.gather(
        *(_raw_post(webhook_bot, {**huge, SECRET: "guess"}) for _ in range(6)),
        _raw_post(webhook_bot, huge),
    )
    for answer in answers:
        assert answer.startswith(b"HTTP/1.1 403"), answer[:80]


async def test_a_post_larger_than_an_update_is_refused_even_with_the_secret(
    webhook_bot: int,
) -> None:
    declared = {
        "Content-Type": "application/json",
        "Content-Length": str(2 * 1024 * 1024),
        SECRET: "s3cret-hook",
    }
    answer = await _raw_post(webhook_bot, declared)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:80]


async def test_a_chunked_post_is_cut_off_at_the_cap(webhook_bot: int) -> None:
    """No declared size: the body is read only up to the cap, then the connection is closed."""
    reader, writer = await asyncio.open_connection("127.0.0.1", webhook_bot)
    head = (
        "POST /telegram/hook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"{SECRET}: s3cret-hook\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    writer.write(head.encode())
    chunk = b"a" * 65536
    sent = 0
    with pytest.raises((ConnectionError, TimeoutError)):
        for _ in range(200):  # up to 13 MB; the server must hang up long before
            writer.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            await asyncio.wait_for(writer.drain(), 2.0)
            sent += len(chunk)
            if reader.at_eof():
                raise ConnectionResetError
            await asyncio.sleep(0)
    writer.close()
    assert sent < 4 * 1024 * 1024


async def test_a_secret_that_is_not_ascii_is_refused_not_an_error(webhook_bot: int) -> None:
    async with aiohttp.ClientSession() as client:
        answer = await client.post(
            f"http://127.0.0.1:{webhook_bot}/telegram/hook",
            json=start_update(3),
            headers={SECRET: "s3crét-hook"},
        )
        assert answer.status == 403
