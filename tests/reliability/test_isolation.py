"""What one couple writes stays theirs: nobody outside a couple ever gets its entries back (a
stateful property test over couples and strangers doing random practice actions), invite codes
are unguessable and single-use, `/forget` leaves no row of the person in any table, and the bot
tokens never reach a log line while both adapters run.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import itertools
import json
import logging
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select as sql_select
from sqlmodel import Session, SQLModel, col, select

import storage.tables  # noqa: F401  (every table in the metadata)
from bot.app import Nearer, build_platform_adapters
from bot.engine import Outbound
from bot.engine.events import outbound_from_payload
from bot.logs import configure_logging
from storage.models import Identity, OutboxMessage
from storage.models import Person as PersonRow
from storage.store import INVITE_ALPHABET, INVITE_LENGTH, Store
from tests.adapters.conftest import MovableClock, nearer_config
from tests.adapters.fake_discord import TOKEN as DISCORD_TOKEN
from tests.adapters.fake_discord import FakeDiscord
from tests.adapters.fake_telegram import FakeTelegram
from tests.support.couples import invite_code, pair
from tests.support.databases import database_url
from tests.support.world import Person, World, texts

# -- /forget ---------------------------------------------------------------------------------------

#: Columns that hold a person's id whatever their table (some have no foreign key).
PERSON_COLUMNS = {"person_id", "recipient_id", "inviter_id", "planned_by", "done_by", "added_by"}
#: Keys inside JSON data that would name a person.
PERSON_KEY = re.compile(r"person|author|speaker|listener|partner|recipient|inviter|_by$|^by$")
NEVER_SAID_BY_ANYONE_ELSE = "Quillon"
SAM = 4242  # Alex's display name: nobody else types it


def holds_person_id(table: Any, column: Any) -> bool:
    if table.name == "person" and column.name == "id":
        return True
    pointing_at_person = any(key.column.table.name == "person" for key in column.foreign_keys)
    return pointing_at_person or column.name in PERSON_COLUMNS or column.name.endswith("_by")


def json_names(value: Any, person_id: int) -> bool:
    if isinstance(value, dict):
        return any(
            (PERSON_KEY.search(str(key)) and item == person_id) or json_names(item, person_id)
            for key, item in value.items()
        )
    if isinstance(value, list):
        return any(json_names(item, person_id) for item in value)
    return False


@dataclass
class Leftovers:
    by_id: list[str] = field(default_factory=list)
    by_words: list[str] = field(default_factory=list)


def leftovers_of(
    session: Session, person_id: int, user_id: str, chat_id: str, words: list[str]
) -> Leftovers:
    """Every row, in every table the models define, that still names the person: by id (in
    any person column or JSON key), by platform account, or by the words they wrote."""
    found = Leftovers()
    for table in SQLModel.metadata.sorted_tables:
        for row in session.execute(sql_select(table)).mappings():
            where = f"{table.name} {dict(row)}"[:300]
            for column in table.c:
                value = row[column.name]
                if holds_person_id(table, column) and value == person_id:
                    found.by_id.append(f"{column.name} = {person_id} in {where}")
                elif column.name == "owner" and value == f"p{person_id}":
                    found.by_id.append(f"owner in {where}")
                elif isinstance(value, dict | list) and json_names(value, person_id):
                    found.by_id.append(f"{column.name} JSON names them in {where}")
                elif value in (user_id, chat_id) and column.name != "update_id":
                    found.by_id.append(f"{column.name} is their account in {where}")
                text = json.dumps(value, ensure_ascii=False, default=str)
                for said in words:
                    if said in text:
                        found.by_words.append(f"{said!r} in {table.name}.{column.name}: {where}")
    return found


class Words(Iterator[str]):
    """Fresh words for a person to write, remembering each one handed out."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.written: list[str] = []

    def __next__(self) -> str:
        self.written.append(f"{self.prefix}-{len(self.written)}")
        return self.written[-1]


