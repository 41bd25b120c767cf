"""What `/export` hands a person: everything of their own, in readable form, and from their
partner only the words that were actually delivered to them.

The document's shape is a format with a version (`EXPORT_FORMAT_VERSION`, described in the
README's "Privacy" section): times are ISO 8601 instants in UTC (`2026-11-02T09:00:00Z`), dates
are `YYYY-MM-DD`, clock times `HH:MM`, deck items (a dream question) are their text, and
internal values (ids, deck positions, hug timer keys) are left out.

A partner's entry is shown by its delivered text alone, never by what its writer kept to
themselves: an honest-talk draft reaches the partner as the finished "I"-statement, so the
first outburst (`said`), kept in the writer's own export, never appears in the partner's.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.engine import kinds
from bot.engine.own_cards import question_text
from bot.engine.turn import Turn
from bot.engine.zones import format_clock
from storage.models import Entry
from storage.people import PersonRow
from storage.store import Store

#: Bumped whenever the shape changes in a way a reader of an older export would notice.
EXPORT_FORMAT_VERSION = 2

#: Tables with a person's or a couple's rows that the export shows (as readable sections).
EXPORTED_TABLES = frozenset(
    {
        "person",
        "identity",
        "sharedspace",
        "entry",
        "bucketitem",
        "dateplan",
        "nudgeplan",
        "ritual",
        "owncard",
        "nudgedelivery",
    }
)
#: Tables that name a person but hold only the bot's own working state: a question being asked
#: (`pending`, gone once answered or expired; words shown back and not sent wait there, and
#: `/export`, like any command, puts them aside unsent before the file is made), messages on
#: their way (`outbox`, blanked once delivered), a hug's 20-second timer, and which dream
#: question is open (each dream answer carries its question's text).
#: Rounds hold no words: their question is exported with each answer and guess. The web page's
#: one-time links and sessions are hashes of passwords, not anything the person wrote.
INTERNAL_TABLES = frozenset(
    {"pending", "outboxmessage", "timer", "dreamround", "lovemapround", "weblink", "websession"}
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: The readable name of each entry kind, used as `"what"` in the document.
WHAT = {
    kinds.CHECKIN: "check-in",
    kinds.CHECKIN_NOTE: "check-in note",
    kinds.TALK_DRAFT: "honest talk",
    kinds.LISTEN_SHARE: "listening: shared",
    kinds.LISTEN_REFLECTION: "listening: reflected",
    kinds.LISTEN_VALIDATION: "listening: made sense of",
    kinds.TOGETHER: "time together",
    kinds.DATE_NIGHT: "date night",
    kinds.HUG: "hug",
    kinds.DREAM_ANSWER: "dream answer",
    kinds.APPRECIATION: "appreciation",
    kinds.ANSWER: "answer",
    kinds.IDEA_DONE: "idea done",
    kinds.LOVEMAP_ANSWER: "how well do you know me: an answer about yourself",
    kinds.LOVEMAP_GUESS: "how well do you know me: a guess",
    kinds.REPAIR: "repair attempt",
    kinds.STRESS_TALK: "stress-reducing conversation",
}
#: Entry kinds whose data names a deck item (`data[key]`) to be shown in words.
ASKED = {
    kinds.DREAM_ANSWER: ("question", "dreams"),
    kinds.LOVEMAP_ANSWER: ("question", "love_maps"),
    kinds.LOVEMAP_GUESS: ("question", "love_maps"),
}


def instant(value: datetime | str | None) -> str | None:
    """One format for every moment: ISO 8601 in UTC with a `Z`."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def days_of(mask: int) -> list[str]:
    return [name for bit, name in enumerate(WEEKDAYS) if mask & (1 << bit)]


def _living_apart(store: Store, couple_id: int | None) -> dict[str, Any] | None:
    couple = store.couple(couple_id) if couple_id is not None else None
    if couple is None:
        return None
    visit = couple.next_visit_on
    return {"on": couple.lives_apart, "next_visit": visit.isoformat() if visit else None}


