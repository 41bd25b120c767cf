"""Draws the progress chart: a PNG of the couple's weeks, one small panel per practice.

Where it runs, and why. The engine must stay fast, platform-neutral and free of matplotlib, and
its database transaction must never wait on drawing (SQLite has one writer thread). So a flow
only attaches a chart *request* (`bot.engine.chart_request`: the numbers and words as JSON); the
engine renders requests after its transaction has committed, through the `ChartRenderer` it is
given. The app gives it a `ChartWorker` (`bot.chart_worker`): one dedicated thread (not the
event loop, not the database threads) that draws one chart at a time. One thread is enough
(a chart takes about a tenth of a second on a quiet core, see `benchmarks/charts.py`) and keeps
matplotlib, which is not thread-safe, on one thread; the event loop only awaits a future, and
the interpreter hands it the GIL every few milliseconds while the chart thread draws (the
benchmark measures how late the loop runs meanwhile). A process pool would isolate more but pay
for pickling and start-up.

How it draws. Agg, no display, and never `pyplot` (whose global figure registry is what grows
when figures are not closed, and which is not thread-safe): each drawing thread owns one
`Figure`, cleared after every chart, so nothing is kept between charts and no figure is left to
close; a fresh figure per chart left cyclic garbage holding 4.6 MB pixel buffers and let resident
memory climb ≈ 50 MB per 100 charts, the reused one stays flat (`benchmarks/charts.py`).
Everything is drawn straight onto the figure (no `Axes`, whose tick machinery was two thirds of
the time). No global `rcParams` are touched: sizes and colours are passed to each call.

How it looks. Small multiples rather than grouped bars: five practices with very different
counts (a dozen hugs, one new experience) each get their own scale and a clear label, so no
colour has to be decoded (nor told apart by people who see colours differently); the check-in
trend is a line on its own (second) axis, 5–25. 1080 × 1080 px, square so every chat shows it
whole, text 27 px and up (11 pt at 180 dpi) unless a long label must shrink to fit.

Light and dark themes: an opaque card, not a transparent image with outlined text. Telegram
re-encodes photos as JPEG, which has no transparency, so a transparent chart would be flattened
onto a background we do not choose. The card is a muted slate: much darker than a light theme
(11:1, it reads as a picture), a little lighter than a dark one (1.5:1, a card rather than a
hole, and no glare), with near-white text at 10:1 and every bar colour at 5:1 or more. A true
mid-grey would leave any text colour scraping 4.5:1. `tests/test_charts.py` checks the ratios.
"""

from __future__ import annotations

import io
import textwrap
import threading
from dataclasses import dataclass

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
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
    figure = _figure_for_this_thread(width_px, height_px)
    try:
        _draw(figure, spec)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=DPI, facecolor=CARD, metadata={"Software": None})
        return buffer.getvalue()
    finally:
        figure.clear()  # nothing of this chart stays behind for the next one


_drawing_thread = threading.local()


def _figure_for_this_thread(width_px: int, height_px: int) -> Figure:
    """One figure (and its pixel buffer) per drawing thread, reused for every chart.

    A new figure per chart is garbage in reference cycles holding a 4.6 MB buffer until the
    cycle collector runs, and the allocator keeps what it frees: resident memory climbed by
    ~50 MB over 100 charts. Reusing one keeps it flat (`benchmarks/charts.py`).
    """
    figure: Figure | None = getattr(_drawing_thread, "figure", None)
    size = (width_px / DPI, height_px / DPI)
    if figure is None or tuple(figure.get_size_inches()) != size:
        figure = Figure(figsize=size, dpi=DPI, facecolor=CARD)
        FigureCanvasAgg(figure)
        _drawing_thread.figure = figure
    return figure


# -- drawing ---------------------------------------------------------------------------------
# Straight onto the figure (rectangles, lines, text in figure coordinates), without `Axes`: six
# axes with their tick machinery cost two thirds of the drawing time and gave nothing we use.


@dataclass(frozen=True)
class _Panel:
    """One small multiple: its box in figure fractions and `slots` week positions across it."""

    left: float
    bottom: float
    width: float
    height: float
    slots: int

    @property
    def slot_width(self) -> float:
        return self.width / (self.slots + 0.2)

    def x(self, slot: float) -> float:
        """The centre of week `slot` (0 = oldest)."""
        return self.left + (slot + 0.6) * self.slot_width

    def y(self, share: float) -> float:
        """`share` of the way up the panel."""
        return self.bottom + share * self.height

    @property
    def right(self) -> float:
        return self.left + self.width


def _draw(figure: Figure, spec: ChartSpec) -> None:
    card_width = _COLUMNS[-1][1] - _COLUMNS[0][0]
    title = figure.text(
        0.055, 0.955, spec.title, fontsize=TITLE_PT, color=TEXT, weight="bold", va="top"
    )
    _shrink_to_fit(title, card_width)
    subtitle = figure.text(0.055, 0.885, spec.subtitle, fontsize=SUBTITLE_PT, color=MUTED, va="top")
    _shrink_to_fit(subtitle, card_width)
    slots = max(spec.slots, len(spec.week_labels))
    panels = [
        _Panel(left, bottom, right - left, top - bottom, slots)
        for bottom, top in _ROWS
        for left, right in _COLUMNS
    ]
    lowest = min(panel.bottom for panel in panels)
    for series, panel in zip(spec.bars, panels, strict=False):
        _bar_panel(figure, panel, series, spec, week_labels=panel.bottom == lowest)
    if len(spec.bars) < len(panels):
        _line_panel(figure, panels[len(spec.bars)], spec)


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


