"""Telegram adapter cost per update, next to a bare python-telegram-bot echo bot in the same run.

Both bots are real PTB 22 `Application`s talking to an in-process Bot API (`OfflineRequest`, a
`telegram.request.BaseRequest` that answers getMe, getUpdates, sendMessage, … with valid JSON and
never opens a socket), so what is measured is Python's work per update: PTB parsing the update,
the handlers, building and "sending" the replies. The network is left out on purpose: it is the
same for both bots and would drown the difference.

Nearer is built the way `python -m bot run` builds it (`Nearer(config)`, migrations, the adapter
from `from_env`, `app.start()` with the outbox and the heartbeat running) on a SQLite file. Only
two things are swapped while its `Application` is built: the requests (offline) and, for the main
runs, the limits of its `AIORateLimiter` (raised so it never waits: in production it holds every
send to Telegram's 30 messages a second, which would make any update rate read ~30/s whatever the
CPU cost; a short run with the production limits shows that ceiling separately).

Two modes, for both bots:

* **polling** — the updates arrive through getUpdates in batches of 100 and go through PTB's
  updater, update queue and update processor as configured (the echo bot: PTB's defaults, one
  update at a time; Nearer: `InOrderPerPerson(32)`). Updates/s here is the deployed throughput.
* **one at a time** — `application.process_update(Update.de_json(…))`, awaited in turn. Nothing
  overlaps, so the time inside `Engine.handle` (wrapped with a timer) is cleanly separable from
  the rest (PTB, translation, sending, and the outbox delivering partner messages meanwhile, as
  it would in production): the split printed is from this mode.

The run ends with one machine-readable line, `RESULT telegram vs_echo=… outside_engine_vs_echo=…`
(the deployed path against the echo bot; what Nearer spends outside `Engine.handle` against the
echo bot's whole update), with the load average beside it.

Replies are checked, not assumed: every text reply the engine returns must reach the offline
Bot API as exactly the sendMessage/editMessageText calls it takes (long texts split), and the
echo bot must send one message per update, or the run fails.

`NEARER_BENCH_TG_UPDATES` (default 3000) sets the updates per measured run,
`NEARER_BENCH_TG_COUPLES` (default 200) the paired couples, `NEARER_BENCH_TG_CAPPED` (default 150,
0 skips) the updates of the run with production rate limits.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import itertools
import json
import logging
import os
import random
import re
import tempfile
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

from telegram import Bot, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest, RequestData

from benchmarks import engine as engine_benchmark
from bot.adapters.telegram import adapter as telegram_adapter_module
from bot.adapters.telegram import from_env as telegram_from_env
from bot.adapters.telegram.adapter import TelegramAdapter
from bot.adapters.telegram.formatting import split_message
from bot.adapters.telegram.updates_request import TolerantBot, read_update
from bot.app import Nearer, freeze_startup_heap
from bot.config import Config
from bot.engine import Chat, Inbound, Outbound, Sender

TOKEN = "7000000001:AAFbenchmarkTokenNotARealOne_0123456789"
BOT_ID = 7000000001
BOT_USERNAME = "NearerBenchBot"
UPDATES = int(os.environ.get("NEARER_BENCH_TG_UPDATES", "3000"))
COUPLES = int(os.environ.get("NEARER_BENCH_TG_COUPLES", "200"))
CAPPED_UPDATES = int(os.environ.get("NEARER_BENCH_TG_CAPPED", "150"))
#: People typing at the same moment when the workload is interleaved.
TYPING_AT_ONCE = 64
#: Bot API methods whose calls put text in a chat (what the reply check counts).
TEXT_METHODS = ("sendMessage", "editMessageText", "sendPhoto", "sendDocument")
CODE = re.compile(r"(?:/pair |start=)([a-z0-9]{16})")
Json = dict[str, Any]
AnyApplication = Application[Any, Any, Any, Any, Any, Any]

#: Which path a Bot API call came from: a direct reply (the default) or the outbox.
_ORIGIN: contextvars.ContextVar[str] = contextvars.ContextVar("origin", default="reply")


# -- the offline Bot API -----------------------------------------------------------------------


def _bot_user() -> Json:
    return {"id": BOT_ID, "is_bot": True, "first_name": "Nearer", "username": BOT_USERNAME}


def _chat(chat_id: int) -> Json:
    if chat_id < 0:
        return {"id": chat_id, "type": "group", "title": "Us two"}
    return {"id": chat_id, "type": "private", "first_name": f"P{chat_id}"}


@dataclass
class OfflineBotApi:
    """Telegram's Bot API answered in-process: counts every call (by method and by origin) and
    hands out pushed updates to getUpdates the way Telegram does (offset confirms, limit caps)."""

    calls: Counter[str] = field(default_factory=Counter)
    text_calls: Counter[str] = field(default_factory=Counter)
    unknown: Counter[str] = field(default_factory=Counter)
    _updates: deque[Json] = field(default_factory=deque)
    _arrived: asyncio.Event = field(default_factory=asyncio.Event)
    _message_ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def push(self, updates: list[Json]) -> None:
        self._updates.extend(updates)
        self._arrived.set()

    async def get_updates(self, params: dict[str, Any]) -> list[Json]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        while self._updates and self._updates[0]["update_id"] < offset:
            self._updates.popleft()  # confirmed by the offset: gone, as on Telegram
        if not self._updates and float(params.get("timeout") or 0) > 0:
            self._arrived.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._arrived.wait(), 0.5)
        return list(itertools.islice(self._updates, limit))

    def answer(self, method: str, params: dict[str, Any]) -> Any:
        """The `result` of one call, or raises `LookupError` for a method it does not know."""
        self.calls[method] += 1
        if method in TEXT_METHODS:
            self.text_calls[_ORIGIN.get()] += 1
        if method == "getMe":
            return {**_bot_user(), "can_join_groups": True, "can_read_all_group_messages": False,
                    "supports_inline_queries": False}  # fmt: skip
        if method in ("setMyCommands", "deleteWebhook", "setWebhook", "answerCallbackQuery"):
            return True
        if method in TEXT_METHODS:
            chat_id = int(params["chat_id"])
            message: Json = {
                "message_id": next(self._message_ids),
                "date": int(time.time()),
                "chat": _chat(chat_id),
                "from": _bot_user(),
            }
            if method == "sendPhoto":
                message["photo"] = [{"file_id": "p", "file_unique_id": "pu", "width": 8,
                                     "height": 8}]  # fmt: skip
            elif method == "sendDocument":
                message["document"] = {"file_id": "d", "file_unique_id": "du"}
            else:
                message["text"] = str(params.get("text", ""))
            if method == "editMessageText":
                message["message_id"] = int(params["message_id"])
                message["edit_date"] = int(time.time())
            return message
        self.unknown[method] += 1
        raise LookupError(method)


class OfflineRequest(BaseRequest):
    """A `BaseRequest` whose "network" is an `OfflineBotApi` in the same process: the request
    data PTB built is read back and a real JSON answer is encoded for PTB to parse, so both
    directions of serialisation stay in the measurement; no socket is ever opened."""

    def __init__(self, api: OfflineBotApi) -> None:
        self.api = api

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        """Nothing to connect."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data is not None else {}
        try:
            if api_method == "getUpdates":
                result: Any = await self.api.get_updates(params)
            else:
                result = self.api.answer(api_method, params)
        except LookupError:
            body = {"ok": False, "error_code": 404, "description": "Not Found"}
            return 404, json.dumps(body).encode()
        return 200, json.dumps({"ok": True, "result": result}).encode()


