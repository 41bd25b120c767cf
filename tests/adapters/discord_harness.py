"""Nearer as `python -m bot run` wires it with `DISCORD_BOT_TOKEN` set — real engine, outbox and
discord.py client — talking to the local fake Discord (REST and gateway on 127.0.0.1)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.adapters.discord import DiscordAdapter
from bot.app import Nearer, build_platform_adapters
from bot.config import Config
from bot.engine.flow import Flow
from prompts import Catalog
from tests.adapters.fake_discord import TOKEN, FakeDiscord
from tests.support.clocks import MovableClock as Clock

CHANNEL = 1111222233334444555


@dataclass
class RunningDiscord:
    fake: FakeDiscord
    app: Nearer
    adapter: DiscordAdapter
    clock: Clock
    folder: Path
    #: Every Nearer started in this test (a restart adds one); the fixture stops the last.
    started: list[RunningDiscord]

    async def until(self, condition: Callable[[], bool], within: float = 10.0) -> None:
        """Wait for something the outbox delivers in the background."""
        self.app.outbox.wake()
        await self.fake.settle(condition, within=within)

    async def restart(self) -> RunningDiscord:
        """Stop everything and start again on the same database, as after a deploy."""
        await self.app.stop()
        self.fake.connected.clear()
        return await start_nearer(self.fake, self.folder, self.started)


def nearer_config(folder: Path) -> Config:
    return Config(
        data_dir=folder,
        database_url=f"sqlite:///{folder / 'nearer.db'}",
        log_level="INFO",
        language="en",
        nudge_grace_minutes=120,
    )


async def start_nearer(
    fake: FakeDiscord,
    folder: Path,
    started: list[RunningDiscord],
    flows: Sequence[Flow] | None = None,
    catalog: Catalog | None = None,
) -> RunningDiscord:
    clock = Clock()
    app = Nearer(nearer_config(folder), clock=clock, flows=flows, catalog=catalog)
    await asyncio.to_thread(app.db.create_all)
    adapters = build_platform_adapters(app)
    assert [adapter.platform for adapter in adapters] == ["discord"]
    adapter = adapters[0]
    assert isinstance(adapter, DiscordAdapter)
    app.add_adapter(adapter)
    await app.start()
    fake.bot_answered = lambda: adapter.answered(within=10)
    running = RunningDiscord(fake, app, adapter, clock, folder, started)
    started.append(running)
    await asyncio.wait_for(fake.connected.wait(), timeout=10)
    return running


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    server = await FakeDiscord().start()
    yield server
    await server.close()


@pytest.fixture
def discord_env(fake_discord: FakeDiscord, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCORD_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("DISCORD_API_BASE_URL", fake_discord.api_url)
    for name in (
        "TELEGRAM_BOT_TOKEN",
        "DISCORD_GUILD_ID",
        "DISCORD_SHARD_COUNT",
        "DISCORD_SHARD_IDS",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
async def discord_bot(
    fake_discord: FakeDiscord, discord_env: None, tmp_path: Path
) -> AsyncIterator[RunningDiscord]:
    started: list[RunningDiscord] = []
    try:
        yield await start_nearer(fake_discord, tmp_path, started)
    finally:
        if started:
            await started[-1].app.stop()