def _points_high(figure: Figure, points: float) -> float:
    """A distance in points as a fraction of the figure's height."""
    return points * figure.dpi / 72 / figure.bbox.height


def _box(
    figure: Figure, x: float, y: float, width: float, height: float, colour: str, z: float
) -> None:
    figure.add_artist(
        Rectangle(
            (x, y),
            width,
            height,
            transform=figure.transFigure,
            facecolor=colour,
            linewidth=0,
            zorder=z,
        )
    )


def _rule(figure: Figure, panel: _Panel, y: float, colour: str, width: float, z: float) -> None:
    figure.add_artist(
        Line2D(
            [panel.left, panel.right],
            [y, y],
            transform=figure.transFigure,
            color=colour,
            linewidth=width,
            zorder=z,
        )
    )


def _panel_frame(
    figure: Figure, panel: _Panel, spec: ChartSpec, label: str, total: str, *, week_labels: bool
) -> None:
    """What every panel shares: its name and total above, a band behind this week (still under
    way), and on the bottom row the first and last week's names below (more would crowd a phone
    screen; the alt text has them all)."""
    above = panel.y(1.12)
    name = figure.text(panel.left, above, label, fontsize=PANEL_LABEL_PT, color=TEXT)
    # The name keeps clear of the total on its right (room for four digits).
    _shrink_to_fit(name, panel.width * (0.72 if total else 1.0))
    if total:
        figure.text(
            panel.right,
            above,
            total,
            ha="right",
            fontsize=PANEL_TOTAL_PT,
            color=TEXT,
            weight="bold",
        )
    last = len(spec.week_labels) - 1
    if last > 0:
        half = panel.slot_width / 2
        _box(figure, panel.x(last) - half, panel.bottom, 2 * half, panel.height, THIS_WEEK_BAND, 0)
    if week_labels:
        below = panel.bottom - _points_high(figure, 6)
        # The oldest week's name starts where the panel does; the current week's sits centred
        # under its band, so it is never read as the name of the week beside it.
        names = [(0, panel.left, "left")] + ([(last, panel.x(last), "center")] if last else [])
        for slot, x, align in names:
            figure.text(
                x,
                below,
                spec.week_labels[slot],
                ha=align,
                va="top",
                fontsize=TICK_PT,
                color=MUTED,
            )


def _bar_panel(
    figure: Figure, panel: _Panel, series: BarSeries, spec: ChartSpec, *, week_labels: bool
) -> None:
    values = list(series.values)
    total = sum(values)
    # An empty week or practice shows an empty baseline, never a big zero.
    _panel_frame(
        figure, panel, spec, series.label, str(total) if total else "", week_labels=week_labels
    )
    _rule(figure, panel, panel.bottom, BASELINE, 1.5, 2)
    ceiling = max([*values, 1]) * 1.38
    colour = COLOURS.get(series.key, FALLBACK_COLOUR)
    bar_width = panel.slot_width * 0.68
    for slot, value in enumerate(values):
        if not value:
            continue
        height = panel.height * value / ceiling
        _box(figure, panel.x(slot) - bar_width / 2, panel.bottom, bar_width, height, colour, 1)
        figure.text(
            panel.x(slot),
            panel.y((value + ceiling / 1.38 * 0.05) / ceiling),
            str(value),
            ha="center",
            va="bottom",
            fontsize=VALUE_PT,
            color=TEXT,
        )


def _line_panel(figure: Figure, panel: _Panel, spec: ChartSpec) -> None:
    low, high = spec.line_range
    span = high - low
    floor, ceiling = low - span * 0.08, high + span * 0.3

    def level(value: float) -> float:
        return panel.y((value - floor) / (ceiling - floor))

    _panel_frame(figure, panel, spec, spec.line_label, "", week_labels=True)
    _rule(figure, panel, level(low), BASELINE, 1.5, 2)
    known = [(slot, value) for slot, value in enumerate(spec.line_values) if value is not None]
    if not known:
        figure.text(
            panel.left,
            panel.y(0.5),
            textwrap.fill(spec.line_empty_note, NOTE_CHARS_PER_LINE),
            va="center",
            fontsize=NOTE_PT,
            color=MUTED,
            linespacing=1.4,
        )
        return
    for grid in ((low + high) / 2, high):
        _rule(figure, panel, level(grid), GRID, 1.0, 0.5)
    figure.add_artist(
        Line2D(
            [panel.x(slot) for slot, _ in known],
            [level(value) for _, value in known],
            transform=figure.transFigure,
            color=LINE,
            linewidth=3.0,
            solid_capstyle="round",
            marker="o",
            markersize=8,
            markerfacecolor=LINE,
            zorder=2,
        )
    )
    for slot, value in known:
        figure.text(
            panel.x(slot),
            level(value + span * 0.07),
            score_text(value),
            ha="center",
            va="bottom",
            fontsize=VALUE_PT,
            color=TEXT,
        )
