"""A local fake of the Telegram Bot API, for running the real python-telegram-bot against.

An aiohttp server on 127.0.0.1 (ephemeral port) that answers the methods Nearer uses the way
Telegram does — including its error answers (429 with `retry_after`, 403 "bot was blocked",
400 for HTML it cannot parse or a message that is too long) — and records every call. Tests push
updates (`FakeUser.says`, `FakeUser.presses`) that the bot receives through long polling.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

TOKEN = "7012345678:AAHfakeTokenForNearerTests_0123456789xyz"
BOT_ID = 7012345678
BOT_USERNAME = "NearerTestBot"

#: Parameters python-telegram-bot sends JSON-encoded; every other one is a plain string.
_JSON_FIELDS = {
    "chat_id", "message_id", "reply_markup", "commands", "scope", "allowed_updates",
    "disable_notification", "timeout", "offset", "limit", "drop_pending_updates",
    "max_connections", "show_alert", "cache_time", "reply_parameters",
}  # fmt: skip
_ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
                 "tg-spoiler", "span", "blockquote", "tg-emoji"}  # fmt: skip
_TAG = re.compile(r"<(/?)([a-zA-Z-]*)[^>]*>")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


class ApiError(Exception):
    """An error answer, shaped like Telegram's."""

    def __init__(
        self, status: int, description: str, parameters: dict[str, int] | None = None
    ) -> None:
        super().__init__(description)
        self.status, self.description, self.parameters = status, description, parameters


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    status: int = 200


@dataclass
class SentMessage:
    """A message the bot has in a chat, as the person sees it (HTML already rendered)."""

    chat_id: int
    message_id: int
    kind: str  # text | photo | document
    html_text: str
    buttons: list[list[dict[str, Any]]] = field(default_factory=list)
    silent: bool = False
    edits: int = 0
    file_name: str = ""
    #: The message this one replies to, and whether it opens the person's reply box.
    reply_to: int | None = None
    force_reply: bool = False
    #: The label of a "share location" button in the reply keyboard, if the bot asked for one.
    location_button: str = ""
    #: Whether this message takes the reply keyboard (the location button) off the screen.
    removes_keyboard: bool = False

    @property
    def text(self) -> str:
        return html.unescape(_TAG.sub("", self.html_text))

    @property
    def button_data(self) -> list[str]:
        return [b["callback_data"] for row in self.buttons for b in row if "callback_data" in b]

    @property
    def button_urls(self) -> list[str]:
        return [b["url"] for row in self.buttons for b in row if "url" in b]

    def as_update_message(self) -> dict[str, Any]:
        return {
            "message_id": self.message_id,
            "date": int(time.time()),
            "chat": _chat_json(self.chat_id),
            "from": _bot_user(),
            "text": self.text,
        }


@dataclass
class _Injected:
    status: int
    description: str
    parameters: dict[str, int] | None
    chat_id: int | None
    times: int


