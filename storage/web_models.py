"""Tables of the web page ("Us", issue 20): one-time links and signed-in browsers.

No secret is stored as itself: a link's token and a session's token are kept as their SHA-256,
so a copy of the database opens nobody's page. Each row names its person in `person_id`, so
`/forget` removes it with everything else of theirs (`Store.forget_person` clears every table
with that column).
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class WebLink(SQLModel, table=True):
    """A credential that works once: a one-time link (`kind` "link") or a Telegram Mini App
    sign-in already taken (`kind` "telegram", keyed by its `initData` hash, so the same data
    cannot sign in a second browser)."""

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    kind: str = Field(max_length=16)
    person_id: int = Field(foreign_key="person.id", index=True)
    created_at: datetime
    expires_at: datetime = Field(index=True)
    used_at: datetime | None = None


class WebSession(SQLModel, table=True):
    """A browser signed in as one person. `couple_id` is the couple they were in when it
    began: once it differs (an unpairing), the session no longer opens anything."""

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    couple_id: int | None = None
    #: The form token every change must carry (compared in constant time).
    csrf_token: str = Field(max_length=64)
    created_at: datetime
    expires_at: datetime = Field(index=True)
