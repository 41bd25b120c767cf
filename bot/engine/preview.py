"""Nothing typed reaches the partner unseen: free text meant for them is shown back first.

A flow that would pass typed words to the partner calls `show` instead of sending. The words wait
in the person's `Pending` row (under `PREVIEW`, with a random token), shown back as
"This goes to <partner>: …" with [Send] [Change it] [Don't send]. [Send] hands them to the flow's
`on_confirmed`; text typed meanwhile is a new version and is shown again. Each button carries the
token, so a repeated, stale or forged press finds nothing and gets one kind line.

Text given with a command (`/appreciate you made my day`) was written on purpose and goes at once.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.engine.turn import Turn, rows
from storage.models import Pending

if TYPE_CHECKING:
    from bot.engine.flow import Flow

#: Button payloads are `preview:<send|change|drop>:<token>`; the engine routes them here.
BUTTON = "preview"
#: Where the words wait inside the pending step's data.
PREVIEW = "preview"


@dataclass(frozen=True)
class Confirmed:
    """Words their writer pressed [Send] on, with the flow step and data they were typed for."""

    step: str
    data: dict[str, Any]
    text: str


def show(turn: Turn, flow: str, step: str, data: dict[str, Any], text: str) -> None:
    """Keep `text` waiting for `flow`'s `step` and show it to its writer with the three choices."""
    token = secrets.token_urlsafe(9)
    # Bound to the partner named in "This goes to …": if they leave, [Send] sends nothing.
    to = turn.partner.id if turn.partner is not None else None
    turn.expect(flow, step, {**data, PREVIEW: {"text": text, "token": token, "to": to}})
    turn.reply(
        "preview.shown",
        partner=turn.name_of(turn.partner),
        text=text,
        buttons=rows(
            turn.button("preview.send", f"{BUTTON}:send:{token}"),
            turn.button("preview.change", f"{BUTTON}:change:{token}"),
            turn.button("preview.drop", f"{BUTTON}:drop:{token}"),
            per_row=3,
        ),
    )


def words_waiting(pending: Pending) -> str | None:
    """The words shown and not yet sent, if this pending step is a preview."""
    preview = pending.data.get(PREVIEW)
    if isinstance(preview, dict) and isinstance(preview.get("text"), str):
        return str(preview["text"])
    return None


def show_again(turn: Turn, pending: Pending, text: str) -> None:
    """Typed while a preview waits: this is the new version, shown again (nothing is sent)."""
    show(turn, pending.flow, pending.step, _without_preview(pending), text)


def on_button(
    turn: Turn,
    action: str,
    token: str,
    pending: Pending | None,
    flow_named: Callable[[str], Flow | None],
) -> None:
    """[Send], [Change it] or [Don't send] under a preview; `pending` is the person's own
    current (unexpired) waiting step, so nobody can act on someone else's words."""
    preview = pending.data.get(PREVIEW) if pending is not None else None
    if (
        pending is None
        or not isinstance(preview, dict)
        or not token
        or not secrets.compare_digest(str(preview.get("token", "")), token)
        or action not in ("send", "change", "drop")
    ):
        turn.reply("preview.stale")
        return
    if not _same_partner(turn, preview.get("to")):
        turn.done()  # shown as going to someone who is no longer the partner: none of it goes
        turn.reply("preview.stale")
        return
    data = _without_preview(pending)
    if action == "change":
        turn.expect(pending.flow, pending.step, data)
        turn.reply("preview.change_ask")
        return
    turn.done()
    if action == "drop":
        turn.reply("preview.dropped")
        return
    flow = flow_named(pending.flow)
    if flow is None:
        turn.reply("preview.stale")
        return
    flow.on_confirmed(turn, Confirmed(pending.step, data, str(preview.get("text", ""))))


def _same_partner(turn: Turn, shown_to: object) -> bool:
    """Whether the partner now is the one the words were shown as going to (words shown while
    solo say "your partner", and go to whoever that is, as kept appreciations do)."""
    if shown_to is None:
        return True
    partner = turn.partner
    return partner is not None and partner.id == shown_to


def _without_preview(pending: Pending) -> dict[str, Any]:
    return {key: value for key, value in pending.data.items() if key != PREVIEW}
