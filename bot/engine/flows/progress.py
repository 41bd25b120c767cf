"""`/progress`: what the couple has built lately, in warm words and a chart of their weeks.

`progress_message(turn)` is the one entry point, shared by `/progress` and the weekly progress
nudge: it reads the numbers (`bot.engine.progress`), writes the summary, and attaches a chart
*request* that is drawn after the transaction (`bot.engine.chart_request`). Only streaks still
going are mentioned and only what happened is counted, so nothing here ever scolds.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.chart_request import BarSeries, ChartSpec, chart_request
from bot.engine.events import Chart
from bot.engine.flow import Command, Flow
from bot.engine.local_text import first_weekday, number, short_date
from bot.engine.progress import (
    CHECKIN_RANGE,
    PRACTICES,
    ProgressReport,
    Streak,
    Week,
    score_text,
    weekly_progress,
)
from bot.engine.turn import Turn, rows

CHART_FILENAME = "nearer-progress.png"
#: At most this many streaks are celebrated at once: a message, not a scoreboard.
STREAKS_MENTIONED = 2


@dataclass(frozen=True)
class ProgressMessage:
    """The summary to send, the same numbers as plain text, and the chart request (if any)."""

    text: str
    alt_text: str
    chart: Chart | None
    report: ProgressReport

    @property
    def has_activity(self) -> bool:
        return self.report.has_activity


def progress_message(turn: Turn) -> ProgressMessage:
    """The progress report for `turn.person` (the couple's weeks, or their own when solo).

    Synchronous and inside the engine's transaction; send it with `turn.reply_text(message.text,
    attachment=message.chart)` or `turn.tell_text(person, ...)`. The chart is a request that the
    engine (or the outbox) renders once the transaction is over.
    """
    report = weekly_progress(
        turn.store, turn.person, turn.partner, turn.now, first_weekday=first_weekday(turn.prompts)
    )
    if not report.has_activity:
        empty = turn.say("progress.empty_couple" if report.as_couple else "progress.empty_solo")
        return ProgressMessage(empty, empty, None, report)
    title = _title(turn, report)
    labels = _week_labels(turn, report)
    alt_text = _alt_text(turn, report, title, labels)
    spec = ChartSpec(
        title=title,
        subtitle=(
            turn.say("progress.subtitle", first=labels[0])
            if len(report.weeks) > 1
            else turn.say("progress.subtitle_first_week")
        ),
        week_labels=tuple(labels),
        # Only the weeks they have had: a new couple's two weeks fill the panel.
        slots=len(report.weeks),
        bars=tuple(
            BarSeries(
                p.key,
                _label(turn, p.key, together=report.as_couple),
                tuple(w.count(p.key) for w in report.weeks),
                _none_yet(turn, p.key),
            )
            for p in PRACTICES
        ),
        line_label=turn.say(
            "progress.label_checkin_couple" if report.as_couple else "progress.label_checkin_solo"
        ),
        line_values=report.checkin_averages,
        line_range=CHECKIN_RANGE,
        line_empty_note=turn.say("progress.no_checkin_yet"),
        alt_text=alt_text,
        line_caption=turn.say("progress.caption_checkin"),
        rtl=turn.prompts.rtl,
    )
    return ProgressMessage(
        _summary(turn, report), alt_text, chart_request(spec, CHART_FILENAME), report
    )


class ProgressFlow(Flow):
    name = "progress"

    def commands(self) -> list[Command]:
        return [Command("progress", self.show, "help.progress")]

    def show(self, turn: Turn, argument: str) -> None:
        message = progress_message(turn)
        if argument.strip().casefold() == "text" or message.chart is None:
            turn.reply_text(message.alt_text if message.chart is not None else message.text)
            return
        turn.reply_text(
            message.text,
            attachment=message.chart,
            buttons=rows(turn.button("progress.as_text", self.payload("text"))),
        )

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action != "text":
            turn.reply("common.stale_button")
            return
        turn.reply_text(progress_message(turn).alt_text)


# -- words ---------------------------------------------------------------------------------


def _summary(turn: Turn, report: ProgressReport) -> str:
    first_week = len(report.weeks) == 1
    if first_week:
        intro = turn.say(
            "progress.intro_couple_first_week"
            if report.as_couple
            else "progress.intro_solo_first_week"
        )
    elif report.as_couple:
        intro = turn.say("progress.intro_couple", weeks=len(report.weeks))
    else:
        intro = turn.say("progress.intro_solo", weeks=len(report.weeks))
    lines = [intro]
    couple = report.as_couple
    totals = [
        _count(turn, p.key, report.total(p.key), together=couple)
        for p in PRACTICES
        if report.total(p.key)
    ]
    if totals:
        lines.append(turn.say("progress.totals", items=_joined(turn, totals)))
    this_week = [
        _count(turn, p.key, report.this_week.count(p.key), together=couple)
        for p in PRACTICES
        if report.this_week.count(p.key)
    ]
    if this_week and not first_week:
        lines.append(turn.say("progress.this_week_so_far", items=_joined(turn, this_week)))
    streaks = report.streaks()[:STREAKS_MENTIONED]
    if streaks:
        celebrated = [_streak(turn, streak, together=couple) for streak in streaks]
        lines.append(" ".join([*celebrated, turn.say("progress.streak_cheer")]))
    checkin = _checkin_line(turn, report)
    if checkin:
        lines.append(checkin)
    lines.append(turn.say("progress.closing"))
    return "\n".join(lines)


def _checkin_line(turn: Turn, report: ProgressReport) -> str:
    """The asking person's own check-ins in these weeks, each figure named for what it is."""
    scores = [checkin.total for checkin in report.checkins]
    if not scores:
        return ""
    if len(scores) == 1:
        return turn.say("progress.checkin_one", score=score_text(scores[0]))
    first, latest = scores[0], scores[-1]
    named = {
        "first": score_text(first),
        "latest": score_text(latest),
        "count": len(scores),
        "average": number(turn.prompts, round(sum(scores) / len(scores), 1)),
    }
    if latest > first:  # a check-in of 25 means "very close"
        return turn.say("progress.checkin_up", **named)
    if latest < first:
        return turn.say("progress.checkin_down", **named)
    return turn.say("progress.checkin_steady", **named)


def _alt_checkin(turn: Turn, week: Week) -> str:
    average = week.checkin_average
    if average is None:
        return turn.say("progress.alt_no_checkin")
    if week.checkins == 1:
        return score_text(average)
    return turn.say(
        "progress.alt_checkin_average",
        average=number(turn.prompts, round(average, 1)),
        count=week.checkins,
    )


def _alt_text(turn: Turn, report: ProgressReport, title: str, labels: list[str]) -> str:
    lines = [turn.say("progress.alt_intro", title=title)]
    for week, label in zip(report.weeks, labels, strict=True):
        lines.append(
            turn.say(
                "progress.alt_week",
                week=label,
                hugs=week.count("hugs"),
                appreciations=week.count("appreciations"),
                together=week.count("together"),
                dreams=week.count("dreams"),
                ideas=week.count("ideas"),
                checkin=_alt_checkin(turn, week),
            )
        )
    return "\n".join(lines)


def _title(turn: Turn, report: ProgressReport) -> str:
    weeks = len(report.weeks)
    if weeks == 1:
        if report.as_couple:
            return turn.say("progress.title_couple_first_week")
        return turn.say("progress.title_solo_first_week")
    if report.as_couple:
        return turn.say("progress.title_couple", weeks=weeks)
    return turn.say("progress.title_solo", weeks=weeks)


def _week_labels(turn: Turn, report: ProgressReport) -> list[str]:
    """ "3 Nov" for each past week (its first day, as the reader's locale writes it), "this
    week" for the current one (the last)."""
    labels = [short_date(turn.prompts, week.starts_on) for week in report.weeks[:-1]]
    return [*labels, turn.say("progress.this_week")]


def _joined(turn: Turn, items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return turn.say("progress.list_two", first=items[0], last=items[1])
    separator = turn.say("progress.list_separator")
    return turn.say("progress.list_more", items=separator.join(items[:-1]), last=items[-1])


# Literal keys, one per practice, so the start-up check can see every message in use.


def _label(turn: Turn, key: str, *, together: bool) -> str:
    match key:
        case "hugs":
            return turn.say("progress.label_hugs")
        case "appreciations":
            return turn.say("progress.label_appreciations")
        case "together":
            return turn.say("progress.label_together")
        case "dreams":
            if together:
                return turn.say("progress.label_dreams_together")
            return turn.say("progress.label_dreams")
        case "ideas":
            return turn.say("progress.label_ideas")
    raise ValueError(f"no label for practice {key!r}")


def _none_yet(turn: Turn, key: str) -> str:
    match key:
        case "hugs":
            return turn.say("progress.none_yet_hugs")
        case "appreciations":
            return turn.say("progress.none_yet_appreciations")
        case "together":
            return turn.say("progress.none_yet_together")
        case "dreams":
            return turn.say("progress.none_yet_dreams")
        case "ideas":
            return turn.say("progress.none_yet_ideas")
    raise ValueError(f"no hint for practice {key!r}")


def _count(turn: Turn, key: str, count: int, *, together: bool) -> str:
    match key:
        case "hugs":
            return turn.say("progress.hugs", count=count)
        case "appreciations":
            return turn.say("progress.appreciations", count=count)
        case "together":
            return turn.say("progress.together", count=count)
        case "ideas":
            return turn.say("progress.ideas", count=count)
        case "dreams" if together:
            return turn.say("progress.dreams_together", count=count)
        case "dreams":
            return turn.say("progress.dreams", count=count)
    raise ValueError(f"no count phrase for practice {key!r}")


def _streak(turn: Turn, streak: Streak, *, together: bool) -> str:
    weeks = streak.weeks
    match streak.key:
        case "date_nights":
            return turn.say("progress.streak_date_nights", weeks=weeks)
        case "hugs":
            return turn.say("progress.streak_hugs", weeks=weeks)
        case "appreciations":
            return turn.say("progress.streak_appreciations", weeks=weeks)
        case "together":
            return turn.say("progress.streak_together", weeks=weeks)
        case "dreams" if together:
            return turn.say("progress.streak_dreams_together", weeks=weeks)
        case "dreams":
            return turn.say("progress.streak_dreams", weeks=weeks)
        case "ideas":
            return turn.say("progress.streak_ideas", weeks=weeks)
        case "checkins":
            return turn.say("progress.streak_checkins", weeks=weeks)
    raise ValueError(f"no streak phrase for {streak.key!r}")
