"""Buttons and the answer box: persistent components whose `custom_id` carries all their state.

An engine button's `custom_id` is `nearer:` + its payload, the "Write my answer" button's is
`nearer-write`; both are `DynamicItem`s registered at start-up, so buttons on old messages keep
working after a restart. The answer box is a `Modal` with one paragraph field; a submission whose
modal this process never opened (it was opened before a restart) is read from the raw payload.
"""

from __future__ import annotations

import os
import re
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import discord

from bot.engine.events import Button

BUTTON_PREFIX = "nearer:"
WRITE_ID = "nearer-write"
MODAL_PREFIX = "nearer-modal:"
ANSWER_ID = "answer"
#: Discord keeps an interaction's token for 15 minutes: a modal can be submitted until then.
MODAL_LIFETIME_SECONDS = 15 * 60
MAX_ROWS = 5
MAX_PER_ROW = 5
MAX_LABEL = 80

AnyInteraction = discord.Interaction[Any]
PressHandler = Callable[[AnyInteraction, str], Awaitable[None]]
WriteHandler = Callable[[AnyInteraction], Awaitable[None]]
TextHandler = Callable[[AnyInteraction, str], Awaitable[None]]
_OURS = re.compile(rf"^(?:{re.escape(BUTTON_PREFIX)}.+|{re.escape(WRITE_ID)})$")


def is_ours(custom_id: str) -> bool:
    """Whether one of our registered components answers this `custom_id`."""
    return bool(_OURS.match(custom_id))


@dataclass(frozen=True)
class Components:
    """The persistent button kinds bound to one adapter: `kinds` to register with the client,
    the two factories to put them on messages."""

    kinds: tuple[type[discord.ui.DynamicItem[Any]], ...]
    engine_button: Callable[[str, str, int], discord.ui.Item[Any]]
    write_button: Callable[[str, int], discord.ui.Item[Any]]


def component_items(on_press: PressHandler, on_write: WriteHandler) -> Components:
    """The two persistent button kinds, bound to this adapter's handlers."""

    class EngineButton(
        discord.ui.DynamicItem[discord.ui.Button[Any]],
        template=rf"{re.escape(BUTTON_PREFIX)}(?P<payload>.+)",
    ):
        def __init__(self, payload: str, label: str = "…", row: int | None = None) -> None:
            super().__init__(
                discord.ui.Button(
                    label=label[:MAX_LABEL] or "…",
                    custom_id=BUTTON_PREFIX + payload,
                    style=discord.ButtonStyle.secondary,
                    row=row,
                )
            )
            self.payload = payload

        @classmethod
        async def from_custom_id(
            cls, interaction: AnyInteraction, item: discord.ui.Item[Any], match: re.Match[str], /
        ) -> EngineButton:
            return cls(match["payload"], getattr(item, "label", None) or "…")

        async def callback(self, interaction: AnyInteraction) -> None:
            await on_press(interaction, self.payload)

    class WriteButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=re.escape(WRITE_ID)):
        def __init__(self, label: str = "…", row: int | None = None) -> None:
            super().__init__(
                discord.ui.Button(
                    label=label[:MAX_LABEL] or "…",
                    custom_id=WRITE_ID,
                    style=discord.ButtonStyle.primary,
                    row=row,
                )
            )

        @classmethod
        async def from_custom_id(
            cls, interaction: AnyInteraction, item: discord.ui.Item[Any], match: re.Match[str], /
        ) -> WriteButton:
            return cls(getattr(item, "label", None) or "…")

        async def callback(self, interaction: AnyInteraction) -> None:
            await on_write(interaction)

    return Components((EngineButton, WriteButton), EngineButton, WriteButton)


def build_view(
    rows: Sequence[Sequence[Button]],
    components: Components,
    *,
    write_label: str | None = None,
    link: tuple[str, str] | None = None,
) -> discord.ui.View | None:
    """The engine's button rows (Discord allows 5×5), plus "Write my answer" when labelled and a
    link button (`(label, url)`) when given."""
    view = discord.ui.View(timeout=None)
    used_rows = 0
    for row in rows[:MAX_ROWS]:
        for choice in row[:MAX_PER_ROW]:
            view.add_item(components.engine_button(choice.payload, choice.label, used_rows))
        used_rows += 1
    last_row = min(used_rows, MAX_ROWS - 1)
    if write_label is not None:
        view.add_item(components.write_button(write_label, last_row))
    if link is not None:
        label, url = link
        view.add_item(discord.ui.Button(label=label[:MAX_LABEL], url=url, row=last_row))
    return view if view.children else None


class AnswerModal(discord.ui.Modal):
    """The private box a person writes an answer in; shows the question it answers."""

    def __init__(
        self,
        *,
        title: str,
        label: str,
        hint: str,
        question: str,
        max_length: int,
        on_text: TextHandler,
    ) -> None:
        super().__init__(
            title=title[:45],
            timeout=MODAL_LIFETIME_SECONDS,
            custom_id=MODAL_PREFIX + os.urandom(8).hex(),
        )
        if question.strip():
            self.add_item(discord.ui.TextDisplay(question[:4000]))
        self.answer: discord.ui.TextInput[Any] = discord.ui.TextInput(
            custom_id=ANSWER_ID,
            style=discord.TextStyle.paragraph,
            max_length=max(1, min(max_length, 4000)),
            required=True,
        )
        self.add_item(
            discord.ui.Label(text=label[:45], description=hint[:100], component=self.answer)
        )
        self._on_text = on_text

    async def on_submit(self, interaction: AnyInteraction, /) -> None:
        await self._on_text(interaction, self.answer.value)


class OpenModals:
    """Which answer boxes this process opened (for their lifetime), so a submission of one it
    did not open, after a restart, is still answered instead of silently dropped."""

    def __init__(self, lifetime: float = MODAL_LIFETIME_SECONDS) -> None:
        self._lifetime = lifetime
        self._expiry: OrderedDict[str, float] = OrderedDict()

    def opened(self, custom_id: str) -> None:
        now = time.monotonic()
        while self._expiry and next(iter(self._expiry.values())) < now:
            self._expiry.popitem(last=False)
        self._expiry[custom_id] = now + self._lifetime

    def __contains__(self, custom_id: object) -> bool:
        return custom_id in self._expiry


def submitted_text(data: Any) -> str:
    """The first text field's value in a raw modal-submit payload (any nesting of rows/labels)."""
    components = data.get("components", []) if isinstance(data, dict) else []
    stack = list(reversed(components))
    while stack:
        component = stack.pop()
        if not isinstance(component, dict):
            continue
        if component.get("type") == 4 and isinstance(component.get("value"), str):
            return str(component["value"])
        stack.extend(reversed(component.get("components", [])))
        if isinstance(component.get("component"), dict):
            stack.append(component["component"])
    return ""
