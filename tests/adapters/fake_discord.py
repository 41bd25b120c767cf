"""A local fake of Discord — REST API and gateway — for running the real discord.py against.

An aiohttp server on 127.0.0.1 (ephemeral port) answers the REST calls Nearer makes the way
Discord does, including its error answers (403 with code 50007 when a user's DMs are closed,
50013 for a missing permission, 429 with `retry_after`, 40060 for a second answer to one
interaction), and records every call. Its `/gateway/bot` points at its own websocket, where it
says HELLO, answers IDENTIFY with READY and RESUME with the events it is told to replay.

Tests act as Discord users: `FakeUser.slash(...)`, `.press(...)`, `.submit(...)`, `.dm(...)` send
real INTERACTION_CREATE / MESSAGE_CREATE payloads through the gateway and return what the bot
answered (`Answer`), as the person would see it.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web
from discord.utils import time_snowflake

TOKEN = "MTAxMDEwMTAxMDEwMTAxMDEw.Gfake0.nearer-test-token-not-a-real-one"
APPLICATION_ID = 1010101010101010101
BOT_ID = APPLICATION_ID
GUILD_ID = 1020304050607080901
EPHEMERAL = 1 << 6
SUPPRESS_NOTIFICATIONS = 1 << 12

#: Interaction callback types.
MESSAGE, DEFERRED_MESSAGE, DEFERRED_UPDATE, UPDATE_MESSAGE, AUTOCOMPLETE, MODAL = 4, 5, 6, 7, 8, 9

_ids = itertools.count(1)


def snowflake() -> int:
    """A fresh id shaped like Discord's (time-based, so `created_at` is now)."""
    return time_snowflake(datetime.now(UTC)) + next(_ids)


def iso_now() -> str:
    return datetime.now(UTC).isoformat()


class ApiError(Exception):
    def __init__(self, status: int, code: int, message: str, retry_after: float = 0.0) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.retry_after = status, code, message, retry_after


@dataclass
class Call:
    method: str
    path: str
    body: Any
    status: int = 200


@dataclass
class Posted:
    """A message the bot posted, as people see it."""

    id: int
    channel_id: int
    content: str
    flags: int = 0
    components: list[dict[str, Any]] = field(default_factory=list)
    files: list[tuple[str, bytes]] = field(default_factory=list)
    allowed_mentions: dict[str, Any] | None = None
    interaction_id: int | None = None
    edits: int = 0
    deleted: bool = False
    #: Discord's "thinking…" placeholder after a deferred answer, until a follow-up fills it.
    loading: bool = False

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)

    @property
    def silent(self) -> bool:
        return bool(self.flags & SUPPRESS_NOTIFICATIONS)

    def buttons(self) -> list[tuple[str, str]]:
        return [
            (component.get("label", ""), component.get("custom_id", ""))
            for row in self.components
            for component in row.get("components", [])
            if component.get("type") == 2
        ]

    def button(self, label_part: str) -> str:
        for label, custom_id in self.buttons():
            if label_part.lower() in label.lower():
                return custom_id
        raise AssertionError(f"no button like {label_part!r} in {self.buttons()}")

    def payload(self) -> dict[str, Any]:
        """The message as Discord includes it in a component interaction."""
        return {
            "id": str(self.id),
            "channel_id": str(self.channel_id),
            "type": 0 if self.interaction_id is None else 20,
            "content": self.content,
            "author": bot_user(),
            "attachments": [],
            "embeds": [],
            "mentions": [],
            "mention_roles": [],
            "pinned": False,
            "mention_everyone": False,
            "tts": False,
            "timestamp": iso_now(),
            "edited_timestamp": None,
            "flags": self.flags,
            "components": self.components,
            "application_id": str(APPLICATION_ID),
        }


@dataclass
class Answer:
    """Everything the bot did in answer to one interaction."""

    callbacks: list[dict[str, Any]] = field(default_factory=list)
    messages: list[Posted] = field(default_factory=list)
    refused: list[dict[str, Any]] = field(default_factory=list)

    @property
    def kinds(self) -> list[int]:
        return [callback["type"] for callback in self.callbacks]

    @property
    def text(self) -> str:
        return "\n".join(message.content for message in self.messages if not message.deleted)

    @property
    def modal(self) -> dict[str, Any] | None:
        for callback in self.callbacks:
            if callback["type"] == MODAL:
                return dict(callback["data"])
        return None

    @property
    def visible(self) -> list[Posted]:
        return [message for message in self.messages if not message.deleted]

    def button(self, label_part: str) -> tuple[Posted, str]:
        for message in self.visible:
            for label, custom_id in message.buttons():
                if label_part.lower() in label.lower():
                    return message, custom_id
        raise AssertionError(f"no button like {label_part!r} in {self.visible}")


