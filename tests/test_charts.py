"""The progress chart as a file: a valid PNG of the right size, bars drawn where the numbers are,
colours that stay readable, nothing left behind in memory, and requests rendered (or turned into
text) after the engine's transaction.
"""

from __future__ import annotations

import dataclasses
import gc
import io
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from PIL import Image, ImageColor

from bot.chart_worker import ChartWorker
from bot.charts import (
    BASELINE,
    CARD,
    COLOURS,
    DPI,
    LINE,
    MUTED,
    TEXT,
    _draw,
    render_progress_chart,
)
from bot.engine.chart_request import (
    BarSeries,
    ChartSpec,
    chart_request,
    render_chart_requests,
)
from bot.engine.events import Address, Attachment, Chart, Outbound

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
LABELS = ("14 Sep", "21 Sep", "28 Sep", "5 Oct", "12 Oct", "19 Oct", "26 Oct", "this week")


def none_yet(command: str) -> str:
    return f"None yet. {command} any time."


def spec(weeks: int = 8, **changes: object) -> ChartSpec:
    full = ChartSpec(
        title="You two, the last 8 weeks",
        subtitle="Week by week since 14 Sep, this week on the right",
        week_labels=LABELS,
        slots=8,
        bars=(
            BarSeries("hugs", "Hugs", (3, 5, 0, 7, 12, 9, 11, 4), none_yet("/hug")),
            BarSeries(
                "appreciations", "Appreciations", (1, 2, 2, 0, 3, 4, 2, 1), none_yet("/appreciate")
            ),
            BarSeries("together", "Time together", (0, 1, 2, 1, 2, 3, 2, 1), none_yet("/together")),
            BarSeries("dreams", "Dreams shared", (0, 0, 1, 0, 1, 1, 0, 0), none_yet("/dream")),
            BarSeries("ideas", "New things tried", (0, 0, 0, 1, 0, 0, 1, 0), none_yet("/idea")),
        ),
        line_label="Just yours: check-ins",
        line_caption="Weekly average, 5 to 25",
        line_values=(12.0, None, 14.5, 15.0, None, 17.0, 18.0, 19.0),
        line_range=(5.0, 25.0),
        line_empty_note="No check-ins yet. /checkin whenever you like.",
        alt_text="Chart: You two, the last 8 weeks.",
    )
    if weeks != 8:
        full = dataclasses.replace(
            full,
            week_labels=LABELS[-weeks:],
            bars=tuple(dataclasses.replace(b, values=b.values[-weeks:]) for b in full.bars),
            line_values=full.line_values[-weeks:],
        )
    return dataclasses.replace(full, **changes)  # type: ignore[arg-type]


def decoded(png: bytes) -> Image.Image:
    assert png.startswith(PNG_SIGNATURE)
    image = Image.open(io.BytesIO(png))
    image.load()  # decodes every pixel: a truncated file fails here
    return image.convert("RGB")


def pixels_near(image: Image.Image, colour: str, tolerance: int = 6) -> int:
    target = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return sum(
        count
        for count, pixel in image.getcolors(maxcolors=1 << 20) or []
        if all(abs(a - b) <= tolerance for a, b in zip(pixel, target, strict=True))
    )


def test_the_chart_is_a_valid_png_of_phone_size() -> None:
    image = decoded(render_progress_chart(spec()))
    assert image.size == (1080, 1080)
    assert image.getpixel((3, 3)) == tuple(int(CARD[i : i + 2], 16) for i in (1, 3, 5))


def test_other_sizes_are_exact_too() -> None:
    assert decoded(render_progress_chart(spec(), width_px=1200, height_px=900)).size == (1200, 900)


@pytest.mark.parametrize(
    "shape",
    [
        spec(),
        spec(weeks=1),
        spec(weeks=3),
        spec(line_values=(None,) * 8),
        spec(bars=tuple(BarSeries(b.key, b.label, (0,) * 8) for b in spec().bars)),
        spec(bars=(BarSeries("hugs", "Hugs", (999, 1, 0, 250, 3, 2, 1, 998)),)),
        spec(title="Ihr zwei, die letzten 8 Wochen: ein sehr, sehr langer Titel für ein Telefon"),
    ],
    ids=["full", "first-week", "three-weeks", "no-check-ins", "all-zero", "huge", "long-title"],
)
def test_every_shape_of_report_renders(shape: ChartSpec) -> None:
    assert decoded(render_progress_chart(shape)).size == (1080, 1080)


