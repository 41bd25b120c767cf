"""`Store`: every query the bot runs, over one open transaction.

A `Store` is created per unit of work and never outlives it; the engine, its flows and the
outbox call its methods and never write SQL or touch the session themselves. The queries live in
one module per area (see storage/DESIGN.md for which layer each uses, and why):

- `storage.people`: people and their platform identities, where to reach them
- `storage.couples`: couples, shared spaces, invites and join requests
- `storage.conversation`: what a chat is waiting on, and update ids already handled
- `storage.entries`: what people wrote, and the tallies of progress reports
- `storage.progress`: the asker's check-ins and the couple's revealed dream questions
- `storage.distance`: whether a couple lives apart, and its next visit
- `storage.practices`: dream rounds, the couple's ideas, the date-night plan
- `storage.practice_store`: love-map rounds, the couple's rituals and their own cards
- `storage.decks`: which deck items were seen
- `storage.outbox`: messages queued, claimed, sent or given up
- `storage.nudges`: nudge plans and the once-a-day ledger
- `storage.timers`: short timers
- `storage.housekeeping`: old records pruned, and `/forget`
- `storage.web_links`: the web page's one-time links and sessions
"""

from __future__ import annotations

from sqlalchemy.orm import configure_mappers

from storage.conversation import ConversationQueries
from storage.couples import INVITE_ALPHABET, INVITE_LENGTH, CoupleQueries
from storage.decks import DeckQueries
from storage.distance import DistanceQueries
from storage.entries import EntryQueries, WeeklyTally
from storage.housekeeping import HousekeepingQueries
from storage.nudges import DeliveryKey, DuePlan, NudgeQueries
from storage.outbox import BLANK_PAYLOAD, Claimed, OutboxQueries, QueuedMessage
from storage.people import LAST_SEEN_RESOLUTION, PeopleQueries, PersonRow, Reach
from storage.practice_store import LoveMapsRitualsCardsQueries
from storage.practices import PracticeQueries
from storage.progress import CheckinScore, ProgressQueries
from storage.timers import TimerQueries
from storage.web_links import WebQueries

# Snapshots made with `model_construct` (`Pending`) may be read before any ORM statement has run
# in the process (the statements every message runs are Core): the mappers must be set up first.
configure_mappers()

__all__ = [
    "BLANK_PAYLOAD",
    "INVITE_ALPHABET",
    "INVITE_LENGTH",
    "LAST_SEEN_RESOLUTION",
    "CheckinScore",
    "Claimed",
    "DeliveryKey",
    "DuePlan",
    "PersonRow",
    "QueuedMessage",
    "Reach",
    "Store",
    "WeeklyTally",
]


class Store(
    PeopleQueries,
    CoupleQueries,
    DistanceQueries,
    ConversationQueries,
    EntryQueries,
    ProgressQueries,
    PracticeQueries,
    LoveMapsRitualsCardsQueries,
    DeckQueries,
    OutboxQueries,
    NudgeQueries,
    TimerQueries,
    HousekeepingQueries,
    WebQueries,
):
    """The queries of every area over one session (see the module docstring)."""
