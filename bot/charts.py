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

How it looks. Small multiples rather than grouped bars: each practice has its own panel and a
clear label, so no colour has to be decoded (nor told apart by people who see colours
differently). All count panels share one scale, labelled at its top, so one new thing is drawn
a quarter as tall as four appreciations; every week carries its number, a zero included, and a
panel with nothing in it says so kindly. Only the weeks the couple has had are drawn (the flow
sends as many week labels as weeks), so a second week is two bars across the panel, not two
bars pressed into a corner; the first week alone is a card of big numbers rather than one lonely
bar per panel. Each panel names the current week under its shaded column. The check-in (the
asking person's own, never the couple's) is a line on its own 5–25 axis with its values marked,
framed apart with a caption saying whose it is. 1080 × 1080 px, square so every chat shows it
whole, text 25 px and up (10 pt at 180 dpi) unless a long label must shrink to fit: a third of
that on a phone screen, still legible.

Light and dark themes: an opaque card, not a transparent image with outlined text. Telegram
re-encodes photos as JPEG, which has no transparency, so a transparent chart would be flattened
onto a background we do not choose. The card is a muted slate: much darker than a light theme
(11:1, it reads as a picture), a little lighter than a dark one (1.5:1, a card rather than a
hole, and no glare), with near-white text at 10:1 and every bar colour at 5:1 or more. A true
mid-grey would leave any text colour scraping 4.5:1. `tests/test_charts.py` checks the ratios.
"""

from __future__ import annotations

import dataclasses
import io
import textwrap
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, cast

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyBboxPatch, Rectangle
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
#: The outline around what only the asking person sees (their check-ins).
PRIVATE_FRAME = "#6b7486"
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
PANEL_LABEL_PT = 13.0
PANEL_TOTAL_PT = 15.0
VALUE_PT = 12.0
TICK_PT = 11.0
NOTE_PT = 11.0
CAPTION_PT = 11.0
BIG_NUMBER_PT = 34.0
#: A panel is ≈ 420 px wide: about this many characters of note text at NOTE_PT.
NOTE_CHARS_PER_LINE = 28
#: The widest a bar gets (figure fraction), so two weeks are two bars, not two slabs.
MOST_BAR_WIDTH = 0.04

#: Panels: left/right edges of the two columns and top/bottom of the three rows (figure fractions).
#: Left of each panel is room for its scale's numbers; the right margin leaves room for "this
#: week" centred under the last week.
_COLUMNS = ((0.09, 0.465), (0.575, 0.93))
_ROWS = ((0.615, 0.77), (0.35, 0.505), (0.085, 0.24))


def render_progress_chart(
    spec: ChartSpec, *, width_px: int = WIDTH_PX, height_px: int = HEIGHT_PX
) -> bytes:
    """The chart as PNG bytes, exactly `width_px` × `height_px`. Blocking: call it off the loop."""
    figure = _figure_for_this_thread(width_px, height_px)
    try:
        _draw(figure, spec)
        if spec.rtl:
            _mirror(figure)
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
        return self.width / self.slots

    def x(self, slot: float) -> float:
        """The centre of week `slot` (0 = oldest)."""
        return self.left + (slot + 0.5) * self.slot_width

    def y(self, share: float) -> float:
        """`share` of the way up the panel."""
        return self.bottom + share * self.height

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bar_width(self) -> float:
        return min(self.slot_width * 0.62, MOST_BAR_WIDTH)


def _draw(figure: Figure, spec: ChartSpec) -> None:
    card_width = _COLUMNS[-1][1] - 0.055
    title = figure.text(
        0.055, 0.955, spec.title, fontsize=TITLE_PT, color=TEXT, weight="bold", va="top"
    )
    _shrink_to_fit(title, card_width)
    subtitle = figure.text(0.055, 0.885, spec.subtitle, fontsize=SUBTITLE_PT, color=MUTED, va="top")
    _shrink_to_fit(subtitle, card_width)
    slots = max(1, len(spec.week_labels))
    panels = [
        _Panel(left, bottom, right - left, top - bottom, slots)
        for bottom, top in _ROWS
        for left, right in _COLUMNS
    ]
    if slots == 1:
        for series, panel in zip(spec.bars, panels, strict=False):
            _first_week_tile(figure, panel, series)
        if len(spec.bars) < len(panels):
            _first_week_checkin(figure, _under_caption(figure, panels[len(spec.bars)], spec), spec)
        return
    top = _shared_top(spec.bars)
    for series, panel in zip(spec.bars, panels, strict=False):
        _bar_panel(figure, panel, series, spec, top)
    if len(spec.bars) < len(panels):
        _line_panel(figure, _under_caption(figure, panels[len(spec.bars)], spec), spec)


def _mirror(figure: Figure) -> None:
    """For a right-to-left reader, the whole card mirrored: the title and every name start at
    the right edge, the weeks run from right to left (this week on the left), values sit on
    the other side. Text is moved, not flipped; its letters are shaped and ordered right to left
    by matplotlib's text layout (names and numbers inside keep their own direction)."""
    swap: dict[str, Literal["left", "center", "right"]] = {
        "left": "right",
        "right": "left",
        "center": "center",
    }
    for text in figure.texts:
        x, y = text.get_position()
        text.set_position((1 - x, y))
        text.set_horizontalalignment(swap[text.get_horizontalalignment()])
    for artist in figure.artists:
        if isinstance(artist, Line2D):
            artist.set_xdata([1 - float(x) for x in cast(Sequence[float], artist.get_xdata())])
        elif isinstance(artist, Rectangle | FancyBboxPatch):
            artist.set_x(1 - artist.get_x() - artist.get_width())


