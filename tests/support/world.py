"""A small world for engine tests: a real database, the real engine, a clock we control, and
people who type. No fakes: what the engine returns and queues is exactly what is inspected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import count
from pathlib import Path

from sqlmodel import col, select

from bot.engine import Chat, Engine, EngineSettings, Inbound, Outbound, Sender
from bot.engine.events import outbound_from_payload
from prompts import Catalog, Prompts, load_catalog, load_prompts
from storage.db import Database
from storage.models import OutboxMessage
from tests.support.clocks import Clock

_PROMPTS: Prompts | None = None


def shared_prompts() -> Prompts:
    global _PROMPTS
    if _PROMPTS is None:
        _PROMPTS = load_prompts("en")
    return _PROMPTS


_CATALOG: Catalog | None = None


def shared_catalog() -> Catalog:
    """Every language Nearer ships, loaded once for the whole test run."""
    global _CATALOG
    if _CATALOG is None:
        _CATALOG = load_catalog()
    return _CATALOG


@dataclass
class Person:
    """Someone typing to the engine on one platform."""

    world: World
    name: str
    platform: str = "test"
    user_id: str = ""
    #: The language the platform tells for this person (Telegram's `language_code`).
    language: str | None = None
    last_buttons: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.user_id = self.user_id or f"u-{self.name.lower()}"

    @property
    def chat_id(self) -> str:
        return f"c-{self.user_id}"

    def _inbound(
        self,
        *,
        text: str = "",
        button: str | None = None,
        group: str | None = None,
        update_id: str | None = None,
    ) -> Inbound:
        chat = Chat(group, "group") if group else Chat(self.chat_id, "private")
        return Inbound(
            self.platform,
            chat,
            Sender(self.user_id, self.name),
            text=text,
            button=button,
            update_id=update_id,
            language=self.language,
        )

    async def says(
        self, text: str, *, group: str | None = None, update_id: str | None = None
    ) -> list[Outbound]:
        replies = await self.world.engine.handle(
            self._inbound(text=text, group=group, update_id=update_id)
        )
        self._remember_buttons(replies)
        return replies

    async def presses(self, payload: str, *, group: str | None = None) -> list[Outbound]:
        replies = await self.world.engine.handle(self._inbound(button=payload, group=group))
        self._remember_buttons(replies)
        return replies

    async def taps(self, label_part: str) -> list[Outbound]:
        """Press the button from the last replies whose label contains `label_part`."""
        for label, payload in self.last_buttons:
            if label_part.lower() in label.lower():
                return await self.presses(payload)
        raise AssertionError(f"no button like {label_part!r} in {self.last_buttons}")

    async def sends(self, text: str) -> list[Outbound]:
        """Type `text` that is meant for the partner, see it shown back, and press Send."""
        preview = await self.says(text)
        return await self.presses(send_button(preview))

    def _remember_buttons(self, replies: list[Outbound]) -> None:
        buttons = [(b.label, b.payload) for r in replies for row in r.buttons for b in row]
        if buttons:
            self.last_buttons = buttons

    def inbox(self) -> list[Outbound]:
        """Outbox messages queued for this person since last asked (marked delivered, and
        blanked as delivered rows are)."""
        return self.world.take_outbox(self.platform, self.chat_id)


class DeepLinks:
    """The stories' platform has deep links, as Telegram does (`t.me/<bot>?start=<code>`)."""

    def invite_link(self, code: str) -> str | None:
        return f"https://t.me/NearerTestBot?start={code}"

    def can_ask_location(self, *, private: bool) -> bool:
        """As on Telegram: a "share my location" button in private chats."""
        return private

    #: The bot's own @name, so `/hug@OtherBot` can be told apart from `/hug@NearerTestBot`.
    username = "NearerTestBot"


class PlainText:
    """A platform with no links and no location button, as the console and Discord are."""

    def invite_link(self, code: str) -> str | None:
        return None

    def can_ask_location(self, *, private: bool) -> bool:
        return False


class World:
    def __init__(
        self,
        database_url: str,
        *,
        settings: EngineSettings | None = None,
        catalog: Catalog | None = None,
    ) -> None:
        #: Every language the engine speaks (English alone when `None`).
        self.catalog = catalog
        self.clock = Clock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
        self.db = Database(database_url)
        self.db.create_all()
        # Stories type far faster than people, on a clock that stands still: the rate limit gets
        # room for them here, and is tested at its real values in tests/test_limits.py.
        self.settings = settings or EngineSettings(message_burst=10_000)
        self.engine = self._engine()
        self._updates = count(1)

    def _engine(self) -> Engine:
        return Engine(
            self.db,
            self.catalog or shared_prompts(),
            settings=self.settings,
            clock=self.clock,
            platforms={"test": DeepLinks(), "plain": PlainText()},
        )

    @classmethod
    def on_sqlite(cls, folder: Path, **kwargs: object) -> World:
        return cls(f"sqlite:///{folder / 'nearer.db'}", **kwargs)  # type: ignore[arg-type]

    def restart(self) -> World:
        """A new engine on the same database, as after a crash or deploy."""
        fresh = World.__new__(World)
        fresh.clock, fresh.db, fresh.settings = self.clock, self.db, self.settings
        fresh.catalog = self.catalog
        fresh.engine = fresh._engine()
        fresh._updates = self._updates
        return fresh

    def person(self, name: str, **kwargs: str | None) -> Person:
        return Person(self, name, **kwargs)

    def take_outbox(self, platform: str, chat_id: str) -> list[Outbound]:
        def take(session) -> list[Outbound]:
            rows = session.exec(
                select(OutboxMessage)
                .where(
                    OutboxMessage.platform == platform,
                    OutboxMessage.chat_id == chat_id,
                    col(OutboxMessage.sent_at).is_(None),
                )
                .order_by(col(OutboxMessage.id))
            ).all()
            taken = [outbound_from_payload(row.payload) for row in rows]
            for row in rows:  # as the outbox does: delivered, the words leave the row
                row.sent_at, row.payload = self.clock(), {}
            return taken

        return self.db.transaction(take)


def texts(replies: list[Outbound]) -> str:
    """All reply texts joined, for readable `in` assertions."""
    return "\n".join(reply.text for reply in replies)


def send_button(replies: list[Outbound]) -> str:
    """The payload of the [Send] button under a "This goes to …" preview."""
    for reply in replies:
        for row in reply.buttons:
            for choice in row:
                if choice.payload.startswith("preview:send:"):
                    return choice.payload
    raise AssertionError(f"no preview with a Send button in: {texts(replies)!r}")
