"""Webhook mode: Telegram posts updates to our URL; only posts carrying the secret are taken."""

from __future__ import annotations

import traceback
from pathlib import Path

import aiohttp
import pytest

from bot.adapters.telegram import TelegramAdapter, TelegramSettings
from bot.config import ConfigError
from tests.adapters.conftest import start_bot
from tests.adapters.fake_telegram import FakeTelegram
from tests.adapters.webhook_support import ALEX, free_port, start_update


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
