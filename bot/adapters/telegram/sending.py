"""Turning one `Outbound` into Bot API calls, and Telegram's errors into delivery results.

The sender remembers, for messages the engine gave a `key`, which Telegram message carries it
(a bounded in-memory map), so a later `edit_of` edits that message in place; when it is unknown
(after a restart) or can no longer be edited, a new message is sent instead.
"""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import replace
from datetime import timedelta
from typing import Any

from telegram import InputFile
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from bot.adapters.telegram.formatting import (
    MAX_CAPTION_LENGTH,
    as_html,
    split_message,
    telegram_length,
)
from bot.adapters.telegram.translate import Markup, inline_keyboard, location_keyboard
from bot.adapters.telegram.updates_request import TolerantBot
from bot.adapters.text import SentBook
from bot.engine.events import Address, Chart, DeliveryResult, DeliveryStatus, Outbound

log = logging.getLogger(__name__)
# PTB 22 warns on every flood-control answer that `retry_after` will become a timedelta;
# `retry_after_seconds` takes either, so the warning says nothing to act on.
warnings.filterwarnings("ignore", message=r".*`retry_after` will be of type", category=Warning)

#: Messages remembered for later edits; the oldest are forgotten first.
REMEMBERED_MESSAGES = 10_000
#: Descriptions Telegram gives when a message can no longer be edited: send a new one instead.
_CANNOT_EDIT = (
    "message to edit not found",
    "message can't be edited",
    "message_id_invalid",
    "there is no text in the message to edit",
)
_NOT_MODIFIED = "message is not modified"
#: What Telegram accepts after `?start=` in a deep link.
START_PARAMETER = re.compile(r"[A-Za-z0-9_-]{1,64}")
#: A 400 that means the chat is gone for good (never started, deleted): like a 403.
_CHAT_GONE = ("chat not found", "user not found", "peer_id_invalid", "have no rights to send")
#: The engine's text is plain; it is escaped for, and sent with, Telegram's HTML mode.
_HTML = "HTML"
#: What a question to a person's group message opens when it has no buttons of its own.
_FORCE_REPLY: Markup = {"force_reply": True, "selective": True}
#: Takes a shared-location button off the screen.
_REMOVE_KEYBOARD: Markup = {"remove_keyboard": True}


