"""kill -9 at random points of a two-partner session, over and over: nothing acknowledged is lost,
no outbox message is lost, and one is only ever sent twice when the kill fell between the
platform accepting it and the outbox marking it sent.

The bot is the real `python -m bot run` (a subprocess, Telegram long polling against the local fake
Bot API, SQLite in a data folder). Before each step a seeded RNG decides whether and where to kill
it: a few milliseconds after it fetched the step's update (mid-transaction or mid-reply), the
moment its reply reaches the platform, the moment the outbox message the step caused reaches the
partner, or at a random time. A supervisor restarts it on the same folder after each kill.

Each step's fate is read from the outside, as a person would live it: answered (the reply
arrived), committed but unanswered (the engine committed it, the reply died with the process), or
lost (the process fetched the update and died before committing it; the person types it again).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import math
import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

import pytest

from tests.adapters.fake_telegram import BOT_USERNAME, FakeUser
from tests.reliability.killable import (
    Accepted,
    BotProcess,
    RecordingTelegram,
    entries,
    outbox_rows,
    processed_at,
)

SEED = 20261102
MIN_KILLS = 22
MIN_ROUNDS, MAX_ROUNDS = 3, 10
ALEX, SAM = 111, 222
#: After a kill, what the dead process had already written reaches the fake within this time.
SETTLE_SECONDS = 0.4
STEP_TIMEOUT_SECONDS = 45.0
#: An armed kill waits this long for its moment, then lapses.
TRIGGER_LIFETIME_SECONDS = 15.0
INVITE = re.compile(rf"t\.me/{BOT_USERNAME}\?start=([a-z0-9]{{16}})")


class Fate(Enum):
    ANSWERED = "answered"
    COMMITTED_UNANSWERED = "committed, reply lost"
    LOST = "lost before commit"


@dataclass(frozen=True)
class Step:
    """One thing a person does; `ack` is a fragment of the reply that acknowledges it."""

    person: FakeUser
    ack: str
    text: str | None = None
    button: str | None = None
    #: The person needs what the reply says (a code, a question): without it they ask again.
    again_if_unanswered: bool = False
    #: A fragment of the outbox message this step queues for the partner.
    to_partner: str | None = None
    #: Press the first button of the newest message holding this fragment (a preview's Send,
    #: whose payload carries a fresh token).
    under: str | None = None


@dataclass(eq=False)
class Trigger:
    """A kill waiting for its moment: an update fetched, a message accepted, or a time."""

    kind: str  # fetched | reply | outbox | timer | startup
    expires: float = math.inf
    update_id: int = 0
    chat_id: int = 0
    fragment: str = ""
    delay: float = 0.0


class CrashySession:
    """Drives the script step by step, arming at most one kill per step from the seeded RNG."""

    def __init__(self, fake: RecordingTelegram, bot: BotProcess, rng: random.Random) -> None:
        self.fake, self.bot, self.rng = fake, bot, rng
        self.armed: list[Trigger] = []
        self.fates: Counter[Fate] = Counter()
        self.kills_by_trigger: Counter[str] = Counter()
        self.answered: list[tuple[Step, Accepted]] = []
        self.arming = True
        self.supervisor_failed: BaseException | None = None
        fake.on_fetched = self._fetched
        fake.on_accepted = self._accepted

    # -- kills ---------------------------------------------------------------------------------

    def _arm(self, step: Step, update_id: int) -> None:
        draw, delay, later = self.rng.random(), self.rng.uniform(0, 0.06), self.rng.uniform(0, 1.2)
        if not self.arming:
            return
        until = time.monotonic() + TRIGGER_LIFETIME_SECONDS
        partner = SAM if step.person.id == ALEX else ALEX
        if draw < 0.32 and step.to_partner:
            kind = "fetched" if draw < 0.12 else "reply" if draw < 0.18 else "outbox"
        else:
            kind = "fetched" if draw < 0.18 else "reply" if draw < 0.28 else ""
        if kind == "fetched":
            self.armed.append(Trigger(kind, until, update_id=update_id, delay=delay))
        elif kind == "reply":
            self.armed.append(Trigger(kind, until, chat_id=step.person.id))
        elif kind == "outbox":
            self.armed.append(Trigger(kind, until, chat_id=partner, fragment=step.to_partner or ""))
        elif draw < 0.36:
            self._later(Trigger("timer"), later)

    def _later(self, trigger: Trigger, delay: float) -> None:
        asyncio.get_running_loop().call_later(delay, self._fire, trigger)

    def _fire(self, trigger: Trigger) -> None:
        if self.arming and self.bot.kill():
            self.kills_by_trigger[trigger.kind] += 1

    def _take(self, kind: str, matches: Callable[[Trigger], bool]) -> Trigger | None:
        now = time.monotonic()
        self.armed = [trigger for trigger in self.armed if trigger.expires > now]
        for trigger in self.armed:
            if trigger.kind == kind and matches(trigger):
                self.armed.remove(trigger)
                return trigger
        return None

    def _fetched(self, update_ids: list[int]) -> None:
        trigger = self._take("fetched", lambda t: t.update_id in update_ids)
        if trigger is not None:
            self._later(trigger, trigger.delay)  # mid-transaction, or mid-reply

    def _accepted(self, accepted: Accepted) -> None:
        # The platform has the message; the bot never hears back.
        trigger = self._take("reply", lambda t: t.chat_id == accepted.chat_id) or self._take(
            "outbox", lambda t: t.chat_id == accepted.chat_id and t.fragment in accepted.text
        )
        if trigger is not None:
            self._fire(trigger)

    def maybe_kill_during_startup(self) -> None:
        draw, after = self.rng.random(), self.rng.uniform(0.05, 2.0)
        if draw < 0.06:
            self._later(Trigger("startup"), after)

    def disarm(self) -> None:
        self.arming = False
        self.armed.clear()

    # -- steps ---------------------------------------------------------------------------------

    async def do(self, step: Step) -> Accepted | None:
        """Do a step until its outcome is settled; returns the acknowledging reply, if any."""
        while True:
            fate, reply = await self._attempt(step)
            self.fates[fate] += 1
            if fate is Fate.ANSWERED:
                assert reply is not None
                self.answered.append((step, reply))
                return reply
            if fate is Fate.COMMITTED_UNANSWERED and not step.again_if_unanswered:
                return None

    async def _attempt(self, step: Step) -> tuple[Fate, Accepted | None]:
        mark = len(self.fake.accepted)
        if step.under is not None:
            shown = [m for m in self.fake.messages(step.person.id) if step.under in m.text]
            assert shown, f"nothing holding {step.under!r} to press under"
            update = step.person.presses(shown[-1])
        elif step.button is not None:
            messages = self.fake.messages(step.person.id)
            assert messages, "a button needs a message to sit under"
            update = step.person.presses(messages[-1], step.button)
        else:
            assert step.text is not None
            update = step.person.says(step.text)
        update_id = int(update["update_id"])
        self._arm(step, update_id)  # no await since the push: not fetched yet
        deadline = time.monotonic() + STEP_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            assert self.supervisor_failed is None, self.supervisor_failed
            reply = self._acknowledgement(step, mark)
            if reply is not None:
                return Fate.ANSWERED, reply
            fate = self._settled_without_answer(update_id)
            if fate is not None:
                # A dead run's reply can no longer come: nothing more to wait for.
                return fate, None
            await asyncio.sleep(0.02)
        recent = [m.text[:80] for m in self.fake.messages(step.person.id)[-4:]]
        raise AssertionError(
            f"{step.text or step.button!r} of {step.person.first_name} never settled (update "
            f"{update_id}, fetched by run {self.fake.fetched_by.get(update_id)}, now run "
            f"{self.fake.generation}, alive {self.bot.alive}); the chat ends with {recent}"
        )

    def _acknowledgement(self, step: Step, mark: int) -> Accepted | None:
        for accepted in self.fake.accepted[mark:]:
            if accepted.chat_id == step.person.id and step.ack in accepted.text:
                return accepted
        return None

    def _settled_without_answer(self, update_id: int) -> Fate | None:
        bot = self.bot
        if not bot.alive or (bot.kills and time.time() - bot.kills[-1] < SETTLE_SECONDS):
            return None
        committed = processed_at(bot.database, update_id)
        if committed is not None:
            # Committed by a run that is dead now: its reply died with it (a redelivery is
            # skipped as already handled). Committed by the live run: the reply is on its way.
            return Fate.COMMITTED_UNANSWERED if committed.timestamp() < bot.started_at else None
        fetched_by = self.fake.fetched_by.get(update_id)
        if (
            fetched_by is not None
            and fetched_by < self.fake.generation
            and not self.fake.waiting(update_id)
        ):
            return Fate.LOST  # confirmed to Telegram by a run that died before committing
        return None


def script(alex: FakeUser, sam: FakeUser, round_number: int) -> Iterator[Step]:
    """One round: both appreciate, a dream answered by both (the reveal), one check-in."""
    n = round_number
    yield Step(alex, "Sent to Sam", f"/appreciate A{n}: the tea you bring me, round {n}",
               to_partner=f"A{n}: the tea")  # fmt: skip
    yield Step(sam, "Sent to Alex", f"/appreciate S{n}: how you laugh at my jokes ({n})",
               to_partner=f"S{n}: how you laugh")  # fmt: skip
    yield Step(alex, "Here's a question for both of you", "/dream", again_if_unanswered=True)
    yield Step(alex, "This goes to Sam", f"Alex dreams D{n}: a garden by the sea",
               again_if_unanswered=True)  # fmt: skip
    yield Step(alex, "safe with me until Sam", under=f"D{n}: a garden",
               to_partner="has answered a question")  # fmt: skip
    yield Step(sam, "Here's a question for both of you", "/dream", again_if_unanswered=True)
    yield Step(sam, "This goes to Alex", f"Sam dreams E{n}: a year of slow travel",
               again_if_unanswered=True)  # fmt: skip
    yield Step(sam, "That's both of you", under=f"E{n}: a year",
               to_partner="You both answered")  # fmt: skip
    person = alex if n % 2 == 0 else sam
    yield Step(person, "(1/5)", "/checkin", again_if_unanswered=True)
    for number in range(1, 6):
        ack = f"({number + 1}/5)" if number < 5 else "out of 25"
        yield Step(person, ack, button=f"checkin:score:{number}:{1 + (number + n) % 5}")


async def supervise(bot: BotProcess, session: CrashySession, stopping: asyncio.Event) -> None:
    """Restart the bot after every kill, on the same data folder, until told to stop."""
    while True:
        assert bot.process is not None
        await bot.process.wait()
        if stopping.is_set():
            return
        try:
            await bot.restart_after_crash()
        except BaseException as error:
            session.supervisor_failed = error
            raise
        session.maybe_kill_during_startup()


@pytest.fixture
def quiet_fake_server() -> Iterator[None]:
    """The fake's web server logs each request whose bot was killed mid-way: expected here."""
    server_log = logging.getLogger("aiohttp.server")
    level = server_log.level
    server_log.setLevel(logging.CRITICAL)
    yield
    server_log.setLevel(level)