def _unthrottled_limiter() -> BaseRateLimiter[Any]:
    """Nearer's `AIORateLimiter`, same structure, limits too high to ever wait."""
    return AIORateLimiter(
        overall_max_rate=1_000_000,
        overall_time_period=1.0,
        group_max_rate=1_000_000,
        group_time_period=1.0,
        max_retries=0,
    )


@contextlib.contextmanager
def offline_adapter_builds(
    api: OfflineBotApi, built: list[AnyApplication], *, production_limits: bool
) -> Iterator[None]:
    """While open, the Telegram adapter's `_build_application` builds its bot and `Application`
    exactly as written, except that both requests are offline and (unless `production_limits`)
    its rate limiter never waits. The built application is appended to `built`."""

    def offline_request(*_args: Any, **_kwargs: Any) -> BaseRequest:
        return OfflineRequest(api)

    def limiter(**kwargs: Any) -> BaseRateLimiter[Any]:
        return AIORateLimiter(**kwargs) if production_limits else _unthrottled_limiter()

    class Builder(ApplicationBuilder):  # type: ignore[type-arg]
        def build(self) -> Any:
            application = super().build()
            built.append(application)
            return application

    class OfflineApplication(Application):  # type: ignore[type-arg]
        @staticmethod
        def builder() -> Any:
            return Builder()

    with (
        mock.patch.object(telegram_adapter_module, "Application", OfflineApplication),
        mock.patch.object(telegram_adapter_module, "HTTPXRequest", offline_request),
        mock.patch.object(telegram_adapter_module, "AIORateLimiter", limiter),
    ):
        yield


