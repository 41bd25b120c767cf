"""Bad input never crashes Nearer: whatever a person types or presses — every practice's
commands with odd arguments, forged and replayed button payloads of every registered flow, text
in a shared group, time passing for timers and nudges — the engine answers kindly; and whatever
JSON Telegram (or someone pretending to be it) sends, the real python-telegram-bot `Application`
with Nearer's handler answers kindly or ignores it safely, never reaching PTB's error handler.

tests/test_engine_properties.py covers the core commands with random text; this extends it to
the practices, taken from the engine's own router.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import inspect
import itertools
import logging
import re
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram import Update

from bot.adapters.telegram import TelegramAdapter
from bot.adapters.telegram import from_env as telegram_from_env
from bot.app import Nearer
from bot.engine import EngineSettings, Outbound
from bot.engine.flows import default_flows
from bot.engine.nudges import COMMAND_BUTTON
from bot.engine.router import Router
from tests.adapters.conftest import MovableClock, RunningBot, nearer_config
from tests.adapters.fake_telegram import BOT_ID, BOT_USERNAME, FakeTelegram
from tests.support.couples import pair
from tests.support.world import World

ROUTER = Router(default_flows())
COMMANDS = sorted(ROUTER.commands)
FLOWS = sorted(ROUTER.flows)


def _actions_of(flow_name: str) -> list[str]:
    """The button actions a flow's module builds (`self.payload("<action>", …)`)."""
    source = inspect.getsource(inspect.getmodule(ROUTER.flows[flow_name]))  # type: ignore[arg-type]
    return sorted(set(re.findall(r'payload\(\s*"([a-z_]+)"', source)))


FLOW_ACTIONS = {name: _actions_of(name) for name in FLOWS}

ODD_TEXT = [
    "\u202eevil reversed text",
    "مرحبا، أحبك كثيرا",
    "שלום \u200f",
    "👩\u200d❤️\u200d👨" * 40,
    "e\u0301\u0301\u0301\u0301",
    "\x00\x1b[31mred\x07",
    "\ufeff\u200b\u200c\u200d",
    "<b>bold</b> & <script>",
    "{partner} {0} %s {{",
    "a" * 4001,
    "word " * 900,
    "\n\n\n",
    "   ",
]
#: Arguments each practice takes, right and wrong: times, zones, weekdays, list actions.
HINTS = [
    "", "add a picnic by the lake", "list", "done 1", "done 999999", "remove -1", "22:00-07:00",
    "25:61-99:99", "off", "on", "Europe/Berlin", "Mars/Olympus_Mons", "../../etc/passwd",
    "UTC+14", "friday 19:00", "someday", "08:00", "0", "-1", "99999999999999999999", "yes",
    "morning", "evening", "hug", "dream",
]  # fmt: skip
ARGUMENTS = st.one_of(
    st.sampled_from(HINTS + ODD_TEXT), st.text(max_size=40), st.integers(-5, 10**7).map(str)
)
#: Button arguments: ids right and wrong, two-part ones, and numbers `int()` or SQLite refuse.
BUTTON_ARGUMENTS = ["", "0", "1", "2", "3", "5", "-1", "1:5", "5:1", "6:6", "x", "99999999999",
                    "²", "99999999999999999999"]  # fmt: skip
PAYLOAD_ARGUMENTS = st.one_of(
    st.sampled_from(BUTTON_ARGUMENTS),
    st.integers(-3, 10**6).map(str),
    st.text(max_size=12),
)


