"""`python -m benchmarks._profile_telegram [updates]`: Telegram's time outside the engine.

Builds Nearer the way `benchmarks.telegram` does (the adapter's `Application` on the offline Bot
API, the outbox running), pairs couples, warms up, then feeds `updates` updates one at a time
through `application.process_update` under pyinstrument. The engine is the real one, so the tree
shows it too; read the branches beside `Engine.handle` (PTB's dispatch, translation, sending, the
outbox). Also prints the main thread's CPU per update spent outside `Engine.handle`, and the
echo bot's CPU per update on the same updates: on a loaded machine CPU time of the event loop's
own thread is steadier than wall time. Not part of `python -m benchmarks`: a profile is for
reading, not for comparing runs.

`--no-profile` skips pyinstrument and prints only the CPU figures (for before/after).
"""

from __future__ import annotations

import asyncio
import gc
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from pyinstrument import Profiler
from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, MessageHandler, filters

from benchmarks import telegram as bench
from bot.adapters.telegram import adapter as telegram_adapter_module
from bot.engine import Inbound, Outbound

COUPLES = 200


class _Clocked:
    """An async callable that adds up this thread's CPU while it runs (the offline Bot API
    never waits, so nothing else runs meanwhile)."""

    def __init__(self, function: Callable[..., Awaitable[Any]]) -> None:
        self._function = function
        self.calls, self.seconds = 0, 0.0

    def reset(self) -> None:
        self.calls, self.seconds = 0, 0.0

    async def __call__(self, *args: Any, **kwargs: Any) -> Any:
        started = time.thread_time()
        try:
            return await self._function(*args, **kwargs)
        finally:
            self.calls += 1
            self.seconds += time.thread_time() - started


class _GcClock:
    """Counts the garbage collections (and their time) until `stop`."""

    def __init__(self) -> None:
        self.runs, self.seconds, self._started = 0, 0.0, 0.0
        gc.callbacks.append(self._tick)

    def _tick(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.runs += 1
            self.seconds += time.perf_counter() - self._started

    def stop(self) -> None:
        gc.callbacks.remove(self._tick)


async def echo_cpu(updates: list[bench.Json], warmup: list[bench.Json]) -> float:
    """The bare PTB echo bot's CPU µs per update, one at a time (main thread)."""
    api = bench.OfflineBotApi()
    application = (
        Application.builder()
        .token(bench.TOKEN)
        .request(bench.OfflineRequest(api))
        .get_updates_request(bench.OfflineRequest(api))
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, bench._echo))
    application.add_handler(CallbackQueryHandler(bench._press))
    async with application:
        for data in warmup:
            await application.process_update(Update.de_json(data, application.bot))
        started = time.thread_time()
        for data in updates:
            await application.process_update(Update.de_json(data, application.bot))
        return (time.thread_time() - started) / len(updates) * 1e6


async def profile(count: int, *, with_profiler: bool) -> None:
    source = bench.UpdateSource([100_000 + n for n in range(2 * COUPLES)], seed=11)
    warmup, measured = source.take(500), source.take(count)
    echo_us = await echo_cpu(measured, warmup)
    with tempfile.TemporaryDirectory(prefix="nearer-profile-tg-") as name:
        bot = await bench.start_nearer(Path(name), production_limits=False)
        inside = [0.0]
        timed = bot.app.engine.handle

        async def main_thread_cpu_of(inbound: Inbound) -> list[Outbound]:
            started = time.thread_time()
            try:
                return await timed(inbound)
            finally:
                inside[0] += time.thread_time() - started

        bot.adapter._handler = main_thread_cpu_of
        sender = bot.adapter._sender
        assert sender is not None
        sending = _Clocked(sender.deliver)
        sender.deliver = sending  # type: ignore[method-assign]
        answering = _Clocked(telegram_adapter_module._answer)
        telegram_adapter_module._answer = answering  # type: ignore[assignment]
        try:
            await bench.pair_couples(bot, COUPLES)
            for data in warmup:
                await bot.application.process_update(Update.de_json(data, bot.application.bot))
            profiler = Profiler(interval=0.0002, async_mode="disabled")
            if with_profiler:
                profiler.start()
            collecting = _GcClock()
            started, inside[0], reading = time.thread_time(), 0.0, 0.0
            sending.reset()
            answering.reset()
            wall, engine_wall = time.perf_counter(), bot.engine_time[0]
            for data in measured:
                read = time.thread_time()
                update = Update.de_json(data, bot.application.bot)
                reading += time.thread_time() - read
                await bot.application.process_update(update)
            total = time.thread_time() - started
            collecting.stop()
            wall = time.perf_counter() - wall
            engine_wall = bot.engine_time[0] - engine_wall
            if with_profiler:
                profiler.stop()
        finally:
            await bot.app.stop()
    if with_profiler:
        print(profiler.output_text(unicode=True, color=False, show_all=False))
    outside = (total - inside[0]) / count * 1e6
    print(f"{count:,} updates one at a time (main thread CPU; the writer thread not counted)")
    print(f"  echo bot whole update:          {echo_us:7.0f} µs CPU")
    print(f"  Nearer, main thread, all:       {total / count * 1e6:7.0f} µs CPU")
    print(f"  Nearer, inside Engine.handle:   {inside[0] / count * 1e6:7.0f} µs CPU (this thread)")
    print(f"  Nearer, outside Engine.handle:  {outside:7.0f} µs CPU = {outside / echo_us:.2f}×")
    print(
        f"    of which PTB reading the update (Update.de_json, as the echo bot):"
        f" {reading / count * 1e6:.0f} µs"
    )
    print(
        f"    of which sending (TelegramSender.deliver, replies and the outbox):"
        f" {sending.seconds / count * 1e6:.0f} µs ({sending.calls / count:.2f} a update,"
        f" {sending.seconds / max(sending.calls, 1) * 1e6:.0f} µs each)"
    )
    print(
        f"    of which answering button presses: {answering.seconds / count * 1e6:.0f} µs"
        f" ({answering.calls / count:.2f} a update)"
    )
    rest = outside - (reading + sending.seconds + answering.seconds) / count * 1e6
    print(f"    the rest (PTB's dispatch, translation, tasks, garbage collection): {rest:.0f} µs")
    print(
        f"  garbage collections meanwhile: {collecting.runs} taking"
        f" {collecting.seconds / count * 1e6:.0f} µs per update"
    )
    print(
        f"  wall: {wall / count * 1e6:.0f} µs per update, Engine.handle"
        f" {engine_wall / count * 1e6:.0f} µs"
    )


if __name__ == "__main__":
    arguments = [argument for argument in sys.argv[1:] if not argument.startswith("--")]
    asyncio.run(
        profile(
            int(arguments[0]) if arguments else 2_000,
            with_profiler="--no-profile" not in sys.argv,
        )
    )
