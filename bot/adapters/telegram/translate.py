"""Telegram updates to the engine's `Inbound`, and the engine's buttons to keyboards (JSON).

Pure functions over python-telegram-bot objects: no network, no state, easy to test with the
JSON Telegram sends.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from telegram import CallbackQuery, Message, Update
from telegram.constants import ChatType

from bot.engine.events import Button, Chat, ChatKind, Inbound, Sender
from bot.engine.text import split_command

PLATFORM = "telegram"
#: The updates Nearer asks Telegram for: messages and button presses, nothing else.
ALLOWED_UPDATES = ("message", "callback_query")
#: A `reply_markup` as the Bot API takes it (JSON).
Markup = dict[str, Any]

_CHAT_KINDS: dict[str, ChatKind] = {
    ChatType.PRIVATE: "private",
    ChatType.GROUP: "group",
    ChatType.SUPERGROUP: "group",
}


def message_to_inbound(update: Update, bot_username: str | None) -> Inbound | None:
    """The person's message as an `Inbound`, or `None` for what Nearer does not answer.

    In groups only commands meant for this bot and replies to its own messages count (what
    Telegram shows a bot with privacy mode on); service messages, other bots and channels are
    ignored everywhere.
    """
    message = update.message
    if message is None or message.from_user is None or message.from_user.is_bot:
        return None
    if getattr(message, "chat", None) is None:  # PTB leaves it None when the JSON lacks it
        return None
    kind = _CHAT_KINDS.get(message.chat.type)
    if kind is None:
        return None
    text = message.text or message.caption or ""
    if kind == "private" and message.location is not None:
        # Read once by the engine to find a time zone; never logged or stored.
        point = (float(message.location.latitude), float(message.location.longitude))
        return Inbound(
            PLATFORM,
            Chat(str(message.chat.id), kind),
            Sender(str(message.from_user.id), message.from_user.first_name or ""),
            location=point,
            message_id=str(message.message_id),
            update_id=str(update.update_id),
            language=message.from_user.language_code,
        )
    if kind == "group" and not _meant_for_bot(message, text, bot_username):
        return None
    if kind == "private" and not text and _is_service_message(message):
        return None
    return Inbound(
        PLATFORM,
        Chat(str(message.chat.id), kind),
        Sender(str(message.from_user.id), message.from_user.first_name or ""),
        text=text,
        message_id=str(message.message_id),
        update_id=str(update.update_id),
        language=message.from_user.language_code,
    )


def callback_to_inbound(update: Update) -> Inbound | None:
    """A button press as an `Inbound` whose `button` is the payload (empty when Telegram sent
    none, which the engine answers like any stale button)."""
    query: CallbackQuery | None = update.callback_query
    if query is None or getattr(query, "from_user", None) is None or query.from_user.is_bot:
        return None
    message = query.message
    if message is not None and getattr(message, "chat", None) is None:
        message = None
    if message is not None and _CHAT_KINDS.get(message.chat.type) is not None:
        chat = Chat(str(message.chat.id), _CHAT_KINDS[message.chat.type])
    elif message is None:
        # The message is too old for Telegram to include: the press came from the person's chat.
        chat = Chat(str(query.from_user.id), "private")
    else:
        return None
    return Inbound(
        PLATFORM,
        chat,
        Sender(str(query.from_user.id), query.from_user.first_name or ""),
        button=query.data or "",
        message_id=str(message.message_id) if message is not None else None,
        update_id=str(update.update_id),
        language=query.from_user.language_code,
    )


def inline_keyboard(
    rows: Sequence[Sequence[Button]],
    link_button: tuple[str, str] | None = None,
    page_button: tuple[str, str] | None = None,
) -> Markup | None:
    """The engine's button rows as an inline keyboard; `link_button` `(label, url)` adds a row
    that opens a URL (the bot's private chat), `page_button` one that opens the person's page
    as a Mini App. Built as the Bot API's JSON, not as PTB objects: a reply's keyboard is only
    ever serialised, and PTB's frozen objects cost more to build and to turn back into JSON
    than the rest of a send."""
    keyboard: list[list[dict[str, Any]]] = [
        [{"text": button.label, "callback_data": button.payload} for button in row]
        for row in rows
        if row
    ]
    if link_button is not None:
        keyboard.append([{"text": link_button[0], "url": link_button[1]}])
    if page_button is not None:
        keyboard.append([{"text": page_button[0], "web_app": {"url": page_button[1]}}])
    return {"inline_keyboard": keyboard} if keyboard else None


def location_keyboard(label: str) -> Markup:
    """One "share my location" button under the message box; it hides once used."""
    return {
        "keyboard": [[{"text": label, "request_location": True}]],
        "resize_keyboard": True,
        "one_time_keyboard": True,
    }


def _meant_for_bot(message: Message, text: str, bot_username: str | None) -> bool:
    if split_command(text) is not None:
        addressee = _command_addressee(text)
        return addressee is None or (
            bot_username is not None and addressee.lower() == bot_username.lower()
        )
    replied = message.reply_to_message
    return bool(
        text
        and replied is not None
        and replied.from_user is not None
        and replied.from_user.is_bot
        and bot_username is not None
        and (replied.from_user.username or "").lower() == bot_username.lower()
    )


def _command_addressee(text: str) -> str | None:
    """`NearerBot` for `/help@NearerBot`; `None` for a bare `/help`."""
    head = text.split(maxsplit=1)[0]
    return head.partition("@")[2] or None


def _is_service_message(message: Message) -> bool:
    """Members joining, titles changing…: nothing a person said to Nearer."""
    return bool(
        message.new_chat_members
        or message.left_chat_member
        or message.new_chat_title
        or message.pinned_message
        or message.group_chat_created
        or message.migrate_from_chat_id
    )