@st.composite
def forged_payload(draw: st.DrawFn) -> str:
    """A button payload as a platform could hand it back: mostly real flows and actions with
    wrong arguments, sometimes unknown pieces, nudge `cmd:` buttons, or plain garbage."""
    shape = draw(st.integers(0, 9))
    if shape == 0:
        return draw(st.text(max_size=80))
    if shape == 1:
        command = draw(st.sampled_from([*COMMANDS, "nonsense", ""]))
        return f"{COMMAND_BUTTON}:{command}:{draw(PAYLOAD_ARGUMENTS)}"
    flow = draw(st.sampled_from(FLOWS)) if shape > 2 else draw(st.sampled_from(["x", "", "cmd"]))
    actions = FLOW_ACTIONS.get(flow) or ["nothing"]
    action = draw(st.sampled_from(actions)) if shape > 3 else draw(st.sampled_from(["", "zzz"]))
    argument = draw(PAYLOAD_ARGUMENTS)
    return f"{flow}:{action}:{argument}" if argument or shape % 2 else f"{flow}:{action}"


typed = st.one_of(
    st.builds(lambda c, a: f"/{c} {a}".strip(), st.sampled_from(COMMANDS), ARGUMENTS),
    st.builds(lambda c: f"/{c}@{BOT_USERNAME}", st.sampled_from(COMMANDS)),
    st.sampled_from(ODD_TEXT),
    st.text(max_size=120),
    st.sampled_from(["4", "five", "yes", "Thank you for listening to me today"]),
)
PEOPLE = ["Alex", "Sam", "Kim"]
#: What happens next: weighted towards buttons, the input a person controls least visibly.
event = st.sampled_from(
    ["type", "type", "group", "press", "press", "press", "replay", "replay", "mutate", "time"]
).flatmap(
    lambda kind: st.tuples(
        st.just(kind),
        st.integers(0, 2),
        {
            "type": typed,
            "group": typed,
            "press": forged_payload(),
            "replay": st.integers(0, 10**6),
            "mutate": st.tuples(st.integers(0, 10**6), PAYLOAD_ARGUMENTS),
            "time": st.sampled_from([25, 3600, 86400, 4 * 86400]),
        }[kind],
    )
)
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