def bot_user() -> dict[str, Any]:
    return {
        "id": str(BOT_ID),
        "username": "Nearer",
        "global_name": "Nearer",
        "discriminator": "0",
        "avatar": None,
        "bot": True,
        "public_flags": 0,
        "flags": 0,
    }


@dataclass
class FakeUser:
    discord: FakeDiscord
    name: str
    id: int = field(default_factory=snowflake)
    #: The language of the person's Discord client, sent with every interaction.
    locale: str = "en-US"

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.name.lower(),
            "global_name": self.name,
            "discriminator": "0",
            "avatar": None,
            "public_flags": 0,
        }

    def member(self) -> dict[str, Any]:
        return {
            "user": self.payload(),
            "roles": [],
            "joined_at": "2026-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "nick": None,
            "avatar": None,
            "permissions": "2248473465835073",
        }

    @property
    def dm_channel_id(self) -> int:
        return self.discord.dm_channel_of(self.id)

    # -- acting --------------------------------------------------------------------------------

    async def slash(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        channel: int | None = None,
        subcommand: str | None = None,
        users: list[FakeUser] = (),  # type: ignore[assignment]
    ) -> Answer:
        """Run `/name` with `options` (in `channel` of the server, or in our DM)."""
        typed = [
            {"name": key, "type": _option_type(value), "value": _option_value(value)}
            for key, value in (options or {}).items()
        ]
        data: dict[str, Any] = {"id": str(self.discord.command_id(name)), "name": name, "type": 1}
        data["options"] = (
            [{"name": subcommand, "type": 1, "options": typed}] if subcommand else typed
        )
        if users:
            data["resolved"] = {
                "users": {str(user.id): user.payload() for user in users},
                "members": {
                    str(user.id): {k: v for k, v in user.member().items() if k != "user"}
                    for user in users
                },
            }
        if channel is not None and f"guild:{GUILD_ID}" in self.discord.commands:
            data["guild_id"] = str(GUILD_ID)  # set only for commands registered to the server
        return await self.discord.interact(self._interaction(2, data, channel))

    async def autocomplete(self, name: str, option: str, typed: str) -> Answer:
        data = {
            "id": str(self.discord.command_id(name)),
            "name": name,
            "type": 1,
            "options": [{"name": option, "type": 3, "value": typed, "focused": True}],
        }
        return await self.discord.interact(self._interaction(4, data, None))

    async def press(self, message: Posted, custom_id: str) -> Answer:
        data = {"custom_id": custom_id, "component_type": 2}
        channel = None if message.channel_id == self.dm_channel_id else message.channel_id
        payload = self._interaction(3, data, channel)
        payload["message"] = message.payload()
        return await self.discord.interact(payload)

    async def submit(
        self, modal: dict[str, Any], text: str, *, channel: int | None, message: Posted | None
    ) -> Answer:
        """Fill in the modal's text field and send it, as Discord does (labels included)."""
        components: list[dict[str, Any]] = []
        for component in modal["components"]:
            if component.get("type") == 18:
                inner = component["component"]
                components.append(
                    {
                        "type": 18,
                        "component": {"type": 4, "custom_id": inner["custom_id"], "value": text},
                    }
                )
            elif component.get("type") == 10:
                components.append({"type": 10})
        data = {"custom_id": modal["custom_id"], "components": components}
        payload = self._interaction(5, data, channel)
        if message is not None:
            payload["message"] = message.payload()
        return await self.discord.interact(payload)

    async def dm(self, text: str) -> list[Posted]:
        """Write `text` to the bot in a DM; returns what the bot wrote back."""
        channel = self.dm_channel_id
        before = len(self.discord.messages_in(channel))
        message = {
            "id": str(snowflake()),
            "channel_id": str(channel),
            "author": self.payload(),
            "content": text,
            "timestamp": iso_now(),
            "edited_timestamp": None,
            "type": 0,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "flags": 0,
            "components": [],
        }
        await self.discord.dispatch("MESSAGE_CREATE", message)
        await self.discord.settle(lambda: len(self.discord.messages_in(channel)) > before)
        return self.discord.messages_in(channel)[before:]

    def _interaction(self, kind: int, data: dict[str, Any], channel: int | None) -> dict[str, Any]:
        interaction_id = snowflake()
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(APPLICATION_ID),
            "type": kind,
            "data": data,
            "token": f"token-{interaction_id}",
            "version": 1,
            "locale": self.locale,
            "app_permissions": "2248473465835073",
            "entitlements": [],
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if channel is not None:
            payload |= {
                "guild_id": str(GUILD_ID),
                "guild_locale": "en-US",
                "member": self.member(),
                "channel_id": str(channel),
                "channel": {
                    "id": str(channel),
                    "type": 0,
                    "guild_id": str(GUILD_ID),
                    "name": "our-space",
                    "position": 0,
                    "permission_overwrites": [],
                    "nsfw": False,
                    "parent_id": None,
                    "topic": None,
                    "rate_limit_per_user": 0,
                    "last_message_id": None,
                    "flags": 0,
                },
                "authorizing_integration_owners": {"0": str(GUILD_ID)},
                "context": 0,
            }
        else:
            dm = self.dm_channel_id
            payload |= {
                "user": self.payload(),
                "channel_id": str(dm),
                "channel": {"id": str(dm), "type": 1, "recipients": [self.payload()], "flags": 0},
                "authorizing_integration_owners": {"0": str(GUILD_ID)},
                "context": 1,
            }
        return payload


