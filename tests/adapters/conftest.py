"""Fixtures that run the real Nearer (engine, outbox, python-telegram-bot `Application`) against
the local fake Bot API, with a clock tests can move forward."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.adapters.telegram import TelegramAdapter
from bot.adapters.telegram import from_env as telegram_from_env
from bot.app import Nearer
from bot.config import Config
from bot.engine.flow import Flow
from prompts import Catalog
from tests.adapters.fake_telegram import FakeTelegram
from tests.support.clocks import MovableClock


@dataclass
class RunningBot:
    fake: FakeTelegram
    app: Nearer
    adapter: TelegramAdapter
    clock: MovableClock


def nearer_config(folder: Path) -> Config:
    return Config(
        data_dir=folder,
        database_url=f"sqlite:///{folder / 'nearer.db'}",
        log_level="INFO",
        language="en",
        nudge_grace_minutes=120,
    )


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    server = await FakeTelegram().start()
    yield server
    await server.close()


@pytest.fixture
def telegram_env(fake: FakeTelegram, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", fake.token)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", fake.base_url)
    for name in ("TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_SECRET", "DISCORD_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)


async def start_bot(
    fake: FakeTelegram,
    folder: Path,
    flows: Sequence[Flow] | None = None,
    catalog: Catalog | None = None,
) -> RunningBot:
    """Nearer wired as `python -m bot run` wires it: the adapter is built from the env."""
    clock = MovableClock()
    app = Nearer(nearer_config(folder), clock=clock, flows=flows, catalog=catalog)
    await asyncio.to_thread(app.db.create_all)
    telegram = telegram_from_env(app)
    assert telegram is not None
    app.add_adapter(telegram)
    await app.start()
    return RunningBot(fake, app, telegram, clock)


@pytest.fixture
async def bot(fake: FakeTelegram, telegram_env: None, tmp_path: Path) -> AsyncIterator[RunningBot]:
    running = await start_bot(fake, tmp_path)
    yield running
    await running.app.stop()