class Failures(logging.Handler):
    """Collects every error the engine or an adapter logs: each one is a crash it caught."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def report(self) -> str:
        formatter = logging.Formatter("%(name)s: %(message)s")
        return "\n".join(formatter.format(record) for record in self.records)


@contextlib.contextmanager
def failures_logged(*loggers: str, level: int = logging.ERROR) -> Iterator[Failures]:
    handler = Failures()
    handler.setLevel(level)
    for name in loggers:
        logging.getLogger(name).addHandler(handler)
    try:
        yield handler
    finally:
        for name in loggers:
            logging.getLogger(name).removeHandler(handler)


def check_kind(replies: list[Outbound], said: str, *, braces_typed: bool = False) -> None:
    """At least one answer, none empty, none the engine's apology for a crash, and no
    placeholder left unfilled (unless someone typed braces that a journal may show again)."""
    assert replies, f"no answer to {said!r}"
    for reply in replies:
        assert reply.text.strip() or reply.attachment is not None, f"an empty answer to {said!r}"
        assert "went wrong" not in reply.text, f"{said!r} crashed the engine"
        if not braces_typed and "{" not in said:
            assert not PLACEHOLDER.search(reply.text), f"unfilled placeholder: {reply.text!r}"


def test_the_practices_and_buttons_come_from_the_engines_own_router(tmp_path: Path) -> None:
    world = World.on_sqlite(tmp_path)
    assert sorted(world.engine.router.commands) == COMMANDS
    assert sorted(world.engine.router.flows) == FLOWS
    assert sum(len(actions) for actions in FLOW_ACTIONS.values()) >= 30
    asyncio.run(world.db.dispose())


FLOW_COMMANDS = {
    name: [command.name for command in flow.commands()] for name, flow in ROUTER.flows.items()
}
SWEEP_ARGUMENTS = [
    "",
    "0",
    "1",
    "2",
    "5",
    "-1",
    "1:5",
    "9:9",
    "١",
    "²",
    "99999999999999999999",
    "x",
    "🙂",
]
#: Numbers `str.isdigit()` lets through and `int()` or SQLite refuse (flows use `is_id`).
CHOKING_NUMBERS = ["²", "99999999999999999999", "9223372036854775807"]


async def test_every_button_of_every_flow_answers_any_argument_kindly(tmp_path: Path) -> None:
    """Every flow × every action it builds (and two it does not) × odd arguments, pressed by a
    partner who just opened that practice and by a stranger: always a kind answer."""
    world = World.on_sqlite(tmp_path)
    presses = 0
    try:
        with failures_logged("bot", "storage") as failures:
            for number, flow in enumerate(FLOWS):
                alex, sam, kim = (
                    world.person(f"{name}{number}") for name in ("Alex", "Sam", "Kim")
                )
                await pair(alex, sam)
                for action in [*FLOW_ACTIONS[flow], "zzz", ""]:
                    for command in FLOW_COMMANDS[flow]:
                        check_kind(await alex.says(f"/{command}"), f"/{command}")
                    for argument in SWEEP_ARGUMENTS:
                        payload = f"{flow}:{action}:{argument}" if argument else f"{flow}:{action}"
                        for person in (alex, kim):
                            check_kind(await person.presses(payload), payload)
                            presses += 1
                    alex.inbox(), sam.inbox(), kim.inbox()
            assert not failures.records, failures.report()
    finally:
        await world.db.dispose()
    assert presses > 1000


async def test_buttons_carrying_odd_or_huge_numbers_get_a_kind_answer(tmp_path: Path) -> None:
    world = World.on_sqlite(tmp_path)
    alex, sam = world.person("Alex"), world.person("Sam")
    await pair(alex, sam)
    crashed = []
    try:
        for flow in FLOWS:
            for action in [*FLOW_ACTIONS[flow], "zzz"]:
                for number in CHOKING_NUMBERS:
                    payload = f"{flow}:{action}:{number}"
                    if any("went wrong" in reply.text for reply in await alex.presses(payload)):
                        crashed.append(payload)
    finally:
        await world.db.dispose()
    assert crashed == []


async def test_every_command_answers_odd_arguments_kindly(tmp_path: Path) -> None:
    world = World.on_sqlite(tmp_path)
    alex, sam = world.person("Alex"), world.person("Sam")
    await pair(alex, sam)
    kim = world.person("Kim")
    try:
        with failures_logged("bot", "storage") as failures:
            for command in COMMANDS:
                if command == "forget":
                    continue  # asks first; its button is swept above
                for argument in [*HINTS, *ODD_TEXT[:9]]:
                    said = f"/{command} {argument}".strip()
                    for person in (alex, kim):
                        check_kind(await person.says(said), said, braces_typed=True)
                    alex.inbox(), sam.inbox(), kim.inbox()
            assert not failures.records, failures.report()
    finally:
        await world.db.dispose()


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(paired=st.booleans(), events=st.lists(event, min_size=1, max_size=14))
def test_every_practice_answers_odd_commands_and_forged_buttons_kindly(
    tmp_path_factory: pytest.TempPathFactory, paired: bool, events: list[tuple[str, int, Any]]
) -> None:
    folder = tmp_path_factory.mktemp("practices")

    async def scenario() -> None:
        world = World.on_sqlite(folder)
        people = [world.person(name) for name in PEOPLE]
        seen: list[str] = []
        try:
            with failures_logged("bot", "storage") as failures:
                if paired:
                    await pair(people[0], people[1])
                braces_typed = False
                for kind, who, content in events:
                    person = people[who]
                    braces_typed = braces_typed or "{" in str(content)
                    if kind == "time":
                        world.clock.advance(seconds=content)
                        await world.engine.fire_due_timers()
                        await world.engine.deliver_due_nudges(grace=timedelta(hours=2))
                        replies, said = None, f"{content} s later"
                    elif kind in ("type", "group"):
                        group = "g-shared" if kind == "group" else None
                        replies, said = await person.says(content, group=group), content
                    else:
                        payload = pressed(kind, content, seen)
                        replies, said = await person.presses(payload), payload
                    if replies is not None:
                        check_kind(replies, said, braces_typed=braces_typed)
                    for message in [*(replies or []), *(m for p in people for m in p.inbox())]:
                        assert message.text.strip() or message.attachment is not None
                        seen += [b.payload for row in message.buttons for b in row]
                assert not failures.records, failures.report()
        finally:
            await world.db.dispose()

    asyncio.run(scenario())


def pressed(kind: str, content: Any, seen: list[str]) -> str:
    """The payload a press sends: forged, a real button seen earlier (anyone's, so also a
    button meant for someone else), or a real one with its argument swapped."""
    if kind == "press":
        return str(content)
    index, argument = (content, None) if kind == "replay" else content
    real = seen[index % len(seen)] if seen else "welcome:start"
    if argument is None:
        return real
    flow, _, rest = real.partition(":")
    mutated = f"{flow}:{rest.partition(':')[0]}:{argument}"
    return mutated


# -- raw Telegram updates into the real Application ---------------------------------------------


@pytest.fixture
async def telegram_bot(
    fake: FakeTelegram, telegram_env: None, tmp_path: Path
) -> AsyncIterator[tuple[Any, FakeTelegram]]:
    """The real Telegram adapter and engine, without the outbox: every message the fake
    receives is a direct answer to the update just processed. The generated updates come from
    a handful of senders, hundreds in seconds: the rate limit gets room for them."""
    roomy = EngineSettings(message_burst=100_000)
    app = Nearer(nearer_config(tmp_path), clock=MovableClock(), settings=roomy)
    await asyncio.to_thread(app.db.create_all)
    adapter = telegram_from_env(app)
    assert isinstance(adapter, TelegramAdapter)
    await adapter.start(app.engine.handle)
    try:
        yield adapter._application, fake
    finally:
        await adapter.stop()
        await app.db.dispose()
        await asyncio.to_thread(app.charts.close)


SENDS = ("sendMessage", "sendPhoto", "sendDocument", "editMessageText")
NAMES = ["Alex", "", " ", "\u202eevil", "👩‍❤️‍👨", "<b>x</b>", "&amp;", "a" * 300, "Zoë\u0301"]
user_ids = st.integers(1, 2**40)
texts_sent = st.one_of(
    st.sampled_from(ODD_TEXT),
    st.text(max_size=60),
    st.builds(lambda c, a: f"/{c} {a}".strip(), st.sampled_from([*COMMANDS, "x"]), ARGUMENTS),
    st.builds(lambda c, b: f"/{c}@{b}", st.sampled_from(COMMANDS),
              st.sampled_from([BOT_USERNAME, BOT_USERNAME.lower(), "OtherBot", ""])),
    st.builds(lambda ch, n: ch * n, st.characters(), st.integers(4000, 9000)),
)  # fmt: skip


@st.composite
def user_json(draw: st.DrawFn, *, user_id: int | None = None, bot: bool | None = None) -> dict:
    user: dict[str, Any] = {
        "id": user_id if user_id is not None else draw(user_ids),
        "is_bot": bot if bot is not None else draw(st.booleans().map(lambda b: b and False)),
        "first_name": draw(st.one_of(st.sampled_from(NAMES), st.text(max_size=64))),
    }
    for key, value in (
        ("last_name", st.text(max_size=20)),
        ("username", st.from_regex(r"[A-Za-z][A-Za-z0-9_]{4,31}", fullmatch=True)),
        ("language_code", st.sampled_from(["en", "ar", "he", "zz", ""])),
        ("is_premium", st.booleans()),
    ):
        if draw(st.booleans()):
            user[key] = draw(value)
    if draw(st.integers(0, 9)) == 0:
        user["is_bot"] = True
    return user


@st.composite
def chat_json(draw: st.DrawFn, kind: str, user: dict) -> dict:
    if kind == "private":
        chat_id = user["id"] if draw(st.integers(0, 9)) else draw(user_ids)  # forged: mismatch
        return {"id": chat_id, "type": "private", "first_name": user["first_name"]}
    title = draw(st.one_of(st.sampled_from(["Us two", "", "🏡"]), st.text(max_size=30)))
    base = draw(st.integers(1, 2**31))
    chat_id = -base if kind == "group" else -(10**12 + base)
    return {"id": chat_id, "type": kind, "title": title}


STICKER = {"file_id": "s", "file_unique_id": "su", "type": "regular", "width": 1, "height": 1,
           "is_animated": False, "is_video": False}  # fmt: skip


@st.composite
def message_json(draw: st.DrawFn, kind: str | None = None) -> dict:
    kind = kind or draw(st.sampled_from(["private", "private", "group", "supergroup", "channel"]))
    sender = draw(user_json())
    message: dict[str, Any] = {
        "message_id": draw(st.integers(1, 2**31)),
        "date": draw(st.integers(0, 2**32)),
        "chat": draw(chat_json(kind, sender)),
    }
    if draw(st.integers(0, 7)):
        message["from"] = sender
    else:
        message["sender_chat"] = draw(chat_json("channel", sender))  # anonymous admin / channel
    content = draw(st.integers(0, 9))
    if content <= 5:
        text = draw(texts_sent)
        message["text"] = text
        if text.startswith("/") and draw(st.booleans()):
            length = draw(st.integers(-5, len(text) + 20))  # sometimes a forged length
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    elif content == 6:
        message["photo"] = [{"file_id": "p", "file_unique_id": "pu", "width": 1, "height": 1}]
        if draw(st.booleans()):
            message["caption"] = draw(texts_sent)
    elif content == 7:
        message["sticker"] = STICKER
    elif content == 8:
        message["new_chat_members"] = [draw(user_json())]
    else:
        message["new_chat_title"] = draw(st.text(min_size=1, max_size=20))
    if draw(st.integers(0, 3)) == 0:
        replied_to_bot = draw(st.booleans())
        author = (
            {"id": BOT_ID, "is_bot": True, "first_name": "Nearer", "username": BOT_USERNAME}
            if replied_to_bot
            else draw(user_json())
        )
        message["reply_to_message"] = {
            "message_id": 1, "date": 0, "chat": message["chat"], "from": author, "text": "hi",
        }  # fmt: skip
    return message


@st.composite
def callback_json(draw: st.DrawFn) -> dict:
    query: dict[str, Any] = {
        "id": str(draw(st.integers(0, 2**60))),
        "from": draw(user_json()),
        "chat_instance": draw(st.text(max_size=10)),
    }
    if draw(st.integers(0, 5)):
        query["data"] = draw(st.one_of(forged_payload(), st.text(max_size=64)))
    where = draw(st.sampled_from(["private", "private", "group", "supergroup", "channel", "none"]))
    if where != "none":
        shown = draw(message_json(where))
        shown["from"] = {"id": BOT_ID, "is_bot": True, "first_name": "Nearer",
                         "username": BOT_USERNAME}  # fmt: skip
        if where == "private":
            shown["chat"]["id"] = query["from"]["id"]
        if draw(st.integers(0, 4)) == 0:
            shown = {"message_id": shown["message_id"], "date": 0, "chat": shown["chat"]}
        query["message"] = shown
    return query


OTHER_UPDATES = {
    "message_reaction": lambda: {"chat": {"id": -5, "type": "group", "title": "g"},
                                 "message_id": 1, "date": 1, "old_reaction": [],
                                 "new_reaction": [{"type": "emoji", "emoji": "❤"}]},
    "my_chat_member": lambda: {"chat": {"id": -7, "type": "group", "title": "g"},
                               "from": {"id": 9, "is_bot": False, "first_name": "A"}, "date": 1,
                               "old_chat_member": {"status": "left", "user": {"id": BOT_ID,
                                                   "is_bot": True, "first_name": "N"}},
                               "new_chat_member": {"status": "member", "user": {"id": BOT_ID,
                                                   "is_bot": True, "first_name": "N"}}},
    "inline_query": lambda: {"id": "1", "from": {"id": 9, "is_bot": False, "first_name": "A"},
                             "query": "/pair", "offset": ""},
    "chosen_inline_result": lambda: {"result_id": "r", "query": "/dream",
                                     "from": {"id": 9, "is_bot": False, "first_name": "A"}},
    "some_update_from_the_future": lambda: {"anything": [1, {"nested": None}]},
}  # fmt: skip


@st.composite
def update_json(draw: st.DrawFn) -> dict:
    kind = draw(
        st.sampled_from(
            ["message"] * 5
            + ["callback_query"] * 3
            + ["edited_message", "channel_post", "edited_channel_post", "other"]
        )
    )
    update: dict[str, Any] = {"update_id": draw(st.integers(1, 2**31))}
    if kind == "callback_query":
        update[kind] = draw(callback_json())
    elif kind == "other":
        other = draw(st.sampled_from(sorted(OTHER_UPDATES)))
        update[other] = OTHER_UPDATES[other]()
    elif kind == "channel_post" or kind == "edited_channel_post":
        update[kind] = draw(message_json("channel"))
    else:
        update[kind] = draw(message_json())
    return update


def expected_outcome(update: dict[str, Any]) -> str:
    """`answer`, `ignore`, or `either` (a group message whose addressing the test leaves to the
    adapter) for one raw update, from what Telegram's documentation says it means."""
    if "callback_query" in update:
        query = update["callback_query"]
        chat = (query.get("message") or {}).get("chat", {"type": "private"})
        if query["from"]["is_bot"] or chat["type"] == "channel":
            return "ignore"
        return "answer"
    message = update.get("message")
    if message is None or "from" not in message or message["from"]["is_bot"]:
        return "ignore"
    text = message.get("text") or message.get("caption") or ""
    if message["chat"]["type"] == "private":
        service = "new_chat_members" in message or "new_chat_title" in message
        return "ignore" if service and not text else "answer"
    if message["chat"]["type"] == "channel":
        return "ignore"
    if not text.startswith("/") and "reply_to_message" not in message:
        return "ignore"
    if re.match(rf"^/[A-Za-z0-9_]{{1,32}}@(?!{BOT_USERNAME}\b)\w+", text, re.IGNORECASE):
        return "ignore"  # a command for another bot
    return "either"


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(updates=st.lists(st.tuples(update_json(), st.integers(0, 9)), min_size=1, max_size=4))
async def test_any_telegram_update_gets_a_kind_answer_or_is_safely_ignored(
    telegram_bot: tuple[Any, FakeTelegram], updates: list[tuple[dict[str, Any], int]]
) -> None:
    """Each update gets a fresh id; now and then the last one comes again (Telegram redelivering
    it after a crash): it was handled once, so the repeat is ignored."""
    application, fake = telegram_bot
    with (
        failures_logged("bot", level=logging.WARNING) as ours,
        failures_logged("telegram") as library,
    ):
        last: dict[str, Any] | None = None
        for generated, redelivered in updates:
            repeat = redelivered == 0 and last is not None
            raw = copy.deepcopy(last if repeat and last is not None else generated)
            if not repeat:
                raw["update_id"] = next(UPDATE_IDS)
            last = raw
            before = len(fake.calls)
            await application.process_update(Update.de_json(raw, application.bot))
            sends = [call for call in fake.calls[before:] if call.method in SENDS]
            outcome = "ignore" if repeat else expected_outcome(raw)
            if outcome == "ignore":
                assert sends == [], f"answered what it should ignore: {raw}"
            if outcome == "answer":
                assert sends, f"no answer to {raw}"
            for call in sends:
                assert call.status == 200, f"Telegram refused an answer to {raw}: {call}"
                shown = str(call.params.get("text") or call.params.get("caption") or "")
                assert "went wrong" not in shown, f"the engine crashed on {raw}"
            if "callback_query" in raw:
                assert raw["callback_query"]["id"] in fake.answered_callbacks, "a spinning button"
        assert not ours.records, ours.report()
        assert not library.records, library.report()


