"""Draws the progress chart: a PNG of the couple's weeks, one small panel per practice.

Where it runs, and why. The engine must stay fast, platform-neutral and free of matplotlib, and
its database transaction must never wait on drawing (SQLite has one writer thread). So a flow
only attaches a chart *request* (`bot.engine.chart_request`: the numbers and words as JSON); the
engine renders requests after its transaction has committed, through the `ChartRenderer` it is
given. The app gives it a `ChartWorker`: one dedicated thread (not the event loop, not the
database threads) that draws one chart at a time. One thread is enough (≈0.1 s a chart, see
`benchmarks/charts.py`) and keeps matplotlib single-threaded; the event loop only awaits a
future, and Agg's C++ drawing leaves the loop's thread free to run between Python steps.

How it draws. The object-oriented API only (`Figure` + `FigureCanvasAgg`, the Agg backend, no
display, never `pyplot`): no global figure registry that could grow, nothing shared between
calls; every figure is cleared in a `finally`, and the benchmark shows 100 charts in a row do
not grow memory. No global `rcParams` are changed: sizes and colours are passed to each call.

How it looks. Small multiples rather than grouped bars: five practices with very different
counts (a dozen hugs, one new experience) each get their own scale and a clear label, so no
colour has to be decoded; the check-in trend is a line on its own (second) axis, 5–25. 1080 ×
1080 px, text at least 22 px, for a phone screen. The card is opaque: Telegram re-encodes
photos as JPEG, which turns transparency black, so "transparent with outlined text" would fail
there. The card is a muted slate, light enough to stand apart from a dark chat background and
dark enough that its near-white text keeps more than 10:1 contrast (a true 50 % grey cannot give
4.5:1 to any text colour). It reads as a picture on a light theme and does not glare on a dark
one; every bar colour keeps at least 3:1 against it (`tests/test_charts.py` checks).
"""

from __future__ import annotations

import asyncio
import io
import textwrap
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from bot.engine.chart_request import BarSeries, ChartSpec
from bot.engine.progress import score_text

WIDTH_PX = 1080
HEIGHT_PX = 1080
DPI = 180  # 1 pt = 2.5 px

CARD = "#353b48"
TEXT = "#f6f3ee"
MUTED = "#c3c9d4"
BASELINE = "#7d8696"
GRID = "#4a5262"
#: Behind the current week, which is still under way.
THIS_WEEK_BAND = "#3e4553"
COLOURS = {
    "hugs": "#ff9aab",
    "appreciations": "#ffc970",
    "together": "#6fd8c0",
    "dreams": "#a3b6ff",
    "ideas": "#d7a9ff",
}
FALLBACK_COLOUR = "#e0e0e0"
LINE = TEXT

TITLE_PT = 20.0
SUBTITLE_PT = 11.0
PANEL_LABEL_PT = 14.0
PANEL_TOTAL_PT = 16.0
VALUE_PT = 12.0
TICK_PT = 11.0
NOTE_PT = 11.0
#: A panel is ≈ 460 px wide: about this many characters of note text at NOTE_PT.
NOTE_CHARS_PER_LINE = 28

#: Panels: left/right edges of the two columns and top/bottom of the three rows (figure fractions).
#: The right margin leaves room for "this week" centred under the last bar.
_COLUMNS = ((0.055, 0.465), (0.545, 0.95))
_ROWS = ((0.6, 0.765), (0.33, 0.495), (0.075, 0.24))


def render_progress_chart(
    spec: ChartSpec, *, width_px: int = WIDTH_PX, height_px: int = HEIGHT_PX
) -> bytes:
    """The chart as PNG bytes, exactly `width_px` × `height_px`. Blocking: call it off the loop."""
    figure = Figure(figsize=(width_px / DPI, height_px / DPI), dpi=DPI, facecolor=CARD)
    FigureCanvasAgg(figure)
    try:
        _draw(figure, spec)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=DPI, facecolor=CARD, metadata={"Software": None})
        return buffer.getvalue()
    finally:
        figure.clear()


class ChartWorker:
    """The `ChartRenderer` the app gives the engine: draws on its own thread, one at a time."""

    def __init__(self, *, width_px: int = WIDTH_PX, height_px: int = HEIGHT_PX) -> None:
        self._size = (width_px, height_px)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nearer-charts")

    async def __call__(self, spec: ChartSpec) -> bytes:
        loop = asyncio.get_running_loop()
        width, height = self._size
        return await loop.run_in_executor(
            self._pool, lambda: render_progress_chart(spec, width_px=width, height_px=height)
        )

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


# -- drawing ---------------------------------------------------------------------------------


