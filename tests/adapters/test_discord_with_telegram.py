"""One Nearer, two platforms: with both tokens set, `python -m bot run` runs the Telegram and the
Discord adapter in one process, and partners can be on different platforms."""

# ruff: noqa: F811  (pytest fixtures imported from the harness)

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.app import Nearer, build_platform_adapters
from tests.adapters.discord_harness import (  # noqa: F401  (fixtures)
    Clock,
    discord_env,
    fake_discord,
    nearer_config,
)
from tests.adapters.fake_discord import FakeDiscord
from tests.adapters.fake_telegram import FakeTelegram

SAM = 4242


async def test_a_partner_on_discord_and_a_partner_on_telegram_share_one_nearer(
    fake_discord: FakeDiscord,
    discord_env: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    telegram = await FakeTelegram().start()
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", telegram.token)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", telegram.base_url)
    for name in ("TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_SECRET"):
        monkeypatch.delenv(name, raising=False)
    app = Nearer(nearer_config(tmp_path), clock=Clock())
    await asyncio.to_thread(app.db.create_all)
    adapters = build_platform_adapters(app)
    assert [adapter.platform for adapter in adapters] == ["telegram", "discord"]
    for adapter in adapters:
        app.add_adapter(adapter)
    await app.start()
    try:
        await asyncio.wait_for(fake_discord.connected.wait(), timeout=10)
        alex = fake_discord.user("Alex")
        invite = await alex.slash("pair")
        code = invite.text.split("/pair ")[1].split()[0]

        telegram.user(SAM, "Sam").says(f"/pair {code}")
        await telegram.wait_for_text(SAM, "You're connected with Alex")
        await fake_discord.settle(
            lambda: any("Sam just joined you" in m.content for m in fake_discord.dms_to(alex))
        )

        ask = await alex.slash("appreciate")
        message, write = ask.button("Write my answer")
        box = await alex.press(message, write)
        assert box.modal is not None
        shown = await alex.submit(box.modal, "Thank you for the soup last night", channel=None,
                                  message=message)  # fmt: skip
        assert "This goes to Sam" in shown.text
        await alex.press(*shown.button("Send"))
        await telegram.wait_for_text(SAM, "Thank you for the soup last night")
    finally:
        await app.stop()
        await telegram.close()