def build_export(turn: Turn) -> dict[str, Any]:
    """The whole document for the person acting in `turn`."""
    person, partner = turn.person, turn.partner
    store = turn.store
    names = _Names(turn)
    plan = store.date_plan(person.couple_id) if person.couple_id is not None else None
    entries = store.entries_for_person(turn.person_id)
    return {
        "format": "nearer-export",
        "format_version": EXPORT_FORMAT_VERSION,
        "exported_at": instant(turn.now),
        "me": {
            "name": person.display_name,
            "time_zone": person.timezone,
            "language": person.language,
            "quiet_hours": _quiet_hours(person),
            "nudges_paused": person.paused,
            "nudges_paused_after_a_safety_reply": person.safety_paused,
            "joined_at": instant(person.created_at),
            "partner": partner.display_name if partner else None,
        },
        "accounts": [
            {"platform": identity.platform, "user_id": identity.platform_user_id}
            for identity in store.identities_of(turn.person_id)
        ],
        "shared_spaces": [
            {
                "platform": space.platform,
                "chat_id": space.chat_id,
                "linked_at": instant(space.created_at),
            }
            for space in (store.shared_spaces_of(person.couple_id) if person.couple_id else [])
        ],
        "nudges": [
            {
                "kind": nudge.kind,
                "time": format_clock(nudge.minute_of_day),
                "days": days_of(nudge.weekdays),
                "on": nudge.enabled,
            }
            for nudge in store.plans_of(turn.person_id)
        ],
        "nudges_sent": [
            {"kind": kind, "date": day.isoformat()}
            for kind, day in store.nudge_days_sent(turn.person_id)
        ],
        # The couple's long-distance setting (either partner set it; both see it).
        "living_apart": _living_apart(store, person.couple_id),
        "date_plan": None
        if plan is None
        else {
            "day": WEEKDAYS[plan.weekday],
            "time": format_clock(plan.minute_of_day),
            "time_zone": plan.timezone,
            "on": plan.active,
            "planned_by": names.of(plan.planned_by),
            "changed_at": instant(plan.updated_at),
            # A day and time one of them suggested, waiting for the other's yes.
            "proposal": None
            if plan.proposed_by is None
            or plan.proposed_weekday is None
            or plan.proposed_minute is None
            else {
                "day": WEEKDAYS[plan.proposed_weekday],
                "time": format_clock(plan.proposed_minute),
                "time_zone": plan.proposed_timezone,
                "proposed_by": names.of(plan.proposed_by),
            },
        },
        "ideas": [
            {
                "text": idea.text,
                "added_by": names.of(idea.person_id),
                "added_at": instant(idea.added_at),
                "done_at": instant(idea.done_at),
            }
            for idea in store.bucket_list(person)
        ],
        "rituals": [
            {
                "kind": ritual.kind,
                "text": ritual.text,
                "written_by": names.of(ritual.person_id),
                "changed_at": instant(ritual.updated_at),
            }
            for ritual in store.rituals_to_export(person)
        ],
        "own_questions": [
            {
                "for": f"/{'dream' if card.deck == 'dreams' else 'knowme'}",
                "text": card.text,
                "added_by": names.of(card.person_id),
                "added_at": instant(card.added_at),
            }
            for card in store.cards_to_export(person)
        ],
        "written": [
            _mine(turn, entry, names) for entry in entries if entry.person_id == turn.person_id
        ],
        "received": [
            _delivered(turn, entry, names) for entry in entries if entry.person_id != turn.person_id
        ],
    }


class _Names:
    """ "me" for the person exporting, a partner's display name for anyone else."""

    def __init__(self, turn: Turn) -> None:
        self._turn = turn
        self._known: dict[int, str] = {}

    def of(self, person_id: int | None) -> str | None:
        if person_id is None:
            return None
        if person_id == self._turn.person_id:
            return "me"
        if person_id not in self._known:
            other = self._turn.store.person(person_id)
            self._known[person_id] = self._turn.name_of(other)
        return self._known[person_id]


def _quiet_hours(person: PersonRow) -> dict[str, str] | None:
    if person.quiet_start is None or person.quiet_end is None:
        return None
    return {"from": format_clock(person.quiet_start), "until": format_clock(person.quiet_end)}


def _question(turn: Turn, entry: Entry) -> str | None:
    key, deck = ASKED[entry.kind]
    return question_text(turn, deck, entry.data.get(key))


def _delivered(turn: Turn, entry: Entry, names: _Names) -> dict[str, Any]:
    """A partner's entry as it reached this person: its delivered text, nothing kept back."""
    shown: dict[str, Any] = {
        "what": WHAT.get(entry.kind, entry.kind),
        "from": names.of(entry.person_id),
        "at": instant(entry.created_at),
        "text": entry.body,
    }
    if entry.kind in ASKED:
        shown["question"] = _question(turn, entry)
    return shown


def _mine(turn: Turn, entry: Entry, names: _Names) -> dict[str, Any]:
    """One of this person's own entries, with what they chose and wrote, in words."""
    data = entry.data
    shown: dict[str, Any] = {
        "what": WHAT.get(entry.kind, entry.kind),
        "at": instant(entry.created_at),
    }
    if entry.body:
        shown["text"] = entry.body
    if entry.kind == kinds.CHECKIN:
        shown["scores"] = data.get("scores")
        shown["total"] = data.get("total")
    elif entry.kind == kinds.TALK_DRAFT:
        for part in ("said", "feeling", "situation", "missed", "need", "own_words"):
            if data.get(part):
                shown["first_words" if part == "said" else part] = data[part]
        shown["sent_at"] = instant(data.get("sent_at"))
    elif entry.kind == kinds.LISTEN_SHARE:
        if isinstance(data.get("prompt"), str):
            shown["prompt"] = data["prompt"]
        shown["adds_to_an_earlier_share"] = bool(data.get("clarifies"))
    elif entry.kind == kinds.LISTEN_REFLECTION:
        shown["felt_heard"] = data.get("felt_heard")
    elif entry.kind in ASKED:
        shown["question"] = _question(turn, entry)
        if entry.kind == kinds.LOVEMAP_GUESS:
            shown["how_close"] = entry.data.get("verdict")
    elif entry.kind == kinds.REPAIR:
        shown["reply"] = entry.data.get("reply")
    elif entry.kind == kinds.STRESS_TALK:
        shown["how_it_went"] = entry.data.get("state")
    elif entry.kind == kinds.APPRECIATION and data.get("kept_for_partner"):
        shown["waiting_for_a_partner"] = True
    if entry.recipient_id is not None:
        shown["shared_with"] = names.of(entry.recipient_id)
    return shown
