"""Charts are asked for inside the engine and drawn outside it.

A flow cannot draw: it runs inside the engine's database transaction, and drawing a PNG takes a
tenth of a second or more. So it attaches a *chart request* instead: a `Chart` whose `request`
is a `ChartSpec` as JSON (every word already in the person's language). Once the transaction
has committed, `render_chart_requests` draws each request as a PNG with the `ChartRenderer` it
is given (the app runs matplotlib in its own worker thread, see `bot/charts.py`); the chart's
`alt_text` goes with it for platforms that describe images. Without a renderer, or when drawing
fails, the same numbers go out as text.

The engine itself never imports matplotlib and stays platform-neutral; a request also survives
the outbox (it is plain JSON), so the outbox can render it right before sending.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bot.engine.events import Chart, Outbound

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BarSeries:
    """One practice's counts per week; `key` picks its colour."""

    key: str
    label: str
    values: tuple[int, ...]
    #: Shown across the panel when every week is zero (a kind hint, never a reproach).
    empty_note: str = ""


@dataclass(frozen=True)
class ChartSpec:
    """Everything a renderer needs, and nothing it must look up: numbers and finished words.

    `line_values` has `None` for weeks without a value; `alt_text` describes the same numbers
    in words, for screen readers and for anyone who gets no image.
    """

    title: str
    subtitle: str
    week_labels: tuple[str, ...]
    slots: int
    bars: tuple[BarSeries, ...]
    line_label: str
    line_values: tuple[float | None, ...]
    line_range: tuple[float, float]
    line_empty_note: str
    alt_text: str
    #: A short line under the check-in panel's name, e.g. that only the asking person sees it.
    line_caption: str = ""
    #: The reader's language is written right to left: the card is mirrored (weeks run from
    #: right to left, names start at the right edge); the words themselves are shaped by the
    #: text engine.
    rtl: bool = False

    def to_json(self) -> bytes:
        return json.dumps(
            {
                "title": self.title,
                "subtitle": self.subtitle,
                "week_labels": list(self.week_labels),
                "slots": self.slots,
                "bars": [[s.key, s.label, list(s.values), s.empty_note] for s in self.bars],
                "line_label": self.line_label,
                "line_values": list(self.line_values),
                "line_range": list(self.line_range),
                "line_empty_note": self.line_empty_note,
                "alt_text": self.alt_text,
                "line_caption": self.line_caption,
                "rtl": self.rtl,
            },
            ensure_ascii=False,
        ).encode()

    @classmethod
    def from_json(cls, content: bytes) -> ChartSpec:
        """Raises `ValueError` for anything that is not a chart spec."""
        try:
            raw: dict[str, Any] = json.loads(content)
            low, high = raw["line_range"]
            return cls(
                title=str(raw["title"]),
                subtitle=str(raw["subtitle"]),
                week_labels=tuple(str(label) for label in raw["week_labels"]),
                slots=int(raw["slots"]),
                # Requests queued before `empty_note` existed have three fields per series.
                bars=tuple(
                    BarSeries(
                        str(key),
                        str(label),
                        tuple(int(v) for v in values),
                        str(note[0] if note else ""),
                    )
                    for key, label, values, *note in raw["bars"]
                ),
                line_label=str(raw["line_label"]),
                line_values=tuple(None if v is None else float(v) for v in raw["line_values"]),
                line_range=(float(low), float(high)),
                line_empty_note=str(raw["line_empty_note"]),
                alt_text=str(raw["alt_text"]),
                line_caption=str(raw.get("line_caption", "")),
                rtl=bool(raw.get("rtl", False)),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"not a chart request: {error}") from error


#: Draws a chart off the event loop and off the engine's transaction; returns PNG bytes.
ChartRenderer = Callable[[ChartSpec], Awaitable[bytes]]


def chart_request(spec: ChartSpec, filename: str) -> Chart:
    """A chart that becomes the PNG `filename` once rendered."""
    return Chart(filename, spec.alt_text, request=spec.to_json())


async def render_chart_requests(
    outbounds: Sequence[Outbound], renderer: ChartRenderer | None
) -> list[Outbound]:
    """Each chart request drawn as a PNG (with alt text), or its numbers added as text."""
    return [await render_chart_request(outbound, renderer) for outbound in outbounds]


async def render_chart_request(outbound: Outbound, renderer: ChartRenderer | None) -> Outbound:
    attachment = outbound.attachment
    if not isinstance(attachment, Chart) or attachment.png is not None:
        return outbound
    try:
        spec = ChartSpec.from_json(attachment.request)
    except ValueError:
        log.exception("dropping a chart request that could not be read")
        return replace(outbound, attachment=None)
    png: bytes | None = None
    if renderer is not None:
        try:
            png = await renderer(spec)
        except Exception:
            log.exception("could not draw a chart; sending its numbers as text")
    if png is None:
        return replace(outbound, text=f"{outbound.text}\n\n{spec.alt_text}", attachment=None)
    return replace(outbound, attachment=Chart(attachment.filename, spec.alt_text, png=png))
