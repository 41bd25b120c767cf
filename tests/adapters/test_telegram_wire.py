"""The sender builds its Bot API calls as JSON (`TolerantBot.call`) instead of through PTB's
`send_message` & co.: every call must carry exactly what PTB's own methods, given PTB's objects,
put on the wire. Both are recorded at the network edge (a `BaseRequest` that answers in-process).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from telegram import (
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    ReplyParameters,
)
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter
from telegram.request import BaseRequest, RequestData

from bot.adapters.telegram.sending import TelegramSender
from bot.adapters.telegram.updates_request import TolerantBot
from bot.engine.events import Address, Button, Chart, Outbound, PrivateChatLink

TOKEN = "7000000002:AAFwireTestTokenNotARealOne_0123456789ab"
Call = tuple[str, dict[str, Any], list[str]]


class Recorded(BaseRequest):
    """Answers like Telegram, in-process; keeps each call's method, parameters (JSON decoded)
    and the names of uploaded files."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._ids = iter(range(100, 10_000))

    async def initialize(self) -> None:
        """Nothing to connect."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, **_: Any
    ) -> tuple[int, bytes]:
        endpoint = url.rsplit("/", 1)[-1]
        bot = {"id": 7000000002, "is_bot": True, "first_name": "Nearer", "username": "WireBot"}
        if endpoint == "getMe":
            return 200, json.dumps({"ok": True, "result": bot}).encode()
        assert request_data is not None
        parameters = {
            name: json.loads(value) if value[:1] in "{[" else value
            for name, value in request_data.json_parameters.items()
        }
        files = sorted(request_data.multipart_data or {})
        self.calls.append((endpoint, parameters, files))
        message = {"message_id": next(self._ids), "date": 0, "chat": {"id": 1, "type": "private"}}
        return 200, json.dumps({"ok": True, "result": message}).encode()


def _bot(request: Recorded) -> TolerantBot:
    return TolerantBot(
        TOKEN, request=request, get_updates_request=request, rate_limiter=AIORateLimiter()
    )


PRIVATE = Address("telegram", "4242")
GROUP = Address("telegram", "-100777")
ROWS = ((Button("One ✓", "p:1"), Button("Two", "p:2")), (Button("<b>3</b> & co", "p:3"),))


def _reply_to(message_id: int) -> ReplyParameters:
    return ReplyParameters(message_id, allow_sending_without_reply=True)


async def _ptb_calls(steps: list[tuple[str, dict[str, Any]]]) -> list[Call]:
    request = Recorded()
    async with _bot(request) as bot:
        for method, arguments in steps:
            await getattr(bot, method)(**arguments)
    return request.calls


async def test_texts_keyboards_and_questions_go_out_as_ptb_would_send_them() -> None:
    request = Recorded()
    async with _bot(request) as bot:
        sender = TelegramSender(bot, private_chat_url="https://t.me/WireBot")
        for outbound, answering in [
            (Outbound(PRIVATE, "plain <i>text</i> & more"), None),
            (Outbound(PRIVATE, "choose", buttons=ROWS, silent=True), None),
            (Outbound(GROUP, "open me", private_chat=PrivateChatLink("Open", "care")), None),
            (Outbound(PRIVATE, "where are you?", ask_location="📍 Share"), None),
            (Outbound(PRIVATE, "noted", remove_location_button=True), None),
            (Outbound(GROUP, "and you?", awaits_text="journal"), 55),
            (Outbound(GROUP, "pick one", buttons=ROWS), 56),
        ]:
            result = await sender.deliver(outbound, retries=2, answering=answering)
            assert result.status.name == "OK"
    html = ParseMode.HTML
    inline = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("One ✓", callback_data="p:1"),
             InlineKeyboardButton("Two", callback_data="p:2")],
            [InlineKeyboardButton("<b>3</b> & co", callback_data="p:3")],
        ]
    )  # fmt: skip
    link = InlineKeyboardMarkup(
        [[InlineKeyboardButton("Open", url="https://t.me/WireBot?start=care")]]
    )
    location = ReplyKeyboardMarkup(
        [[KeyboardButton("📍 Share", request_location=True)]],
        resize_keyboard=True,
        one_time_keyboard=True,
    )
    common = {"parse_mode": html, "rate_limit_args": 2}
    expected = await _ptb_calls(
        [
            ("send_message", {"chat_id": "4242", "text": "plain &lt;i&gt;text&lt;/i&gt; &amp; more",
                              "disable_notification": False, **common}),
            ("send_message", {"chat_id": "4242", "text": "choose", "reply_markup": inline,
                              "disable_notification": True, **common}),
            ("send_message", {"chat_id": "-100777", "text": "open me", "reply_markup": link,
                              "disable_notification": False, **common}),
            ("send_message", {"chat_id": "4242", "text": "where are you?",
                              "reply_markup": location, "disable_notification": False, **common}),
            ("send_message", {"chat_id": "4242", "text": "noted",
                              "reply_markup": ReplyKeyboardRemove(), "disable_notification": False,
                              **common}),
            ("send_message", {"chat_id": "-100777", "text": "and you?",
                              "reply_markup": ForceReply(selective=True),
                              "reply_parameters": _reply_to(55),
                              "disable_notification": False, **common}),
            ("send_message", {"chat_id": "-100777", "text": "pick one", "reply_markup": inline,
                              "reply_parameters": _reply_to(56),
                              "disable_notification": False, **common}),
        ]
    )  # fmt: skip
    assert request.calls == expected


async def test_an_edit_and_a_long_text_go_out_as_ptb_would_send_them() -> None:
    long_text = ("word " * 700).strip() + "\n\n" + ("more " * 700).strip()  # two parts
    request = Recorded()
    async with _bot(request) as bot:
        sender = TelegramSender(bot)
        first = await sender.deliver(Outbound(PRIVATE, "draft", buttons=ROWS[:1], key="k"))
        edited = await sender.deliver(Outbound(PRIVATE, "final", buttons=ROWS[:1], edit_of="k"))
        await sender.deliver(Outbound(PRIVATE, long_text, buttons=ROWS[1:]))
    assert first.platform_message_id == edited.platform_message_id == "100"
    methods = [method for method, _, _ in request.calls]
    assert methods == ["sendMessage", "editMessageText", "sendMessage", "sendMessage"]
    one = InlineKeyboardMarkup([[InlineKeyboardButton("One ✓", callback_data="p:1"),
                                 InlineKeyboardButton("Two", callback_data="p:2")]])  # fmt: skip
    three = InlineKeyboardMarkup([[InlineKeyboardButton("<b>3</b> & co", callback_data="p:3")]])
    parts = long_text.split("\n\n")
    expected = await _ptb_calls(
        [
            ("send_message", {"chat_id": "4242", "text": "draft", "parse_mode": ParseMode.HTML,
                              "reply_markup": one, "disable_notification": False}),
            ("edit_message_text", {"chat_id": "4242", "message_id": 100, "text": "final",
                                   "parse_mode": ParseMode.HTML, "reply_markup": one}),
            ("send_message", {"chat_id": "4242", "text": parts[0], "parse_mode": ParseMode.HTML,
                              "disable_notification": False}),
            ("send_message", {"chat_id": "4242", "text": parts[1], "parse_mode": ParseMode.HTML,
                              "reply_markup": three, "disable_notification": False}),
        ]
    )  # fmt: skip
    assert request.calls == expected


@pytest.mark.parametrize("caption", ["a chart of the week", "x" * 1500])
async def test_files_go_out_as_ptb_would_send_them(caption: str) -> None:
    chart = Chart("week.png", "the week", png=b"\x89PNG fake")
    request = Recorded()
    async with _bot(request) as bot:
        sender = TelegramSender(bot)
        result = await sender.deliver(
            Outbound(PRIVATE, caption, buttons=ROWS[1:], attachment=chart)
        )
    assert result.status.name == "OK"
    three = InlineKeyboardMarkup([[InlineKeyboardButton("<b>3</b> & co", callback_data="p:3")]])
    photo = InputFile(b"\x89PNG fake", filename="week.png")
    fits = len(caption) <= 1024
    steps: list[tuple[str, dict[str, Any]]] = [
        ("send_photo", {"chat_id": "4242", "photo": photo, "caption": caption if fits else None,
                        "parse_mode": ParseMode.HTML, "reply_markup": three if fits else None,
                        "disable_notification": False}),
    ]  # fmt: skip
    if not fits:
        steps.append(
            ("send_message", {"chat_id": "4242", "text": caption, "parse_mode": ParseMode.HTML,
                              "reply_markup": three, "disable_notification": False})
        )  # fmt: skip
    assert request.calls == await _ptb_calls(steps)
    assert request.calls[0][2] == ["photo"]