def _option_type(value: Any) -> int:
    if isinstance(value, bool):
        return 5
    if isinstance(value, FakeUser):
        return 6
    if isinstance(value, int):
        return 4
    return 3


def _option_value(value: Any) -> Any:
    return str(value.id) if isinstance(value, FakeUser) else value


class FakeDiscord:
    """The fake Discord; `api_url` goes into `DISCORD_API_BASE_URL`."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.posted: dict[int, Posted] = {}
        self.answers: dict[int, Answer] = {}
        self.identified = 0
        self.resumed = 0
        self.connected = asyncio.Event()
        self.replay_on_resume: list[tuple[str, dict[str, Any]]] = []
        self._failures: dict[int, list[ApiError]] = {}
        self._dm_channels: dict[int, int] = {}
        self._interaction_channels: dict[int, int] = {}
        #: Every interaction sent to the bot, in order (for replaying one).
        self.interactions: list[dict[str, Any]] = []
        self.intents = 0
        #: Set by a test harness: waits until the bot has no event left to answer.
        self.bot_answered: Callable[[], Awaitable[None]] | None = None
        self._users: dict[int, dict[str, Any]] = {}
        self._seq = 0
        self._ws: web.WebSocketResponse | None = None
        self._sockets: set[web.WebSocketResponse] = set()
        self._activity = time.monotonic()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = getattr(site, "_server", None)
        sockets = getattr(server, "sockets", None) or []
        self.port = sockets[0].getsockname()[1]
        return self

    async def close(self) -> None:
        for socket in list(self._sockets):
            with contextlib.suppress(Exception):
                await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def user(self, name: str, locale: str = "en-US") -> FakeUser:
        user = FakeUser(self, name, locale=locale)
        self._users[user.id] = user.payload()
        return user

    # -- what tests arrange ---------------------------------------------------------------------

    def fail_next(
        self, channel_id: int, status: int, code: int, *, retry_after: float = 0.0
    ) -> None:
        """The next message posted to `channel_id` gets this error instead."""
        message = {50007: "Cannot send messages to this user", 50013: "Missing Permissions"}
        error = ApiError(status, code, message.get(code, "error"), retry_after)
        self._failures.setdefault(channel_id, []).append(error)

    def close_dms(self, user: FakeUser, times: int = 10) -> None:
        for _ in range(times):
            self.fail_next(user.dm_channel_id, 403, 50007)

    def dm_channel_of(self, user_id: int) -> int:
        if user_id not in self._dm_channels:
            self._dm_channels[user_id] = snowflake()
        return self._dm_channels[user_id]

    def command_id(self, name: str) -> int:
        for commands in self.commands.values():
            for command in commands:
                if command["name"] == name:
                    return int(command["id"])
        raise AssertionError(f"/{name} was never registered: {list(self.commands)}")

    def messages_in(self, channel_id: int) -> list[Posted]:
        return [
            message
            for message in self.posted.values()
            if message.channel_id == channel_id and not message.deleted
        ]

    def dms_to(self, user: FakeUser) -> list[Posted]:
        return self.messages_in(user.dm_channel_id)

    # -- the gateway -----------------------------------------------------------------------------

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        for _ in range(200):
            if self._ws is not None and not self._ws.closed:
                break
            await asyncio.sleep(0.02)
        assert self._ws is not None, "the bot never connected to the gateway"
        self._seq += 1
        await self._ws.send_json({"op": 0, "t": event, "s": self._seq, "d": data})

    async def ask_to_reconnect(self) -> None:
        """Discord's op 7: the bot closes the socket and RESUMEs on its resume URL."""
        assert self._ws is not None
        self.connected.clear()
        await self._ws.send_json({"op": 7, "d": None, "s": None, "t": None})

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.add(ws)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
        try:
            async for message in ws:
                if message.type is not WSMsgType.TEXT:
                    continue
                frame = json.loads(message.data)
                if frame["op"] == 1:
                    await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
                elif frame["op"] == 2:
                    await self._identify(ws, frame["d"])
                elif frame["op"] == 6:
                    await self._resume(ws)
        finally:
            self._sockets.discard(ws)
        return ws

    async def _identify(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        self.identified += 1
        self.intents = int(data.get("intents", 0))
        self._ws = ws
        self._seq += 1
        ready = {
            "v": 10,
            "user": bot_user(),
            "guilds": [],
            "session_id": "fake-session",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(APPLICATION_ID), "flags": 0},
            "shard": data.get("shard", [0, 1]),
        }
        await ws.send_json({"op": 0, "t": "READY", "s": self._seq, "d": ready})
        self.connected.set()

    async def _resume(self, ws: web.WebSocketResponse) -> None:
        self.resumed += 1
        self._ws = ws
        for event, data in self.replay_on_resume:
            self._seq += 1
            await ws.send_json({"op": 0, "t": event, "s": self._seq, "d": data})
        self.replay_on_resume = []
        self._seq += 1
        await ws.send_json({"op": 0, "t": "RESUMED", "s": self._seq, "d": {}})
        self.connected.set()

    async def interact(self, payload: dict[str, Any]) -> Answer:
        """Send an interaction through the gateway; wait for the bot's answer to settle."""
        interaction_id = int(payload["id"])
        answer = self.answers.setdefault(interaction_id, Answer())
        self._interaction_channels[interaction_id] = int(payload["channel_id"])
        self.interactions.append(payload)
        await self.dispatch("INTERACTION_CREATE", payload)
        await self.settle(lambda: bool(answer.callbacks or answer.refused))
        return answer

    async def until_answered(self) -> None:
        """Wait until the bot has finished answering (its own signal when a test connected it,
        else a quiet moment on the wire)."""
        if self.bot_answered is not None:
            await self.bot_answered()

    async def settle(self, condition: Any, *, within: float = 10.0, quiet: float = 0.05) -> None:
        """Wait until `condition()` holds and nothing has reached the fake for `quiet` seconds."""
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            if condition() and time.monotonic() - self._activity >= quiet:
                await self.until_answered()
                return
            await asyncio.sleep(0.02)
        raise AssertionError("the bot did not answer in time")

    # -- REST --------------------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        self._activity = time.monotonic()
        body, files = await _read_body(request)
        path = "/" + request.match_info["tail"]
        call = Call(request.method, path, body)
        self.calls.append(call)
        try:
            bot_call = not path.startswith(("/interactions/", "/webhooks/"))  # those: own token
            if bot_call and request.headers.get("Authorization") != f"Bot {TOKEN}":
                raise ApiError(401, 0, "401: Unauthorized")
            result = await self._route(request.method, path, body, files)
        except ApiError as error:
            call.status = error.status
            payload: dict[str, Any] = {"code": error.code, "message": error.message}
            headers = {}
            if error.status == 429:
                payload = {
                    "message": "You are being rate limited.",
                    "retry_after": error.retry_after,
                    "global": False,
                }
                headers = {"Retry-After": str(error.retry_after), "Via": "1.1 google",
                           "X-RateLimit-Scope": "user"}  # fmt: skip
            return _json(payload, status=error.status, headers=headers)
        finally:
            self._activity = time.monotonic()
        if result is None:
            return web.Response(status=204)
        return _json(result)

    async def _route(
        self, method: str, path: str, body: Any, files: list[tuple[str, bytes]]
    ) -> Any:
        parts = path.strip("/").split("/")
        if method == "GET" and path == "/users/@me":
            return bot_user()
        if method == "GET" and path == "/oauth2/applications/@me":
            return _application()
        if method == "GET" and path == "/gateway/bot":
            return {
                "url": self.gateway_url,
                "shards": 1,
                "session_start_limit": {
                    "total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1,
                },
            }  # fmt: skip
        if method == "PUT" and parts[0] == "applications" and parts[-1] == "commands":
            _check_localizations(body)
            scope = "global" if len(parts) == 3 else f"guild:{parts[3]}"
            registered = [{**command, "id": str(snowflake()), "application_id": str(APPLICATION_ID),
                           "version": "1"} for command in body]  # fmt: skip
            self.commands[scope] = registered
            return registered
        if method == "POST" and parts[0] == "interactions":
            return self._interaction_callback(int(parts[1]), body, files)
        if parts[0] == "webhooks":
            return self._webhook(method, parts, body, files)
        if method == "POST" and path == "/users/@me/channels":
            user_id = int(body["recipient_id"])
            recipient = self._users.get(user_id, {"id": str(user_id), "username": "someone"})
            return {"id": str(self.dm_channel_of(user_id)), "type": 1,
                    "recipients": [recipient], "last_message_id": None, "flags": 0}  # fmt: skip
        if parts[0] == "channels" and parts[2:3] == ["messages"]:
            return self._channel_message(method, int(parts[1]), parts[3:], body, files)
        raise ApiError(404, 0, f"the fake does not know {method} {path}")

    def _interaction_callback(
        self, interaction_id: int, body: dict[str, Any], files: list[tuple[str, bytes]]
    ) -> dict[str, Any]:
        answer = self.answers.setdefault(interaction_id, Answer())
        if answer.callbacks:
            answer.refused.append(body)
            raise ApiError(400, 40060, "Interaction has already been acknowledged.")
        answer.callbacks.append(body)
        kind = body["type"]
        response: dict[str, Any] = {"interaction": {"id": str(interaction_id), "type": 2}}
        if kind == MESSAGE:
            data = body.get("data", {})
            message = self._post(self._channel_of(interaction_id), data, files, interaction_id)
            answer.messages.append(message)
            response["interaction"] |= {
                "response_message_id": str(message.id),
                "response_message_ephemeral": message.ephemeral,
            }
            response["resource"] = {"type": MESSAGE, "message": message.payload()}
        elif kind == DEFERRED_MESSAGE:
            flags = body.get("data", {}).get("flags", 0)
            message = Posted(snowflake(), self._channel_of(interaction_id), "", flags=flags,
                             interaction_id=interaction_id, loading=True)  # fmt: skip
            self.posted[message.id] = message
            answer.messages.append(message)
            response["interaction"] |= {"response_message_id": str(message.id),
                                        "response_message_loading": True}  # fmt: skip
            response["resource"] = {"type": kind, "message": message.payload()}
        else:
            response["resource"] = {"type": kind}
        return response

    def _webhook(
        self, method: str, parts: list[str], body: Any, files: list[tuple[str, bytes]]
    ) -> Any:
        token = parts[2]
        interaction_id = int(token.removeprefix("token-"))
        answer = self.answers.setdefault(interaction_id, Answer())
        if method == "POST" and len(parts) == 3:
            thinking = [message for message in answer.messages if message.loading]
            if thinking:  # the first follow-up fills in Discord's "thinking…" message
                message = thinking[0]
                _apply_edit(message, body, files)
                message.loading, message.edits = False, 0
                return message.payload()
            message = self._post(self._channel_of(interaction_id), body, files, interaction_id)
            answer.messages.append(message)
            return message.payload()
        target = parts[4]
        message = (
            next(m for m in answer.messages) if target == "@original" else self.posted[int(target)]
        )
        if method == "PATCH":
            _apply_edit(message, body, files)
            return message.payload()
        if method == "DELETE":
            message.deleted = True
            return None
        raise ApiError(405, 0, "method not allowed")

    def _channel_message(
        self,
        method: str,
        channel_id: int,
        rest: list[str],
        body: Any,
        files: list[tuple[str, bytes]],
    ) -> Any:
        if method == "POST" and not rest:
            failures = self._failures.get(channel_id)
            if failures:
                raise failures.pop(0)
            return self._post(channel_id, body, files, None).payload()
        if method == "PATCH" and rest:
            message = self.posted.get(int(rest[0]))
            if message is None or message.channel_id != channel_id:
                raise ApiError(404, 10008, "Unknown Message")
            _apply_edit(message, body, files)
            return message.payload()
        raise ApiError(405, 0, "method not allowed")

    def _channel_of(self, interaction_id: int) -> int:
        return self._interaction_channels.get(interaction_id, 0)

    def _post(
        self, channel_id: int, data: dict[str, Any], files: list[tuple[str, bytes]],
        interaction_id: int | None,
    ) -> Posted:  # fmt: skip
        message = Posted(
            id=snowflake(),
            channel_id=channel_id,
            content=data.get("content") or "",
            flags=int(data.get("flags", 0) or 0),
            components=_with_ids(data.get("components") or []),
            files=list(files),
            allowed_mentions=data.get("allowed_mentions"),
            interaction_id=interaction_id,
        )
        self.posted[message.id] = message
        return message


