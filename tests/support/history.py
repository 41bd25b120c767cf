"""A known history for progress tests: couples paired through the real engine, entries written
straight through the `Store` at chosen instants (the practices' own flows have their own tests).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlmodel import Session

from bot.engine import kinds
from bot.engine.progress import ProgressReport, weekly_progress
from storage.models import DreamRound
from storage.models import Person as PersonRow
from storage.store import Store
from tests.support.world import Person, World, texts

_CODE = re.compile(r"/pair ([a-z0-9]{16})")


async def pair(world: World, first: Person, second: Person) -> None:
    """Pair two people the way they would: one asks for a code, the other uses it."""
    code = _CODE.search(texts(await first.says("/pair")))
    assert code, "no invite code"
    assert "connected" in texts(await second.says(f"/pair {code.group(1)}"))


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
        row(session, person).timezone = zone_name

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