async def test_kill_9_at_random_points_loses_nothing_acknowledged_and_sends_each_message_once(
    tmp_path: Path, quiet_fake_server: None
) -> None:
    started = time.monotonic()
    fake = await RecordingTelegram().start()
    bot = BotProcess(fake, tmp_path)
    session = CrashySession(fake, bot, random.Random(SEED))
    stopping = asyncio.Event()
    alex, sam = fake.user(ALEX, "Alex"), fake.user(SAM, "Sam")
    await bot.start()
    supervisor = asyncio.create_task(supervise(bot, session, stopping))
    try:
        async with asyncio.timeout(300):  # about a minute here; slow machines get room
            await bot.until_live()
            await pair(session, alex, sam)
            rounds = 0
            while rounds < MIN_ROUNDS or (len(bot.kills) < MIN_KILLS and rounds < MAX_ROUNDS):
                for step in script(alex, sam, rounds):
                    await session.do(step)
                rounds += 1
            session.disarm()
            while not bot.alive:  # noqa: ASYNC110 (the supervisor is restarting it)
                await asyncio.sleep(0.05)
            await bot.until_live()
            await every_outbox_row_settles(bot)
            journal = await read_whole_journal(session, alex)
            export = await export_of(session, alex)
            stopping.set()
            exit_code = await bot.stop()
    finally:
        stopping.set()
        if bot.alive:
            bot.kill()
        supervisor.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await supervisor
        await fake.close()

    windows = check_outbox(fake, bot)
    check_acknowledged_state(fake, bot, session, journal, export)
    output = bot.output()
    assert len(bot.kills) >= MIN_KILLS, f"only {len(bot.kills)} kills in {rounds} rounds"
    assert bot.unexpected_exits == [], "the bot died without being killed"
    assert exit_code == 0, output[-3000:]
    assert "Traceback" not in output, output
    assert fake.token.split(":", 1)[1] not in output
    print(
        f"\nkill -9: {len(bot.kills)} kills ({dict(session.kills_by_trigger)}), {rounds} rounds, "
        f"{sum(session.fates.values())} step attempts "
        f"({ {fate.value: count for fate, count in session.fates.items()} }), "
        f"{len(outbox_rows(bot.database))} outbox rows, {len(windows)} duplicate sends, each "
        f"killed {[round(w * 1000) for w in windows]} ms after the platform accepted the "
        f"copy, {time.monotonic() - started:.1f} s"
    )