def _json(
    payload: Any, *, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """Exactly `application/json`, as Discord sends it (discord.py compares the header)."""
    return web.Response(
        body=json.dumps(payload).encode(),
        status=status,
        headers={**(headers or {}), "Content-Type": "application/json"},
    )


def _apply_edit(message: Posted, body: dict[str, Any], files: list[tuple[str, bytes]]) -> None:
    message.edits += 1
    if "content" in body:
        message.content = body["content"] or ""
    if "components" in body:
        message.components = _with_ids(body["components"] or [])
    if files:
        message.files = list(files)


def _with_ids(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Discord numbers every component it stores; discord.py expects the numbers back."""
    counter = itertools.count(1)

    def number(component: dict[str, Any]) -> dict[str, Any]:
        numbered = {**component, "id": component.get("id") or next(counter)}
        if "components" in component:
            numbered["components"] = [number(child) for child in component["components"]]
        return numbered

    return [number(component) for component in components]


def _application() -> dict[str, Any]:
    return {
        "id": str(APPLICATION_ID),
        "name": "Nearer",
        "description": "",
        "icon": None,
        "bot_public": True,
        "bot_require_code_grant": False,
        "owner": {**bot_user(), "id": "1030507090110130150", "bot": False},
        "verify_key": "0" * 64,
        "flags": 0,
        "team": None,
        "summary": "",
        "interactions_endpoint_url": None,
    }


async def _read_body(request: web.Request) -> tuple[Any, list[tuple[str, bytes]]]:
    """JSON bodies, and discord.py's multipart form (`payload_json` plus `files[n]`)."""
    if not request.can_read_body:
        return None, []
    if request.content_type.startswith("multipart/"):
        reader = await request.multipart()
        body: Any = {}
        files: list[tuple[str, bytes]] = []
        async for part in reader:
            if part is None:
                break
            if getattr(part, "name", None) == "payload_json":
                body = json.loads(await part.text())  # type: ignore[union-attr]
            elif getattr(part, "filename", None):
                files.append((str(part.filename), bytes(await part.read())))  # type: ignore[union-attr]
        return body, files
    text = await request.text()
    return (json.loads(text) if text else None), []


#: The locales Discord accepts in `*_localizations` (its API reference); Arabic is not one.
DISCORD_LOCALES = frozenset(
    {
        "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu",
        "nl", "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk",
        "hi", "th", "zh-CN", "ja", "zh-TW", "ko",
    }
)  # fmt: skip


def _check_localizations(payload: Any) -> None:
    """As Discord does: an unknown locale or a description outside 1–100 characters is a 400."""
    if isinstance(payload, list):
        for item in payload:
            _check_localizations(item)
        return
    if not isinstance(payload, dict):
        return
    for field_name in ("name_localizations", "description_localizations"):
        for locale, text in (payload.get(field_name) or {}).items():
            if locale not in DISCORD_LOCALES:
                raise ApiError(400, 50035, f"Invalid Form Body: {locale!r} is not a locale")
            if not 1 <= len(text) <= 100:
                raise ApiError(400, 50035, "Invalid Form Body: must be 1-100 characters")
    for option in payload.get("options") or []:
        _check_localizations(option)
