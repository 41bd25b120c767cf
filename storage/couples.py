"""Couples, the group chats they share with the bot, and the invites and join requests that
bring two people together."""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, delete, func, update
from sqlalchemy import select as select_columns
from sqlmodel import SQLModel, col, select

from storage.base import StoreBase
from storage.models import BucketItem, Couple, Entry, Invite, JoinRequest, Person, SharedSpace
from storage.people import PERSON_COLUMNS, PersonRow, person_row

INVITE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
#: 16 characters from a 31-letter alphabet: log2(31**16) ≈ 79 bits, far past guessing.
INVITE_LENGTH = 16


def _new_join_request(insert: Any) -> Any:
    # Says whether it inserted by RETURNING a row: PostgreSQL's driver reports no row count.
    table = JoinRequest.__table__  # type: ignore[attr-defined]
    return insert(table).on_conflict_do_nothing().returning(table.c.id)


def couple_owned_tables() -> list[Any]:
    """Tables whose `couple_id` must name a living couple (e.g. the date-night plan): their rows
    go with the couple, or removing the couple would break the foreign key."""
    return [
        table
        for name, table in SQLModel.metadata.tables.items()
        if name not in {"person", "sharedspace"}
        and "couple_id" in table.c
        and any(key.column.table.name == "couple" for key in table.c.couple_id.foreign_keys)
    ]


_PERSON = Person.__table__  # type: ignore[attr-defined]

#: The other member of a couple (read for most messages, so a Core statement and a snapshot).
_PARTNER = select_columns(*PERSON_COLUMNS).where(
    _PERSON.c.couple_id == bindparam("couple_id"), _PERSON.c.id != bindparam("person_id")
)
_MEMBERS = select_columns(*PERSON_COLUMNS).where(
    _PERSON.c.couple_id.in_(bindparam("couple_ids", expanding=True))
)
_JOIN_COUPLE = (
    _PERSON.update()
    .where(_PERSON.c.id.in_(bindparam("person_ids", expanding=True)))
    .values(couple_id=bindparam("couple_id"))
)


class CoupleQueries(StoreBase):
    # -- couples -------------------------------------------------------------------------------

    def partner_of(self, person: PersonRow) -> PersonRow | None:
        """A snapshot of the person's partner, or `None` when they have none."""
        if person.couple_id is None:
            return None
        row = self.run(_PARTNER, {"couple_id": person.couple_id, "person_id": person.id}).first()
        return person_row(row) if row is not None else None

    def partners_by_couple(self, couple_ids: Iterable[int]) -> dict[int, list[PersonRow]]:
        """Both members of each couple (snapshots), in one query: a sweep reads partners
        without N queries."""
        ids = sorted(set(couple_ids))
        members: dict[int, list[PersonRow]] = {couple_id: [] for couple_id in ids}
        if not ids:
            return members
        for row in self.run(_MEMBERS, {"couple_ids": ids}):
            person = person_row(row)
            if person.couple_id is not None:
                members[person.couple_id].append(person)
        return members

    def couple(self, couple_id: int) -> Couple | None:
        return self.session.get(Couple, couple_id)

    def form_couple(
        self, first: PersonRow, second: PersonRow, now: datetime
    ) -> tuple[PersonRow, PersonRow]:
        """A new couple of these two; returns their new snapshots (in the couple)."""
        couple = Couple(created_at=now)
        self.session.add(couple)
        self.session.flush()
        self.run(_JOIN_COUPLE, {"person_ids": [first.id, second.id], "couple_id": couple.id})
        # Solo entries written before pairing (kept until the partner joins) now belong to both.
        for person in (first, second):
            self.session.execute(
                update(Entry)
                .where(col(Entry.person_id) == person.id, col(Entry.couple_id).is_(None))
                .values(couple_id=couple.id)
            )
        return replace(first, couple_id=couple.id), replace(second, couple_id=couple.id)

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
        for table in couple_owned_tables():
            self.session.execute(delete(table).where(table.c.couple_id == couple_id))
        self.session.execute(delete(Couple).where(col(Couple.id) == couple_id))

    # -- shared spaces -------------------------------------------------------------------------

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

    def set_shared_space(
        self,
        couple_id: int,
        platform: str,
        chat_id: str,
        now: datetime,
        language: str | None = None,
    ) -> None:
        """Link the chat to the couple; a new space speaks `language` (its setter's)."""
        existing = self.shared_space(platform, chat_id)
        if existing is not None:
            existing.couple_id = couple_id
            return
        self.session.add(
            SharedSpace(
                couple_id=couple_id,
                platform=platform,
                chat_id=chat_id,
                created_at=now,
                language=language,
            )
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
        inserted = self.run(self.upsert(_new_join_request), row).first()
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
