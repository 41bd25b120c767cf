"""`/forget` after every shared practice: everything of the person goes, the partner's stays."""

from __future__ import annotations

from sqlmodel import select

from storage.models import BucketItem, DatePlan, DreamRound, Entry, Timer
from tests.support.couples import couple
from tests.support.world import World, texts


async def test_forgetting_after_every_practice_removes_only_that_persons_things(
    world: World,
) -> None:
    alex, sam = await couple(world)
    await alex.says("/together")
    await alex.taps("We'll do it")
    await alex.taps("We did it")
    await alex.says("/date")
    await alex.taps("Friday")
    await alex.taps("19:00")
    await alex.says("/hug")
    await alex.taps("Start the hug")  # the timer has not fired yet
    await alex.says("/dream")
    await alex.says("ALEX-DREAM")
    await sam.says("/appreciate SAM-THANKS")
    await alex.says("/appreciate ALEX-THANKS")
    await alex.says("/idea add ALEX-IDEA")
    await sam.says("/idea add SAM-IDEA")
    await alex.says("/dream")  # leaves a pending answer behind

    await alex.says("/forget")
    assert "Everything of yours is gone" in texts(await alex.taps("delete it all"))

    def left(session):  # type: ignore[no-untyped-def]
        return (
            session.exec(select(Entry)).all(),
            session.exec(select(BucketItem)).all(),
            session.exec(select(DatePlan)).all(),
            session.exec(select(Timer)).all(),
            session.exec(select(DreamRound)).all(),
        )

    entries, items, plans, timers, _rounds = world.db.transaction(left)
    assert [entry.body for entry in entries] == ["SAM-THANKS"]
    assert [item.text for item in items] == ["SAM-IDEA"]
    assert plans == [] and timers == []
    journal = texts(await sam.says("/journal"))
    assert "SAM-THANKS" in journal and "ALEX-THANKS" not in journal
    assert "ALEX-IDEA" not in texts(await sam.says("/idea list"))
    world.clock.advance(seconds=30)
    await world.engine.fire_due_timers()  # nothing left to fire for someone forgotten
    assert "not paired" in texts(await sam.says("/settings"))