class TelegramSender:
    """Sends `Outbound` values with one bot. `private_chat_url` (the bot's `t.me` link) becomes a
    button under group notes that ask a person to open their private chat with the bot.

    Every call goes through PTB's request path and rate limiter (`TolerantBot.call`); its
    parameters are built as the Bot API's JSON and only the sent message's id is read back."""

    def __init__(self, bot: TolerantBot, *, private_chat_url: str | None = None) -> None:
        self._bot = bot
        self._private_chat_url = private_chat_url
        #: Keyed messages sent, by `(chat id, key)`: their Telegram message id, for edits.
        self._messages: SentBook[tuple[str, str], int] = SentBook(REMEMBERED_MESSAGES)
        #: Parts of a long text already delivered when a later part failed, so a retry of the
        #: same message continues where it stopped instead of repeating the first parts.
        self._parts_sent: SentBook[tuple[str, int], int] = SentBook(REMEMBERED_MESSAGES)

    async def deliver(
        self, outbound: Outbound, *, retries: int | None = None, answering: int | None = None
    ) -> DeliveryResult:
        """Send and report what Telegram said; never raises for Telegram's errors.

        `retries` lets the rate limiter wait out that many flood-control answers itself (direct
        replies); the outbox passes none and reschedules on `RETRY_AFTER` instead. `answering`
        is the id of a person's group message this is a question to: the question replies to it
        and, without buttons, opens their reply box — with privacy mode on, replies to the bot
        are the only plain messages it sees in a group.
        """
        try:
            try:
                message_id = await self._deliver(outbound, retries, answering)
            except ChatMigrated as migrated:
                # A group became a supergroup and has a new id: deliver there.
                new_address = Address(outbound.address.platform, str(migrated.new_chat_id))
                log.info("a Telegram group moved to a new chat id; delivering there")
                moved = replace(outbound, address=new_address)
                message_id = await self._deliver(moved, retries, answering)
        except TelegramError as error:
            return delivery_result_for(error)
        return DeliveryResult.ok(str(message_id) if message_id is not None else None)

    # -- one outbound ------------------------------------------------------------------------

    async def _deliver(
        self, outbound: Outbound, retries: int | None, answering: int | None = None
    ) -> int | None:
        chat_id = outbound.address.chat_id
        if outbound.edit_of is not None and outbound.attachment is None:
            remembered = self._messages.get((chat_id, outbound.edit_of))
            if remembered is not None:
                edited = await self._edit(outbound, remembered, retries)
                if edited is not None:
                    return self._remember(outbound, edited)
                self._messages.forget((chat_id, outbound.edit_of))
        if outbound.attachment is not None:
            message_id = await self._send_attachment(outbound, retries)
        else:
            parts = split_message(outbound.text)
            message_id = await self._send_text(outbound, parts, retries, answering)
        return self._remember(outbound, message_id)

    async def _send_text(
        self,
        outbound: Outbound,
        parts: list[str],
        retries: int | None,
        answering: int | None = None,
    ) -> int | None:
        """Send the parts in order; the buttons go under the last one."""
        progress_key = (outbound.address.chat_id, hash((outbound.text, len(parts))))
        message_id: int | None = None
        for number, part in enumerate(parts, 1):
            if number <= (self._parts_sent.get(progress_key) or 0) or not part.strip():
                continue
            last = number == len(parts)
            markup = self._keyboard(outbound) if last else None
            reply_to = None
            if last and answering is not None:
                reply_to = {"message_id": answering, "allow_sending_without_reply": True}
                markup = markup or _FORCE_REPLY
            sent = await self._bot.call(
                "sendMessage",
                {
                    "chat_id": outbound.address.chat_id,
                    "text": as_html(part),
                    "parse_mode": _HTML,
                    "reply_markup": markup,
                    "reply_parameters": reply_to,
                    "disable_notification": outbound.silent,
                },
                rate_limit_args=retries,
            )
            message_id = _message_id(sent)
            if not last:
                self._parts_sent.remember(progress_key, number)
        self._parts_sent.forget(progress_key)
        return message_id

    async def _send_attachment(self, outbound: Outbound, retries: int | None) -> int | None:
        attachment = outbound.attachment
        assert attachment is not None
        file = InputFile(attachment.content, filename=attachment.filename)
        caption_fits = telegram_length(outbound.text) <= MAX_CAPTION_LENGTH
        caption = as_html(outbound.text) if caption_fits and outbound.text else None
        data: dict[str, Any] = {
            "chat_id": outbound.address.chat_id,
            "caption": caption,
            "parse_mode": _HTML,
            "reply_markup": self._keyboard(outbound) if caption_fits else None,
            "disable_notification": outbound.silent,
        }
        if isinstance(attachment, Chart):
            method, data["photo"] = "sendPhoto", file
        else:
            method, data["document"] = "sendDocument", file
        sent = await self._bot.call(method, data, rate_limit_args=retries)
        if caption_fits:
            return _message_id(sent)
        # Too long for a caption: the words follow the file, buttons under them.
        return await self._send_text(outbound, split_message(outbound.text), retries)

    async def _edit(self, outbound: Outbound, message_id: int, retries: int | None) -> int | None:
        """Edit in place; `None` when Telegram says the message cannot be edited any more."""
        parts = split_message(outbound.text)
        try:
            await self._bot.call(
                "editMessageText",
                {
                    "chat_id": outbound.address.chat_id,
                    "message_id": message_id,
                    "text": as_html(parts[0]),
                    "parse_mode": _HTML,
                    "reply_markup": self._keyboard(outbound) if len(parts) == 1 else None,
                },
                rate_limit_args=retries,
            )
        except BadRequest as error:
            description = error.message.lower()
            if _NOT_MODIFIED in description:
                return message_id
            if any(reason in description for reason in _CANNOT_EDIT):
                return None
            raise
        if len(parts) > 1:
            await self._send_text(outbound, parts[1:], retries)
        return message_id

    def _keyboard(self, outbound: Outbound) -> Markup | None:
        if outbound.ask_location and not outbound.buttons and outbound.edit_of is None:
            # A reply keyboard (one per message, so only where there are no inline buttons).
            return location_keyboard(outbound.ask_location)
        if outbound.remove_location_button and not outbound.buttons and outbound.edit_of is None:
            # Its question is answered (a city was typed instead): the button leaves the screen.
            return _REMOVE_KEYBOARD
        label = outbound.private_chat.label if outbound.private_chat else None
        url = self._private_chat_link(outbound)
        link = (label, url) if label and url else None
        # Telegram opens Mini Apps from inline buttons in private chats only.
        private = not outbound.address.chat_id.startswith("-")
        page = (outbound.page.label, outbound.page.url) if outbound.page and private else None
        return inline_keyboard(outbound.buttons, link, page)

    def _private_chat_link(self, outbound: Outbound) -> str:
        """The bot's `t.me` link; with a `private_chat.start`, a deep link (`?start=care`) that
        opens the private chat on that start parameter (Telegram allows A-Z a-z 0-9 _ -)."""
        url = self._private_chat_url or ""
        start = outbound.private_chat.start if outbound.private_chat else ""
        if start and START_PARAMETER.fullmatch(start):
            return f"{url}?start={start}"
        return url

    def _remember(self, outbound: Outbound, message_id: int | None) -> int | None:
        if outbound.key is not None and message_id is not None:
            self._messages.remember((outbound.address.chat_id, outbound.key), message_id)
        return message_id


def _message_id(sent: Any) -> int:
    """The id of the message a send made, from Telegram's answer (a `Message` as JSON)."""
    return int(sent["message_id"])


def delivery_result_for(error: TelegramError) -> DeliveryResult:
    """What the outbox should do after Telegram refused a message."""
    detail = f"{type(error).__name__}: {error.message}"[:300]
    if isinstance(error, RetryAfter):
        return DeliveryResult(
            DeliveryStatus.RETRY_AFTER, retry_after=retry_after_seconds(error), detail=detail
        )
    if isinstance(error, Forbidden):
        # Blocked by the person, account deleted, removed from the group: stop trying.
        return DeliveryResult(DeliveryStatus.UNREACHABLE, detail=detail)
    if isinstance(error, BadRequest):
        if any(reason in error.message.lower() for reason in _CHAT_GONE):
            return DeliveryResult(DeliveryStatus.UNREACHABLE, detail=detail)
        log.warning("Telegram refused a message as malformed: %s", error.message)
        return DeliveryResult(DeliveryStatus.TRANSIENT, detail=detail)
    if isinstance(error, NetworkError):  # TimedOut included
        return DeliveryResult(DeliveryStatus.TRANSIENT, detail=detail)
    log.warning("unexpected Telegram error while sending: %s", detail)
    return DeliveryResult(DeliveryStatus.TRANSIENT, detail=detail)


def retry_after_seconds(error: RetryAfter) -> float:
    """The wait Telegram asked for, in seconds, whichever type this PTB version hands out."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # PTB 22 warns that the attribute becomes a timedelta
        value = error.retry_after
    if isinstance(value, timedelta):
        return value.total_seconds()
    return float(value)