BUTTONS_THAT_END_THINGS = ("privacy:forget", "pair:unpair", "space:leave")


async def use_everything(world: World, me: Person, partner: Person, said: Iterator[str]) -> None:
    """Every command of every practice, then every button it offers (two levels down), typing
    something of mine whenever the bot waits for words; the partner answers what reaches them."""
    commands = sorted(world.engine.router.commands)
    for command in commands:
        if command in ("forget", "unpair", "pause"):
            continue
        await follow(me, await me.says(f"/{command}"), said, depth=2)
        await follow(partner, partner.inbox(), said, depth=1, mine=False)
        me.inbox()
    for extra in ("/appreciate", "/idea add", "/talk", "/dream", "/listen"):
        await follow(me, await me.says(f"{extra} {next(said)}"), said, depth=2)
        await follow(partner, partner.inbox(), said, depth=1, mine=False)
    world.clock.advance(seconds=30)
    await world.engine.fire_due_timers()
    world.clock.advance(days=1)
    await world.engine.deliver_due_nudges(grace=timedelta(hours=2))
    await follow(me, me.inbox(), said, depth=1)
    await follow(partner, partner.inbox(), said, depth=1, mine=False)


async def follow(
    person: Person, replies: list[Outbound], said: Iterator[str], *, depth: int, mine: bool = True
) -> None:
    if depth == 0:
        return
    if mine and any(reply.awaits_text for reply in replies):
        replies = replies + await person.says(next(said))
    payloads = [b.payload for reply in replies for row in reply.buttons for b in row]
    for payload in payloads[:6]:
        if payload.startswith(BUTTONS_THAT_END_THINGS):
            continue
        await follow(person, await person.presses(payload), said, depth=depth - 1, mine=mine)


async def test_forget_after_every_practice_leaves_no_row_that_names_the_person(
    world: World,
) -> None:
    alex, sam = world.person(NEVER_SAID_BY_ANYONE_ELSE), world.person("Sam")
    await pair(alex, sam)
    await use_everything(world, alex, sam, Words("quillon-wrote"))
    await sam.says("/appreciate for Quillon, from Sam")
    await sam.says("/idea add a picnic Sam thought of")
    done = [b.payload for r in await alex.says("/idea list") for row in r.buttons for b in row]
    for payload in done:
        if payload.startswith("idea:done:"):
            await alex.presses(payload)  # Alex ticks off Sam's items too: done_by is Alex
    alex.inbox()
    person_id = world.db.transaction(
        lambda s: s.exec(
            sql_select(PersonRow.id).where(PersonRow.display_name == NEVER_SAID_BY_ANYONE_ELSE)
        ).scalar_one()
    )
    used = world.db.transaction(
        lambda s: {table.name for table in SQLModel.metadata.sorted_tables
                   for c in table.c if holds_person_id(table, c)
                   and s.execute(sql_select(table).where(c == person_id)).first()}
    )  # fmt: skip
    assert len(used) >= 8, f"the practices left too few traces to test forgetting: {used}"

    confirm = await alex.says("/forget")
    assert "Everything of yours is gone" in texts(
        await alex.presses(confirm[0].buttons[0][0].payload)
    )

    left = world.db.transaction(
        lambda s: leftovers_of(s, person_id, alex.user_id, alex.chat_id, [])
    )
    assert left.by_id == [], "\n".join(left.by_id)


async def test_forget_leaves_none_of_the_persons_words_or_name_in_any_table(
    world: World,
) -> None:
    alex, sam = world.person(NEVER_SAID_BY_ANYONE_ELSE), world.person("Sam")
    await pair(alex, sam)
    words = Words("quillon-wrote")
    await use_everything(world, alex, sam, words)
    sam.inbox()
    confirm = await alex.says("/forget")
    await alex.presses(confirm[0].buttons[0][0].payload)
    left = world.db.transaction(
        lambda s: leftovers_of(s, -1, "-", "-", [*words.written, NEVER_SAID_BY_ANYONE_ELSE])
    )
    assert left.by_words == [], "\n".join(left.by_words[:20])


