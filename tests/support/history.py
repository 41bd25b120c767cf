"""A known history for progress tests (the numbers in test_progress.py, the chart and summary in
test_progress_flow.py): couples paired through the real engine, entries written
straight through the `Store` at chosen instants (the practices' own flows have their own tests).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlmodel import Session

from bot.engine import kinds
from bot.engine.progress import ProgressReport, weekly_progress
from storage.models import DreamRound
from storage.models import Person as PersonModel
from storage.people import PersonRow
from storage.store import Store
from tests.support.couples import invite_code
from tests.support.world import Person, World, texts


async def pair(world: World, first: Person, second: Person) -> None:
    """Pair two people the way they would: one asks for a code, the other uses it."""
    code = invite_code(await first.says("/pair"))
    assert "connected" in texts(await second.says(f"/pair {code}"))


async def join(person: Person) -> None:
    """The person's first message, which creates them at the world's current time."""
    await person.says("/start")


def row(session: Session, person: Person) -> PersonRow:
    identity = Store(session).identity(person.platform, person.user_id)
    assert identity is not None, f"{person.name} has not written to the bot yet"
    found = Store(session).person(identity.person_id)
    assert found is not None
    return found


def add(world: World, person: Person, kind: str, at: datetime, **data: Any) -> None:
    """One entry by `person` at the instant `at` (aware), in their current couple."""

    def write(session: Session) -> None:
        Store(session).add_entry(row(session, person), kind, "", at, data=dict(data))

    world.db.transaction(write)


def dream_shared(
    world: World, first: Person, second: Person, first_at: datetime, second_at: datetime
) -> None:
    """One dream question both answered: `first` at `first_at`, `second` (and the reveal) at
    `second_at`, as the dream flow records it."""

    def write(session: Session) -> None:
        store = Store(session)
        me, partner = row(session, first), row(session, second)
        dream = DreamRound(couple_id=me.couple_id, question="d001", opened_at=first_at)
        session.add(dream)
        session.flush()
        for person, at in ((me, first_at), (partner, second_at)):
            store.add_entry(person, kinds.DREAM_ANSWER, "", at, data={"round": dream.id})
        dream.revealed_at = second_at

    world.db.transaction(write)


def set_zone(world: World, person: Person, zone_name: str) -> None:
    def write(session: Session) -> None:
        found = session.get(PersonModel, row(session, person).id)
        assert found is not None
        found.timezone = zone_name

    world.db.transaction(write)


def report_for(world: World, person: Person, now: datetime | None = None) -> ProgressReport:
    """The numbers `person` would see at `now` (the world's clock by default)."""

    def read(session: Session) -> ProgressReport:
        store = Store(session)
        me = row(session, person)
        return weekly_progress(store, me, store.partner_of(me), now or world.clock())

    return world.db.transaction(read)


def series(report: ProgressReport, key: str) -> list[int]:
    return [week.count(key) for week in report.weeks]


# Mondays (UTC) of the eight weeks shown on Wednesday 4 Nov 2026.
START = datetime(2026, 9, 14, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 4, 12, 0, tzinfo=UTC)


def week(number: int, *, days: int = 2, hours: int = 10) -> datetime:
    """An instant inside week `number` (0 = the oldest shown, 7 = this week), in UTC."""
    return datetime(2026, 9, 14, tzinfo=UTC) + timedelta(weeks=number, days=days, hours=hours)


async def known_history(world: World) -> tuple[Person, Person, Person]:
    """Alex and Sam since 14 Sep, with quiet weeks, and Kim and Lee, another couple, alongside."""
    world.clock.now = START
    alex, sam = world.person("Alex"), world.person("Sam")
    kim, lee = world.person("Kim"), world.person("Lee")
    await pair(world, alex, sam)
    await pair(world, kim, lee)
    add(world, alex, kinds.HUG, week(0))
    add(world, sam, kinds.HUG, week(0, days=5))
    add(world, alex, kinds.APPRECIATION, week(0))
    add(world, alex, kinds.CHECKIN, week(0), total=12, scores=[2, 2, 3, 3, 2])
    # week 1: nothing at all
    add(world, sam, kinds.TOGETHER, week(2))
    add(world, alex, kinds.DATE_NIGHT, week(2, days=4))
    dream_shared(world, alex, sam, week(2), week(2, days=3))  # one question, both answered
    # week 3: nothing at all
    for day in (0, 1, 6):
        add(world, sam, kinds.HUG, week(4, days=day))
    add(world, alex, kinds.CHECKIN, week(4, days=1), total=14)
    add(world, alex, kinds.CHECKIN, week(4, days=5), total=17)
    add(world, sam, kinds.CHECKIN, week(4), total=5)  # Sam's own: never in Alex's numbers
    add(world, alex, kinds.DATE_NIGHT, week(5))
    add(world, sam, kinds.IDEA_DONE, week(5))
    add(world, sam, kinds.DATE_NIGHT, week(6))
    add(world, sam, kinds.APPRECIATION, week(6))
    add(world, alex, kinds.DATE_NIGHT, week(7, days=1))
    add(world, alex, kinds.HUG, week(7, days=1))
    # Kinds the report does not count.
    add(world, alex, kinds.TALK_DRAFT, week(7, days=1))
    add(world, alex, kinds.LISTEN_SHARE, week(7, days=1))
    # Another couple, busy in the very same weeks.
    for number in range(8):
        for kind in (kinds.HUG, kinds.APPRECIATION, kinds.DATE_NIGHT, kinds.IDEA_DONE):
            add(world, kim, kind, week(number, days=1))
        add(world, lee, kinds.CHECKIN, week(number, days=1), total=25)
    world.clock.now = NOW
    return alex, sam, kim