# -- the script's beginning and end ------------------------------------------------------------


async def pair(session: CrashySession, alex: FakeUser, sam: FakeUser) -> None:
    await session.do(Step(alex, "Hi Alex", "/start"))
    invite = await session.do(
        Step(alex, f"t.me/{BOT_USERNAME}?start=", "/pair", again_if_unanswered=True)
    )
    assert invite is not None
    code = INVITE.search(invite.text)
    assert code is not None, invite.text
    await session.do(
        Step(sam, "You're connected with Alex", f"/start {code.group(1)}", to_partner="just joined")
    )


async def every_outbox_row_settles(bot: BotProcess, within: float = 60.0) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        rows = outbox_rows(bot.database)
        if rows and all(row.sent_at is not None or row.failed_at is not None for row in rows):
            return
        await asyncio.sleep(0.1)
    unsent = [row for row in outbox_rows(bot.database) if row.sent_at is None]
    raise AssertionError(f"outbox rows never sent: {unsent}")


async def read_whole_journal(session: CrashySession, alex: FakeUser) -> str:
    pages = []
    reply = await session.do(Step(alex, "Your appreciations (page 1)", "/journal"))
    page = 1
    while reply is not None and "(page" in reply.text:
        pages.append(reply.text)
        shown = [m for m in session.fake.messages(ALEX) if m.message_id == reply.message_id]
        if f"journal:page:{page}" not in shown[0].button_data:
            break
        page += 1
        reply = await session.do(Step(alex, f"(page {page})", button=f"journal:page:{page - 1}"))
    return "\n".join(pages)


