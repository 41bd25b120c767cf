"""Tables of the practices added with issue 18: love-map rounds, the couple's rituals and the
couple's own cards.

Like `DreamRound` and `BucketItem`, none has a foreign key to the couple: what a couple made
outlives an unpairing as data of the people who wrote it. Each row names the person it belongs
to in `person_id`, so `/forget` removes it with everything else of theirs
(`Store.forget_person` clears every table with that column).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.models import NEVER_REUSE_IDS


class LoveMapRound(SQLModel, table=True):
    """One "how well do you know me?" question: `person_id` answers it about themself, their
    partner guesses. Both are `Entry` rows (`lovemap_answer`, `lovemap_guess`, data
    `{"round": id}`); `revealed_at` is set when both were sent both."""

    __table_args__ = (
        Index("ix_lovemapround_couple_open", "couple_id", "revealed_at"),
        NEVER_REUSE_IDS,
    )

    id: int | None = Field(default=None, primary_key=True)
    couple_id: int = Field()
    #: The one the question is about (who answers it); their `/forget` removes the round.
    person_id: int = Field(foreign_key="person.id", index=True)
    question: str = Field(max_length=16)  # an item id of `love_maps`, or `own-<id>`
    opened_at: datetime
    revealed_at: datetime | None = None


class Ritual(SQLModel, table=True):
    """One of a couple's rituals of connection (how they say goodbye, go to sleep…): one text
    per kind, which either partner may rewrite; `person_id` is who wrote the current words."""

    __table_args__ = (UniqueConstraint("couple_id", "kind"), NEVER_REUSE_IDS)

    id: int | None = Field(default=None, primary_key=True)
    couple_id: int = Field()
    person_id: int = Field(foreign_key="person.id", index=True)
    kind: str = Field(max_length=16)
    text: str = Field(sa_column=Column(Text, nullable=False))
    updated_at: datetime


class OwnCard(SQLModel, table=True):
    """A question a couple added to one of the decks (`dreams`, `love_maps`): drawn for that
    couple only, never shown to anyone else. Named `own-<id>` wherever a deck item id would be
    stored; `person_id` is who wrote it."""

    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    couple_id: int = Field(index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    deck: str = Field(max_length=32)
    text: str = Field(sa_column=Column(Text, nullable=False))
    added_at: datetime
    #: When it was last drawn (`None`: never yet, so it comes first).
    drawn_at: datetime | None = None
