"""The platform-neutral contract between the engine and every chat adapter.

Adapters build `Inbound` values from platform updates and turn `Outbound` values into platform
calls; the engine never sees a platform object. Platform ids are strings everywhere.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

ChatKind = Literal["private", "group"]
#: What a platform's typed command option carries (a user as their platform id, a str).
OptionValue = str | int | bool

#: Telegram allows 64 bytes of callback data; every platform gets the smallest common limit.
MAX_BUTTON_PAYLOAD_BYTES = 64


@dataclass(frozen=True, slots=True)
class Address:
    """Where a message goes: a chat on one platform (for private chats, the person's own chat)."""

    platform: str
    chat_id: str


@dataclass(frozen=True, slots=True)
class Chat:
    id: str
    kind: ChatKind = "private"


@dataclass(frozen=True, slots=True)
class Sender:
    """The person who wrote, as the platform knows them."""

    id: str
    display_name: str = ""


@dataclass(frozen=True, slots=True)
class Button:
    """A choice under a message; `payload` comes back as `Inbound.button` when pressed."""

    label: str
    payload: str

    def __post_init__(self) -> None:
        if len(self.payload.encode()) > MAX_BUTTON_PAYLOAD_BYTES:
            raise ValueError(f"button payload too long for Telegram: {self.payload!r}")


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file that travels with a message (an export)."""

    filename: str
    content: bytes
    mime_type: str


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart that travels with a message. The engine asks for one with `request` (what to
    draw, as JSON: drawing happens after the transaction, see `chart_request.py`); once drawn,
    `png` holds the image. `alt_text` says the same in words (screen readers, no image)."""

    filename: str
    alt_text: str
    request: bytes = b""
    png: bytes | None = None

    @property
    def content(self) -> bytes:
        """The drawn image (empty while it is only a request)."""
        return self.png or b""


@dataclass(frozen=True, slots=True)
class PrivateChatLink:
    """A button that opens the person's private chat with the bot (for someone the bot cannot
    reach privately yet); `start` is a start parameter where the platform has deep links
    (Telegram's `t.me/<bot>?start=care`)."""

    label: str
    start: str = ""


@dataclass(frozen=True, slots=True)
class PageLink:
    """A button that opens Nearer's own page ("Us", `bot/web`) for this person: Telegram opens
    it inside the chat as a Mini App (private chats only); elsewhere the message's text carries
    a link instead, and this is left out."""

    label: str
    url: str


@dataclass(frozen=True, slots=True)
class Inbound:
    """One thing a person did: wrote text (commands included) or pressed a button.

    `update_id` identifies the platform update so a redelivered update is handled once; adapters
    that cannot tell leave it empty.
    """

    platform: str
    chat: Chat
    sender: Sender
    text: str = ""
    button: str | None = None
    message_id: str | None = None
    update_id: str | None = None
    #: Where the sender can be reached privately even when they write from a group (Discord: the
    #: user's DMs, which the bot may open itself); `None` when the platform cannot tell.
    private_chat_id: str | None = None
    #: The exchange is private right where it happened, though in a group: what the person sent
    #: was seen by the bot only, and replies can be too (Discord's slash commands, answer boxes
    #: and ephemeral replies), so private replies need not move to the private chat.
    private_replies: bool = False
    #: A command's typed options, named after its declared parameters, where the platform has
    #: them (Discord's slash options); `text` is then just `/name`. `None`: read `text`.
    options: Mapping[str, OptionValue] | None = None
    #: A shared location `(latitude, longitude)`: read once to find a time zone, never stored.
    location: tuple[float, float] | None = None
    #: The language the platform says the sender uses (Telegram's `language_code`, Discord's
    #: interaction locale), as the platform spells it (`pt-br`, `es-ES`); read once, when
    #: someone is first seen. `None` when the platform does not tell (Discord's plain messages).
    language: str | None = None

    @property
    def reply_address(self) -> Address:
        return Address(self.platform, self.chat.id)

    @property
    def is_group(self) -> bool:
        return self.chat.kind == "group"


@dataclass(frozen=True, slots=True)
class Outbound:
    """One message the engine wants delivered.

    `edit_of` names a message the engine sent earlier (by its `key`) that should be updated in place
    where the platform can; `silent` asks for no notification sound (quiet hours), `private` marks
    content that must never be shown in a shared space. `awaits_text` (the flow's name) means
    the engine now waits for free text from the person this reply answers, so a platform can
    offer a text box for it; `private_chat` asks for a button that opens the person's private
    chat with the bot.
    """

    address: Address
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    attachment: Attachment | Chart | None = None
    silent: bool = False
    private: bool = True
    key: str | None = None
    edit_of: str | None = None
    awaits_text: str | None = None
    private_chat: PrivateChatLink | None = None
    #: The label of a "share my location" button, for platforms that can ask for one (Telegram's
    #: request_location keyboard); others leave it out, and the text says what to type instead.
    ask_location: str | None = None
    #: Takes a "share my location" button shown earlier off the screen (its question is
    #: answered); platforms without one ignore it.
    remove_location_button: bool = False
    #: A button that opens the person's page in the chat (Telegram's Mini App).
    page: PageLink | None = None
    #: The language the message is worded in (a `prompts/` folder), so an adapter words its own
    #: controls alike (Discord's "Write my answer"); `None`: the default language.
    language: str | None = None


class DeliveryStatus(StrEnum):
    OK = "ok"
    RETRY_AFTER = "retry_after"
    UNREACHABLE = "unreachable"
    TRANSIENT = "transient"


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    """What an adapter learned when it tried to send: the outbox decides what happens next."""

    status: DeliveryStatus
    retry_after: float = 0.0
    platform_message_id: str | None = None
    detail: str = ""

    @classmethod
    def ok(cls, platform_message_id: str | None = None) -> DeliveryResult:
        return cls(DeliveryStatus.OK, platform_message_id=platform_message_id)


#: The mime type charts travelled under before `Chart` existed (outbox rows written earlier).
_OLD_CHART_MIME = "application/vnd.nearer.chart-request+json"


def _b64(content: bytes) -> str:
    return base64.b64encode(content).decode("ascii")


def outbound_to_payload(outbound: Outbound) -> dict[str, Any]:
    """A JSON-safe form of an `Outbound`, for the outbox table."""
    payload: dict[str, Any] = {
        "platform": outbound.address.platform,
        "chat_id": outbound.address.chat_id,
        "text": outbound.text,
        "buttons": [[[b.label, b.payload] for b in row] for row in outbound.buttons],
        "silent": outbound.silent,
        "private": outbound.private,
        "key": outbound.key,
        "edit_of": outbound.edit_of,
        "awaits_text": outbound.awaits_text,
        "ask_location": outbound.ask_location,
        "remove_location_button": outbound.remove_location_button,
        "language": outbound.language,
    }
    if outbound.private_chat is not None:
        payload["private_chat"] = [outbound.private_chat.label, outbound.private_chat.start]
    if outbound.page is not None:
        payload["page"] = [outbound.page.label, outbound.page.url]
    attachment = outbound.attachment
    if isinstance(attachment, Chart):
        payload["chart"] = {
            "filename": attachment.filename,
            "alt_text": attachment.alt_text,
            "request": _b64(attachment.request),
            "png": None if attachment.png is None else _b64(attachment.png),
        }
    elif attachment is not None:
        payload["attachment"] = {
            "filename": attachment.filename,
            "mime_type": attachment.mime_type,
            "content": _b64(attachment.content),
        }
    return payload


def outbound_from_payload(payload: dict[str, Any]) -> Outbound:
    """The `Outbound` an outbox row holds (rows written with the older `extra` read too)."""
    extra: dict[str, str] = dict(payload.get("extra") or {})
    attachment: Attachment | Chart | None = None
    if payload.get("chart"):
        raw = payload["chart"]
        png = raw.get("png")
        attachment = Chart(
            raw["filename"],
            raw.get("alt_text", ""),
            base64.b64decode(raw.get("request") or ""),
            None if png is None else base64.b64decode(png),
        )
    elif payload.get("attachment"):
        raw = payload["attachment"]
        content = base64.b64decode(raw["content"])
        if raw["mime_type"] == _OLD_CHART_MIME:
            attachment = Chart(raw["filename"], "", request=content)
        else:
            attachment = Attachment(raw["filename"], content, raw["mime_type"])
    private_chat = payload.get("private_chat")
    if private_chat is None and extra.get("private_chat_button"):
        private_chat = [extra["private_chat_button"], extra.get("private_chat_start", "")]
    return Outbound(
        Address(payload["platform"], payload["chat_id"]),
        payload["text"],
        buttons=tuple(
            tuple(Button(label, data) for label, data in row) for row in payload.get("buttons", [])
        ),
        attachment=attachment,
        silent=bool(payload.get("silent", False)),
        private=bool(payload.get("private", True)),
        key=payload.get("key"),
        edit_of=payload.get("edit_of"),
        awaits_text=payload.get("awaits_text") or extra.get("awaits_text") or None,
        private_chat=PrivateChatLink(*private_chat) if private_chat else None,
        ask_location=payload.get("ask_location"),
        remove_location_button=bool(payload.get("remove_location_button")),
        page=PageLink(*payload["page"]) if payload.get("page") else None,
        language=payload.get("language") or None,
    )
