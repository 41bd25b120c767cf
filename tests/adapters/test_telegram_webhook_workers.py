"""Webhook mode for several workers: a health check on the webhook's port for the load balancer,
and an update that reaches two workers (Telegram re-sending it, or a balancer retrying) takes
effect once."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy import func
from sqlmodel import select

from bot.adapters.telegram import TelegramAdapter
from bot.adapters.telegram import from_env as telegram_from_env
from bot.app import Nearer
from bot.config import Config
from storage.models import ProcessedUpdate
from tests.adapters.conftest import start_bot
from tests.adapters.fake_telegram import FakeTelegram
from tests.adapters.webhook_support import ALEX, free_port, start_update
from tests.support.databases import database_url

SECRET = "s3cret-hook"


def webhook_env(monkeypatch: pytest.MonkeyPatch, port: int) -> str:
    """The env one worker is started with; returns where it listens."""
    hook = f"http://127.0.0.1:{port}/telegram/hook"
    monkeypatch.setenv("TELEGRAM_WEBHOOK_URL", hook)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_LISTEN", "127.0.0.1")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_PORT", str(port))
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", SECRET)
    return f"http://127.0.0.1:{port}"


async def get_health(client: aiohttp.ClientSession, base: str) -> tuple[int, Any]:
    async with client.get(f"{base}/healthz") as response:
        return response.status, await response.json()


async def post_update(client: aiohttp.ClientSession, base: str, update: dict[str, object]) -> int:
    async with client.post(
        f"{base}/telegram/hook", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
    ) as response:
        return response.status


# -- the health check ----------------------------------------------------------------------


async def test_healthz_on_the_webhook_port_says_ok_while_the_database_answers(
    fake: FakeTelegram, telegram_env: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = webhook_env(monkeypatch, free_port())
    bot = await start_bot(fake, tmp_path)
    try:
        async with aiohttp.ClientSession() as client:
            status, body = await get_health(client, base)
            assert (status, body) == (200, {"status": "ok"})
            async with client.get(f"{base}/healthz") as response:
                assert response.headers["Cache-Control"] == "no-store"
                assert response.content_type == "application/json"
    finally:
        await bot.app.stop()


async def test_healthz_says_503_while_the_database_does_not_answer_and_ok_again_after(
    fake: FakeTelegram, telegram_env: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = webhook_env(monkeypatch, free_port())
    bot = await start_bot(fake, tmp_path)
    # Another process holding SQLite's write lock: the worker's queries wait and time out.
    holder = sqlite3.connect(tmp_path / "nearer.db", isolation_level=None, timeout=10)
    try:
        async with aiohttp.ClientSession() as client:
            assert (await get_health(client, base))[0] == 200
            holder.execute("BEGIN EXCLUSIVE")
            began = time.monotonic()
            status, body = await get_health(client, base)
            assert (status, body) == (503, {"status": "database unavailable"})
            assert time.monotonic() - began < 4.0  # answered within the check's own timeout
            holder.execute("ROLLBACK")
            deadline = time.monotonic() + 10
            while (status := (await get_health(client, base))[0]) != 200:
                assert time.monotonic() < deadline, f"still {status} after the lock was released"
                await asyncio.sleep(0.2)
    finally:
        holder.close()
        await bot.app.stop()


# -- two workers, one update ---------------------------------------------------------------


@dataclass
class Worker:
    app: Nearer
    adapter: TelegramAdapter
    base: str


@asynccontextmanager
async def two_workers(
    url: str, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[list[Worker]]:
    """Two Nearer processes' worth of parts (each its own database handle, engine, outbox and
    PTB `Application` with its own webhook server), started as `python -m bot run` starts them,
    migrations included, against one database."""
    workers: list[Worker] = []
    try:
        for number in range(2):
            base = webhook_env(monkeypatch, free_port())
            config = Config(
                data_dir=folder / f"worker-{number}",
                database_url=url,
                log_level="INFO",
                language="en",
                nudge_grace_minutes=120,
            )
            app = Nearer(config)
            adapter = telegram_from_env(app)
            assert adapter is not None
            app.add_adapter(adapter)
            workers.append(Worker(app, adapter, base))
        await asyncio.gather(*(worker.app.migrate() for worker in workers))
        for worker in workers:
            await worker.app.start()
        yield workers
    finally:
        for worker in workers:
            await worker.app.stop()


def processed_rows(app: Nearer, update_id: int) -> int:
    return int(
        app.db.transaction(
            lambda session: session.exec(
                select(func.count())
                .select_from(ProcessedUpdate)
                .where(
                    ProcessedUpdate.platform == "telegram",
                    ProcessedUpdate.update_id == str(update_id),
                )
            ).one()
        )
    )


async def test_an_update_posted_to_two_workers_at_once_is_handled_once(
    fake: FakeTelegram,
    telegram_env: None,
    backend: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with database_url(backend, tmp_path) as url:
        async with two_workers(url, tmp_path, monkeypatch) as (first, second):
            assert len(fake.calls_to("setWebhook")) == 2  # each worker registers the same hook
            update = start_update(7001)
            async with aiohttp.ClientSession() as client:
                statuses = await asyncio.gather(
                    post_update(client, first.base, update),
                    post_update(client, second.base, update),
                )
                assert statuses == [200, 200]  # both acknowledge: neither asks for a resend
                # Answered after handling: the reply has gone out by the time the post returns.
                assert fake.texts(ALEX).count("Hi Alex") == 1
                # Telegram re-sends it later (to whichever worker the balancer picks).
                assert await post_update(client, second.base, update) == 200
                assert await post_update(client, first.base, update) == 200
                assert fake.texts(ALEX).count("Hi Alex") == 1
                # A new update (another /start) is handled as usual, by either worker.
                assert await post_update(client, second.base, start_update(7002)) == 200
                for worker in (first, second):
                    assert await get_health(client, worker.base) == (200, {"status": "ok"})
            assert fake.texts(ALEX).count("Hi Alex") == 2  # 7001 once, and 7002
            assert processed_rows(first.app, 7001) == processed_rows(second.app, 7001) == 1
            assert processed_rows(first.app, 7002) == 1