@contextlib.contextmanager
def telegram_env() -> Iterator[None]:
    """The environment `from_env` reads, for a polling bot with the benchmark token."""
    names = ("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_BASE_URL", "TELEGRAM_WEBHOOK_URL",
             "TELEGRAM_WEBHOOK_SECRET")  # fmt: skip
    saved = {name: os.environ.get(name) for name in names}
    for name in names:
        os.environ.pop(name, None)
    os.environ["TELEGRAM_BOT_TOKEN"] = TOKEN
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def bench_config(folder: Path) -> Config:
    """A production-shaped config on a SQLite file in `folder` (what `Config.from_env` gives
    with `NEARER_DATA_DIR` set), without reading the developer's `.env`."""
    return Config(
        data_dir=folder,
        database_url=f"sqlite:///{folder / 'nearer.db'}",
        log_level="WARNING",
        language="en",
        nudge_grace_minutes=120,
    )


# -- updates -------------------------------------------------------------------------------------


def _person(user_id: int) -> Json:
    return {"id": user_id, "is_bot": False, "first_name": f"P{user_id}", "language_code": "en"}


def message_update(update_id: int, user_id: int, text: str) -> Json:
    """A private-chat message as Telegram sends it (commands carry their bot_command entity)."""
    message: Json = {
        "message_id": update_id,
        "date": int(time.time()),
        "chat": _chat(user_id),
        "from": _person(user_id),
        "text": text,
    }
    if text.startswith("/"):
        length = len(text.split(maxsplit=1)[0])
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    return {"update_id": update_id, "message": message}


def button_update(update_id: int, user_id: int, data: str) -> Json:
    """A button press under one of the bot's messages in the person's private chat."""
    return {
        "update_id": update_id,
        "callback_query": {
            "id": f"cq{update_id}",
            "from": _person(user_id),
            "chat_instance": f"ci{user_id}",
            "data": data,
            "message": {
                "message_id": update_id,
                "date": int(time.time()),
                "chat": _chat(user_id),
                "from": _bot_user(),
                "text": "a question with buttons",
            },
        },
    }


#: `(text, button)` steps of one sitting. The engine benchmark's mix as it happens on Telegram:
#: check-in scores are pressed on the 1–5 keyboard the bot shows; the rest is as typed there.
Step = tuple[str, str | None]
CHECKIN: list[Step] = [("/checkin", None)] + [
    ("", f"checkin:score:{number}:{score}") for number, score in enumerate((4, 3, 5, 2, 4), 1)
]
#: Updates are made in advance, so the random token of a preview's [Send] cannot be known: the
#: press is left out here (a dream answer stops at its preview).
SITTINGS: list[tuple[int, list[Step]]] = [
    (
        weight,
        CHECKIN
        if steps[0][0] == "/checkin"
        else [step for step in steps if step[1] != engine_benchmark.SEND],
    )
    for weight, steps in engine_benchmark.SITTINGS
]


