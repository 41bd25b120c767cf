"""Helpers for nudge stories (the sweep in test_nudges.py, the /nudges command in
test_nudges_command.py, and practices that have a nudge): a couple with their zones told, and a
clock moved forward in steps with a sweep at each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import select

from bot.engine.nudges import NudgeSweep
from storage.models import Person as PersonRow
from storage.nudge_models import NudgePlan
from tests.support.couples import invite_code
from tests.support.world import Person, World

GRACE = timedelta(minutes=120)


def local(zone: str, year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """An instant given as a wall-clock time in `zone` (fold 0), in UTC."""
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone)).astimezone(UTC)


async def paired(
    world: World,
    first: str = "Alex",
    second: str = "Sam",
    *,
    zones: tuple[str, str] = ("UTC", "UTC"),
    every_nudge: bool = True,
) -> tuple[Person, Person]:
    """A couple who told their zones and, unless `every_nudge` is off, turned on every nudge
    (a new couple starts with two)."""
    one, two = world.person(first), world.person(second)
    await two.says(f"/pair {invite_code(await one.says('/pair'))}")
    for person, zone in ((one, zones[0]), (two, zones[1])):
        await person.says(f"/timezone {zone}")
        for kind in ("hug", "together", "dream", "date") if every_nudge else ():
            await person.says(f"/nudges {kind} on")
    one.inbox()
    two.inbox()
    return one, two


async def sweep(world: World, grace: timedelta = GRACE) -> NudgeSweep:
    return await world.engine.deliver_due_nudges(grace=grace)


@dataclass
class Received:
    at: datetime
    text: str


async def run_clock(
    world: World,
    people: list[Person],
    until: datetime,
    *,
    every: timedelta = timedelta(minutes=5),
    grace: timedelta = GRACE,
) -> dict[str, list[Received]]:
    """Move the clock forward in steps, sweeping at each, and collect what each person got."""
    got: dict[str, list[Received]] = {person.name: [] for person in people}
    while world.clock.now < until:
        world.clock.now = min(until, world.clock.now + every)
        await sweep(world, grace)
        for person in people:
            got[person.name] += [Received(world.clock.now, m.text) for m in person.inbox()]
    return got


def of_kind(received: list[Received], command: str) -> list[Received]:
    return [item for item in received if f"→ /{command}" in item.text]


def plan_row(world: World, name: str, kind: str) -> NudgePlan:
    def read(session) -> NudgePlan:  # type: ignore[no-untyped-def]
        person = session.exec(select(PersonRow).where(PersonRow.display_name == name)).one()
        return session.exec(
            select(NudgePlan).where(NudgePlan.person_id == person.id, NudgePlan.kind == kind)
        ).one()

    return world.db.transaction(read)
