"""People and their platform identities: who wrote, and where to reach them privately."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple, cast

from sqlalchemy import bindparam, update
from sqlalchemy import select as select_columns
from sqlalchemy.engine import CursorResult, Row
from sqlmodel import col, select

from storage.base import StoreBase
from storage.models import Identity, Person

#: How stale `Identity.last_seen_at` may get; it only orders a person's identities.
LAST_SEEN_RESOLUTION = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class PersonRow:
    """A person as read at one moment: every column of `Person`, read-only.

    This is what `Store` hands out for people (the engine reads the person behind every message,
    and often their partner): a plain snapshot read with one Core statement, not an ORM object
    built and tracked until the commit. Changes go through `Store` methods (`set_timezone`,
    `set_language`, `count_partner_message`, …), which write the row and return the new
    snapshot; assigning to a field raises, so no change can be silently lost."""

    id: int
    display_name: str
    timezone: str
    timezone_known: bool
    quiet_start: int | None
    quiet_end: int | None
    paused: bool
    safety_paused: bool
    couple_id: int | None
    language: str
    created_at: datetime
    partner_messages_on: date | None
    partner_messages_count: int
    unreachable_at: datetime | None


_PERSON = Person.__table__  # type: ignore[attr-defined]
#: The person table's columns in `PersonRow`'s order (checked at import, below): a Core
#: statement reading people selects these first, and `person_row` makes the snapshot.
PERSON_COLUMNS = tuple(_PERSON.c[name] for name in PersonRow.__dataclass_fields__)
if {column.name for column in _PERSON.c} != set(PersonRow.__dataclass_fields__):
    raise RuntimeError("PersonRow must hold every column of Person")


def person_row(row: Row[Any] | Sequence[Any]) -> PersonRow:
    """A snapshot from a row whose first columns are `PERSON_COLUMNS`."""
    return PersonRow(*row[: len(PERSON_COLUMNS)])


_IDENTITY = Identity.__table__  # type: ignore[attr-defined]

#: Who wrote: the person behind a platform account and the identity's own fields the message may
#: change, in one Core statement (it runs for every message).
_IDENTITY_WITH_PERSON = (
    select_columns(
        *PERSON_COLUMNS,
        _IDENTITY.c.id,
        _IDENTITY.c.private_chat_id,
        _IDENTITY.c.reachable,
        _IDENTITY.c.last_seen_at,
    )
    .join_from(_IDENTITY, _PERSON, _PERSON.c.id == _IDENTITY.c.person_id)
    .where(
        _IDENTITY.c.platform == bindparam("platform"),
        _IDENTITY.c.platform_user_id == bindparam("user_id"),
    )
)
_PERSON_BY_ID = select_columns(*PERSON_COLUMNS).where(_PERSON.c.id == bindparam("person_id"))
_PEOPLE_BY_ID = select_columns(*PERSON_COLUMNS).where(
    _PERSON.c.id.in_(bindparam("person_ids", expanding=True))
)
_INSERT_PERSON = _PERSON.insert().returning(*PERSON_COLUMNS)
_INSERT_IDENTITY = _IDENTITY.insert()
_SEEN_AGAIN = (
    _IDENTITY.update()
    .where(_IDENTITY.c.id == bindparam("identity_id"))
    .values(
        last_seen_at=bindparam("last_seen_at"),
        private_chat_id=bindparam("private_chat_id"),
        reachable=bindparam("reachable"),
    )
)
_RENAMED = (
    _PERSON.update()
    .where(_PERSON.c.id == bindparam("person_id"))
    .values(display_name=bindparam("display_name"))
)


class Reach(NamedTuple):
    """Where to write to someone privately: read on every message to a partner, so it is a
    plain row, not a tracked object."""

    identity_id: int
    platform: str
    private_chat_id: str


def _person_update(*fields: str) -> Any:
    """`UPDATE person SET <fields> WHERE id = :person_id`, built once per kind of change."""
    return (
        _PERSON.update()
        .where(_PERSON.c.id == bindparam("person_id"))
        .values({name: bindparam(name) for name in fields})
    )


_SET_ZONE = _person_update("timezone", "timezone_known")
_SET_QUIET = _person_update("quiet_start", "quiet_end")
_SET_PAUSED = _person_update("paused", "safety_paused")
_SET_LANGUAGE = _person_update("language")
_SET_PARTNER_COUNT = _person_update("partner_messages_on", "partner_messages_count")

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

    def person(self, person_id: int) -> PersonRow | None:
        """A snapshot of the person (see `PersonRow`), or `None` when there is none."""
        row = self.run(_PERSON_BY_ID, {"person_id": person_id}).first()
        return person_row(row) if row is not None else None

    def people_by_id(self, person_ids: Iterable[int]) -> dict[int, PersonRow]:
        """Snapshots of these people, in one query; the missing are absent."""
        ids = sorted(set(person_ids))
        if not ids:
            return {}
        return {row.id: person_row(row) for row in self.run(_PEOPLE_BY_ID, {"person_ids": ids})}

    def find_or_create_person(
        self,
        platform: str,
        platform_user_id: str,
        display_name: str,
        private_chat_id: str | None,
        now: datetime,
        language: str | None = None,
    ) -> tuple[PersonRow, bool]:
        """The person behind a platform account (a snapshot), created on first contact (`True`
        when new), speaking `language` from then on (only `/language` changes it afterwards).

        Runs for every event, so it is one prepared Core query, and the identity is written
        only when something changed: `last_seen_at` only when it moved by more than
        `LAST_SEEN_RESOLUTION` (not a write per message)."""
        found = self.run(
            _IDENTITY_WITH_PERSON, {"platform": platform, "user_id": platform_user_id}
        ).first()
        if found is not None:
            person = person_row(found)
            identity_id, chat_id, reachable, last_seen_at = found[len(PERSON_COLUMNS) :]
            moved = now - last_seen_at > LAST_SEEN_RESOLUTION
            new_chat = bool(private_chat_id) and chat_id != private_chat_id
            back = bool(private_chat_id) and not reachable
            if moved or new_chat or back:
                self.run(
                    _SEEN_AGAIN,
                    {
                        "identity_id": identity_id,
                        "last_seen_at": now if moved else last_seen_at,
                        "private_chat_id": private_chat_id if new_chat else chat_id,
                        "reachable": True if back else reachable,
                    },
                )
            if display_name and person.display_name != display_name:
                self.run(_RENAMED, {"person_id": person.id, "display_name": display_name})
                person = replace(person, display_name=display_name)
            return person, False
        values: dict[str, Any] = {"display_name": display_name, "created_at": now}
        if language:
            values["language"] = language
        created = self.run(_INSERT_PERSON, values).one()
        person = person_row(created)
        self.run(
            _INSERT_IDENTITY,
            {
                "person_id": person.id,
                "platform": platform,
                "platform_user_id": platform_user_id,
                "private_chat_id": private_chat_id,
                "reachable": True,
                "last_seen_at": now,
            },
        )
        return person, True

    # -- changes to a person: each writes the row and returns the new snapshot ---------------

    def _change(self, person: PersonRow, statement: Any, **values: Any) -> PersonRow:
        self.run(statement, {"person_id": person.id, **values})
        return replace(person, **values)

    def set_timezone(self, person: PersonRow, zone_name: str) -> PersonRow:
        """The person's zone, now known (nudges may begin: `bot/engine/nudges.py`)."""
        return self._change(person, _SET_ZONE, timezone=zone_name, timezone_known=True)

    def set_quiet_hours(self, person: PersonRow, start: int | None, end: int | None) -> PersonRow:
        """Quiet hours as minutes after local midnight; both `None`: no quiet hours."""
        return self._change(person, _SET_QUIET, quiet_start=start, quiet_end=end)

    def pause_nudges(self, person: PersonRow) -> PersonRow:
        """`/pause`: nudges stop until `/resume` (a safety pause, if any, stays)."""
        return self._change(person, _SET_PAUSED, paused=True, safety_paused=person.safety_paused)

    def resume_nudges(self, person: PersonRow) -> PersonRow:
        """`/resume`: nudges again, whether the person or a safety reply paused them."""
        return self._change(person, _SET_PAUSED, paused=False, safety_paused=False)

    def pause_for_safety(self, person: PersonRow) -> PersonRow:
        """Nudges held back after a safety reply, until the person resumes."""
        if person.safety_paused:
            return person
        return self._change(person, _SET_PAUSED, paused=person.paused, safety_paused=True)

    def set_language(self, person: PersonRow, code: str) -> PersonRow:
        return self._change(person, _SET_LANGUAGE, language=code)

    def count_partner_message(self, person: PersonRow, day: date, count: int) -> PersonRow:
        """`count` messages of this person's words went to their partner on their local `day`
        (the daily cap, `bot/engine/limits.py`)."""
        return self._change(
            person, _SET_PARTNER_COUNT, partner_messages_on=day, partner_messages_count=count
        )

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
