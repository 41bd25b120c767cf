"""A real `python -m bot run` that tests can SIGKILL and restart, and a fake Bot API that says
exactly what it saw: which run of the bot fetched each update, and when each message was accepted.

The bot runs as operators start it (a subprocess, long polling, SQLite in a data folder); the
test reads that folder's database with plain `sqlite3` to learn what was committed.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.delivery import CLAIM_LEASE
from tests.adapters.fake_telegram import FakeTelegram, SentMessage

ROOT = Path(__file__).resolve().parents[2]
#: How SQLAlchemy writes a datetime into SQLite (UTC, no zone, always six fraction digits).
SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"


@dataclass(frozen=True)
class Accepted:
    """One message the fake Bot API accepted (recorded before it answered the bot)."""

    at: float
    chat_id: int
    message_id: int
    text: str
    generation: int


class RecordingTelegram(FakeTelegram):
    """The local fake Bot API, plus a record of which run of the bot (`generation`) fetched each
    update and when each message was accepted, and hooks a test uses to kill the bot exactly
    there. A long poll left behind by a killed run answers nothing: its socket is gone."""

    def __init__(self) -> None:
        super().__init__()
        self.generation = 0
        #: update_id → the generation that last fetched it.
        self.fetched_by: dict[int, int] = {}
        self.accepted: list[Accepted] = []
        #: message_id → the bytes of a document the bot sent (an `/export`).
        self.documents: dict[int, bytes] = {}
        self.on_fetched: Callable[[list[int]], None] | None = None
        self.on_accepted: Callable[[Accepted], None] | None = None
        self._polls: Counter[int] = Counter()

    def waiting(self, update_id: int) -> bool:
        """Not yet confirmed by the bot: Telegram would hand it out again."""
        return any(update["update_id"] == update_id for update, _ in self._updates)

    def polls_by(self, generation: int) -> int:
        return self._polls[generation]

    async def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        generation = self.generation
        self._polls[generation] += 1
        updates = await super()._api_getUpdates(params)
        if generation != self.generation:
            return []
        ids = [int(update["update_id"]) for update in updates]
        for update_id in ids:
            self.fetched_by[update_id] = generation
        if ids and self.on_fetched is not None:
            self.on_fetched(ids)
        return updates

    def _record(self, chat_id: int, kind: str, text: str, params: dict[str, Any]) -> dict[str, Any]:
        result = super()._record(chat_id, kind, text, params)
        message: SentMessage = self.chats[chat_id][-1]
        accepted = Accepted(time.time(), chat_id, message.message_id, message.text, self.generation)
        self.accepted.append(accepted)
        if self.on_accepted is not None:
            self.on_accepted(accepted)
        return result

    async def _endpoint(self, request: web.Request) -> web.Response:
        response = await super()._endpoint(request)
        if request.match_info["method"] == "sendDocument" and response.status == 200:
            form = await request.post()  # parsed once already; aiohttp keeps it
            document = form.get("document")
            if isinstance(document, web.FileField):
                document.file.seek(0)
                body = json.loads(response.body)  # type: ignore[arg-type]
                self.documents[int(body["result"]["message_id"])] = document.file.read()
        return response


@dataclass
class BotProcess:
    """`python -m bot run` against the fake, in `folder`; every start is a new generation."""

    fake: RecordingTelegram
    folder: Path
    process: asyncio.subprocess.Process | None = None
    started_at: float = 0.0
    kills: list[float] = field(default_factory=list)
    #: generation → when it was killed.
    killed_at: dict[int, float] = field(default_factory=dict)
    starts: int = 0
    unexpected_exits: list[int] = field(default_factory=list)
    _killed_generation: int = -1

    @property
    def database(self) -> Path:
        return self.folder / "data" / "nearer.db"

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.returncode is None

    def log_file(self, generation: int) -> Path:
        return self.folder / f"run-{generation:03d}.log"

    async def start(self) -> None:
        self.fake.generation += 1
        self.starts += 1
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_"))},
            "TELEGRAM_BOT_TOKEN": self.fake.token,
            "TELEGRAM_API_BASE_URL": self.fake.base_url,
            "NEARER_DATA_DIR": str(self.folder / "data"),
            "PYTHONPATH": str(ROOT),
            "PYTHONUNBUFFERED": "1",
        }
        env.pop("DATABASE_URL", None)
        with self.log_file(self.fake.generation).open("wb") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run",
                cwd=self.folder, env=env, stdout=log, stderr=asyncio.subprocess.STDOUT,
            )  # fmt: skip
        self.started_at = time.time()

    async def until_live(self, within: float = 60.0) -> None:
        """Until this generation has polled for updates (it answers people from then on)."""
        generation = self.fake.generation
        await self.fake.wait_for(
            lambda: self.fake.polls_by(generation) > 0 or not self.alive, within, "polling"
        )

    def kill(self, generation: int | None = None) -> bool:
        """SIGKILL the running bot (only if it is still `generation`); `True` if it was killed."""
        if not self.alive or self.process is None:
            return False
        if generation is not None and generation != self.fake.generation:
            return False
        if self._killed_generation == self.fake.generation:
            return False
        os.kill(self.process.pid, signal.SIGKILL)
        self._killed_generation = self.fake.generation
        self.kills.append(time.time())
        self.killed_at[self.fake.generation] = self.kills[-1]
        return True

    async def restart_after_crash(self) -> None:
        """Wait for the process to be gone, let a minute of downtime pass for the outbox, and
        start the next generation."""
        assert self.process is not None
        code = await self.process.wait()
        if self._killed_generation != self.fake.generation:
            self.unexpected_exits.append(code)
        expire_outbox_leases(self.database)
        await self.start()

    async def stop(self) -> int:
        """SIGTERM, as a deploy stops it; returns the exit code."""
        if self.process is None or self.process.returncode is not None:
            return 0
        self.process.send_signal(signal.SIGTERM)
        return await asyncio.wait_for(self.process.wait(), 30)

    def output(self) -> str:
        return "\n".join(
            self.log_file(generation).read_text(errors="replace")
            for generation in range(1, self.fake.generation + 1)
            if self.log_file(generation).exists()
        )


# -- reading the bot's database ------------------------------------------------------------------


def _query(database: Path, sql: str, *args: object) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(database, timeout=10)
    try:
        return connection.execute(sql, args).fetchall()
    finally:
        connection.close()


def as_utc(stored: str | None) -> datetime | None:
    return None if stored is None else datetime.fromisoformat(stored).replace(tzinfo=UTC)


def processed_at(database: Path, update_id: int) -> datetime | None:
    """When the engine committed this update, or `None` if it never did."""
    if not database.exists():
        return None
    try:
        rows = _query(
            database,
            "SELECT processed_at FROM processedupdate "
            "WHERE platform = 'telegram' AND update_id = ?",
            str(update_id),
        )
    except sqlite3.OperationalError:  # the schema is not there yet
        return None
    return as_utc(rows[0][0]) if rows else None


def expire_outbox_leases(database: Path) -> int:
    """What a minute of downtime does: rows a killed run had claimed (leased for `CLAIM_LEASE`)
    become due again. Only called while no bot is running; returns how many rows it touched."""
    if not database.exists():
        return 0
    now = datetime.now(UTC).replace(tzinfo=None).strftime(SQLITE_TIME)
    leased_until = (datetime.now(UTC) + CLAIM_LEASE).replace(tzinfo=None).strftime(SQLITE_TIME)
    connection = sqlite3.connect(database, timeout=10)
    try:
        with connection:
            cursor = connection.execute(
                "UPDATE outboxmessage SET next_attempt_at = ? WHERE sent_at IS NULL AND "
                "failed_at IS NULL AND next_attempt_at > ? AND next_attempt_at <= ?",
                (now, now, leased_until),
            )
            return cursor.rowcount
    except sqlite3.OperationalError:
        return 0
    finally:
        connection.close()


@dataclass(frozen=True)
class OutboxRow:
    id: int
    chat_id: int
    text: str | None
    sent_at: datetime | None
    failed_at: datetime | None
    platform_message_id: int | None
    attempts: int


def outbox_rows(database: Path) -> list[OutboxRow]:
    rows = _query(
        database,
        "SELECT id, chat_id, payload, sent_at, failed_at, platform_message_id, attempts "
        "FROM outboxmessage ORDER BY id",
    )
    return [
        OutboxRow(
            row_id,
            int(chat_id),
            json.loads(payload).get("text"),  # None once delivered: the outbox blanks it
            as_utc(sent_at),
            as_utc(failed_at),
            int(message_id) if message_id else None,
            attempts,
        )
        for row_id, chat_id, payload, sent_at, failed_at, message_id, attempts in rows
    ]


def entries(database: Path, kind: str) -> list[tuple[str, str]]:
    """`(author's Telegram user id, body)` of every committed entry of `kind`."""
    return [
        (str(user_id), body)
        for user_id, body in _query(
            database,
            "SELECT identity.platform_user_id, entry.body FROM entry "
            "JOIN identity ON identity.person_id = entry.person_id WHERE entry.kind = ?",
            kind,
        )
    ]