async def export_of(session: CrashySession, alex: FakeUser) -> dict[str, object]:
    reply = await session.do(Step(alex, "Here's everything of yours", "/export"))
    assert reply is not None
    document = session.fake.documents.get(reply.message_id)
    assert document is not None, "the export arrived without its file"
    exported: dict[str, object] = json.loads(document)
    return exported


# -- the checks ----------------------------------------------------------------------------------


def check_outbox(fake: RecordingTelegram, bot: BotProcess) -> list[float]:
    """Every outbox row was sent and marked exactly once; an extra copy only where the run that
    sent a copy was killed after the platform accepted it and before the row was marked sent.
    Returns, for each extra copy, how long after its acceptance the kill fell."""
    rows = outbox_rows(bot.database)
    assert rows, "the session queued nothing for the outbox"
    assert [row for row in rows if row.sent_at is None] == []
    by_message: dict[tuple[int, str], list[Accepted]] = defaultdict(list)
    by_id: dict[tuple[int, int], Accepted] = {}
    for accepted in fake.accepted:
        by_message[(accepted.chat_id, accepted.text)].append(accepted)
        by_id[(accepted.chat_id, accepted.message_id)] = accepted
    # A delivered row's words are blanked: its text is what the platform accepted under the id
    # the row recorded (a row marked sent without a matching acceptance fails below).
    assert all(row.text is None for row in rows), "a delivered row kept its words"
    rows = [
        replace(row, text=found.text)
        if row.platform_message_id is not None
        and (found := by_id.get((row.chat_id, row.platform_message_id))) is not None
        else row
        for row in rows
    ]
    same_text: Counter[tuple[int, str]] = Counter((row.chat_id, row.text) for row in rows)
    windows: list[float] = []
    for row in rows:
        copies = sorted(by_message[(row.chat_id, row.text)], key=lambda a: a.at)
        assert copies, f"outbox row {row.id} was marked sent but never reached the chat"
        # No send fails in this test, so one recorded attempt means one marking: every copy
        # but the last was never marked sent. A copy sent again after being marked would
        # show as a second attempt.
        assert row.attempts == 1, f"outbox row {row.id} was recorded {row.attempts} times"
        if same_text[(row.chat_id, row.text)] > 1:
            assert len(copies) >= same_text[(row.chat_id, row.text)]
            continue  # identical texts to one chat cannot be told apart
        assert row.platform_message_id == copies[-1].message_id, (row, copies)
        assert row.sent_at is not None and row.sent_at.timestamp() >= copies[-1].at - 0.05
        for earlier, later in itertools.pairwise(copies):
            killed = bot.killed_at.get(earlier.generation)
            assert killed is not None and earlier.generation < later.generation, (
                f"outbox row {row.id} sent twice by a run that was not killed: {earlier}, {later}"
            )
            # The copy reached the platform before the kill (SETTLE: or was already on its
            # way), and its run never marked it: the at-least-once window, nothing else.
            assert killed - earlier.at >= -SETTLE_SECONDS, (row, earlier, killed)
            windows.append(killed - earlier.at)
    return windows