def _draw(figure: Figure, spec: ChartSpec) -> None:
    card_width = _COLUMNS[-1][1] - _COLUMNS[0][0]
    title = figure.text(
        0.055, 0.955, spec.title, fontsize=TITLE_PT, color=TEXT, weight="bold", va="top"
    )
    _shrink_to_fit(title, card_width)
    subtitle = figure.text(0.055, 0.885, spec.subtitle, fontsize=SUBTITLE_PT, color=MUTED, va="top")
    _shrink_to_fit(subtitle, card_width)
    cells = [(column, row) for row in _ROWS for column in _COLUMNS]
    bottom_row = _ROWS[-1]
    for series, cell in zip(spec.bars, cells, strict=False):
        axes = figure.add_axes(_rect(*cell))
        _bar_panel(axes, series, spec, week_labels=cell[1] == bottom_row)
    if len(spec.bars) < len(cells):
        axes = figure.add_axes(_rect(*cells[len(spec.bars)]))
        _line_panel(axes, spec)


def _shrink_to_fit(text: Text, width: float) -> None:
    """Make `text` no wider than `width` (a figure fraction): other languages run longer."""
    figure = text.get_figure(root=True)
    assert isinstance(figure, Figure)
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    allowed = width * figure.bbox.width
    for _ in range(3):  # a size from the measured ratio; again if rounding left it too wide
        measured = text.get_window_extent(renderer=renderer).width
        if measured <= allowed:
            return
        text.set_fontsize(float(text.get_fontsize()) * allowed / measured * 0.98)


def _rect(
    column: tuple[float, float], row: tuple[float, float]
) -> tuple[float, float, float, float]:
    left, right = column
    bottom, top = row
    return (left, bottom, right - left, top - bottom)


def _panel_frame(
    axes: Axes, spec: ChartSpec, label: str, total: str, *, week_labels: bool = True
) -> None:
    """What every panel shares: no box, its name and total above, on the bottom row the first
    and last week's names below (more would crowd a phone screen; the alt text has them all)."""
    axes.patch.set_visible(False)
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.set_xlim(-0.6, max(spec.slots, len(spec.week_labels)) - 0.4)
    axes.set_yticks([])
    name = axes.text(0, 1.12, label, transform=axes.transAxes, fontsize=PANEL_LABEL_PT, color=TEXT)
    panel_width = axes.get_position().width
    # The name keeps clear of the total on its right (room for four digits).
    _shrink_to_fit(name, panel_width * (0.72 if total else 1.0))
    if total:
        axes.text(
            1,
            1.12,
            total,
            transform=axes.transAxes,
            ha="right",
            fontsize=PANEL_TOTAL_PT,
            color=TEXT,
            weight="bold",
        )
    last = len(spec.week_labels) - 1
    if last > 0:
        axes.axvspan(last - 0.5, last + 0.5, color=THIS_WEEK_BAND, linewidth=0, zorder=0)
    ticks = ([0, last] if last > 0 else [0]) if week_labels else []
    axes.set_xticks(ticks, [spec.week_labels[i] for i in ticks])
    axes.tick_params(axis="x", length=0, labelsize=TICK_PT, labelcolor=MUTED, pad=6)


def _bar_panel(axes: Axes, series: BarSeries, spec: ChartSpec, *, week_labels: bool) -> None:
    values = list(series.values)
    total = sum(values)
    # An empty week or practice shows an empty baseline, never a big zero.
    _panel_frame(axes, spec, series.label, str(total) if total else "", week_labels=week_labels)
    top = max([*values, 1])
    axes.set_ylim(0, top * 1.38)
    axes.axhline(0, color=BASELINE, linewidth=1.5)
    colour = COLOURS.get(series.key, FALLBACK_COLOUR)
    positions = range(len(values))
    axes.bar(positions, values, width=0.68, color=colour, linewidth=0)
    for position, value in zip(positions, values, strict=True):
        if value:
            axes.text(
                position,
                value + top * 0.05,
                str(value),
                ha="center",
                va="bottom",
                fontsize=VALUE_PT,
                color=TEXT,
            )


def _line_panel(axes: Axes, spec: ChartSpec) -> None:
    low, high = spec.line_range
    known = [(i, v) for i, v in enumerate(spec.line_values) if v is not None]
    _panel_frame(axes, spec, spec.line_label, "")
    axes.set_ylim(low - (high - low) * 0.08, high + (high - low) * 0.3)
    axes.axhline(low, color=BASELINE, linewidth=1.5, zorder=0)
    if not known:
        axes.text(
            0,
            0.5,
            textwrap.fill(spec.line_empty_note, NOTE_CHARS_PER_LINE),
            transform=axes.transAxes,
            va="center",
            fontsize=NOTE_PT,
            color=MUTED,
            linespacing=1.4,
        )
        return
    for level in ((low + high) / 2, high):
        axes.axhline(level, color=GRID, linewidth=1.0, zorder=0)
    xs = [i for i, _ in known]
    ys = [v for _, v in known]
    style: dict[str, Any] = {"color": LINE, "linewidth": 3.0, "solid_capstyle": "round"}
    axes.plot(xs, ys, marker="o", markersize=8, markerfacecolor=LINE, **style)
    span = high - low
    for x, y in known:
        axes.text(
            x,
            y + span * 0.07,
            score_text(y),
            ha="center",
            va="bottom",
            fontsize=VALUE_PT,
            color=TEXT,
        )
