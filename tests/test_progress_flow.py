"""`/progress` as people see it: an encouraging summary, a chart drawn after the transaction, and
the same numbers in words for anyone without images.
"""

from __future__ import annotations

import io
import math
import re
import threading
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image

import bot.charts
from bot.chart_worker import ChartWorker
from bot.engine import Engine, Outbound, kinds
from bot.engine.chart_request import ChartSpec
from bot.engine.events import Chart
from bot.engine.progress import ProgressReport, average_text
from tests.support.history import NOW, add, known_history, pair, report_for
from tests.support.world import World, shared_prompts, texts

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def alt_text(reply: Outbound) -> str:
    """What a drawn chart says in words."""
    assert isinstance(reply.attachment, Chart)
    return reply.attachment.alt_text


ALT_LINE = re.compile(
    r"^(?P<week>[^:]+): hugs (?P<hugs>\d+), appreciations (?P<appreciations>\d+), "
    r"together (?P<together>\d+), dreams (?P<dreams>\d+), new things (?P<ideas>\d+), "
    r"check-in (?P<checkin>\d+|none|average [\d.]+ of \d+)\.$"
)


@pytest.fixture
async def charts() -> AsyncIterator[ChartWorker]:
    worker = ChartWorker()
    yield worker
    worker.close()


def with_charts(world: World, renderer) -> World:
    """The world's engine, given a chart renderer as the app gives it one."""
    world.engine = Engine(
        world.db,
        shared_prompts(),
        settings=world.settings,
        clock=world.clock,
        chart_renderer=renderer,
    )
    return world


def alt_rows(alt_text: str) -> list[dict[str, str]]:
    rows = []
    for line in alt_text.splitlines()[1:]:
        match = ALT_LINE.match(line)
        assert match, line
        rows.append(match.groupdict())
    return rows


def assert_alt_text_matches(alt_text: str, report: ProgressReport) -> None:
    rows = alt_rows(alt_text)
    assert len(rows) == len(report.weeks)
    for row, week in zip(rows, report.weeks, strict=True):
        for key in ("hugs", "appreciations", "together", "dreams", "ideas"):
            assert int(row[key]) == week.count(key), (key, row)
        average = week.checkin_average
        if average is None:
            expected = "none"
        elif week.checkins == 1:
            expected = str(math.floor(average + 0.5))
        else:  # an average is named as one, never passed off as a score
            expected = f"average {average_text(average)} of {week.checkins}"
        assert row["checkin"] == expected


async def test_progress_shows_an_encouraging_summary_and_a_chart(
    world: World, charts: ChartWorker
) -> None:
    alex, _sam, _kim = await known_history(with_charts(world, charts))
    replies = await alex.says("/progress")
    assert len(replies) == 1
    reply = replies[0]
    assert reply.text.startswith("Look at what you two have been building over the last 8 weeks")
    assert (
        "6 hugs, 2 appreciations, time together 5 times, 1 dream question you both answered, "
        "and 1 new thing tried." in reply.text
    )
    assert "This week so far: 1 hug and time together once." in reply.text
    assert "3 weeks in a row with a date night. A lovely rhythm." in reply.text
    assert (
        "Your latest check-in: 17 out of 25, up from 12 at the first of these 3 (average 14.3). "
        "You're feeling closer." in reply.text
    )
    assert len(reply.text) < 1024  # fits a photo caption
    assert reply.attachment is not None
    assert isinstance(reply.attachment, Chart) and reply.attachment.png is not None
    assert reply.attachment.filename.endswith(".png")
    assert reply.attachment.content.startswith(PNG_SIGNATURE)
    assert alt_text(reply).startswith("Chart: You two, the last 8 weeks.")
    assert [b.payload for row in reply.buttons for b in row] == ["progress:text"]


async def test_the_alt_text_has_the_same_numbers_as_the_chart(
    world: World, charts: ChartWorker
) -> None:
    alex, _sam, _kim = await known_history(with_charts(world, charts))
    reply = (await alex.says("/progress"))[0]
    report = report_for(world, alex)
    assert_alt_text_matches(alt_text(reply), report)
    first, *_, last = alt_rows(alt_text(reply))
    assert first["week"] == "14 Sept" and last["week"] == "this week"  # en_GB, as CLDR writes it
    assert len(alt_text(reply)) <= 1024  # Discord's limit for an image description


async def test_the_summary_never_counts_what_did_not_happen(
    world: World, charts: ChartWorker
) -> None:
    alex, _sam, _kim = await known_history(with_charts(world, charts))
    text = (await alex.says("/progress"))[0].text
    assert not re.search(r"\b0\b", text)
    assert "no " not in text.lower() and "missed" not in text.lower()


async def test_numbers_as_text_for_anyone_without_images(world: World) -> None:
    alex, _sam, _kim = await known_history(world)
    by_command = (await alex.says("/progress text"))[0]
    assert by_command.attachment is None
    assert_alt_text_matches(by_command.text, report_for(world, alex))
    by_button = (await alex.presses("progress:text"))[0]
    assert by_button.text == by_command.text


