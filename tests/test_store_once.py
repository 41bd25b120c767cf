"""The "only once" statements every message relies on, on both databases: an update id is new
exactly once, and a keyed outbox message is queued exactly once — and each says which it was
(the engine wakes the outbox, or skips a redelivered update, on that answer)."""

from __future__ import annotations

from sqlmodel import Session

from bot.engine import utc_now
from bot.engine.events import Address, Outbound, outbound_to_payload
from storage.store import Store
from tests.support.world import World


async def test_an_update_id_is_new_exactly_once(world: World) -> None:
    now = utc_now()

    def twice(session: Session) -> list[bool]:
        store = Store(session)
        return [store.first_time_seen("telegram", "7001", now) for _ in range(2)]

    assert world.db.transaction(twice) == [True, False]
    assert world.db.transaction(twice) == [False, False]  # later transactions too
    assert world.db.transaction(
        lambda session: Store(session).first_time_seen("discord", "7001", now)
    )  # ids are per platform


async def test_a_keyed_outbox_message_is_queued_once_and_says_so(world: World) -> None:
    payload = outbound_to_payload(Outbound(Address("test", "c1"), "hello"))

    def queue(session: Session, key: str | None) -> bool:
        return Store(session).enqueue(
            person_id=None,
            platform="test",
            chat_id="c1",
            payload=payload,
            now=utc_now(),
            idempotency_key=key,
        )

    assert world.db.transaction(lambda session: queue(session, "k1"))
    assert not world.db.transaction(lambda session: queue(session, "k1"))
    assert world.db.transaction(lambda session: queue(session, None))
    assert world.db.transaction(lambda session: queue(session, None))  # no key: always queued
