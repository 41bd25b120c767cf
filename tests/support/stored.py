"""What the engine stored, read straight from the database: the entries of one kind and the
questions still waiting for an answer (for stories that check nothing was kept, or kept once)."""

from __future__ import annotations

from sqlmodel import col, select

from storage.models import Entry, Pending, Person
from tests.support.world import World


def entries(world: World, kind: str) -> list[Entry]:
    """Every entry of `kind`, in the order they were written."""
    return list(
        world.db.transaction(
            lambda s: s.exec(select(Entry).where(Entry.kind == kind).order_by(col(Entry.id))).all()
        )
    )


def pending_of(world: World) -> list[Pending]:
    """Every question still waiting for someone's answer."""
    return list(world.db.transaction(lambda s: s.exec(select(Pending)).all()))


def person_named(world: World, name: str) -> Person:
    """The one stored person called `name` (the story's people have distinct names)."""
    people = world.db.transaction(
        lambda s: s.exec(select(Person).where(Person.display_name == name)).all()
    )
    assert len(people) == 1
    return people[0]