def _under_caption(figure: Figure, panel: _Panel, spec: ChartSpec) -> _Panel:
    """The check-in panel made shorter at the top by its caption line, so its heading lines up
    with its neighbour's and its frame stays clear of the row above."""
    if not spec.line_caption:
        return panel
    room = _points_high(figure, CAPTION_PT * 1.3)
    return dataclasses.replace(panel, height=panel.height - room)


def _shared_top(bars: tuple[BarSeries, ...]) -> int:
    """The top of the one scale every count panel shares: the biggest week itself up to ten,
    then the next multiple of 5 (of 10 past fifty, of 50 past two hundred …), so its label is a
    round number and the tallest bar still reaches near it."""
    biggest = max((value for series in bars for value in series.values), default=0)
    if biggest <= 10:
        return max(biggest, 1)
    step = 5
    while biggest > step * 10:
        step *= 2 if str(step).startswith("5") else 5
    return -(-biggest // step) * step


def _note_lines(note: str, width: int = NOTE_CHARS_PER_LINE) -> str:
    """A note broken for a panel: between its sentences first ("None yet." above "/hug any
    time."), then wrapped where a sentence is still too long."""
    if len(note) <= width:
        return note
    sentences = note.replace(". ", ".\n").splitlines()
    return "\n".join(textwrap.fill(sentence, width) for sentence in sentences)


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


def _points_wide(figure: Figure, points: float) -> float:
    """A distance in points as a fraction of the figure's width."""
    return points * figure.dpi / 72 / figure.bbox.width


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


def _tick(figure: Figure, panel: _Panel, y: float, value: str) -> None:
    """A value on the panel's scale, written just left of it."""
    figure.text(
        panel.left - _points_wide(figure, 4),
        y,
        value,
        ha="right",
        va="center",
        fontsize=TICK_PT,
        color=MUTED,
    )


def _heading(figure: Figure, panel: _Panel, label: str, total: str) -> None:
    """A panel's name (and total, on the right) just above it."""
    above = panel.y(1.0) + _points_high(figure, 9)
    name = figure.text(panel.left, above, label, fontsize=PANEL_LABEL_PT, color=TEXT)
    # The name keeps clear of the total on its right (room for four digits).
    _shrink_to_fit(name, panel.width * (0.75 if total else 1.0))
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


def _weeks_axis(figure: Figure, panel: _Panel, spec: ChartSpec) -> float:
    """The shaded column of this week (still under way), and under every panel the first
    week's name and "this week" under its column: each panel reads on its own (more names would
    crowd a phone screen; the alt text has them all). Returns where the labels end on the right
    (a figure fraction): "this week" is wider than its column."""
    last = len(spec.week_labels) - 1
    _box(
        figure,
        panel.x(last) - panel.slot_width / 2,
        panel.bottom,
        panel.slot_width,
        panel.height,
        THIS_WEEK_BAND,
        0,
    )
    below = panel.bottom - _points_high(figure, 5)
    right = panel.right
    for slot, x, align in ((0, panel.left, "left"), (last, panel.x(last), "center")):
        label = figure.text(
            x,
            below,
            spec.week_labels[slot],
            ha=align,
            va="top",
            fontsize=TICK_PT,
            color=TEXT if slot == last else MUTED,
        )
        if slot == last and spec.line_caption:  # only the framed panel needs to know
            renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
            extent = label.get_window_extent(renderer=renderer)
            right = max(right, extent.x1 / figure.bbox.width)
    return right


def _bar_panel(figure: Figure, panel: _Panel, series: BarSeries, spec: ChartSpec, top: int) -> None:
    values = list(series.values)
    _heading(figure, panel, series.label, str(sum(values)))
    _weeks_axis(figure, panel, spec)
    _rule(figure, panel, panel.bottom, BASELINE, 1.5, 2)
    # The scale's top sits at 78 % of the panel, leaving room for the number above the bar.
    full = 0.78
    _rule(figure, panel, panel.y(full), GRID, 1.0, 0.5)
    _tick(figure, panel, panel.y(full), str(top))
    _tick(figure, panel, panel.bottom, "0")
    if not any(values):
        note = series.empty_note
        if note:
            figure.text(
                (panel.left + panel.right) / 2,
                panel.y(0.42),
                _note_lines(note),
                ha="center",
                va="center",
                fontsize=NOTE_PT,
                color=MUTED,
                linespacing=1.4,
                zorder=3,
            )
        return
    colour = COLOURS.get(series.key, FALLBACK_COLOUR)
    gap = _points_high(figure, 3)
    for slot, value in enumerate(values):
        height = panel.height * full * value / top
        if value:
            _box(
                figure,
                panel.x(slot) - panel.bar_width / 2,
                panel.bottom,
                panel.bar_width,
                height,
                colour,
                1,
            )
        figure.text(
            panel.x(slot),
            panel.bottom + height + gap,
            str(value),
            ha="center",
            va="bottom",
            fontsize=VALUE_PT,
            color=TEXT if value else MUTED,
            zorder=3,
        )


def _private_frame(figure: Figure, panel: _Panel, spec: ChartSpec, right: float) -> None:
    """An outline around the check-in panel, with its caption: this part is the asking
    person's alone, not the couple's, whatever the title above says."""
    pad_x = _points_wide(figure, 8)
    above = _points_high(figure, CAPTION_PT * 1.3) if spec.line_caption else 0.0
    top = panel.y(1.0) + above + _points_high(figure, 25)
    bottom = panel.bottom - _points_high(figure, 20)
    left = panel.left - _points_wide(figure, 26)
    figure.add_artist(
        FancyBboxPatch(
            (left, bottom),
            max(panel.right, right) + pad_x - left,
            top - bottom,
            boxstyle="round,pad=0,rounding_size=0.015",
            transform=figure.transFigure,
            facecolor="none",
            edgecolor=PRIVATE_FRAME,
            linewidth=1.5,
            zorder=0.2,
        )
    )


def _line_heading(figure: Figure, panel: _Panel, spec: ChartSpec) -> None:
    caption_room = _points_high(figure, 13) if spec.line_caption else 0.0
    above = panel.y(1.0) + _points_high(figure, 9) + caption_room
    name = figure.text(panel.left, above, spec.line_label, fontsize=PANEL_LABEL_PT, color=TEXT)
    _shrink_to_fit(name, panel.width)
    if spec.line_caption:
        caption = figure.text(
            panel.left,
            above - _points_high(figure, 3),
            spec.line_caption,
            va="top",
            fontsize=CAPTION_PT,
            color=MUTED,
            # Right-to-left scripts have no italics (nor has DejaVu Sans Oblique their letters).
            style="normal" if spec.rtl else "italic",
        )
        _shrink_to_fit(caption, panel.width)


def _line_panel(figure: Figure, panel: _Panel, spec: ChartSpec) -> None:
    low, high = spec.line_range

    def level(value: float) -> float:
        # The lowest score sits a little above the panel's floor, never on it.
        return panel.y(0.12 + 0.66 * (value - low) / (high - low))

    _private_frame(figure, panel, spec, _weeks_axis(figure, panel, spec))
    _line_heading(figure, panel, spec)
    _rule(figure, panel, panel.bottom, BASELINE, 1.5, 2)
    known = [(slot, value) for slot, value in enumerate(spec.line_values) if value is not None]
    if known:  # an empty scale behind the note would only cross it out
        for grid in (low, (low + high) / 2, high):
            _rule(figure, panel, level(grid), GRID, 1.0, 0.5)
            _tick(figure, panel, level(grid), score_text(grid))
    else:
        figure.text(
            (panel.left + panel.right) / 2,
            panel.y(0.45),
            _note_lines(spec.line_empty_note),
            ha="center",
            va="center",
            fontsize=NOTE_PT,
            color=MUTED,
            linespacing=1.4,
            zorder=3,
        )
        return
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
            level(value) + _points_high(figure, 6),
            score_text(value),
            ha="center",
            va="bottom",
            fontsize=VALUE_PT,
            color=TEXT,
            zorder=3,
        )