class UpdateSource:
    """Reproducible updates from the couples: sittings picked by weight, TYPING_AT_ONCE people
    mid-sitting at any moment, interleaved, each person's own updates in order."""

    def __init__(self, people: list[int], seed: int) -> None:
        self._rng = random.Random(seed)
        self._people = people
        self._ids = itertools.count(1)

    def take(self, count: int) -> list[Json]:
        rng, weights = self._rng, [weight for weight, _ in SITTINGS]
        active: dict[int, deque[Step]] = {}
        updates: list[Json] = []
        at_once = min(TYPING_AT_ONCE, len(self._people) // 2)
        while len(updates) < count:
            while len(active) < at_once:
                person = rng.choice(self._people)
                if person not in active:
                    active[person] = deque(rng.choices(SITTINGS, weights)[0][1])
            person = rng.choice(list(active))
            text, button = active[person].popleft()
            if not active[person]:
                del active[person]
            update_id = next(self._ids)
            if button is None:
                updates.append(message_update(update_id, person, text))
            else:
                updates.append(button_update(update_id, person, button))
        return updates


def buttons_in(updates: list[Json]) -> int:
    """How many of `updates` are button presses (each also costs an answerCallbackQuery)."""
    return sum("callback_query" in update for update in updates)


# -- measuring ----------------------------------------------------------------------------------


@dataclass
class Run:
    """One measured batch: wall and CPU seconds for `count` updates."""

    count: int
    wall: float
    cpu: float
    #: CPU of the event loop's thread alone (the database's writer thread left out).
    thread_cpu: float = 0.0

    @property
    def us_per_update(self) -> float:
        return self.wall / self.count * 1e6

    @property
    def cpu_us_per_update(self) -> float:
        return self.cpu / self.count * 1e6

    @property
    def thread_cpu_us_per_update(self) -> float:
        return self.thread_cpu / self.count * 1e6

    @property
    def per_second(self) -> float:
        return self.count / self.wall


class Counted:
    """A handler in a later group than the bot's own: it runs once the bot finished an update."""

    def __init__(self) -> None:
        self.done = 0
        self.reached = asyncio.Event()
        self.target = 0

    async def __call__(self, _update: object, _context: object) -> None:
        self.done += 1
        if self.done >= self.target:
            self.reached.set()

    def expect(self, count: int) -> None:
        self.target = self.done + count
        self.reached.clear()


async def polling_run(api: OfflineBotApi, counter: Counted, updates: list[Json]) -> Run:
    """Push every update at once; time until the bot's handlers have finished the last."""
    counter.expect(len(updates))
    wall, cpu = time.perf_counter(), time.process_time()
    api.push(updates)
    await asyncio.wait_for(counter.reached.wait(), timeout=600)
    return Run(len(updates), time.perf_counter() - wall, time.process_time() - cpu)


async def one_at_a_time_run(application: AnyApplication, updates: list[Json]) -> Run:
    wall, cpu, thread = time.perf_counter(), time.process_time(), time.thread_time()
    for data in updates:
        await application.process_update(Update.de_json(data, application.bot))
    return Run(
        len(updates),
        time.perf_counter() - wall,
        time.process_time() - cpu,
        time.thread_time() - thread,
    )


class ErrorCount(logging.Handler):
    """Counts warnings and errors logged anywhere: a run that logged an engine failure or an
    undelivered reply measured something else than it claims."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextlib.contextmanager
def counting_log_problems() -> Iterator[ErrorCount]:
    root = logging.getLogger()
    handler, level = ErrorCount(), root.level
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


# -- the echo bot -------------------------------------------------------------------------------


async def _echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None and update.message.text is not None
    await update.message.reply_text(update.message.text)


async def _press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None and query.message is not None
    await query.answer()
    await context.bot.send_message(chat_id=query.message.chat.id, text=query.data or "?")


@dataclass
class Figures:
    polling: Run
    single: Run
    engine_seconds: float = 0.0
    engine_calls: int = 0
    outbox_sends: int = 0
    #: Text calls per update in the one-at-a-time run (the echo bot: exactly one).
    sends_per_update: float = 1.0
    #: µs per message: the adapter's `send` (TelegramSender, rate limiter) and a bare PTB
    #: `Bot.send_message` with the same text, both on the offline API.
    adapter_send_us: float = 0.0
    bare_send_us: float = 0.0
    #: CPU of the event loop's thread while `Engine.handle` was awaited (one at a time).
    engine_thread_seconds: float = 0.0


async def measure_echo(warmup: list[Json], polled: list[Json], single: list[Json]) -> Figures:
    """A bare PTB bot: PTB's defaults, one handler that echoes text, one that answers a press."""
    api = OfflineBotApi()
    application = (
        Application.builder()
        .token(TOKEN)
        .request(OfflineRequest(api))
        .get_updates_request(OfflineRequest(api))
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, _echo))
    application.add_handler(CallbackQueryHandler(_press))
    counter = Counted()
    application.add_handler(TypeHandler(Update, counter), group=1)
    await application.initialize()
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(timeout=30)
    try:
        await polling_run(api, counter, warmup)
        polling = await polling_run(api, counter, polled)
        one = await one_at_a_time_run(application, single)
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
    everything = warmup + polled + single
    expected_sends = len(everything)
    if api.calls["sendMessage"] != expected_sends or api.unknown:
        raise AssertionError(
            f"echo bot: {api.calls['sendMessage']} sendMessage for {expected_sends} updates"
            f" (unknown calls: {dict(api.unknown)})"
        )
    assert api.calls["answerCallbackQuery"] == buttons_in(everything)
    return Figures(polling, one)