class FakeTelegram:
    def __init__(self, token: str = TOKEN, *, username: str = BOT_USERNAME) -> None:
        self.token = token
        self.username = username
        self.calls: list[Call] = []
        self.chats: dict[int, list[SentMessage]] = {}
        self.blocked: set[int] = set()
        self.groups: dict[int, str] = {}
        self.answered_callbacks: list[str] = []
        #: Longest a getUpdates call waits before answering empty (keeps shutdown quick).
        self.max_poll_wait = 2.0
        self._updates: list[tuple[dict[str, Any], bool]] = []
        self._update_ids = itertools.count(1000)
        self._message_ids = itertools.count(1)
        self._arrived = asyncio.Event()
        self._failures: dict[str, list[_Injected]] = {}
        self._closing = False
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- server ------------------------------------------------------------------------------

    async def start(self) -> FakeTelegram:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._endpoint)
        app.router.add_get("/bot{token}/{method}", self._endpoint)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self

    async def close(self) -> None:
        self._closing = True
        self._arrived.set()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        """In python-telegram-bot's `base_url` form: the token is appended to it."""
        return f"http://127.0.0.1:{self.port}/bot"

    async def _endpoint(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await _read_params(request)
        call = Call(method, params)
        self.calls.append(call)
        if request.match_info["token"] != self.token:
            call.status = 401
            return _error(401, "Unauthorized")
        try:
            self._maybe_fail(method, params)
            answer = getattr(self, f"_api_{method}", None)
            if answer is None:
                raise ApiError(404, "Not Found")
            result = await answer(params)
        except ApiError as error:
            call.status = error.status
            return _error(error.status, error.description, error.parameters)
        return web.json_response({"ok": True, "result": result})

    # -- controlling the fake ----------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        status: int,
        description: str,
        *,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
        chat_id: int | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next `times` calls of `method` (to `chat_id`, if given) with an error."""
        parameters = {
            name: value
            for name, value in (
                ("retry_after", retry_after),
                ("migrate_to_chat_id", migrate_to_chat_id),
            )
            if value is not None
        }
        injected = _Injected(status, description, parameters or None, chat_id, times)
        self._failures.setdefault(method, []).append(injected)

    def block(self, chat_id: int) -> None:
        """The person blocked the bot: every send to them gets Telegram's 403."""
        self.blocked.add(chat_id)

    def push(self, update: dict[str, Any]) -> int:
        """Queue an update for the bot's next getUpdates; returns its update_id."""
        update.setdefault("update_id", next(self._update_ids))
        self._updates.append((update, False))
        self._arrived.set()
        return int(update["update_id"])

    def redeliver(self, update: dict[str, Any]) -> None:
        """Send an update again with its old update_id, as Telegram does after a crash."""
        self._updates.append((update, True))
        self._arrived.set()

    def user(self, user_id: int, first_name: str, language_code: str | None = "en") -> FakeUser:
        return FakeUser(self, user_id, first_name, language_code)

    def group(self, chat_id: int, title: str = "Us two") -> int:
        self.groups[chat_id] = title
        return chat_id

    def messages(self, chat_id: int) -> list[SentMessage]:
        return list(self.chats.get(chat_id, []))

    def texts(self, chat_id: int) -> str:
        return "\n".join(message.text for message in self.messages(chat_id))

    def calls_to(self, method: str) -> list[Call]:
        return [call for call in self.calls if call.method == method]

    async def wait_for(
        self, condition: Callable[[], object], within: float = 10.0, what: str = ""
    ) -> None:
        deadline = time.monotonic() + within
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what or condition}")
            await asyncio.sleep(0.01)

    async def wait_for_text(self, chat_id: int, fragment: str, within: float = 10.0) -> None:
        await self.wait_for(
            lambda: fragment in self.texts(chat_id),
            within,
            f"{fragment!r} in chat {chat_id}; it has:\n{self.texts(chat_id)}",
        )

    # -- the API -----------------------------------------------------------------------------

    async def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {**_bot_user(self.username), "can_join_groups": True,
                "can_read_all_group_messages": False, "supports_inline_queries": False}  # fmt: skip

    async def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        wait = min(float(params.get("timeout") or 0), self.max_poll_wait)
        deadline = asyncio.get_running_loop().time() + wait
        while True:
            ready = self._take(offset)
            remaining = deadline - asyncio.get_running_loop().time()
            if ready or remaining <= 0 or self._closing:
                return ready
            self._arrived.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._arrived.wait(), remaining)

    def _take(self, offset: int) -> list[dict[str, Any]]:
        # Confirmed updates (below the offset) are gone, as on Telegram; redeliveries are not.
        self._updates = [
            (u, again) for u, again in self._updates if again or u["update_id"] >= offset
        ]
        ready = [update for update, _ in self._updates]
        self._updates = [(u, False) for u, again in self._updates if not again]
        return ready

    async def _api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        return True

    async def _api_setWebhook(self, params: dict[str, Any]) -> bool:
        return True

    async def _api_getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}

    async def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        for command in params.get("commands", []):
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command["command"]):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(command["description"]) <= 256:
                raise ApiError(400, "Bad Request: command description is invalid")
        return True

    async def _api_getChat(self, params: dict[str, Any]) -> dict[str, Any]:
        return _chat_json(int(params["chat_id"]), self.groups)

    async def _api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        self.answered_callbacks.append(str(params["callback_query_id"]))
        return True

    async def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._reachable_chat(params)
        text = str(params.get("text", ""))
        self._check_text(text, params, limit=4096)
        return self._record(chat_id, "text", text, params)

    async def _api_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._reachable_chat(params)
        caption = str(params.get("caption", ""))
        if caption:
            self._check_text(caption, params, limit=1024, what="message caption")
        return self._record(chat_id, "photo", caption, params)

    async def _api_sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._reachable_chat(params)
        caption = str(params.get("caption", ""))
        if caption:
            self._check_text(caption, params, limit=1024, what="message caption")
        return self._record(chat_id, "document", caption, params)

    async def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._reachable_chat(params)
        text = str(params.get("text", ""))
        self._check_text(text, params, limit=4096)
        target = next(
            (m for m in self.chats.get(chat_id, []) if m.message_id == int(params["message_id"])),
            None,
        )
        if target is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        buttons = _buttons(params)
        if target.html_text == text and target.buttons == buttons:
            raise ApiError(400, "Bad Request: message is not modified: specified new message "
                           "content and reply markup are exactly the same")  # fmt: skip
        target.html_text, target.buttons, target.edits = text, buttons, target.edits + 1
        return {**target.as_update_message(), "edit_date": int(time.time())}

    # -- helpers -----------------------------------------------------------------------------

    def _maybe_fail(self, method: str, params: dict[str, Any]) -> None:
        for injected in self._failures.get(method, []):
            if injected.times <= 0:
                continue
            if injected.chat_id is not None and params.get("chat_id") != injected.chat_id:
                continue
            injected.times -= 1
            raise ApiError(injected.status, injected.description, injected.parameters)

    def _reachable_chat(self, params: dict[str, Any]) -> int:
        chat_id = int(params["chat_id"])
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat_id

    @staticmethod
    def _check_text(
        text: str, params: dict[str, Any], *, limit: int, what: str = "message"
    ) -> None:
        if not text.strip():
            raise ApiError(400, f"Bad Request: {what} text is empty")
        shown = text
        if params.get("parse_mode") == "HTML":
            shown = _parse_html(text)
        if len(shown.encode("utf-16-le")) // 2 > limit:
            raise ApiError(400, f"Bad Request: {what} is too long")
        for row in _buttons(params):
            for button in row:
                if len(button.get("callback_data", "").encode()) > 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")

    def _record(self, chat_id: int, kind: str, text: str, params: dict[str, Any]) -> dict[str, Any]:
        file = params.get("photo") or params.get("document") or {}
        message = SentMessage(
            chat_id=chat_id,
            message_id=next(self._message_ids),
            kind=kind,
            html_text=text,
            buttons=_buttons(params),
            silent=bool(params.get("disable_notification")),
            file_name=file.get("filename", "") if isinstance(file, dict) else "",
            reply_to=(params.get("reply_parameters") or {}).get("message_id"),
            force_reply=bool((params.get("reply_markup") or {}).get("force_reply")),
            location_button=_location_button(params),
            removes_keyboard=bool((params.get("reply_markup") or {}).get("remove_keyboard")),
        )
        self.chats.setdefault(chat_id, []).append(message)
        result = message.as_update_message()
        result["chat"] = _chat_json(chat_id, self.groups)
        if kind == "photo":
            del result["text"]
            result["photo"] = [{"file_id": "p1", "file_unique_id": "p1u", "width": 8, "height": 8}]
        elif kind == "document":
            del result["text"]
            result["document"] = {"file_id": "d1", "file_unique_id": "d1u",
                                  "file_name": message.file_name}  # fmt: skip
        return result