# -- the first week: big numbers, not one lonely bar per panel ------------------------------


def _first_week_tile(figure: Figure, panel: _Panel, series: BarSeries) -> None:
    value = sum(series.values)
    colour = COLOURS.get(series.key, FALLBACK_COLOUR)
    # A coloured stripe down the tile's left edge ties it to the same practice in later charts.
    _box(figure, panel.left, panel.bottom, _points_wide(figure, 5), panel.height, colour, 1)
    inner = panel.left + _points_wide(figure, 14)
    name = figure.text(
        inner, panel.y(1.0), series.label, va="top", fontsize=PANEL_LABEL_PT, color=TEXT
    )
    _shrink_to_fit(name, panel.right - inner)
    figure.text(
        inner,
        panel.y(0.36),
        str(value),
        va="center",
        fontsize=BIG_NUMBER_PT,
        color=TEXT if value else MUTED,
        weight="bold",
    )
    if not value and series.empty_note:
        figure.text(
            inner + _points_wide(figure, 52),
            panel.y(0.36),
            _note_lines(series.empty_note, NOTE_CHARS_PER_LINE - 6),
            va="center",
            fontsize=NOTE_PT,
            color=MUTED,
            linespacing=1.4,
        )


def _first_week_checkin(figure: Figure, panel: _Panel, spec: ChartSpec) -> None:
    _private_frame(figure, panel, spec, panel.right)
    _line_heading(figure, panel, spec)
    value = spec.line_values[0] if spec.line_values else None
    if value is None:
        figure.text(
            panel.left,
            panel.y(0.45),
            _note_lines(spec.line_empty_note),
            va="center",
            fontsize=NOTE_PT,
            color=MUTED,
            linespacing=1.4,
        )
        return
    figure.text(
        panel.left,
        panel.y(0.36),
        score_text(value),
        va="center",
        fontsize=BIG_NUMBER_PT,
        color=TEXT,
        weight="bold",
    )
