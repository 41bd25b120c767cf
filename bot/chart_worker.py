"""The `ChartRenderer` the app gives the engine: charts drawn on one thread of their own.

Why one dedicated thread, and how drawing works, is told in `bot.charts`. This module is apart
from it so that starting the bot does not wait for matplotlib (about a second of imports, paid
on every restart): the worker imports the drawing code on its own thread as soon as it is
created, so start-up goes on meanwhile and the first chart finds it loaded.
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
        self._pool.submit(_drawing)  # load matplotlib now, off the caller's thread

    async def __call__(self, spec: ChartSpec) -> bytes:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, self._render, spec)

    def _render(self, spec: ChartSpec) -> bytes:
        picture: bytes = _drawing().render_progress_chart(spec, **self._size)
        return picture

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