async def test_without_a_renderer_the_numbers_go_out_as_text(world: World) -> None:
    alex, _sam, _kim = await known_history(world)
    reply = (await alex.says("/progress"))[0]
    assert reply.attachment is None
    summary, _, alt_text = reply.text.partition("\n\n")
    assert summary.startswith("Look at what you two")
    assert_alt_text_matches(alt_text, report_for(world, alex))


async def test_a_chart_that_fails_to_draw_still_sends_the_numbers(world: World) -> None:
    async def broken(_spec: ChartSpec) -> bytes:
        raise RuntimeError("no fonts today")

    alex, _sam, _kim = await known_history(with_charts(world, broken))
    reply = (await alex.says("/progress"))[0]
    assert reply.attachment is None
    assert "hugs 2, appreciations 1" in reply.text


async def test_the_chart_is_drawn_on_the_chart_thread_not_the_loop_or_the_database(
    world: World, charts: ChartWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn_on: list[str] = []
    draw = bot.charts.render_progress_chart

    def spying(spec: ChartSpec, **size: int) -> bytes:
        drawn_on.append(threading.current_thread().name)
        return draw(spec, **size)

    monkeypatch.setattr(bot.charts, "render_progress_chart", spying)
    alex, _sam, _kim = await known_history(with_charts(world, charts))
    reply = (await alex.says("/progress"))[0]
    assert (
        reply.attachment is not None
        and isinstance(reply.attachment, Chart)
        and reply.attachment.png is not None
    )
    assert len(drawn_on) == 1 and drawn_on[0].startswith("nearer-charts")


async def test_the_chart_is_drawn_after_the_transaction_committed(world: World) -> None:
    pending_during_drawing: list[bool] = []

    async def checking(spec: ChartSpec) -> bytes:
        # The database thread is free: a new transaction runs at once and sees the turn's state.
        pending_during_drawing.append(await world.db.run(lambda session: True))
        return b"\x89PNG\r\n\x1a\n fake"

    alex, _sam, _kim = await known_history(with_charts(world, checking))
    reply = (await alex.says("/progress"))[0]
    assert pending_during_drawing == [True]
    assert reply.attachment is not None and reply.attachment.content.endswith(b"fake")


async def test_a_solo_person_gets_their_own_report(world: World, charts: ChartWorker) -> None:
    with_charts(world, charts)
    world.clock.now = NOW - timedelta(weeks=2)
    robin = world.person("Robin")
    await robin.says("/start")
    add(world, robin, kinds.APPRECIATION, NOW - timedelta(days=8))
    add(world, robin, kinds.CHECKIN, NOW - timedelta(days=1), total=18)
    world.clock.now = NOW
    reply = (await robin.says("/progress"))[0]
    assert reply.text.startswith("Look at what you've been building over the last 3 weeks")
    assert "you two" not in reply.text.lower()
    assert "Your check-in: 18 out of 25." in reply.text
    assert alt_text(reply).startswith("Chart: Your last 3 weeks.")
    assert (
        reply.attachment is not None
        and isinstance(reply.attachment, Chart)
        and reply.attachment.png is not None
    )


async def test_a_new_couple_sees_a_first_week_report(world: World, charts: ChartWorker) -> None:
    with_charts(world, charts)
    world.clock.now = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
    alex, sam = world.person("Alex"), world.person("Sam")
    await pair(world, alex, sam)
    add(world, sam, kinds.HUG, world.clock.now)
    world.clock.advance(hours=3)
    reply = (await alex.says("/progress"))[0]
    assert reply.text.startswith("Your first week together on Nearer:\n1 hug.")
    assert "This week so far" not in reply.text
    assert alt_text(reply).splitlines()[1].startswith("this week: hugs 1,")
    assert reply.attachment is not None
    with Image.open(io.BytesIO(reply.attachment.content)) as image:
        assert image.size == (1080, 1080)


async def test_nothing_yet_gets_a_gentle_start_and_no_empty_chart(
    world: World, charts: ChartWorker
) -> None:
    with_charts(world, charts)
    alex = world.person("Alex")
    await pair(world, alex, world.person("Sam"))
    reply = (await alex.says("/progress"))[0]
    assert reply.attachment is None
    assert "Nothing is logged yet, and that's perfectly fine" in reply.text
    assert "/hug" in reply.text
    assert not re.search(r"\b0\b", reply.text)


async def test_the_partners_check_ins_never_reach_me(world: World, charts: ChartWorker) -> None:
    alex, sam, _kim = await known_history(with_charts(world, charts))
    alex_reply = (await alex.says("/progress"))[0]
    sam_reply = (await sam.says("/progress"))[0]
    assert "check-in 5" not in alt_text(alex_reply)
    assert "check-in 5." in alt_text(sam_reply)
    assert "Your check-in: 5 out of 25." in sam_reply.text
    assert "12" not in alt_text(sam_reply).split("check-in")[1]


async def test_in_a_shared_space_progress_is_sent_privately(world: World) -> None:
    alex, _sam, _kim = await known_history(world)
    alex.inbox()  # what pairing queued
    group_replies = await alex.says("/progress", group="g-us")
    assert all(reply.attachment is None for reply in group_replies)
    assert "check-in" not in texts(group_replies)
    private: list[Outbound] = alex.inbox()
    assert len(private) == 1
    # Queued as a chart request: the outbox draws it right before sending.
    assert private[0].attachment is not None
    chart = private[0].attachment
    assert isinstance(chart, Chart) and chart.png is None and chart.request
    assert private[0].text.startswith("Look at what you two")


@pytest.mark.parametrize(
    ("totals", "expected"),
    [
        ((20, 13), "13 out of 25, down from 20 at the first of these 2 (average 16.5). Rough"),
        ((15, 15), "Your latest check-in: 15 out of 25, the same as the first of these 2."),
        ((11, 19), "19 out of 25, up from 11 at the first of these 2 (average 15). You're feeling"),
    ],
)
async def test_the_check_in_trend_reads_gently_either_way(
    world: World, totals: tuple[int, int], expected: str
) -> None:
    world.clock.now = NOW - timedelta(weeks=3)
    alex, sam = world.person("Alex"), world.person("Sam")
    await pair(world, alex, sam)
    add(world, alex, kinds.CHECKIN, NOW - timedelta(weeks=2), total=totals[0])
    add(world, alex, kinds.CHECKIN, NOW - timedelta(days=1), total=totals[1])
    world.clock.now = NOW
    text = (await alex.says("/progress"))[0].text
    assert expected in text
    assert "behind" not in text and "should" not in text


def drawn_specs(world: World) -> list[ChartSpec]:
    """The specs the engine hands its renderer from now on, as the chart thread gets them."""
    specs: list[ChartSpec] = []

    async def recording(spec: ChartSpec) -> bytes:
        specs.append(spec)
        return PNG_SIGNATURE

    with_charts(world, recording)
    return specs


async def chart_spec_of(world: World, person, command: str = "/progress") -> ChartSpec:
    specs = drawn_specs(world)
    await person.says(command)
    [spec] = specs
    return spec


async def test_two_check_ins_in_a_week_are_named_latest_first_and_average(world: World) -> None:
    """Scores of 14 and 17 were shown as "Your check-in: 16 out of 25", a silent average."""
    world.clock.now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    alex, sam = world.person("Alex"), world.person("Sam")
    await pair(world, alex, sam)
    add(world, alex, kinds.CHECKIN, world.clock.now + timedelta(hours=1), total=14)
    add(world, alex, kinds.CHECKIN, world.clock.now + timedelta(days=1), total=17)
    world.clock.advance(days=2)
    reply = (await alex.says("/progress text"))[0]
    assert "16 out of 25" not in (await alex.says("/progress"))[0].text
    assert (
        "Your latest check-in: 17 out of 25, up from 14 at the first of these 2 (average 15.5)."
        in (await alex.says("/progress"))[0].text
    )
    assert reply.text.endswith("check-in average 15.5 of 2.")  # the numbers as text
    spec = await chart_spec_of(world, alex)
    assert spec.line_values == (15.5,)
    assert "average" in spec.line_caption.lower()


async def test_the_couples_chart_says_the_check_in_is_mine_alone(world: World) -> None:
    """ "You two" sat over one partner's private score; the panel now says whose it is."""
    alex, _sam, _kim = await known_history(world)
    spec = await chart_spec_of(world, alex)
    assert spec.title.startswith("You two")
    assert spec.line_label == "Just yours: check-ins"
    assert spec.line_caption == "Weekly average, 5 to 25"


async def test_a_new_couples_chart_has_only_the_weeks_they_have_had(world: World) -> None:
    world.clock.now = datetime(2026, 10, 28, 9, 0, tzinfo=UTC)
    alex, sam = world.person("Alex"), world.person("Sam")
    await pair(world, alex, sam)
    add(world, sam, kinds.HUG, world.clock.now)
    world.clock.now = NOW
    spec = await chart_spec_of(world, alex)
    assert spec.slots == 2 and spec.week_labels == ("26 Oct", "this week")
    assert spec.bars[0].values == (1, 0)
    # Every panel with nothing in it says so, with a way in.
    assert spec.bars[1].empty_note == "None yet. /appreciate any time."


async def test_a_solo_first_week_reads_naturally(world: World) -> None:
    world.clock.now = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
    robin = world.person("Robin")
    await robin.says("/start")
    add(world, robin, kinds.APPRECIATION, world.clock.now)
    add(world, robin, kinds.DREAM_ANSWER, world.clock.now)
    world.clock.advance(hours=2)
    reply = (await robin.says("/progress"))[0]
    assert reply.text.startswith("Your first week on Nearer:")
    spec = await chart_spec_of(world, robin)
    assert spec.title == "Your first week on Nearer"
    assert "You," not in spec.title and spec.line_label == "Your check-ins"
    assert spec.bars[3].label == "Dreams answered" and spec.bars[3].values == (1,)
