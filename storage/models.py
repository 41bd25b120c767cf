"""The core tables: people, their platform identities, couples, invites, conversation state,
entries (every reply a person wrote), the outbox and the inbound de-duplication keys.

Times are timezone-aware UTC datetimes; SQLModel refuses naive ones, which keeps local
times from ever being stored by mistake.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

#: Ids are never reused (SQLite would otherwise hand a deleted id to the next row): a new couple
#: must never inherit a dissolved couple's entries, nor a new person a forgotten one's.
NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


class Person(SQLModel, table=True):
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    display_name: str = Field(default="", max_length=128)
    timezone: str = Field(default="UTC", max_length=64)
    #: The person told us their zone (a place, an offset or a location): nudges wait for it.
    timezone_known: bool = False
    #: Quiet hours as minutes after local midnight; both None means no quiet hours.
    quiet_start: int | None = None
    quiet_end: int | None = None
    paused: bool = False
    #: Nudges are held back after a safety reply until the person resumes.
    safety_paused: bool = False
    couple_id: int | None = Field(default=None, foreign_key="couple.id", index=True)
    language: str = Field(default="en", max_length=8)
    created_at: datetime
    #: How many messages this person's words sent to their partner on `partner_messages_on`
    #: (their local day): the daily cap in `bot/engine/limits.py`.
    partner_messages_on: date | None = None
    partner_messages_count: int = 0
    #: A reaction owed: the outbox found this person's private chat gone (blocked, DMs closed)
    #: and wrote this in the same commit; the engine clears it in the transaction that reacts
    #: (the connection ends, the partner is told). Durable, so a crash between the two commits
    #: only delays the reaction to the next heartbeat (`Engine.react_to_unreachable`).
    unreachable_at: datetime | None = Field(default=None, index=True)


class Identity(SQLModel, table=True):
    """One person's account on one platform; `private_chat_id` is where private messages go."""

    __table_args__ = (UniqueConstraint("platform", "platform_user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    platform: str = Field(max_length=32)
    platform_user_id: str = Field(max_length=64)
    private_chat_id: str | None = Field(default=None, max_length=64)
    reachable: bool = True
    last_seen_at: datetime


class Couple(SQLModel, table=True):
    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime
    #: The couple lives apart (long distance, or simply not under one roof): `/together`,
    #: `/hug`, `/date` and their nudges offer calls, voice notes and shared screens instead.
    #: Either partner may change it.
    lives_apart: bool = False
    #: The day they next see each other, for a countdown while apart; `None` when not set.
    next_visit_on: date | None = None


class SharedSpace(SQLModel, table=True):
    """A group chat or channel the couple shares with the bot."""

    __table_args__ = (UniqueConstraint("platform", "chat_id"),)

    id: int | None = Field(default=None, primary_key=True)
    couple_id: int = Field(foreign_key="couple.id", index=True)
    platform: str = Field(max_length=32)
    chat_id: str = Field(max_length=64)
    created_at: datetime
    #: The language said in this group (a `prompts/` folder): set at `/couple setup` to the
    #: setter's, changed with `/language` there; `None` (older spaces): each speaker's own.
    language: str | None = Field(default=None, max_length=8)


class Invite(SQLModel, table=True):
    """A single-use, expiring way to pair with the inviter.

    Either a code (`/pair`, shown only to the inviter, who hands it to one person), or the token
    behind one group message's "This is me" button: then `platform` and `chat_id` name that chat,
    the token works there only (everyone in the group can see and press it), and a press asks
    the inviter first (`JoinRequest`) unless `for_user_id` names who may press.
    """

    code: str = Field(primary_key=True, max_length=32)
    inviter_id: int = Field(foreign_key="person.id", index=True)
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None
    platform: str | None = Field(default=None, max_length=32)
    chat_id: str | None = Field(default=None, max_length=64)
    for_user_id: str | None = Field(default=None, max_length=64)

    @property
    def is_group_button(self) -> bool:
        return self.chat_id is not None


class JoinRequest(SQLModel, table=True):
    """Someone pressed a group invite's "This is me"; no couple exists until the inviter says
    this is their partner. Goes with the invite and with the person who pressed."""

    __table_args__ = (UniqueConstraint("invite_code", "requester_id"), NEVER_REUSE_IDS)

    id: int | None = Field(default=None, primary_key=True)
    invite_code: str = Field(
        foreign_key="invite.code", ondelete="CASCADE", index=True, max_length=32
    )
    requester_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    requested_at: datetime
    declined_at: datetime | None = None


class Pending(SQLModel, table=True):
    """What the bot is waiting for from one person: the flow, its step and what it gathered."""

    person_id: int = Field(primary_key=True, foreign_key="person.id")
    flow: str = Field(max_length=32)
    step: str = Field(max_length=32)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    started_at: datetime


class Entry(SQLModel, table=True):
    """Something a person wrote or did in a practice: kept until they forget it."""

    __table_args__ = (
        Index("ix_entry_couple_kind_created", "couple_id", "kind", "created_at"),
        NEVER_REUSE_IDS,
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    #: The partner it was shared with, when a practice shares it (an appreciation, a reveal).
    recipient_id: int | None = Field(default=None, foreign_key="person.id", index=True)
    couple_id: int | None = Field(default=None, index=True)
    kind: str = Field(max_length=32)
    body: str = Field(default="", sa_column=Column(Text, nullable=False))
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime


class OutboxMessage(SQLModel, table=True):
    """A message that matters, written with the state change that caused it and sent after."""

    __table_args__ = (Index("ix_outbox_due", "sent_at", "next_attempt_at"),)

    id: int | None = Field(default=None, primary_key=True)
    #: The person it is for, so `/forget` removes it and unreachable identities are known.
    person_id: int | None = Field(default=None, foreign_key="person.id", index=True)
    #: Everyone whose words or name the message holds, as ids between spaces (" 3 7 "): the
    #: `/forget` of any of them removes it while it is undelivered (once delivered, the
    #: payload is blanked). A column, not a table, so queuing stays one INSERT; `/forget`
    #: searches only the undelivered rows (see `storage.housekeeping.carried_by`).
    carries: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    platform: str = Field(max_length=32)
    chat_id: str = Field(max_length=64)
    payload: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    idempotency_key: str | None = Field(default=None, max_length=128, unique=True)
    created_at: datetime
    next_attempt_at: datetime
    attempts: int = 0
    sent_at: datetime | None = None
    failed_at: datetime | None = None
    last_error: str = Field(default="", max_length=500)
    platform_message_id: str | None = Field(default=None, max_length=64)


class ProcessedUpdate(SQLModel, table=True):
    """Platform update ids already handled, so a redelivered update is processed once."""

    platform: str = Field(primary_key=True, max_length=32)
    update_id: str = Field(primary_key=True, max_length=64)
    processed_at: datetime = Field(index=True)


class DeckPosition(SQLModel, table=True):
    """Which items of a deck a couple (or a solo person) has already seen: no repeats until done."""

    owner: str = Field(primary_key=True, max_length=32)
    deck: str = Field(primary_key=True, max_length=64)
    #: Item ids (a few internal rows, like `care`, keep small numbers of their own).
    seen: list[str | int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class Timer(SQLModel, table=True):
    """A short timer (the 20-second hug): when due, the engine's flow `flow` gets `on_timer`."""

    __table_args__ = (Index("ix_timer_due", "fired_at", "due_at"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    flow: str = Field(max_length=32)
    due_at: datetime
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    fired_at: datetime | None = None


class DatePlan(SQLModel, table=True):
    """A couple's weekly date night: the day and time, in the zone of the partner who planned it,
    and a change one of them proposed (`proposed_*`), waiting for the other's yes."""

    couple_id: int = Field(primary_key=True, foreign_key="couple.id")
    planned_by: int | None = Field(default=None, foreign_key="person.id")
    weekday: int  # Monday = 0
    minute_of_day: int
    timezone: str = Field(max_length=64)
    active: bool = True
    updated_at: datetime
    # A day and time one partner suggested and the other has not answered yet (in the
    # proposer's zone). The agreed plan above stays as it is until the other says yes. No
    # foreign key: the row goes when the couple unpairs, before either person can be forgotten.
    proposed_by: int | None = None
    proposed_weekday: int | None = None
    proposed_minute: int | None = None
    proposed_timezone: str | None = Field(default=None, max_length=64)


class DreamRound(SQLModel, table=True):
    """The dream question a couple is answering now (or a solo person, until a partner joins).

    Answers are `Entry` rows (kind `dream_answer`, data `{"question", "round"}`); `revealed_at` is
    set when both have answered and both were sent the answers. No foreign key to the couple:
    a round, like an entry, outlives an unpairing.
    """

    __table_args__ = (
        Index("ix_dreamround_couple_open", "couple_id", "revealed_at"),
        NEVER_REUSE_IDS,
    )

    id: int | None = Field(default=None, primary_key=True)
    couple_id: int | None = Field(default=None)
    #: The solo person who opened it before pairing; `None` once it belongs to a couple.
    person_id: int | None = Field(default=None, foreign_key="person.id", index=True)
    question: str = Field(max_length=16)  # the item id in the `dreams` deck
    opened_at: datetime
    revealed_at: datetime | None = None


class BucketItem(SQLModel, table=True):
    """Something new a couple wants to do together; a solo person's list joins the couple's."""

    __table_args__ = NEVER_REUSE_IDS

    id: int | None = Field(default=None, primary_key=True)
    couple_id: int | None = Field(default=None, index=True)
    #: Who added it (and whose list it is while they are solo); `/forget` removes their items.
    person_id: int = Field(foreign_key="person.id", index=True)
    text: str = Field(sa_column=Column(Text, nullable=False))
    #: The `new_experiences` item it came from (`None` for the couple's own idea).
    deck_item: str | None = Field(default=None, max_length=16)
    added_at: datetime
    done_at: datetime | None = None
    done_by: int | None = None