#: Update ids are unique, as Telegram's are (the bot's database lives through all examples).
UPDATE_IDS = itertools.count(1)


async def test_odd_updates_through_long_polling_are_ignored_and_the_next_message_answered(
    bot: RunningBot,
) -> None:
    """The same path Telegram's JSON takes in production (getUpdates → PTB → adapter): updates
    Nearer does not ask for, edits, channel posts and other bots' messages are ignored."""
    fake = bot.fake
    user = {"id": 555, "is_bot": False, "first_name": "Robin"}
    chat = {"id": 555, "type": "private", "first_name": "Robin"}
    odd = [
        {"edited_message": {"message_id": 1, "date": 1, "edit_date": 2, "chat": chat,
                            "from": user, "text": "/forget"}},
        {"channel_post": {"message_id": 2, "date": 1, "text": "/pair",
                          "chat": {"id": -1001, "type": "channel", "title": "News"}}},
        {"message": {"message_id": 3, "date": 1, "chat": chat, "text": "/help",
                     "from": {"id": 556, "is_bot": True, "first_name": "Other"}}},
        {"message": {"message_id": 4, "date": 1, "text": "we should talk", "from": user,
                     "chat": {"id": -42, "type": "group", "title": "Friends"}}},
        *({name: make()} for name, make in OTHER_UPDATES.items()),
    ]  # fmt: skip
    with (
        failures_logged("bot", level=logging.WARNING) as ours,
        failures_logged("telegram") as library,
    ):
        for update in odd:
            fake.push(update)
        fake.push({"message": {"message_id": 9, "date": 1, "chat": chat, "from": user,
                               "text": "/start"}})  # fmt: skip
        await fake.wait_for_text(555, "Robin", within=15)
        await asyncio.sleep(0.3)
    sends = [call for call in fake.calls if call.method in SENDS]
    assert len(sends) == 1 and sends[0].params["chat_id"] == 555, sends
    assert not ours.records, ours.report()
    assert not library.records, library.report()