def test_each_practice_gets_its_own_colour_only_where_it_has_counts() -> None:
    image = decoded(
        render_progress_chart(
            spec(
                bars=tuple(
                    b if b.key != "dreams" else dataclasses.replace(b, values=(0,) * 8)
                    for b in spec().bars
                )
            )
        )
    )
    for key in ("hugs", "appreciations", "together", "ideas"):
        assert pixels_near(image, COLOURS[key]) > 300, key
    assert pixels_near(image, COLOURS["dreams"]) == 0


def test_taller_bars_for_bigger_weeks() -> None:
    one = decoded(render_progress_chart(spec(bars=(BarSeries("hugs", "Hugs", (1, 0, 0, 0)),))))
    mixed = decoded(render_progress_chart(spec(bars=(BarSeries("hugs", "Hugs", (1, 0, 0, 8)),))))
    # With a week of 8 beside it, the week of 1 shrinks; the 8 is the tallest bar.
    assert pixels_near(mixed, COLOURS["hugs"]) > pixels_near(one, COLOURS["hugs"])


def drawn(chart: ChartSpec) -> Figure:
    """The figure as drawn, before it becomes pixels: its texts and shapes can be read."""
    figure = Figure(figsize=(1080 / DPI, 1080 / DPI), dpi=DPI)
    FigureCanvasAgg(figure)
    _draw(figure, chart)
    return figure


def texts_of(figure: Figure) -> list[str]:
    """Every text drawn, a wrapped one joined back into one line."""
    return [" ".join(text.get_text().split()) for text in figure.texts]


def bar_heights_px(image: Image.Image, colour: str) -> list[int]:
    """The height of each run of `colour` columns (one bar), tallest pixel count per bar."""
    target = ImageColor.getrgb(colour)
    heights: list[int] = []
    previous = 0
    for x in range(image.width):
        column = sum(1 for y in range(image.height) if image.getpixel((x, y)) == target)
        if column and not previous:
            heights.append(column)
        elif column:
            heights[-1] = max(heights[-1], column)
        previous = column
    return heights


def test_every_count_panel_shares_one_scale() -> None:
    """1 new thing and 4 appreciations were drawn the same height, each panel on its own scale."""
    chart = spec(
        weeks=2,
        bars=(
            BarSeries("appreciations", "Appreciations", (4, 2)),
            BarSeries("ideas", "New things tried", (1, 0)),
        ),
    )
    image = decoded(render_progress_chart(chart))
    four, two = bar_heights_px(image, COLOURS["appreciations"])
    [one] = bar_heights_px(image, COLOURS["ideas"])
    assert abs(four / one - 4) < 0.25 and abs(four / two - 2) < 0.15
    # The scale is written on every panel: its top (the biggest week here) and its zero.
    texts = texts_of(drawn(chart))
    assert texts.count("4") >= 3 and texts.count("0") >= 3


def test_zero_weeks_are_written_and_an_empty_panel_says_so() -> None:
    chart = spec(
        weeks=4,
        bars=(
            BarSeries("hugs", "Hugs", (0, 2, 0, 1)),
            BarSeries("dreams", "Dreams", (0, 0, 0, 0), none_yet("/dream")),
        ),
    )
    texts = texts_of(drawn(chart))
    assert texts.count("None yet. /dream any time.") == 1
    # Hugs: two zero weeks and its zero on the scale; Dreams: its total and its zero.
    assert texts.count("0") == 3 + 2
    assert "2" in texts and "3" in texts  # a value and the hugs' total


def test_this_week_is_named_under_every_panel() -> None:
    assert texts_of(drawn(spec())).count("this week") == 6


def test_the_check_in_scale_has_values_and_a_low_score_sits_above_the_axis() -> None:
    chart = spec(weeks=3, line_values=(5.0, None, 25.0))
    figure = drawn(chart)
    texts = texts_of(figure)
    assert {"5", "15", "25"} <= set(texts)
    line = next(a for a in figure.artists if isinstance(a, Line2D) and a.get_marker() == "o")
    axis = min(
        a.get_ydata()[0]  # type: ignore[index]
        for a in figure.artists
        if isinstance(a, Line2D) and a.get_color() == BASELINE
    )
    lowest_dot = min(line.get_ydata())  # type: ignore[type-var]
    assert lowest_dot - axis > 0.01  # clear of the axis, by more than a dot's radius
    assert "Weekly average, 5 to 25" in texts