# -- invite codes ----------------------------------------------------------------------------------


def test_invite_codes_carry_at_least_64_bits_of_entropy() -> None:
    letters = set(INVITE_ALPHABET)
    assert len(letters) == len(INVITE_ALPHABET), "a letter counted twice is no extra entropy"
    bits = INVITE_LENGTH * math.log2(len(letters))
    assert bits >= 64, f"{INVITE_LENGTH} letters of {len(letters)} are only {bits:.1f} bits"
    assert not letters & set("01il"), "letters people confuse make codes fail, not safer"


async def test_invite_codes_use_the_whole_alphabet_evenly_and_never_repeat(world: World) -> None:
    def many_codes(session: Session) -> list[str]:
        store = Store(session)
        now = world.clock()
        inviters = [
            store.find_or_create_person("test", f"inviter-{n}", f"I{n}", None, now)[0]
            for n in range(4)
        ]
        return [
            store.create_invite(inviters[n % 4].id or 0, now, timedelta(days=1)).code
            for n in range(2000)
        ]

    codes = world.db.transaction(many_codes)
    assert len(set(codes)) == len(codes)
    assert all(len(code) == INVITE_LENGTH and set(code) <= set(INVITE_ALPHABET) for code in codes)
    counts = Counter("".join(codes))
    expected = len(codes) * INVITE_LENGTH / len(INVITE_ALPHABET)
    chi_square = sum((counts[letter] - expected) ** 2 / expected for letter in INVITE_ALPHABET)
    # 30 degrees of freedom: a fair generator stays under 80 with probability 1 - 3e-6.
    assert chi_square < 80, f"letters are not equally likely (chi² = {chi_square:.0f})"


async def test_two_people_racing_for_one_code_make_exactly_one_couple(world: World) -> None:
    alex = world.person("Alex")
    code = invite_code(await alex.says("/pair"))
    racers = [world.person(name) for name in ("Sam", "Kim", "Robin", "Jo")]
    answers = await asyncio.gather(*(racer.says(f"/pair {code}") for racer in racers))
    joined = [racer for racer, replies in zip(racers, answers, strict=True)
              if "You're connected with Alex" in texts(replies)]  # fmt: skip
    assert len(joined) == 1, [texts(replies) for replies in answers]
    assert all(replies and replies[0].text for replies in answers)
    couples = world.db.transaction(
        lambda s: Counter(
            p.couple_id for p in s.exec(sql_select(PersonRow)).scalars() if p.couple_id
        )
    )
    assert list(couples.values()) == [2]


async def test_a_used_code_stays_used_after_the_couple_parts(world: World) -> None:
    alex, sam, kim = world.person("Alex"), world.person("Sam"), world.person("Kim")
    code = invite_code(await alex.says("/pair"))
    await sam.says(f"/pair {code}")
    await alex.says("/unpair")
    await alex.taps("Yes")
    assert "not paired" in texts(await alex.says("/settings"))
    refused = texts(await kim.says(f"/pair {code}"))
    assert "connected with Alex" not in refused
    assert "not paired" in texts(await kim.says("/settings"))


# -- tokens in logs ---------------------------------------------------------------------------


@contextlib.contextmanager
def production_logs() -> Iterator[io.StringIO]:
    """Nearer's own logging set-up (secrets taken from the environment, as in production), with
    every chatty library at DEBUG, written to a buffer."""
    chatty = ("httpx", "httpcore", "telegram", "discord", "aiohttp", "bot", "storage")
    root = logging.getLogger()
    saved = root.handlers[:], root.level, {name: logging.getLogger(name).level for name in chatty}
    buffer = io.StringIO()
    configure_logging("DEBUG")
    handler = root.handlers[0]
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(buffer)
    for name in chatty:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield buffer
    finally:
        root.handlers[:], root.level = saved[0], saved[1]
        for name, level in saved[2].items():
            logging.getLogger(name).setLevel(level)


