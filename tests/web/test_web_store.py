"""The page's credentials in the database, on SQLite and PostgreSQL: a one-time link is taken
once even by two racing clicks, a Mini App sign-in once, a session ends with its time, with an
unpairing and with `/forget`."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from bot.web.auth import hashed
from storage.store import Store
from tests.support.couples import couple
from tests.support.stored import person_named
from tests.support.world import World


def _person_id(world: World, name: str) -> int:
    person = person_named(world, name)
    assert person.id is not None
    return person.id


async def test_a_link_is_taken_once_even_by_two_racing_clicks(world: World) -> None:
    await couple(world)
    alex = _person_id(world, "Alex")
    now = world.clock()
    world.db.transaction(
        lambda session: Store(session).add_web_link(
            alex, hashed("t1"), now, now + timedelta(minutes=10)
        )
    )

    async def take() -> int | None:
        return await world.db.run(lambda session: Store(session).take_web_link(hashed("t1"), now))

    taken = await asyncio.gather(take(), take(), take())
    assert taken.count(alex) == 1 and taken.count(None) == 2
    assert await take() is None
    assert (
        await world.db.run(lambda session: Store(session).take_web_link(hashed("nope"), now))
        is None
    )


async def test_an_expired_link_opens_nothing(world: World) -> None:
    await couple(world)
    alex = _person_id(world, "Alex")
    now = world.clock()
    world.db.transaction(
        lambda session: Store(session).add_web_link(
            alex, hashed("t2"), now, now + timedelta(minutes=10)
        )
    )
    later = now + timedelta(minutes=10)
    assert (
        world.db.transaction(lambda session: Store(session).take_web_link(hashed("t2"), later))
        is None
    )


async def test_a_mini_app_sign_in_counts_once(world: World) -> None:
    await couple(world)
    alex = _person_id(world, "Alex")
    now = world.clock()

    async def sign_in() -> bool:
        return await world.db.run(
            lambda session: Store(session).take_telegram_sign_in(
                hashed("data"), alex, now, now + timedelta(minutes=10)
            )
        )

    results = await asyncio.gather(sign_in(), sign_in())
    assert sorted(results) == [False, True]
    assert await sign_in() is False


async def test_a_session_ends_with_its_time_an_unpairing_and_a_forget(world: World) -> None:
    alex_says, _sam = await couple(world)
    now = world.clock()

    def start(session) -> None:
        store = Store(session)
        person = store.person(_person_id(world, "Alex"))
        assert person is not None
        store.add_web_session(person, hashed("cookie"), "form", now, now + timedelta(hours=12))

    world.db.transaction(start)

    def live(at):
        return world.db.transaction(
            lambda session: Store(session).web_session(hashed("cookie"), at)
        )

    assert live(now) is not None and live(now).csrf_token == "form"
    assert live(now + timedelta(hours=13)) is None
    await alex_says.says("/unpair")
    await alex_says.taps("Yes")
    assert live(now) is None