def test_the_first_week_is_a_card_of_numbers_not_lonely_bars() -> None:
    first = chart_states()["first-week"]
    figure = drawn(first)
    texts = texts_of(figure)
    for label, value in (("Hugs", "2"), ("Appreciations", "4"), ("Dreams shared", "1")):
        assert label in texts and value in texts
    assert texts.count("0") == 2
    assert {"None yet. /together any time.", "None yet. /idea any time."} <= set(texts)
    assert "16" in texts  # the week's check-in average, under its named panel
    assert "this week" not in texts  # one week needs no axis


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(first: str, second: str) -> float:
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_text_and_bars_keep_their_contrast_on_the_card() -> None:
    assert contrast(TEXT, CARD) >= 7.0
    assert contrast(MUTED, CARD) >= 4.5
    assert contrast(LINE, CARD) >= 3.0
    assert contrast(BASELINE, CARD) >= 1.8
    for key, colour in COLOURS.items():
        assert contrast(colour, CARD) >= 3.0, key


def test_the_card_stands_apart_from_both_light_and_dark_chat_backgrounds() -> None:
    # Telegram's and Discord's light and dark chat backgrounds.
    for light_theme in ("#ffffff", "#f0f2f5"):
        assert contrast(CARD, light_theme) >= 8  # a clear card, not a washed-out patch
    for dark_theme in ("#0e1621", "#17212b", "#000000"):
        assert contrast(CARD, dark_theme) >= 1.3  # a lighter card, not a hole in the chat


def test_rendering_keeps_one_figure_per_thread_and_nothing_of_earlier_charts() -> None:
    first = render_progress_chart(spec())
    for other in (spec(weeks=1), spec(line_values=(None,) * 8), spec(title="Another couple")):
        render_progress_chart(other)
    gc.collect()
    assert sum(isinstance(o, Figure) for o in gc.get_objects()) == 1
    assert render_progress_chart(spec()) == first  # byte for byte: no leftovers drawn in


def test_each_drawing_thread_gets_its_own_figure() -> None:
    from_here = render_progress_chart(spec())
    drawn: list[bytes] = []
    thread = threading.Thread(target=lambda: drawn.append(render_progress_chart(spec())))
    thread.start()
    thread.join()
    assert drawn == [from_here]
    del thread
    gc.collect()
    assert sum(isinstance(o, Figure) for o in gc.get_objects()) == 1  # the thread's went with it


async def test_the_worker_draws_on_its_own_thread() -> None:
    worker = ChartWorker()
    try:
        caller = threading.current_thread().name
        png = await worker(spec())
        assert decoded(png).size == (1080, 1080)
        assert caller == "MainThread"
        assert worker._pool._threads  # type: ignore[attr-defined]
        assert all(t.name.startswith("nearer-charts") for t in worker._pool._threads)  # type: ignore[attr-defined]
    finally:
        worker.close()


# -- chart requests ----------------------------------------------------------------------


def _outbound(attachment: Attachment | None, text: str = "Look at you two") -> Outbound:
    return Outbound(Address("test", "c1"), text, attachment=attachment)


def test_a_chart_spec_survives_json_as_the_outbox_stores_it() -> None:
    original = spec(title="Zusammen 💞", line_values=(None, 12.5, *([None] * 6)))
    assert ChartSpec.from_json(original.to_json()) == original


@pytest.mark.parametrize("content", [b"", b"{}", b"[1, 2]", b"not json", b'{"title": 3}'])
def test_something_that_is_not_a_chart_spec_is_refused(content: bytes) -> None:
    with pytest.raises(ValueError):
        ChartSpec.from_json(content)


async def test_a_request_becomes_a_png_with_its_alt_text() -> None:
    async def renderer(chart: ChartSpec) -> bytes:
        return render_progress_chart(chart)

    plain = _outbound(None, "hello")
    export = _outbound(Attachment("me.json", b"{}", "application/json"))
    chart = _outbound(chart_request(spec(), "progress.png"))
    rendered = await render_chart_requests([plain, export, chart], renderer)
    assert rendered[:2] == [plain, export]
    assert rendered[2].text == "Look at you two"
    assert rendered[2].attachment is not None
    assert isinstance(rendered[2].attachment, Chart) and rendered[2].attachment.png
    assert rendered[2].attachment.filename == "progress.png"
    assert decoded(rendered[2].attachment.content).size == (1080, 1080)
    assert rendered[2].attachment.alt_text == spec().alt_text