# -- Nearer -------------------------------------------------------------------------------------


@dataclass
class NearerBot:
    app: Nearer
    adapter: TelegramAdapter
    application: AnyApplication
    api: OfflineBotApi
    counter: Counted
    replies: list[Outbound]
    engine_time: list[float]
    #: CPU of the event loop's thread while `Engine.handle` was awaited.
    engine_thread_cpu: list[float]
    outbox_sends: list[int]
    #: The adapter's own `send` (the outbox path), without the benchmark's counting wrapper.
    direct_send: Callable[[Outbound], Awaitable[Any]]


async def start_nearer(folder: Path, *, production_limits: bool) -> NearerBot:
    """Nearer as `serve()` wires it, with the adapter's `Application` on the offline API."""
    api = OfflineBotApi()
    app = Nearer(bench_config(folder))
    await app.migrate()
    replies: list[Outbound] = []
    engine_time = [0.0]
    engine_thread_cpu = [0.0]
    outbox_sends = [0]
    handle = app.engine.handle

    async def timed_handle(inbound: Inbound) -> list[Outbound]:
        started, thread = time.perf_counter(), time.thread_time()
        try:
            answer = await handle(inbound)
        finally:
            engine_time[0] += time.perf_counter() - started
            engine_thread_cpu[0] += time.thread_time() - thread
        replies.extend(answer)
        return answer

    app.engine.handle = timed_handle  # type: ignore[method-assign]
    built: list[AnyApplication] = []
    with telegram_env(), offline_adapter_builds(api, built, production_limits=production_limits):
        adapter = telegram_from_env(app)
        assert adapter is not None
        send = adapter.send

        async def outbox_send(outbound: Outbound) -> Any:
            outbox_sends[0] += 1
            _ORIGIN.set("outbox")
            return await send(outbound)

        adapter.send = outbox_send  # type: ignore[method-assign]
        app.add_adapter(adapter)
        await app.start()
    freeze_startup_heap()  # as `serve()` does once the app has started
    application = built[-1]
    counter = Counted()
    application.add_handler(TypeHandler(Update, counter), group=1)
    return NearerBot(
        app,
        adapter,
        application,
        api,
        counter,
        replies,
        engine_time,
        engine_thread_cpu,
        outbox_sends,
        send,
    )


async def pair_couples(bot: NearerBot, couples: int) -> list[int]:
    """Pair couples through the engine (as /pair and the partner's /pair <code> would)."""
    people: list[int] = []
    for number in range(couples):
        first, second = 100_000 + 2 * number, 100_001 + 2 * number
        invite = await bot.app.engine.handle(_private(first, "/pair"))
        code = CODE.search(" ".join(reply.text for reply in invite))
        assert code is not None, invite
        await bot.app.engine.handle(_private(second, f"/pair {code.group(1)}"))
        people += [first, second]
    return people


def _private(user_id: int, text: str) -> Inbound:
    return Inbound("telegram", Chat(str(user_id), "private"), Sender(str(user_id), f"P{user_id}"),
                   text=text)  # fmt: skip


def expected_text_calls(replies: list[Outbound]) -> int:
    """The Bot API calls these replies take: one per non-empty part of a split text."""
    total = 0
    for reply in replies:
        parts = [part for part in split_message(reply.text) if part.strip()]
        total += max(1, len(parts)) if reply.attachment is None else 1
    return total