async def test_an_update_python_telegram_bot_cannot_parse_does_not_deafen_the_bot(
    bot: RunningBot,
) -> None:
    fake = bot.fake
    user = {"id": 557, "is_bot": False, "first_name": "Robin"}
    chat = {"id": 557, "type": "private"}
    fake.push({"message": {"date": 1, "chat": chat, "from": user, "text": "no message id"}})
    fake.push({"message": {"message_id": 2, "date": 1, "from": user, "text": "/start",
                           "chat": chat}})  # fmt: skip
    await fake.wait_for_text(557, "Robin", within=8)


async def test_a_message_without_a_chat_or_a_press_without_a_sender_is_ignored_quietly(
    telegram_bot: tuple[Any, FakeTelegram],
) -> None:
    application, fake = telegram_bot
    user = {"id": 558, "is_bot": False, "first_name": "Robin"}
    missing = [
        {"update_id": 900001, "message": {"message_id": 1, "date": 1, "from": user, "text": "hi"}},
        {"update_id": 900002, "callback_query": {"id": "q1", "chat_instance": "c",
                                                 "data": "welcome:start"}},
    ]  # fmt: skip
    with failures_logged("bot", level=logging.WARNING) as ours:
        for raw in missing:
            await application.process_update(Update.de_json(raw, application.bot))
    assert [call for call in fake.calls if call.method in SENDS] == []
    assert not ours.records, ours.report()