async def test_neither_token_reaches_a_log_line_in_a_run_with_both_adapters(
    fake_discord: FakeDiscord,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    telegram = await FakeTelegram().start()
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", telegram.token)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", telegram.base_url)
    monkeypatch.setenv("DISCORD_BOT_TOKEN", DISCORD_TOKEN)
    monkeypatch.setenv("DISCORD_API_BASE_URL", fake_discord.api_url)
    for name in ("TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_SECRET", "DISCORD_GUILD_ID",
                 "DISCORD_SHARD_COUNT", "DISCORD_SHARD_IDS"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    with production_logs() as logs:
        app = Nearer(nearer_config(tmp_path), clock=MovableClock())
        await asyncio.to_thread(app.db.create_all)
        for adapter in build_platform_adapters(app):
            app.add_adapter(adapter)
        await app.start()
        try:
            await asyncio.wait_for(fake_discord.connected.wait(), timeout=10)
            alex = fake_discord.user("Alex")
            invite = await alex.slash("pair")
            code = invite.text.split("/pair ")[1].split()[0]
            sam = telegram.user(SAM, "Sam")
            sam.says(f"/pair {code}")
            await telegram.wait_for_text(SAM, "You're connected with Alex")
            await alex.slash("appreciate", {"details": "the soup"})
            await telegram.wait_for_text(SAM, "the soup")
            telegram.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
            sam.says("/help")  # a refused reply is logged with Telegram's error
            fake_discord.close_dms(alex, times=3)
            sam.says("/appreciate your laugh")  # Discord refuses the DM: 50007, logged
            await telegram.wait_for_text(SAM, "Sent to Alex")
            app.outbox.wake()
            await asyncio.sleep(1.0)
        finally:
            await app.stop()
            await telegram.close()
    output = logs.getvalue() + "".join(capfd.readouterr())
    assert "HTTP Request: POST" in output, "the run logged no requests: nothing was tested"
    for secret in (telegram.token, telegram.token.split(":", 1)[1], DISCORD_TOKEN,
                   DISCORD_TOKEN.rsplit(".", 1)[1]):  # fmt: skip
        assert secret not in output, f"a token part leaked into the logs: {secret[:6]}…"


# -- nobody outside a couple sees its words -----------------------------------------------------

MARKER = re.compile(r"zq[-\w]+?zq")
#: What people type to read things back: every practice's way of showing what was written.
READING = ["/journal", "/export", "/idea list", "/dream", "/listen", "/talk", "/progress",
           "/progress text", "/settings", "/checkin", "/together", "/date", "/hug"]  # fmt: skip
WRITING = ["/appreciate {m}", "/idea add {m}", "/talk {m}", "{m}", "{m}", "/listen", "/dream"]
NAMES = ["Ash", "Bo", "Cy", "Di", "Ed", "Fi"]


def take_all_outbox(world: World) -> dict[str, list[Outbound]]:
    """Every queued message, by chat, marked delivered."""

    def take(session: Session) -> dict[str, list[Outbound]]:
        rows = session.exec(
            select(OutboxMessage)
            .where(col(OutboxMessage.sent_at).is_(None))
            .order_by(col(OutboxMessage.id))
        ).all()
        delivered: dict[str, list[Outbound]] = {}
        for row in rows:
            row.sent_at = world.clock()
            delivered.setdefault(row.chat_id, []).append(outbound_from_payload(row.payload))
        return delivered

    return world.db.transaction(take)


def couples_now(world: World, people: list[Person]) -> dict[int, int | None]:
    """Who is paired with whom right now, from the database (the truth)."""

    def read(session: Session) -> dict[str, int | None]:
        rows = session.exec(
            select(Identity.platform_user_id, PersonRow.couple_id).join(
                PersonRow, col(PersonRow.id) == col(Identity.person_id)
            )
        ).all()
        return dict(rows)

    couple_of = world.db.transaction(read)
    partners: dict[int, int | None] = {}
    for index, person in enumerate(people):
        couple = couple_of.get(person.user_id)
        partners[index] = next(
            (other for other, someone in enumerate(people)
             if other != index and couple is not None and couple_of.get(someone.user_id) == couple),
            None,
        )  # fmt: skip
    return partners


def shown(message: Outbound) -> str:
    """All a person can read in a message: text, button labels and any attached file."""
    labels = " ".join(b.label for row in message.buttons for b in row)
    attached = message.attachment.content.decode("utf-8", "ignore") if message.attachment else ""
    return f"{message.text} {labels} {attached}"


class CouplesAndStrangers(RuleBasedStateMachine):
    """Two couples and two strangers write, read, press anyone's buttons (also with other ids),
    pair, part and let time pass. Words written while paired may reach the author and the
    partner of that moment; words written alone, the author and their next partner. Nobody
    else ever gets them back, in a reply or in a message sent to them."""

    backend = "sqlite"
    folder = Path()
    runs = itertools.count()

    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        # A fresh database per run: row ids (which forged buttons point at) replay exactly.
        self.database = contextlib.ExitStack()
        url = self.database.enter_context(
            database_url(self.backend, self.folder / f"run-{next(self.runs)}")
        )
        self.world = World(url)
        self.people = [self.world.person(name) for name in NAMES]
        self.partner: dict[int, int | None] = dict.fromkeys(range(len(NAMES)))
        self.allowed: dict[str, set[int]] = {}
        self.written_alone: dict[int, list[str]] = {index: [] for index in range(len(NAMES))}
        #: Ideas go back to their author's own list at unpair and join the next partner's.
        self.ideas: dict[int, list[str]] = {index: [] for index in range(len(NAMES))}
        self.buttons: list[str] = []
        self.markers = itertools.count()
        self.steps = 0

    def run(self, work: Any) -> Any:
        return self.loop.run_until_complete(work)

    def teardown(self) -> None:
        self.run(self.world.db.dispose())
        self.loop.close()
        self.database.close()

    @initialize()
    def two_couples_and_a_couple_next_door(self) -> None:
        """Two couples and two strangers act; a third couple has already written something in
        every practice, so forged ids have their rows to point at."""
        self.run(self.couple_next_door())
        for first, second in ((0, 1), (2, 3)):
            self.run(pair(self.people[first], self.people[second]))
        self._settle([])

    async def couple_next_door(self) -> None:
        gale, hope = self.world.person("Gale"), self.world.person("Hope")
        await pair(gale, hope)
        secret = "zq-next-door-zq"
        for who, said in [
            (gale, f"/appreciate {secret}"), (hope, f"/appreciate {secret}"),
            (gale, f"/idea add {secret}"), (gale, f"/talk {secret}"), (gale, secret),
            (gale, "/dream"), (gale, secret), (hope, "/dream"), (hope, secret),
            (hope, "/listen"), (hope, secret), (gale, secret), (gale, "/checkin"),
            (gale, "/dream"), (gale, secret), (hope, f"/talk {secret}"),
        ]:  # fmt: skip
            await who.says(said)
        take_all_outbox(self.world)

    # -- what people do ------------------------------------------------------------------------

    @rule(who=st.integers(0, 5), how=st.sampled_from(WRITING))
    def write(self, who: int, how: str) -> None:
        marker = f"zq{next(self.markers)}zq"
        partner = self.partner[who]
        self.allowed[marker] = {who} if partner is None else {who, partner}
        if partner is None:
            self.written_alone[who].append(marker)
        if how.startswith("/idea add"):
            self.ideas[who].append(marker)
        self._act(who, self.people[who].says(how.format(m=marker)))

    @rule(who=st.integers(0, 5), command=st.sampled_from(READING))
    def read(self, who: int, command: str) -> None:
        self._act(who, self.people[who].says(command))

    @precondition(lambda self: bool(self.buttons))
    @rule(
        who=st.integers(0, 5), index=st.integers(0, 10**6), other_id=st.none() | st.integers(1, 60)
    )
    def press(self, who: int, index: int, other_id: int | None) -> None:
        payload = self.buttons[index % len(self.buttons)]
        if other_id is not None:  # the same button, pointed at someone else's row
            flow, _, rest = payload.partition(":")
            payload = f"{flow}:{rest.partition(':')[0]}:{other_id}"
        self._act(who, self.people[who].presses(payload))

    @rule(who=st.integers(0, 5), other=st.integers(0, 5))
    def pair_up(self, who: int, other: int) -> None:
        replies = self.run(self.people[who].says("/pair"))
        self._settle(replies, actor=who)
        code = re.search(r"/pair ([a-z0-9]{16})", texts(replies))
        if code is not None and other != who:
            self._act(other, self.people[other].says(f"/pair {code.group(1)}"))

    @rule(who=st.integers(0, 5))
    def part(self, who: int) -> None:
        replies = self.run(self.people[who].says("/unpair"))
        self._settle(replies, actor=who)
        confirm = [b.payload for r in replies for row in r.buttons for b in row
                   if b.payload.startswith("pair:unpair")]  # fmt: skip
        self._act(who, self.people[who].presses(confirm[0]) if confirm else _nothing())

    @rule(hours=st.sampled_from([1, 24, 24 * 3]))
    def time_passes(self, hours: int) -> None:
        self.world.clock.advance(hours=hours)
        self.run(self.world.engine.fire_due_timers())
        self.run(self.world.engine.deliver_due_nudges(grace=timedelta(hours=2)))
        self._settle([])

    # -- checking --------------------------------------------------------------------------------

    def _act(self, who: int, work: Any) -> None:
        self._settle(self.run(work), actor=who)

    def _settle(self, replies: list[Outbound], actor: int | None = None) -> None:
        """Learn who is paired now (words kept for a partner open up to the first one), then
        deliver the outbox to everyone and check what each person got."""
        now = couples_now(self.world, self.people)
        for index, partner in now.items():
            if partner is not None and self.partner[index] is None:
                for marker in self.written_alone[index]:
                    self.allowed[marker].add(partner)
                self.written_alone[index] = []
            if partner is not None and partner != self.partner[index]:
                for marker in self.ideas[index]:
                    self.allowed[marker].add(partner)
        self.partner = now
        if actor is not None:
            self._check(actor, replies)
        delivered = take_all_outbox(self.world)
        for index, person in enumerate(self.people):
            self._check(index, delivered.get(person.chat_id, []))
        messages = [*replies, *(m for batch in delivered.values() for m in batch)]
        for payload in (b.payload for m in messages for row in m.buttons for b in row):
            if payload not in self.buttons and not payload.startswith("privacy:forget"):
                self.buttons.append(payload)
        self.steps += 1

    def _check(self, viewer: int, messages: list[Outbound]) -> None:
        for message in messages:
            assert "went wrong" not in message.text, f"a crash answered {NAMES[viewer]}"
            for marker in MARKER.findall(shown(message)):
                allowed = self.allowed.get(marker, set())
                assert viewer in allowed, (
                    f"{NAMES[viewer]} got {marker}, written by someone outside their couple "
                    f"(it may reach {[NAMES[i] for i in sorted(allowed)]}):\n{message.text[:400]}"
                )

    @invariant()
    def buttons_stay_few(self) -> None:
        del self.buttons[:-200]


async def _nothing() -> list[Outbound]:
    return []


def test_no_one_outside_a_couple_ever_gets_its_words_back(backend: str, tmp_path: Path) -> None:
    CouplesAndStrangers.backend, CouplesAndStrangers.folder = backend, tmp_path
    run_state_machine_as_test(
        CouplesAndStrangers,
        settings=settings(
            max_examples=25 if backend == "sqlite" else 10,
            stateful_step_count=40,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