async def measure_nearer(
    folder: Path, warmup: list[Json], polled: list[Json], single: list[Json], people: int
) -> Figures:
    bot = await start_nearer(folder, production_limits=False)
    try:
        await pair_couples(bot, people)
        bot.replies.clear()
        base_calls = bot.api.text_calls["reply"]
        await polling_run(bot.api, bot.counter, warmup)
        polling = await polling_run(bot.api, bot.counter, polled)
        engine_before, calls_before = bot.engine_time[0], len(bot.replies)
        engine_cpu_before = bot.engine_thread_cpu[0]
        texts_before = sum(bot.api.text_calls.values())
        one = await one_at_a_time_run(bot.application, single)
        engine_seconds = bot.engine_time[0] - engine_before
        engine_thread_seconds = bot.engine_thread_cpu[0] - engine_cpu_before
        engine_calls = len(bot.replies) - calls_before
        sends_per_update = (sum(bot.api.text_calls.values()) - texts_before) / len(single)
        adapter_send_us, bare_send_us = await send_costs(bot)
    finally:
        await bot.app.stop()
    sent = bot.api.text_calls["reply"] - base_calls
    expected = expected_text_calls(bot.replies)
    if sent != expected or bot.api.unknown or not bot.replies:
        raise AssertionError(
            f"Nearer: {sent} text calls for {len(bot.replies)} replies (expected {expected});"
            f" unknown calls: {dict(bot.api.unknown)}"
        )
    return Figures(
        polling,
        one,
        engine_seconds,
        engine_calls,
        bot.outbox_sends[0],
        sends_per_update,
        adapter_send_us,
        bare_send_us,
        engine_thread_seconds,
    )


async def send_costs(bot: NearerBot, count: int = 1000) -> tuple[float, float]:
    """µs per message for the adapter's `send` and for a bare PTB `Bot.send_message`, with the
    engine's own replies (text and buttons) as the messages, one after another."""
    sample = [reply for reply in bot.replies if reply.attachment is None][:count]
    probing = _ORIGIN.set("probe")  # not replies to updates: kept out of the reply check
    try:
        return await _send_costs(bot, sample)
    finally:
        _ORIGIN.reset(probing)


async def _send_costs(bot: NearerBot, sample: list[Outbound]) -> tuple[float, float]:
    started = time.perf_counter()
    for reply in sample:
        result = await bot.direct_send(reply)
        assert result.status.name == "OK", result
    adapter_us = (time.perf_counter() - started) / len(sample) * 1e6
    async with Bot(TOKEN, request=OfflineRequest(bot.api)) as bare:
        started = time.perf_counter()
        for reply in sample:
            await bare.send_message(chat_id=int(reply.address.chat_id), text=reply.text)
        bare_us = (time.perf_counter() - started) / len(sample) * 1e6
    return adapter_us, bare_us


def tolerant_parse_cost(updates: list[Json]) -> tuple[float, float]:
    """µs per update to read a getUpdates answer of 100: PTB's own (`Update.de_list`, which fails
    the batch on one bad update), and Nearer's `TolerantBot` (each update on its own, once)."""
    payloads = [
        json.dumps({"ok": True, "result": updates[start : start + 100]}).encode()
        for start in range(0, len(updates), 100)
    ]
    bot = TolerantBot(TOKEN)

    def ptb(payload: bytes) -> None:
        Update.de_list(BaseRequest.parse_json_payload(payload)["result"], bot)

    def nearer(payload: bytes) -> None:
        for item in BaseRequest.parse_json_payload(payload)["result"]:
            read_update(item, bot)

    timings = []
    for parse in (ptb, nearer):
        started = time.perf_counter()
        for payload in payloads:
            parse(payload)
        timings.append((time.perf_counter() - started) / len(updates) * 1e6)
    return timings[0], timings[1]


async def measure_capped(folder: Path, updates: list[Json], people: int) -> tuple[Run, int]:
    """Nearer with its production rate limits: the ceiling Telegram's 30 msg/s puts on replies."""
    bot = await start_nearer(folder, production_limits=True)
    try:
        await pair_couples(bot, people)
        before = bot.api.text_calls["reply"]
        run = await polling_run(bot.api, bot.counter, updates)
        sent = bot.api.text_calls["reply"] - before
    finally:
        await bot.app.stop()
    return run, sent


