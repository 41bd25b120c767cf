"""The outbox: messages that matter, queued in the transaction that caused them and sent after
(bot/delivery.py sends; every read and write of the table is here)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import bindparam, func, true, update
from sqlmodel import col, select

from storage.base import StoreBase
from storage.models import Identity, OutboxMessage, Person, SharedSpace

_OUTBOX = OutboxMessage.__table__  # type: ignore[attr-defined]

#: What a delivered (or abandoned) message's payload becomes: its words were for one reader,
#: who has them now; the row keeps only its id, key and status, for idempotency.
BLANK_PAYLOAD: dict[str, Any] = {}

_MARK_SENT = (
    _OUTBOX.update()
    .where(_OUTBOX.c.id == bindparam("message_id"))
    .values(
        attempts=_OUTBOX.c.attempts + 1,
        sent_at=bindparam("now"),
        platform_message_id=bindparam("platform_message_id"),
        payload=bindparam("blank"),
    )
)


def _queue_once(insert: Any) -> Any:
    # Says whether it inserted by RETURNING a row: PostgreSQL's driver reports no row count.
    return insert(_OUTBOX).on_conflict_do_nothing().returning(_OUTBOX.c.id)


def _queue_many_once(insert: Any) -> Any:
    return insert(_OUTBOX).on_conflict_do_nothing()


def carried_ids(people: Iterable[int]) -> str:
    """The `OutboxMessage.carries` form of these ids: each between spaces, once."""
    ids = sorted(set(people))
    return f" {' '.join(map(str, ids))} " if ids else ""


def carried_by(person_id: int) -> Any:
    """Outbox rows whose `carries` names this person."""
    return col(OutboxMessage.carries).contains(f" {int(person_id)} ", autoescape=True)


@dataclass(frozen=True, slots=True)
class QueuedMessage:
    """An outbox row to write (see `OutboxMessage`)."""

    person_id: int
    platform: str
    chat_id: str
    payload: dict[str, Any]
    idempotency_key: str
    at: datetime
    #: Whose words or names it holds (see `OutboxMessage.carries`).
    carries: tuple[int, ...] = ()


class Claimed(NamedTuple):
    """A message claimed for sending: a plain copy, read once by the sender."""

    platform: str
    message_id: int
    payload: dict[str, Any]
    #: It goes to a group chat (a couple's shared space), which has stricter limits.
    is_group: bool


class OutboxQueries(StoreBase):
    def enqueue(
        self,
        *,
        person_id: int | None,
        platform: str,
        chat_id: str,
        payload: dict[str, Any],
        now: datetime,
        idempotency_key: str | None = None,
        carries: Iterable[int] = (),
    ) -> bool:
        """Queue a message in this transaction; `False` if its idempotency key was queued before.

        `carries` names everyone whose words or name are in it (see `OutboxMessage.carries`).
        One Core INSERT (… ON CONFLICT DO NOTHING when there is a key): the engine queues a
        message for nearly every partner-facing step, and never reads the row back."""
        row = {
            "person_id": person_id,
            "carries": carried_ids(carries),
            "platform": platform,
            "chat_id": chat_id,
            "payload": payload,
            "idempotency_key": idempotency_key,
            "created_at": now,
            "next_attempt_at": now,
            "attempts": 0,
            "last_error": "",
        }
        if idempotency_key is None:
            self.run(_OUTBOX.insert(), row)
            return True
        result = self.run(self.upsert(_queue_once), row)
        return result.first() is not None

    def enqueue_messages(self, messages: Sequence[QueuedMessage]) -> None:
        """Queue many outbox rows in one statement (a row whose idempotency key exists is
        skipped)."""
        if not messages:
            return
        rows = [
            {
                "person_id": message.person_id,
                "carries": carried_ids(message.carries),
                "platform": message.platform,
                "chat_id": message.chat_id,
                "payload": message.payload,
                "idempotency_key": message.idempotency_key,
                "created_at": message.at,
                "next_attempt_at": message.at,
                "attempts": 0,
                "last_error": "",
            }
            for message in messages
        ]
        self.run(self.upsert(_queue_many_once), rows)

    def mark_sent(self, message_id: int, now: datetime, platform_message_id: str | None) -> None:
        """The platform accepted a message: one Core UPDATE, the commonest write of the outbox
        (a message forgotten meanwhile matches no row, and that is fine). Its payload is blanked
        in the same statement: nothing anyone wrote stays in the outbox once it arrived."""
        self.run(
            _MARK_SENT,
            {
                "message_id": message_id,
                "now": now,
                "platform_message_id": platform_message_id,
                "blank": BLANK_PAYLOAD,
            },
        )

    def due_outbox(
        self, now: datetime, limit: int, platforms: Sequence[str] | None = None
    ) -> Sequence[OutboxMessage]:
        """Undelivered messages due by `now` (locked, skipping rows other workers hold)."""
        query = (
            select(OutboxMessage)
            .where(
                col(OutboxMessage.platform).in_(list(platforms or []))
                if platforms is not None
                else true(),
                col(OutboxMessage.sent_at).is_(None),
                col(OutboxMessage.failed_at).is_(None),
                col(OutboxMessage.next_attempt_at) <= now,
            )
            .order_by(col(OutboxMessage.next_attempt_at), col(OutboxMessage.id))
            .limit(limit)
        )
        if self.on_postgresql:
            query = query.with_for_update(skip_locked=True)
        return self.session.exec(query).all()

    def claim_outbox(
        self, now: datetime, capacity: dict[str, int], lease: timedelta
    ) -> list[Claimed]:
        """Claim up to `capacity[platform]` due messages per platform: each becomes due again
        only after `lease` (a sender that dies mid-send is retried then, never lost)."""
        claimed: list[OutboxMessage] = []
        for platform, limit in capacity.items():
            rows = self.due_outbox(now, limit, platforms=[platform])
            for row in rows:
                row.next_attempt_at = now + lease
            claimed.extend(rows)
        groups = self._shared_space_chats(claimed)
        return [
            Claimed(row.platform, row.id, dict(row.payload), (row.platform, row.chat_id) in groups)
            for row in claimed
            if row.id is not None
        ]

    def _shared_space_chats(self, messages: list[OutboxMessage]) -> set[tuple[str, str]]:
        """Which of these messages go to a group chat (the couple's shared space): groups have
        their own, stricter limits."""
        chat_ids = sorted({message.chat_id for message in messages})
        if not chat_ids:
            return set()
        rows = self.session.exec(
            select(SharedSpace.platform, SharedSpace.chat_id).where(
                col(SharedSpace.chat_id).in_(chat_ids)
            )
        ).all()
        return {(platform, chat_id) for platform, chat_id in rows}

    def next_outbox_due(self, platforms: Sequence[str] | None = None) -> datetime | None:
        """When the next undelivered message is due (of these platforms, when given)."""
        return self.session.exec(
            select(func.min(OutboxMessage.next_attempt_at)).where(
                col(OutboxMessage.sent_at).is_(None),
                col(OutboxMessage.failed_at).is_(None),
                col(OutboxMessage.platform).in_(list(platforms))
                if platforms is not None
                else true(),
            )
        ).first()

    def release_outbox(self, message_id: int, due_at: datetime) -> None:
        """Hand a claimed, unsent message back, due at `due_at`."""
        self.session.execute(
            update(OutboxMessage)
            .where(col(OutboxMessage.id) == message_id, col(OutboxMessage.sent_at).is_(None))
            .values(next_attempt_at=due_at)
        )

    def outbox_message(self, message_id: int) -> OutboxMessage | None:
        """One message, to record a failed attempt on (`None` if it was forgotten meanwhile)."""
        return self.session.get(OutboxMessage, message_id)

    def fail_chat(self, message: OutboxMessage, now: datetime) -> int | None:
        """The chat this message was for is gone (blocked, never started, DMs closed): it and
        everything still queued for that chat fail, and the identity behind the chat is marked
        unreachable, and a reaction is owed to its person (`Person.unreachable_at`). Returns
        that person when the identity was reachable until now."""
        message.failed_at, message.payload = now, BLANK_PAYLOAD
        identity = self.session.exec(
            select(Identity).where(
                Identity.platform == message.platform, Identity.private_chat_id == message.chat_id
            )
        ).first()
        was_reachable = identity is not None and identity.reachable
        if identity is not None:
            identity.reachable = False
        self.session.execute(
            update(OutboxMessage)
            .where(
                col(OutboxMessage.platform) == message.platform,
                col(OutboxMessage.chat_id) == message.chat_id,
                col(OutboxMessage.sent_at).is_(None),
                col(OutboxMessage.failed_at).is_(None),
            )
            .values(failed_at=now, last_error="unreachable", payload=BLANK_PAYLOAD)
        )
        if identity is None or not was_reachable:
            return None
        # The durable fact the engine reacts to, in this same commit: a crash before the
        # engine's own transaction only delays the reaction (`PeopleQueries.take_unreachable`).
        self.session.execute(
            update(Person).where(col(Person.id) == identity.person_id).values(unreachable_at=now)
        )
        self.session.flush()
        return identity.person_id