def check_acknowledged_state(
    fake: RecordingTelegram,
    bot: BotProcess,
    session: CrashySession,
    journal: str,
    export: dict[str, object],
) -> None:
    """Every acknowledged reply is committed state, seen in the database, the journal, the
    export and the partner's chat."""
    database = bot.database
    appreciations = entries(database, "appreciation")
    committed = {body for _author, body in appreciations}
    assert len(committed) == len(appreciations), "an appreciation was committed twice"
    for step, _reply in session.answered:
        if step.text and step.text.startswith("/appreciate "):
            body = step.text.removeprefix("/appreciate ")
            assert (str(step.person.id), body) in appreciations, f"acknowledged, not kept: {body}"
    shown = [*export["written"], *export["received"]]  # type: ignore[misc]
    exported = {entry.get("text") for entry in shown}
    for author, body in appreciations:
        partner = SAM if author == str(ALEX) else ALEX
        assert f"“{body}”" in fake.texts(partner), f"{body!r} never reached the partner"
        assert body in journal, f"{body!r} is missing from the journal"
        assert body in exported, f"{body!r} is missing from the export"

    dream_answers = entries(database, "dream_answer")
    for step, _reply in session.answered:
        if step.text and " dreams " in step.text:
            assert (str(step.person.id), step.text) in dream_answers, step.text
    for _author, body in dream_answers:
        for chat in (ALEX, SAM):
            reveals = [m.text for m in fake.messages(chat) if "You both answered" in m.text]
            assert any(body in reveal for reveal in reveals), f"{body!r} not revealed to {chat}"

    finished = Counter(
        str(step.person.id) for step, _ in session.answered if step.ack == "out of 25"
    )
    checkins = Counter(author for author, _body in entries(database, "checkin"))
    for person, count in finished.items():
        assert checkins[person] >= count, "an acknowledged check-in is missing"