def run() -> None:
    with (
        counting_log_problems() as problems,
        tempfile.TemporaryDirectory(prefix="nearer-bench-tg-") as name,
    ):
        folder = Path(name)
        couples = COUPLES
        people = [100_000 + n for n in range(2 * couples)]
        source = UpdateSource(people, seed=11)
        warmup = source.take(max(100, UPDATES // 10))
        polled = source.take(UPDATES)
        single = source.take(UPDATES)
        # A bare echo bot's process would not hold Nearer's modules: keep them out of the echo
        # bot's garbage collections, as Nearer keeps its start-up heap out of its own.
        freeze_startup_heap()
        echo = asyncio.run(measure_echo(warmup, polled, single))
        nearer = asyncio.run(measure_nearer(folder / "main", warmup, polled, single, couples))
        capped: tuple[Run, int] | None = None
        if CAPPED_UPDATES:
            capped_source = UpdateSource(people[:40], seed=12)
            capped = asyncio.run(
                measure_capped(folder / "capped", capped_source.take(CAPPED_UPDATES), 20)
            )
    buttons = buttons_in(polled) / len(polled)
    print(
        f"telegram adapter ({UPDATES:,} updates per run, {buttons:.0%} button presses;"
        f" Nearer: {couples:,} paired couples on SQLite; offline Bot API)"
    )
    _report("polling (deployed path)", echo.polling, nearer.polling)
    _report("one at a time (process_update)", echo.single, nearer.single)
    engine_us = nearer.engine_seconds / nearer.single.count * 1e6
    adapter_us = nearer.single.us_per_update - engine_us
    print(
        f"  Nearer one at a time, split per update: Engine.handle (transaction, SQLite)"
        f" {engine_us:,.0f} µs ({engine_us / nearer.single.us_per_update:.0%});"
        f" everything else (PTB, adapter, sending) {adapter_us:,.0f} µs"
        f" = {adapter_us / echo.single.us_per_update:.2f}× the echo bot's whole update"
    )
    outside_cpu_us = (
        (nearer.single.thread_cpu - nearer.engine_thread_seconds) / nearer.single.count * 1e6
    )
    outside_cpu_ratio = outside_cpu_us / echo.single.thread_cpu_us_per_update
    print(
        f"  the same split in CPU of the event loop's thread (steadier on a loaded machine;"
        f" the writer thread's database work left out): outside Engine.handle"
        f" {outside_cpu_us:,.0f} µs = {outside_cpu_ratio:.2f}× the echo bot's"
        f" {echo.single.thread_cpu_us_per_update:,.0f} µs"
    )
    print(
        f"  Bot API text calls per update: echo 1.00, Nearer {nearer.sends_per_update:.2f}"
        f" (replies, long texts split, and the outbox delivering partner messages meanwhile:"
        f" {nearer.outbox_sends:,} in all runs); every engine reply was checked to reach the API"
    )
    print(
        f"  one message sent: Nearer adapter.send {nearer.adapter_send_us:,.0f} µs,"
        f" bare PTB Bot.send_message {nearer.bare_send_us:,.0f} µs"
    )
    plain, tolerant = tolerant_parse_cost(polled)
    print(
        f"  getUpdates reading per update: PTB {plain:,.1f} µs,"
        f" Nearer's TolerantBot {tolerant:,.1f} µs (each update once, on its own)"
    )
    if capped is not None:
        run_capped, sent = capped
        print(
            f"  with production rate limits (30 msg/s): {run_capped.count} updates in"
            f" {run_capped.wall:.1f} s = {run_capped.per_second:.1f} updates/s,"
            f" {sent / run_capped.wall:.1f} replies/s"
        )
    if problems.records:
        print(f"  warnings/errors logged during the runs: {len(problems.records)}, e.g.")
        for record in problems.records[:3]:
            print(f"    {record.name}: {record.getMessage()[:160]}")
    # The machine-readable last line: the deployed path against the echo bot, and what Nearer
    # spends outside the engine against the echo bot's whole update (one at a time).
    print(
        f"RESULT telegram vs_echo={nearer.polling.us_per_update / echo.polling.us_per_update:.2f}"
        f" outside_engine_vs_echo={adapter_us / echo.single.us_per_update:.2f}"
        f" vs_echo_cpu={nearer.polling.cpu_us_per_update / echo.polling.cpu_us_per_update:.2f}"
        f" outside_engine_cpu_vs_echo={outside_cpu_ratio:.2f}"
        f" engine_us={engine_us:.0f} load={os.getloadavg()[0]:.2f}"
    )


def _report(mode: str, echo: Run, nearer: Run) -> None:
    print(f"  {mode}:")
    for label, figures in (("echo bot", echo), ("Nearer  ", nearer)):
        print(
            f"    {label} {figures.us_per_update:8,.0f} µs/update"
            f" (CPU {figures.cpu_us_per_update:,.0f} µs) = {figures.per_second:8,.0f} updates/s"
        )
    print(
        f"    Nearer / echo: {nearer.us_per_update / echo.us_per_update:.1f}× wall,"
        f" {nearer.cpu_us_per_update / echo.cpu_us_per_update:.1f}× CPU  (goal ≤ 2×)"
    )


if __name__ == "__main__":
    run()
