"""The `ChartRenderer` the app gives the engine: charts drawn on one thread of their own.

Why one dedicated thread, and how drawing works, is told in `bot.charts`. This module is apart
from it so that the bot does not load matplotlib until the first chart is asked for: it is about
a second of imports at every restart and ~40 MB of memory per process, while charts are drawn
about once a week per couple. The first chart after a start waits that second, on the chart
thread, never on the event loop (`benchmarks/memory.py` measures the memory).
"""

from __future__ import annotations

import asyncio
import importlib
from concurrent.futures import ThreadPoolExecutor
from types import ModuleType

from bot.engine.chart_request import ChartSpec


def _drawing() -> ModuleType:
    return importlib.import_module("bot.charts")


class ChartWorker:
    """Draws one chart at a time on its own thread; the event loop only awaits the result."""

    def __init__(self, *, width_px: int | None = None, height_px: int | None = None) -> None:
        """`width_px`/`height_px` override the chart's own size (tests draw small ones)."""
        self._size = {
            name: value
            for name, value in (("width_px", width_px), ("height_px", height_px))
            if value is not None
        }
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nearer-charts")

    async def __call__(self, spec: ChartSpec) -> bytes:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, self._render, spec)

    def _render(self, spec: ChartSpec) -> bytes:
        picture: bytes = _drawing().render_progress_chart(spec, **self._size)
        return picture

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
