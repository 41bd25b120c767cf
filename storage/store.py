"""The queries the engine needs, over one open transaction.

A `Store` is created per unit of work and never outlives it; the engine calls these methods and
never writes SQL itself. Practice-specific queries live beside their tables in this package.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import and_, bindparam, case, delete, func, or_, true, update
from sqlalchemy import select as select_columns
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, SQLModel, col, select

from storage.models import (
    BucketItem,
    Couple,
    DeckPosition,
    Entry,
    Identity,
    Invite,
    JoinRequest,
    OutboxMessage,
    Pending,
    Person,
    ProcessedUpdate,
    SharedSpace,
    Timer,
)

INVITE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
#: 16 characters from a 31-letter alphabet: log2(31**16) ≈ 79 bits, far past guessing.
INVITE_LENGTH = 16


class WeeklyTally(NamedTuple):
    """How many entries of one kind fell in one week, and the average of their `data["total"]`."""

    kind: str
    week: int
    entries: int
    average_total: float | None


#: How stale `Identity.last_seen_at` may get; it only orders a person's identities.
LAST_SEEN_RESOLUTION = timedelta(minutes=5)

_IDENTITY_WITH_PERSON = (
    select(Identity, Person)
    .join(Person, col(Person.id) == col(Identity.person_id))
    .where(
        col(Identity.platform) == bindparam("platform"),
        col(Identity.platform_user_id) == bindparam("user_id"),
    )
)


class Reach(NamedTuple):
    """Where to write to someone privately: read on every message to a partner, so it is a
    plain row, not a tracked object."""

    identity_id: int
    platform: str
    private_chat_id: str


_PENDING = Pending.__table__  # type: ignore[attr-defined]
_OUTBOX = OutboxMessage.__table__  # type: ignore[attr-defined]
_IDENTITY = Identity.__table__  # type: ignore[attr-defined]

# The statements every message runs, as Core: an ORM round trip costs several times a Core one
# (see BENCHMARKS.md, "Engine"), and these rows are read or written, never edited in place.
_PENDING_OF = select_columns(_PENDING).where(_PENDING.c.person_id == bindparam("person_id"))
_CLEAR_PENDING = _PENDING.delete().where(_PENDING.c.person_id == bindparam("person_id"))
_REACHABLE_IDENTITY = (
    select_columns(_IDENTITY.c.id, _IDENTITY.c.platform, _IDENTITY.c.private_chat_id)
    .where(
        _IDENTITY.c.person_id == bindparam("person_id"),
        _IDENTITY.c.private_chat_id.is_not(None),
        _IDENTITY.c.private_chat_id != "",
        _IDENTITY.c.reachable.is_(True),
    )
    .order_by(_IDENTITY.c.last_seen_at.desc())
    .limit(1)
)


def _replace_pending(insert: Any) -> Any:
    statement = insert(_PENDING)
    return statement.on_conflict_do_update(
        index_elements=[_PENDING.c.person_id],
        set_={name: statement.excluded[name] for name in ("flow", "step", "data", "started_at")},
    )


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

# These two say whether they inserted by RETURNING a row: PostgreSQL's driver reports no row
# count for them (-1).


def _queue_once(insert: Any) -> Any:
    return insert(_OUTBOX).on_conflict_do_nothing().returning(_OUTBOX.c.id)


def _new_join_request(insert: Any) -> Any:
    table = JoinRequest.__table__  # type: ignore[attr-defined]
    return insert(table).on_conflict_do_nothing().returning(table.c.id)


def _note_update(insert: Any) -> Any:
    table = ProcessedUpdate.__table__  # type: ignore[attr-defined]
    return insert(table).on_conflict_do_nothing().returning(table.c.update_id)


def carried_ids(people: Iterable[int]) -> str:
    """The `OutboxMessage.carries` form of these ids: each between spaces, once."""
    ids = sorted(set(people))
    return f" {' '.join(map(str, ids))} " if ids else ""


def carried_by(person_id: int) -> Any:
    """Outbox rows whose `carries` names this person."""
    return col(OutboxMessage.carries).contains(f" {int(person_id)} ", autoescape=True)


_BUILT: dict[tuple[Callable[[Any], Any], str], Any] = {}


class Store:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _dialect_statement(self, build: Callable[[Any], Any]) -> Any:
        """`build(dialect's insert)`, made once per dialect: an INSERT … ON CONFLICT construct
        costs far more to build than to run, and only its parameters change."""
        dialect = self.session.get_bind().dialect.name
        key = (build, dialect)
        statement = _BUILT.get(key)
        if statement is None:
            insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
            statement = _BUILT[key] = build(insert)
        return statement

    # -- people and identities -------------------------------------------------------------

    def identity(self, platform: str, platform_user_id: str) -> Identity | None:
        return self.session.exec(
            select(Identity).where(
                Identity.platform == platform, Identity.platform_user_id == platform_user_id
            )
        ).first()

    def person(self, person_id: int) -> Person | None:
        return self.session.get(Person, person_id)

    def find_or_create_person(
        self,
        platform: str,
        platform_user_id: str,
        display_name: str,
        private_chat_id: str | None,
        now: datetime,
    ) -> tuple[Person, Identity, bool]:
        """The person behind a platform account, created on first contact (`True` when new).

        Runs for every event, so it is one prepared query, and `last_seen_at` is only written
        when it moved by more than `LAST_SEEN_RESOLUTION` (not a write per message)."""
        found = self.session.execute(
            _IDENTITY_WITH_PERSON, {"platform": platform, "user_id": platform_user_id}
        ).first()
        if found is not None:
            identity, person = found
            if now - identity.last_seen_at > LAST_SEEN_RESOLUTION:
                identity.last_seen_at = now
            if private_chat_id and identity.private_chat_id != private_chat_id:
                identity.private_chat_id = private_chat_id
            if private_chat_id and not identity.reachable:
                identity.reachable = True
            if display_name and person.display_name != display_name:
                person.display_name = display_name
            return person, identity, False
        person = Person(display_name=display_name, created_at=now)
        self.session.add(person)
        self.session.flush()
        assert person.id is not None
        identity = Identity(
            person_id=person.id,
            platform=platform,
            platform_user_id=platform_user_id,
            private_chat_id=private_chat_id,
            last_seen_at=now,
        )
        self.session.add(identity)
        self.session.flush()
        return person, identity, True

    def identities_of(self, person_id: int) -> Sequence[Identity]:
        return self.session.exec(
            select(Identity)
            .where(Identity.person_id == person_id)
            .order_by(col(Identity.last_seen_at).desc())
        ).all()

    def private_identity(self, person_id: int) -> Reach | None:
        """Where to reach this person privately: the most recently used reachable identity."""
        self.session.flush()  # an identity changed earlier in this unit of work counts
        row = (
            self.session.connection().execute(_REACHABLE_IDENTITY, {"person_id": person_id}).first()
        )
        return None if row is None else Reach(row[0], row[1], row[2])

    def mark_unreachable(self, platform: str, chat_id: str) -> Identity | None:
        identity = self.session.exec(
            select(Identity).where(
                Identity.platform == platform, Identity.private_chat_id == chat_id
            )
        ).first()
        if identity is not None:
            identity.reachable = False
        return identity

    # -- couples -------------------------------------------------------------------------------

    def partner_of(self, person: Person) -> Person | None:
        if person.couple_id is None:
            return None
        return self.session.exec(
            select(Person).where(Person.couple_id == person.couple_id, Person.id != person.id)
        ).first()

    def couple(self, couple_id: int) -> Couple | None:
        return self.session.get(Couple, couple_id)

    def form_couple(self, first: Person, second: Person, now: datetime) -> Couple:
        couple = Couple(created_at=now)
        self.session.add(couple)
        self.session.flush()
        first.couple_id = couple.id
        second.couple_id = couple.id
        # Solo entries written before pairing (kept until the partner joins) now belong to both.
        for person in (first, second):
            self.session.execute(
                update(Entry)
                .where(col(Entry.person_id) == person.id, col(Entry.couple_id).is_(None))
                .values(couple_id=couple.id)
            )
        return couple

    def dissolve_couple(self, couple_id: int) -> None:
        """Both partners become single again; each keeps their own entries, and the ideas each
        added go back to their own list (pairing again brings both lists together)."""
        self.session.execute(
            update(Person).where(col(Person.couple_id) == couple_id).values(couple_id=None)
        )
        self.session.execute(
            update(BucketItem).where(col(BucketItem.couple_id) == couple_id).values(couple_id=None)
        )
        self.session.execute(delete(SharedSpace).where(col(SharedSpace.couple_id) == couple_id))
        for table in _couple_owned_tables():
            self.session.execute(delete(table).where(table.c.couple_id == couple_id))
        self.session.execute(delete(Couple).where(col(Couple.id) == couple_id))

    def shared_space(self, platform: str, chat_id: str) -> SharedSpace | None:
        return self.session.exec(
            select(SharedSpace).where(
                SharedSpace.platform == platform, SharedSpace.chat_id == chat_id
            )
        ).first()

    def shared_spaces_of(self, couple_id: int) -> Sequence[SharedSpace]:
        return self.session.exec(
            select(SharedSpace).where(SharedSpace.couple_id == couple_id)
        ).all()

    def set_shared_space(self, couple_id: int, platform: str, chat_id: str, now: datetime) -> None:
        existing = self.shared_space(platform, chat_id)
        if existing is not None:
            existing.couple_id = couple_id
            return
        self.session.add(
            SharedSpace(couple_id=couple_id, platform=platform, chat_id=chat_id, created_at=now)
        )

    def remove_shared_space(self, platform: str, chat_id: str) -> None:
        self.session.execute(
            delete(SharedSpace).where(
                col(SharedSpace.platform) == platform, col(SharedSpace.chat_id) == chat_id
            )
        )

    # -- invites -------------------------------------------------------------------------------

    def create_invite(
        self,
        inviter_id: int,
        now: datetime,
        valid_for: timedelta,
        *,
        platform: str | None = None,
        chat_id: str | None = None,
        for_user_id: str | None = None,
    ) -> Invite:
        """A fresh random code; with `platform` and `chat_id`, a group button's token that works
        in that chat only (`for_user_id`: only that platform user may press it).

        Earlier invites stay valid until used or expired: someone who asked twice may have sent
        either one. Their own unused invites long past expiry (and any join requests still
        hanging on them) are cleared here."""
        self.session.execute(
            delete(Invite).where(
                col(Invite.inviter_id) == inviter_id,
                col(Invite.used_at).is_(None),
                col(Invite.expires_at) <= now - valid_for,
            )
        )
        code = "".join(secrets.choice(INVITE_ALPHABET) for _ in range(INVITE_LENGTH))
        invite = Invite(
            code=code,
            inviter_id=inviter_id,
            created_at=now,
            expires_at=now + valid_for,
            platform=platform,
            chat_id=chat_id,
            for_user_id=for_user_id,
        )
        self.session.add(invite)
        self.session.flush()
        return invite

    def invite(self, code: str) -> Invite | None:
        return self.session.get(Invite, code)

    def open_codes_of(self, inviter_id: int, now: datetime) -> int:
        """How many of this person's `/pair` codes still work (unused, unexpired)."""
        return int(
            self.session.exec(
                select(func.count())
                .select_from(Invite)
                .where(
                    col(Invite.inviter_id) == inviter_id,
                    col(Invite.chat_id).is_(None),
                    col(Invite.used_at).is_(None),
                    col(Invite.expires_at) > now,
                )
            ).one()
        )

    def use_invite(self, code: str, now: datetime) -> bool:
        """Mark a code used; `False` when another worker used it first (single use, atomically)."""
        result = self.session.execute(
            update(Invite)
            .where(col(Invite.code) == code, col(Invite.used_at).is_(None))
            .values(used_at=now)
        )
        return bool(getattr(result, "rowcount", 0) == 1)

    # -- join requests (a group invite's "This is me", waiting for the inviter) --------------

    def ask_to_join(self, invite_code: str, requester_id: int, now: datetime) -> JoinRequest | None:
        """Record that this person pressed this invite's button; `None` when they already had
        (a double tap, or another worker's copy of it): the inviter is asked once."""
        row = {"invite_code": invite_code, "requester_id": requester_id, "requested_at": now}
        inserted = (
            self.session.connection().execute(self._dialect_statement(_new_join_request), row)
        ).first()
        return None if inserted is None else self.session.get(JoinRequest, inserted[0])

    def join_request(self, request_id: int) -> JoinRequest | None:
        return self.session.get(JoinRequest, request_id)

    def join_request_of(self, invite_code: str, requester_id: int) -> JoinRequest | None:
        return self.session.exec(
            select(JoinRequest).where(
                JoinRequest.invite_code == invite_code, JoinRequest.requester_id == requester_id
            )
        ).first()

    def waiting_join_requests(self, invite_code: str) -> Sequence[JoinRequest]:
        """Requests for this invite the inviter has not turned down (yet)."""
        return self.session.exec(
            select(JoinRequest)
            .where(JoinRequest.invite_code == invite_code, col(JoinRequest.declined_at).is_(None))
            .order_by(col(JoinRequest.id))
        ).all()

    # -- conversation state --------------------------------------------------------------------

    # Pending rows are only ever read whole or replaced whole, through Core: the objects handed
    # out are snapshots (changing one changes nothing; `set_pending` does).

    def pending(self, person_id: int) -> Pending | None:
        row = self.session.connection().execute(_PENDING_OF, {"person_id": person_id}).first()
        if row is None:
            return None
        return Pending.model_construct(
            person_id=row.person_id,
            flow=row.flow,
            step=row.step,
            data=row.data,
            started_at=row.started_at,
        )

    def set_pending(
        self, person_id: int, flow: str, step: str, data: dict[str, Any], now: datetime
    ) -> Pending:
        values: dict[str, Any] = {
            "person_id": person_id,
            "flow": flow,
            "step": step,
            "data": data,
            "started_at": now,
        }
        self.session.connection().execute(self._dialect_statement(_replace_pending), values)
        return Pending.model_construct(**values)

    def clear_pending(self, person_id: int) -> None:
        self.session.connection().execute(_CLEAR_PENDING, {"person_id": person_id})

    # -- entries -------------------------------------------------------------------------------

    def add_entry(
        self,
        person: Person,
        kind: str,
        body: str,
        now: datetime,
        *,
        recipient_id: int | None = None,
        data: dict[str, Any] | None = None,
    ) -> Entry:
        entry = Entry(
            person_id=person.id or 0,
            recipient_id=recipient_id,
            couple_id=person.couple_id,
            kind=kind,
            body=body,
            data=data or {},
            created_at=now,
        )
        self.session.add(entry)
        self.session.flush()
        return entry

    def entries_by(self, person_id: int, kinds: Iterable[str] | None = None) -> Sequence[Entry]:
        query = select(Entry).where(Entry.person_id == person_id)
        if kinds is not None:
            query = query.where(col(Entry.kind).in_(list(kinds)))
        return self.session.exec(query.order_by(col(Entry.created_at).desc())).all()

    def entries_for_person(self, person_id: int) -> Sequence[Entry]:
        """Everything a person wrote or received: what `/export` hands back."""
        return self.session.exec(
            select(Entry)
            .where(or_(col(Entry.person_id) == person_id, col(Entry.recipient_id) == person_id))
            .order_by(col(Entry.created_at))
        ).all()

    def weekly_entry_tallies(
        self,
        *,
        person_id: int,
        couple_id: int | None,
        week_starts: Sequence[datetime],
        until: datetime,
        kinds: Sequence[str],
        own_only_kinds: Sequence[str] = (),
    ) -> list[WeeklyTally]:
        """Entries per (kind, week) for a progress report, in one grouped query.

        Week `i` is `[week_starts[i], week_starts[i + 1])`, the last one ending at `until`; the
        boundaries come from the caller so weeks follow a person's zone, DST included. With a
        couple, the couple's entries count (for `own_only_kinds`, only this person's); without
        one, the person's own.
        """
        if not week_starts or not kinds:
            return []
        ends = [*week_starts[1:], until]
        week = case(*((col(Entry.created_at) < end, index) for index, end in enumerate(ends)))
        if couple_id is None:
            scope = col(Entry.person_id) == person_id
        elif own_only_kinds:
            scope = and_(
                col(Entry.couple_id) == couple_id,
                or_(
                    col(Entry.kind).not_in(list(own_only_kinds)),
                    col(Entry.person_id) == person_id,
                ),
            )
        else:
            scope = col(Entry.couple_id) == couple_id
        rows = (
            select(
                col(Entry.kind).label("kind"),
                week.label("week"),
                col(Entry.data)["total"].as_float().label("total"),
            )
            .where(
                scope,
                col(Entry.kind).in_(list(kinds)),
                col(Entry.created_at) >= week_starts[0],
                col(Entry.created_at) < until,
            )
            .subquery()
        )
        # Grouping over a subquery, not over the CASE itself: PostgreSQL would see the CASE's
        # bound parameters twice and refuse to match the two expressions.
        grouped = select(rows.c.kind, rows.c.week, func.count(), func.avg(rows.c.total)).group_by(
            rows.c.kind, rows.c.week
        )
        return [
            WeeklyTally(kind, int(index), int(entries), None if average is None else float(average))
            for kind, index, entries, average in self.session.execute(grouped).all()
        ]

    # -- decks ---------------------------------------------------------------------------------

    def deck_seen(self, owner: str, deck: str) -> list[str | int]:
        """The item ids seen (a few internal rows, like `care`, keep small numbers instead)."""
        position = self.session.get(DeckPosition, (owner, deck))
        return list(position.seen) if position else []

    def set_deck_seen(self, owner: str, deck: str, seen: Sequence[str | int]) -> None:
        position = self.session.get(DeckPosition, (owner, deck))
        if position is None:
            self.session.add(DeckPosition(owner=owner, deck=deck, seen=list(seen)))
        else:
            position.seen = list(seen)

    # -- de-duplication ------------------------------------------------------------------------

    def first_time_seen(self, platform: str, update_id: str, now: datetime) -> bool:
        """Record an update id; `False` if it was processed before (a redelivery).

        Runs for every platform update: one `INSERT … ON CONFLICT DO NOTHING RETURNING`, whose
        answer says whether it is new (no look-up first, no savepoint; a concurrent insert of
        the same id by another worker on PostgreSQL waits for it, then counts as seen)."""
        row = {"platform": platform, "update_id": update_id, "processed_at": now}
        result = self.session.connection().execute(self._dialect_statement(_note_update), row)
        return result.first() is not None

    # -- outbox --------------------------------------------------------------------------------

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
            self.session.connection().execute(_OUTBOX.insert(), row)
            return True
        result = self.session.connection().execute(self._dialect_statement(_queue_once), row)
        return result.first() is not None

    def mark_sent(self, message_id: int, now: datetime, platform_message_id: str | None) -> None:
        """The platform accepted a message: one Core UPDATE, the commonest write of the outbox
        (a message forgotten meanwhile matches no row, and that is fine). Its payload is blanked
        in the same statement: nothing anyone wrote stays in the outbox once it arrived."""
        self.session.connection().execute(
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
        if self.session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        return self.session.exec(query).all()

    def next_outbox_due(self) -> datetime | None:
        return self.session.exec(
            select(func.min(OutboxMessage.next_attempt_at)).where(
                col(OutboxMessage.sent_at).is_(None), col(OutboxMessage.failed_at).is_(None)
            )
        ).first()

    # -- short timers ------------------------------------------------------------------------

    def add_timer(self, person_id: int, flow: str, due_at: datetime, data: dict[str, Any]) -> Timer:
        timer = Timer(person_id=person_id, flow=flow, due_at=due_at, data=data)
        self.session.add(timer)
        self.session.flush()
        return timer

    def running_timer(self, person_ids: Iterable[int], flow: str, since: datetime) -> Timer | None:
        """A timer of `flow` these people started that has not fired yet and was due no earlier
        than `since` (one the heartbeat somehow missed does not block a new one for ever). On
        PostgreSQL their person rows are locked first, so two presses at once cannot both find
        none."""
        ids = sorted(set(person_ids))
        if self.session.get_bind().dialect.name == "postgresql":
            self.session.exec(select(Person.id).where(col(Person.id).in_(ids)).with_for_update())
        return self.session.exec(
            select(Timer)
            .where(
                col(Timer.person_id).in_(ids),
                Timer.flow == flow,
                col(Timer.fired_at).is_(None),
                col(Timer.due_at) >= since,
            )
            .limit(1)
        ).first()

    def claim_due_timers(self, now: datetime, limit: int = 200) -> Sequence[Timer]:
        """Due timers, marked fired in this transaction so each fires exactly once."""
        query = (
            select(Timer)
            .where(col(Timer.fired_at).is_(None), col(Timer.due_at) <= now)
            .order_by(col(Timer.due_at))
            .limit(limit)
        )
        if self.session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        timers = self.session.exec(query).all()
        for timer in timers:
            timer.fired_at = now
        return timers

    def next_timer_due(self) -> datetime | None:
        return self.session.exec(
            select(func.min(Timer.due_at)).where(col(Timer.fired_at).is_(None))
        ).first()

    # -- forgetting ----------------------------------------------------------------------------

    def forget_person(self, person_id: int) -> None:
        """Delete every row that belongs to this person, in every table that names them."""
        self.session.execute(delete(Invite).where(col(Invite.inviter_id) == person_id))
        self.session.execute(delete(Pending).where(col(Pending.person_id) == person_id))
        # Messages for them, and undelivered messages that carry their words or name (delivered
        # ones were blanked when they went).
        self.session.execute(
            delete(OutboxMessage).where(
                or_(
                    col(OutboxMessage.person_id) == person_id,
                    and_(col(OutboxMessage.sent_at).is_(None), carried_by(person_id)),
                )
            )
        )
        # What the partner wrote to this person stays the partner's; only the link goes.
        self.session.execute(
            update(Entry).where(col(Entry.recipient_id) == person_id).values(recipient_id=None)
        )
        # Likewise the partner's ideas this person ticked off stay, without saying who did.
        self.session.execute(
            update(BucketItem).where(col(BucketItem.done_by) == person_id).values(done_by=None)
        )
        self.session.execute(delete(Entry).where(col(Entry.person_id) == person_id))
        self.session.execute(delete(DeckPosition).where(col(DeckPosition.owner) == f"p{person_id}"))
        for table in _person_owned_tables():
            self.session.execute(delete(table).where(table.c.person_id == person_id))
        self.session.execute(delete(Identity).where(col(Identity.person_id) == person_id))
        self.session.execute(delete(Person).where(col(Person.id) == person_id))


def _couple_owned_tables() -> list[Any]:
    """Tables whose `couple_id` must name a living couple (e.g. the date-night plan): their rows
    go with the couple, or removing the couple would break the foreign key."""
    return [
        table
        for name, table in SQLModel.metadata.tables.items()
        if name not in {"person", "sharedspace"}
        and "couple_id" in table.c
        and any(key.column.table.name == "couple" for key in table.c.couple_id.foreign_keys)
    ]


def _person_owned_tables() -> list[Any]:
    """Tables added by practices that carry a `person_id` column and are not handled above."""
    handled = {"invite", "pending", "outboxmessage", "entry", "identity", "person"}
    return [
        table
        for name, table in SQLModel.metadata.tables.items()
        if name not in handled and "person_id" in table.c
    ]