async def test_without_a_renderer_a_request_becomes_its_numbers_in_words() -> None:
    [sent] = await render_chart_requests([_outbound(chart_request(spec(), "p.png"))], None)
    assert sent.attachment is None
    assert sent.text == f"Look at you two\n\n{spec().alt_text}"


async def test_a_broken_request_is_dropped_not_sent_as_a_file() -> None:
    broken = _outbound(Chart("p.png", "", request=b"garbage"))
    [sent] = await render_chart_requests([broken], None)
    assert sent.attachment is None and sent.text == "Look at you two"


def test_a_long_title_shrinks_to_stay_on_the_card() -> None:
    long = spec(title="Ihr zwei, die letzten 8 Wochen: ein sehr, sehr langer Titel für ein Telefon")
    image = decoded(render_progress_chart(long))
    card = tuple(int(CARD[i : i + 2], 16) for i in (1, 3, 5))
    beside_the_title = image.crop((1030, 0, 1080, 180))
    assert beside_the_title.getcolors() == [(50 * 180, card)]


def test_starting_the_bot_does_not_wait_for_matplotlib() -> None:
    """About a second of every restart: the chart thread loads it, the app never does."""
    probe = "import sys, bot.app; print('matplotlib' in sys.modules)"
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "False"


# -- the states people actually see, drawn to files to be looked at ---------------------------

#: Where the rendered states go (ignored by git): open them after a change to the drawing.
CHARTS_OUT = Path(__file__).parent / "charts_out"
#: Telegram's and Discord's chat backgrounds: the card must read on either.
CHAT_BACKGROUNDS = {"light": "#ffffff", "dark": "#0e1621"}
#: A chart fills about this many pixels across on a phone (a third of its own width).
PHONE_WIDTH_PX = 360


def _week_of_nothing(series: BarSeries, weeks: int) -> BarSeries:
    return dataclasses.replace(series, values=(0,) * weeks)


def chart_states() -> dict[str, ChartSpec]:
    """The shapes a couple meets: their first days, a full two months, a quiet month."""
    first = spec(weeks=1, title="Your first week together", subtitle="This week so far")
    first = dataclasses.replace(
        first,
        bars=tuple(
            dataclasses.replace(b, values=v)
            for b, v in zip(first.bars, ((2,), (4,), (0,), (1,), (0,)), strict=True)
        ),
        line_values=(15.5,),
    )
    quiet = spec(weeks=4, title="You two, the last 4 weeks", subtitle="Week by week since 12 Oct")
    quiet = dataclasses.replace(
        quiet,
        bars=(
            dataclasses.replace(quiet.bars[0], values=(0, 1, 0, 0)),
            *(_week_of_nothing(b, 4) for b in quiet.bars[1:]),
        ),
        line_values=(None, 5.0, None, None),
    )
    two = spec(weeks=2, title="You two, the last 2 weeks", subtitle="Week by week since 26 Oct")
    return {
        "first-week": first,
        "two-weeks": two,
        "eight-weeks": spec(),
        "quiet-month": quiet,
        "no-check-ins-solo": spec(title="Your last 8 weeks", line_values=(None,) * 8),
    }


def on_chat_background(png: bytes, background: str) -> Image.Image:
    """The card as a phone shows it: shrunk to phone width, in a chat of `background`."""
    card = decoded(png)
    height = round(card.height * PHONE_WIDTH_PX / card.width)
    small = card.resize((PHONE_WIDTH_PX, height), Image.Resampling.LANCZOS)
    chat = Image.new("RGB", (PHONE_WIDTH_PX + 40, height + 40), background)
    chat.paste(small, (20, 20))
    return chat


@pytest.mark.parametrize("state", list(chart_states()))
def test_each_state_is_drawn_to_a_file_to_look_at(state: str) -> None:
    """Full size, and at phone size on a light and a dark chat (`tests/charts_out/`)."""
    png = render_progress_chart(chart_states()[state])
    CHARTS_OUT.mkdir(exist_ok=True)
    (CHARTS_OUT / f"{state}.png").write_bytes(png)
    for theme, background in CHAT_BACKGROUNDS.items():
        phone = on_chat_background(png, background)
        phone.save(CHARTS_OUT / f"{state}-phone-{theme}.png")
        assert phone.getpixel((5, 5)) == ImageColor.getrgb(background)
    assert decoded(png).size == (1080, 1080)
