"""The web page's credentials: one-time links, Telegram sign-ins already taken, and sessions.

Every token arrives here already hashed (`bot/web/auth.py` hashes it): nothing in these tables
opens a page by itself. Taking a link is one UPDATE that succeeds for one caller only, so a link
clicked twice at once still opens one browser. Expired rows are removed whenever a new one is
written, so the tables stay as small as the number of people using the page right now.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import delete, update
from sqlmodel import col, select

from storage.base import StoreBase
from storage.models import Person
from storage.people import PersonRow
from storage.web_models import WebLink, WebSession

LINK = "link"
TELEGRAM = "telegram"


def _new_sign_in(insert: Any) -> Any:
    # Says whether it inserted by RETURNING a row: PostgreSQL's driver reports no row count.
    table = WebLink.__table__  # type: ignore[attr-defined]
    return insert(table).on_conflict_do_nothing().returning(table.c.id)


class SignedIn(NamedTuple):
    """A live session: who it is for and the form token its pages carry (a plain snapshot)."""

    session_id: int
    person_id: int
    csrf_token: str


class WebQueries(StoreBase):
    def add_web_link(
        self, person_id: int, token_hash: str, now: datetime, expires_at: datetime
    ) -> None:
        """A one-time link for `person_id`, good until `expires_at`."""
        self._prune_web_credentials(now)
        self.session.add(
            WebLink(
                token_hash=token_hash,
                kind=LINK,
                person_id=person_id,
                created_at=now,
                expires_at=expires_at,
            )
        )
        self.session.flush()

    def take_web_link(self, token_hash: str, now: datetime) -> int | None:
        """The person a one-time link was for, marking it used; `None` when it is unknown,
        used or expired. One statement, so only one of two racing clicks gets it."""
        table = WebLink.__table__  # type: ignore[attr-defined]
        taken = self.run(
            update(table)
            .where(
                table.c.token_hash == token_hash,
                table.c.kind == LINK,
                table.c.used_at.is_(None),
                table.c.expires_at > now,
            )
            .values(used_at=now)
            .returning(table.c.person_id)
        ).first()
        return None if taken is None else int(taken[0])

    def take_telegram_sign_in(
        self, data_hash: str, person_id: int, now: datetime, expires_at: datetime
    ) -> bool:
        """Record a Mini App sign-in; `False` when the same `initData` signed in before (while
        it could still be valid: afterwards its age refuses it anyway). One INSERT … ON
        CONFLICT DO NOTHING, so of two racing sign-ins with the same data one wins."""
        self._prune_web_credentials(now)
        row = {
            "token_hash": data_hash,
            "kind": TELEGRAM,
            "person_id": person_id,
            "created_at": now,
            "expires_at": expires_at,
            "used_at": now,
        }
        return self.run(self.upsert(_new_sign_in), row).first() is not None

    def add_web_session(
        self,
        person: PersonRow,
        token_hash: str,
        csrf_token: str,
        now: datetime,
        expires_at: datetime,
    ) -> None:
        assert person.id is not None
        self.session.add(
            WebSession(
                token_hash=token_hash,
                person_id=person.id,
                couple_id=person.couple_id,
                csrf_token=csrf_token,
                created_at=now,
                expires_at=expires_at,
            )
        )
        self.session.flush()

    def web_session(self, token_hash: str, now: datetime) -> SignedIn | None:
        """The live session behind a cookie. A session whose person has since left their
        couple (or joined one) is ended here: `/unpair` closes every page it opened."""
        found = self.session.exec(
            select(WebSession, Person)
            .join(Person, col(Person.id) == col(WebSession.person_id))
            .where(WebSession.token_hash == token_hash, col(WebSession.expires_at) > now)
        ).first()
        if found is None:
            return None
        session, person = found
        if session.couple_id != person.couple_id:
            self.session.delete(session)
            return None
        assert session.id is not None
        return SignedIn(session.id, session.person_id, session.csrf_token)

    def end_web_session(self, token_hash: str) -> None:
        self.session.execute(delete(WebSession).where(col(WebSession.token_hash) == token_hash))

    def _prune_web_credentials(self, now: datetime) -> None:
        """Links, sign-ins and sessions past their time open nothing: they go."""
        self.session.execute(delete(WebLink).where(col(WebLink.expires_at) <= now))
        self.session.execute(delete(WebSession).where(col(WebSession.expires_at) <= now))
