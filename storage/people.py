"""People and their platform identities: who wrote, and where to reach them privately."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any, NamedTuple, cast

from sqlalchemy import bindparam, update
from sqlalchemy import select as select_columns
from sqlalchemy.engine import CursorResult
from sqlmodel import col, select

from storage.base import StoreBase
from storage.models import Identity, Person

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


_IDENTITY = Identity.__table__  # type: ignore[attr-defined]

#: Where people can be reached privately: a chat id that is set (an empty one is no chat) on an
#: identity not marked unreachable; the most recently used one last, so it wins.
_REACHABLE_CHATS = (
    select_columns(
        _IDENTITY.c.person_id, _IDENTITY.c.id, _IDENTITY.c.platform, _IDENTITY.c.private_chat_id
    )
    .where(
        _IDENTITY.c.person_id.in_(bindparam("person_ids", expanding=True)),
        _IDENTITY.c.private_chat_id.is_not(None),
        _IDENTITY.c.private_chat_id != "",
        _IDENTITY.c.reachable.is_(True),
    )
    .order_by(_IDENTITY.c.last_seen_at, _IDENTITY.c.id)
)


class PeopleQueries(StoreBase):
    def identity(self, platform: str, platform_user_id: str) -> Identity | None:
        return self.session.exec(
            select(Identity).where(
                Identity.platform == platform, Identity.platform_user_id == platform_user_id
            )
        ).first()

    def person(self, person_id: int) -> Person | None:
        return self.session.get(Person, person_id)

    def people_by_id(self, person_ids: Iterable[int]) -> dict[int, Person]:
        ids = sorted(set(person_ids))
        if not ids:
            return {}
        people = self.session.exec(select(Person).where(col(Person.id).in_(ids))).all()
        return {person.id: person for person in people if person.id is not None}

    def find_or_create_person(
        self,
        platform: str,
        platform_user_id: str,
        display_name: str,
        private_chat_id: str | None,
        now: datetime,
        language: str | None = None,
    ) -> tuple[Person, Identity, bool]:
        """The person behind a platform account, created on first contact (`True` when new),
        speaking `language` from then on (only `/language` changes it afterwards).

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
        if language:
            person.language = language
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

    def private_chats(self, person_ids: Iterable[int]) -> dict[int, Reach]:
        """Where each of these people can be reached privately (their most recently used
        reachable identity), in one query; the unreachable are absent. The one definition of
        "reachable": `private_identity` and the nudge sweep both ask here."""
        ids = sorted(set(person_ids))
        if not ids:
            return {}
        self.session.flush()  # an identity changed earlier in this unit of work counts
        rows: Sequence[Any] = self.run(_REACHABLE_CHATS, {"person_ids": ids}).all()
        # The newest comes last, and wins.
        return {
            person_id: Reach(identity_id, platform, chat)
            for person_id, identity_id, platform, chat in rows
        }

    def private_identity(self, person_id: int) -> Reach | None:
        """Where to reach this person privately: the most recently used reachable identity."""
        return self.private_chats((person_id,)).get(person_id)

    def owed_unreachable(self, limit: int) -> list[int]:
        """People whose private chat the outbox found gone and whom the engine has not reacted
        to yet (the oldest first): a crash between the two commits leaves them here."""
        owed = self.session.exec(
            select(Person.id)
            .where(col(Person.unreachable_at).is_not(None))
            .order_by(col(Person.unreachable_at), col(Person.id))
            .limit(limit)
        ).all()
        return [person_id for person_id in owed if person_id is not None]

    def take_unreachable(self, person_id: int) -> bool:
        """Claim the reaction owed to this person: `True` for exactly one transaction (the
        row's lock decides between the outbox's event and a heartbeat racing for it), which
        reacts and commits the claim together, or rolls both back."""
        claimed = self.session.execute(
            update(Person)
            .where(col(Person.id) == person_id, col(Person.unreachable_at).is_not(None))
            .values(unreachable_at=None)
        )
        return bool(cast(CursorResult[Any], claimed).rowcount)

    def mark_unreachable(self, platform: str, chat_id: str) -> Identity | None:
        identity = self.session.exec(
            select(Identity).where(
                Identity.platform == platform, Identity.private_chat_id == chat_id
            )
        ).first()
        if identity is not None:
            identity.reachable = False
        return identity