class FakeUser:
    """A Telegram user typing to the bot: each action becomes an update the bot will fetch."""

    def __init__(
        self, fake: FakeTelegram, user_id: int, first_name: str, language_code: str | None = "en"
    ) -> None:
        self.fake, self.id, self.first_name = fake, user_id, first_name
        #: The language of the person's Telegram app (Telegram leaves it out when unknown).
        self.language_code = language_code

    @property
    def json(self) -> dict[str, Any]:
        user: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.language_code is not None:
            user["language_code"] = self.language_code
        return user

    def says(
        self, text: str, *, group: int | None = None, reply_to: SentMessage | None = None
    ) -> dict[str, Any]:
        chat_id = group if group is not None else self.id
        message: dict[str, Any] = {
            "message_id": next(self.fake._message_ids),
            "date": int(time.time()),
            "chat": _chat_json(chat_id, self.fake.groups, self.json),
            "from": self.json,
            "text": text,
        }
        if text.startswith("/"):
            length = len(text.split(maxsplit=1)[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        if reply_to is not None:
            message["reply_to_message"] = reply_to.as_update_message()
        update = {"message": message}
        self.fake.push(update)
        return update

    def shares_location(self, latitude: float, longitude: float) -> dict[str, Any]:
        """Tap "share my location" in a private chat: a message with a location and no text."""
        update = {
            "message": {
                "message_id": next(self.fake._message_ids),
                "date": int(time.time()),
                "chat": _chat_json(self.id, self.fake.groups, self.json),
                "from": self.json,
                "location": {"latitude": latitude, "longitude": longitude},
            }
        }
        self.fake.push(update)
        return update

    def presses(self, message: SentMessage, data: str | None = None) -> dict[str, Any]:
        """Tap a button under `message` (the first one unless `data` says which)."""
        chosen = data if data is not None else message.button_data[0]
        update = {
            "callback_query": {
                "id": f"cq-{next(self.fake._update_ids)}",
                "from": self.json,
                "chat_instance": f"ci-{message.chat_id}",
                "message": {**message.as_update_message(),
                            "chat": _chat_json(message.chat_id, self.fake.groups, self.json)},
                "data": chosen,
            }
        }  # fmt: skip
        self.fake.push(update)
        return update


def _bot_user(username: str = BOT_USERNAME) -> dict[str, Any]:
    return {"id": BOT_ID, "is_bot": True, "first_name": "Nearer", "username": username}


def _chat_json(
    chat_id: int, groups: dict[int, str] | None = None, user: dict[str, Any] | None = None
) -> dict[str, Any]:
    if chat_id < 0:
        title = (groups or {}).get(chat_id, "A group")
        return {"id": chat_id, "type": "group", "title": title}
    chat: dict[str, Any] = {"id": chat_id, "type": "private"}
    if user is not None:
        chat["first_name"] = user["first_name"]
    return chat


def _location_button(params: dict[str, Any]) -> str:
    markup = params.get("reply_markup") or {}
    rows = markup.get("keyboard", []) if isinstance(markup, dict) else []
    labels = [
        b["text"] for row in rows for b in row if isinstance(b, dict) and b.get("request_location")
    ]
    return labels[0] if labels else ""


def _buttons(params: dict[str, Any]) -> list[list[dict[str, Any]]]:
    markup = params.get("reply_markup") or {}
    return list(markup.get("inline_keyboard", [])) if isinstance(markup, dict) else []


def _parse_html(text: str) -> str:
    """What Telegram shows for an HTML message, or its 400 when the markup is broken."""
    open_tags: list[str] = []
    for match in _TAG.finditer(text):
        closing, name = match.group(1) == "/", match.group(2).lower()
        if name not in _ALLOWED_TAGS:
            raise ApiError(400, f"Bad Request: can't parse entities: Unsupported start tag "
                           f"\"{name}\" at byte offset {match.start()}")  # fmt: skip
        if closing:
            if not open_tags or open_tags.pop() != name:
                raise ApiError(400, "Bad Request: can't parse entities: Unmatched end tag")
        else:
            open_tags.append(name)
    if open_tags:
        raise ApiError(400, "Bad Request: can't parse entities: Can't find end tag")
    bare = _TAG.sub("", text)
    if "<" in bare or ">" in bare:
        raise ApiError(400, "Bad Request: can't parse entities: Unexpected character")
    for index, character in enumerate(bare):
        if character == "&" and not _ENTITY.match(bare, index):
            raise ApiError(400, "Bad Request: can't parse entities: Character '&' is reserved")
    return html.unescape(bare)


async def _read_params(request: web.Request) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if request.method == "GET" or not request.can_read_body:
        return params
    form = await request.post()
    for key, value in form.items():
        if isinstance(value, web.FileField):
            params[key] = {"filename": value.filename, "size": len(value.file.read())}
        elif key in _JSON_FIELDS:
            try:
                params[key] = json.loads(value)
            except ValueError:
                params[key] = value
        else:
            params[key] = value
    return params


def _error(status: int, description: str, parameters: dict[str, int] | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)
