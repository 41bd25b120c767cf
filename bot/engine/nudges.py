"""Scheduled nudges: when each one is due, whether it may go now, and what it says.

Platform- and scheduler-neutral: the heartbeat (bot/scheduler.py) only asks `sweep_due_nudges` to
look at the plans whose `next_due_at` has passed. For each, in one transaction, the plan moves to
its next time, the once-a-day ledger key is claimed and the nudge is queued in the outbox, so a
nudge is sent at most once per person, kind and local day whatever happens around it.

Times are local wall-clock times in the person's zone. A time that does not exist (the spring DST
gap) is sent just after the gap; a time that happens twice (the autumn fold) is sent the first time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from bot.engine.decks import draw
from bot.engine.distance import countdown, deck_for
from bot.engine.events import Button
from bot.engine.local_text import clock
from bot.engine.nudge_time import (
    DATE_REMINDER_LEAD,
    all_awake_from,
    local_date,
    next_daily,
    next_date_reminder,
)
from bot.engine.settings import EngineSettings
from bot.engine.turn import Turn, rows
from bot.engine.zones import zone
from prompts import Catalog
from storage.models import DatePlan, DeckPosition
from storage.nudge_models import EVERY_DAY, NudgePlan
from storage.people import PersonRow
from storage.store import DeliveryKey, DuePlan, QueuedMessage, Reach, Store

log = logging.getLogger(__name__)

MONDAY, WEDNESDAY, SUNDAY = 0, 2, 6
#: A payload that works like typing the command: `cmd:hug` is `/hug` (see `Engine._on_button`).
COMMAND_BUTTON = "cmd"
#: A nudge held back by quiet hours may wait this long (and never past its local day).
POSTPONE_AT_MOST = timedelta(hours=4)


@dataclass(frozen=True, slots=True)
class NudgeKind:
    """What one kind of nudge is: its deck, the practice it opens, and its default time."""

    name: str
    deck: str
    command: str
    minute_of_day: int
    weekdays: int
    #: Addressed to the couple ("time together tonight?"): only when both partners are awake.
    for_both: bool = False
    #: Whether a new plan of this kind starts switched on (an optional one waits to be chosen).
    on_by_default: bool = True


def _weekday(number: int) -> int:
    return 1 << number


KINDS: dict[str, NudgeKind] = {
    kind.name: kind
    for kind in (
        # A new couple starts with two (the evening kind word and the Sunday look-back); the
        # others are offered once their zone is known, and wait until chosen.
        NudgeKind("hug", "nudge_hug", "hug", 8 * 60, EVERY_DAY, on_by_default=False),
        NudgeKind("appreciation", "nudge_appreciation", "appreciate", 20 * 60 + 30, EVERY_DAY),
        NudgeKind(
            "together",
            "nudge_together",
            "together",
            18 * 60 + 30,
            EVERY_DAY,
            True,
            on_by_default=False,
        ),
        NudgeKind(
            "dream",
            "nudge_dream",
            "dream",
            19 * 60 + 30,
            _weekday(WEDNESDAY),
            on_by_default=False,
        ),
        NudgeKind("progress", "nudge_progress", "progress", 19 * 60, _weekday(SUNDAY)),
        # Without a date night planned, a weekly idea to plan one at this time; with a plan, a
        # reminder `DATE_REMINDER_LEAD` before it.
        NudgeKind(
            "date", "nudge_date", "date", 19 * 60, _weekday(MONDAY), True, on_by_default=False
        ),
        # Optional: a reminder of the couple's own rituals, only for those who switch it on.
        NudgeKind(
            "ritual", "nudge_ritual", "rituals", 21 * 60 + 30, EVERY_DAY, on_by_default=False
        ),
    )
}
#: What people may type for each kind in `/nudges <kind> …`.
KIND_NAMES: dict[str, str] = {
    "hug": "hug",
    "hugs": "hug",
    "appreciation": "appreciation",
    "appreciate": "appreciation",
    "thanks": "appreciation",
    "together": "together",
    "time": "together",
    "dream": "dream",
    "dreams": "dream",
    "progress": "progress",
    "date": "date",
    "dates": "date",
    "ritual": "ritual",
    "rituals": "ritual",
}


def active_date_plan(plan: DatePlan | None) -> DatePlan | None:
    return plan if plan is not None and plan.active else None


def next_due(
    plan: NudgePlan | DuePlan,
    person: PersonRow,
    date_plan: DatePlan | None,
    after: datetime,
    skip: Iterable[date] = (),
) -> datetime | None:
    """When this plan should next go out, or `None` when it never will as things stand."""
    if isinstance(plan, NudgePlan) and not plan.enabled:
        return None
    if not person.timezone_known:
        return None  # nothing at 08:00 UTC for someone in New York: wait until they say
    if plan.kind == "date" and active_date_plan(date_plan) is not None:
        assert date_plan is not None
        return next_date_reminder(date_plan, person.timezone, after, skip)
    return next_daily(plan.minute_of_day, plan.weekdays, person.timezone, after, skip)


# -- plans -----------------------------------------------------------------------------------


def default_plans() -> list[tuple[str, int, int, bool]]:
    return [
        (kind.name, kind.minute_of_day, kind.weekdays, kind.on_by_default)
        for kind in KINDS.values()
    ]


def _around(now: datetime, timezone: str) -> list[date]:
    """Yesterday, today and tomorrow where the person is: the days a next due time can skip."""
    today = local_date(now, timezone)
    return [today - timedelta(days=1), today, today + timedelta(days=1)]


def schedule_plan(
    store: Store,
    plan: NudgePlan,
    person: PersonRow,
    date_plan: DatePlan | None,
    now: datetime,
    *,
    already: set[date] | None = None,
) -> None:
    """Recompute one plan's next due time from now, skipping days it already went out
    (`already`, when the caller looked them up for several plans at once)."""
    assert person.id is not None
    if already is None:
        already = store.delivered_dates(person.id, plan.kind, _around(now, person.timezone))
    plan.next_due_at = next_due(plan, person, date_plan, now, skip=already)
    plan.updated_at = now


def schedule_person(store: Store, person: PersonRow, now: datetime) -> None:
    """Recompute every plan of this person (after a zone or quiet-hours change, or pairing)."""
    assert person.id is not None
    date_plan = (
        store.date_plans_by_couple([person.couple_id]).get(person.couple_id)
        if person.couple_id is not None
        else None
    )
    delivered = store.delivered_dates_by_kind(person.id, _around(now, person.timezone))
    for plan in store.plans_of(person.id):
        already = delivered.get(plan.kind, set())
        schedule_plan(store, plan, person, date_plan, now, already=already)


def create_default_plans(store: Store, people: Iterable[PersonRow], now: datetime) -> None:
    """Gentle nudges for a newly formed couple (only the `on_by_default` kinds are on); times
    and choices a person made before are kept."""
    for person in people:
        assert person.id is not None
        store.add_missing_plans(person.id, default_plans(), now)
        schedule_person(store, person, now)


def follow_date_plan(store: Store, couple_id: int, now: datetime) -> None:
    """The couple's date-night plan changed: move both partners' date reminders with it."""
    date_plan = store.date_plans_by_couple([couple_id]).get(couple_id)
    members = store.partners_by_couple([couple_id]).get(couple_id, [])
    by_id = {person.id: person for person in members if person.id is not None}
    for plan in store.plans_of_people(by_id):
        if plan.kind == "date":
            schedule_plan(store, plan, by_id[plan.person_id], date_plan, now)


# -- the sweep -------------------------------------------------------------------------------


class Outcome(StrEnum):
    SENT = "sent"
    ALREADY_SENT = "already_sent"
    POSTPONED = "postponed"
    QUIET = "quiet"
    LATE = "late"
    PAUSED = "paused"
    UNPAIRED = "unpaired"
    UNREACHABLE = "unreachable"
    RESCHEDULED = "rescheduled"
    FAILED = "failed"


@dataclass
class NudgeSweep:
    """What one sweep did, by outcome: the scheduler logs it and tests read it."""

    claimed: int = 0
    #: Plans moved on to their next time (a plan another worker moved meanwhile is not).
    moved: int = 0
    outcomes: dict[Outcome, int] = field(default_factory=dict)

    @property
    def sent(self) -> int:
        return self.outcomes.get(Outcome.SENT, 0)

    @property
    def progressed(self) -> bool:
        return self.moved > 0

    def count(self, outcome: Outcome) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1

    def add(self, other: NudgeSweep) -> None:
        self.claimed += other.claimed
        self.moved += other.moved
        for outcome, number in other.outcomes.items():
            self.outcomes[outcome] = self.outcomes.get(outcome, 0) + number


@dataclass
class _DueBatch:
    """What deciding a batch of due plans needs, read in a handful of queries (the messages
    themselves are composed through a `Turn`, like every other message)."""

    now: datetime
    grace: timedelta
    people: dict[int, PersonRow]
    couples: dict[int, list[PersonRow]]
    date_plans: dict[int, DatePlan]
    chats: dict[int, Reach]
    #: Loaded for the draws; held here so the session keeps them in its identity map.
    deck_positions: list[DeckPosition] = field(default_factory=list)
    #: Couples in long-distance mode: their nudges come from the `_apart` decks.
    apart: set[int] = field(default_factory=set)

    def lives_apart(self, person: PersonRow) -> bool:
        return person.couple_id is not None and person.couple_id in self.apart

    def partner_of(self, person: PersonRow) -> PersonRow | None:
        if person.couple_id is None:
            return None
        members = self.couples.get(person.couple_id, [])
        return next((member for member in members if member.id != person.id), None)

    def date_plan_of(self, person: PersonRow) -> DatePlan | None:
        return self.date_plans.get(person.couple_id) if person.couple_id is not None else None


@dataclass(frozen=True, slots=True)
class _Decision:
    """What to do with one due plan: its outcome, its next due time, and for a nudge to send,
    the regular occurrence it belongs to (whose local date is the once-a-day key)."""

    plan: DuePlan
    person: PersonRow | None
    outcome: Outcome
    next_due_at: datetime | None
    occurrence: datetime | None = None

    @property
    def key(self) -> DeliveryKey:
        assert self.person is not None and self.occurrence is not None
        day = local_date(self.occurrence, self.person.timezone)
        return (self.plan.person_id, self.plan.kind, day)

    @property
    def ledger_row(self) -> tuple[int, str, date, datetime]:
        assert self.occurrence is not None
        return (*self.key, self.occurrence)


def sweep_due_nudges(
    store: Store,
    catalog: Catalog,
    settings: EngineSettings,
    now: datetime,
    *,
    grace: timedelta,
    limit: int,
) -> NudgeSweep:
    """Handle up to `limit` due plans in this transaction; each moves on to its next time.

    Decisions are made in memory from a handful of batch reads; the writes are batched too
    (one statement each for moving the plans, claiming the ledger keys and queueing the
    messages), so the write lock is held briefly however many nudges are due at once.
    """
    due = store.due_plans(now, limit)
    report = NudgeSweep(claimed=len(due))
    if not due:
        return report
    context = _load_context(store, now, grace, due)
    decisions: list[_Decision] = []
    for plan in due:
        try:
            decisions.append(_decide(context, plan))
        except Exception:  # one broken plan must not hold back the others; it stays due
            log.exception("nudge plan %s failed; the next sweep retries it", plan.id)
            report.count(Outcome.FAILED)
    report.moved = store.advance_plans(
        [(d.plan.id, d.plan.next_due_at, d.next_due_at) for d in decisions]
    )
    if report.moved < len(decisions):
        # Only possible when something bypassed the row locks; the ledger still holds.
        log.warning("%s due plans were moved by someone else", len(decisions) - report.moved)
    sending = [d for d in decisions if d.outcome is Outcome.SENT]
    claimed = store.record_deliveries([d.ledger_row for d in sending], now)
    messages: list[QueuedMessage] = []
    for decision in decisions:
        outcome = decision.outcome
        if outcome is Outcome.SENT:
            outcome = Outcome.ALREADY_SENT
            if decision.key in claimed:
                assert decision.person is not None and decision.occurrence is not None
                turn = Turn(
                    store, catalog.get(decision.person.language), settings, now,
                    decision.person, reach=context.chats, batch=messages, catalog=catalog,
                )  # fmt: skip
                try:
                    queued = _queue(
                        turn,
                        KINDS[decision.plan.kind],
                        context.date_plan_of(decision.person),
                        decision.occurrence,
                        decision.key[2],
                        apart=context.lives_apart(decision.person),
                    )
                    outcome = Outcome.SENT if queued else Outcome.UNREACHABLE
                except Exception:
                    log.exception("could not word nudge plan %s", decision.plan.id)
                    outcome = Outcome.FAILED
        report.count(outcome)
    store.enqueue_messages(messages)  # one statement for the whole batch
    return report


def _load_context(store: Store, now: datetime, grace: timedelta, due: list[DuePlan]) -> _DueBatch:
    people = store.people_by_id(plan.person_id for plan in due)
    couple_ids = {person.couple_id for person in people.values() if person.couple_id is not None}
    apart = store.couples_living_apart(couple_ids)

    def deck_of(plan: DuePlan) -> str:
        person = people.get(plan.person_id)
        far = person is not None and person.couple_id in apart
        return deck_for(KINDS[plan.kind].deck, far)

    positions = store.load_deck_positions(
        [(f"p{plan.person_id}", deck_of(plan)) for plan in due if plan.kind in KINDS]
    )
    return _DueBatch(
        now=now,
        grace=grace,
        people=people,
        couples=store.partners_by_couple(couple_ids),
        date_plans=store.date_plans_by_couple(couple_ids),
        chats=store.private_chats(people),
        deck_positions=positions,
        apart=apart,
    )


def _decide(context: _DueBatch, plan: DuePlan) -> _Decision:
    now = context.now
    person = context.people.get(plan.person_id)
    kind = KINDS.get(plan.kind)
    if person is None or kind is None:
        return _Decision(plan, person, Outcome.RESCHEDULED, None)
    date_plan = context.date_plan_of(person)
    due = plan.next_due_at
    occurrence = _occurrence_behind(plan, person, date_plan, due)

    def move_on(outcome: Outcome, *, skip_today: bool = True) -> _Decision:
        skip = [local_date(occurrence, person.timezone)] if occurrence and skip_today else []
        later = next_due(plan, person, date_plan, max(now, due), skip=skip)
        return _Decision(plan, person, outcome, later, occurrence)

    if occurrence is None:
        # The zone, the times or the date plan changed since this was computed: recompute.
        return move_on(Outcome.RESCHEDULED, skip_today=False)
    if now - due > context.grace:
        return move_on(Outcome.LATE)
    if person.paused or person.safety_paused:
        return move_on(Outcome.PAUSED)
    partner = context.partner_of(person)
    if partner is None:
        return move_on(Outcome.UNPAIRED)
    if person.id not in context.chats:
        return move_on(Outcome.UNREACHABLE)
    audience = [person, partner] if kind.for_both else [person]
    awake = all_awake_from(audience, now)
    if awake != now:
        day = local_date(occurrence, person.timezone)
        if (
            awake is not None
            and awake - occurrence <= POSTPONE_AT_MOST
            and local_date(awake, person.timezone) == day
        ):
            return _Decision(plan, person, Outcome.POSTPONED, awake, occurrence)
        return move_on(Outcome.QUIET)
    return move_on(Outcome.SENT)


def _occurrence_behind(
    plan: DuePlan, person: PersonRow, date_plan: DatePlan | None, due: datetime
) -> datetime | None:
    """The regular occurrence this due time belongs to (itself, or earlier the same local day
    when quiet hours postponed it); `None` when the plan no longer produces this time."""
    occurrence = next_due(plan, person, date_plan, due - POSTPONE_AT_MOST - timedelta(seconds=1))
    if occurrence is None or occurrence > due:
        return None
    if local_date(occurrence, person.timezone) != local_date(due, person.timezone):
        return None
    return occurrence


def _queue(
    turn: Turn,
    kind: NudgeKind,
    date_plan: DatePlan | None,
    occurrence: datetime,
    day: date,
    apart: bool = False,
) -> bool:
    """Queue one nudge for `turn.person` (its once-a-day key just claimed), composed and told
    like any other message; `False` if they cannot be reached privately."""
    text, buttons = compose(turn, kind, date_plan, occurrence, apart=apart)
    return turn.tell_text(
        turn.person,
        text,
        buttons=buttons,
        from_bot=True,
        idempotency_key=f"nudge:{turn.person_id}:{kind.name}:{day.isoformat()}",
    )


def compose(
    turn: Turn,
    kind: NudgeKind,
    date_plan: DatePlan | None,
    occurrence: datetime,
    *,
    apart: bool = False,
) -> tuple[str, tuple[tuple[Button, ...], ...]]:
    """A nudge's words (a fresh deck line, from the `_apart` deck for a couple living apart;
    for a planned date night, the reminder with its time in the recipient's zone) and buttons
    that open the practice."""
    plan = active_date_plan(date_plan) if kind.name == "date" else None
    reminder = (
        next_date_reminder(plan, turn.person.timezone, occurrence - timedelta(seconds=1))
        if plan is not None
        else None
    )
    if reminder is not None:
        starts = (reminder + DATE_REMINDER_LEAD).astimezone(zone(turn.person.timezone))
        line = turn.say(
            "nudges.date_reminder", time=clock(turn.prompts, starts.hour * 60 + starts.minute)
        )
    else:
        # Each person's own position in the deck: partners' nudges may be sent by different
        # workers at the same moment, and must not contend for one row.
        _index, line = draw(turn, deck_for(kind.deck, apart), owner=f"p{turn.person_id}")
        if apart and kind.name == "together":
            line = " ".join(part for part in (line, countdown(turn)) if part)
    text = f"{line}\n{turn.say('nudges.opens', command=kind.command)}"
    buttons = rows(
        turn.button("nudges.go", f"{COMMAND_BUTTON}:{kind.command}"),
        turn.button("nudges.change_button", "nudges:list"),
    )
    return text, buttons


def send_now(
    store: Store,
    catalog: Catalog,
    settings: EngineSettings,
    person: PersonRow,
    kind_name: str,
    now: datetime,
) -> Outcome:
    """Send one nudge right away (outside its schedule) under the same rules: paused, unpaired,
    unreachable and already-sent-today people get none."""
    kind = KINDS[kind_name]
    if person.paused or person.safety_paused:
        return Outcome.PAUSED
    assert person.id is not None
    partner = store.partner_of(person)
    if partner is None:
        return Outcome.UNPAIRED
    reach = store.private_chats([person.id])
    if person.id not in reach:
        return Outcome.UNREACHABLE
    couple_id = person.couple_id
    date_plan = store.date_plans_by_couple([couple_id]).get(couple_id) if couple_id else None
    day = local_date(now, person.timezone)
    if not store.record_deliveries([(person.id, kind.name, day, now)], now):
        return Outcome.ALREADY_SENT
    apart = couple_id is not None and couple_id in store.couples_living_apart([couple_id])
    turn = Turn(
        store, catalog.get(person.language), settings, now, person, reach=reach, catalog=catalog
    )
    _queue(turn, kind, date_plan, now, day, apart=apart)
    return Outcome.SENT


def next_wakeup(store: Store) -> datetime | None:
    """The earliest due short timer or nudge plan."""
    times = [when for when in (store.next_timer_due(), store.next_nudge_due()) if when is not None]
    return min(times, default=None)


def tell_partner_unreachable(
    store: Store, catalog: Catalog, settings: EngineSettings, person_id: int, now: datetime
) -> int:
    """This person's last private chat stopped working (they blocked the bot, or closed their
    DMs): that is a way of leaving too, so the connection ends and their partner hears the same
    one line as after `/unpair` or `/forget`, never a guess at why. Someone who blocked the bot
    to leave safely is not given away by "they may have muted our chat".

    Closed Discord DMs count too, on purpose: Discord answers with the same error (50007) for a
    block, for leaving the last server shared with the bot and for DMs turned off, so the bot
    cannot tell a setting from someone leaving. Wrongly ending costs a sad line and pairing
    again (everything written is kept); wrongly staying would leave the partner hearing "I
    can't reach them right now", the very hint a silent exit must never give.

    Reacts once to each time the outbox found the chat gone (`Person.unreachable_at`, claimed
    here and cleared in this same commit): called again, it does nothing; and someone who wrote
    to the bot in between, reachable again, is not treated as gone."""
    if not store.take_unreachable(person_id):
        return 0
    person = store.person(person_id)
    if person is None or store.private_identity(person_id) is not None:
        return 0
    partner = store.partner_of(person)
    if partner is None or partner.id is None or person.couple_id is None:
        return 0
    couple_id = person.couple_id
    store.dissolve_couple(couple_id)
    partner = replace(partner, couple_id=None)
    turn = Turn(store, catalog.get(partner.language), settings, now, partner, catalog=catalog)
    # Once per connection that ended (couple ids are never reused): paired again and blocked
    # again the same day, the partner hears it again.
    turn.tell(
        partner,
        "privacy.connection_ended",
        from_bot=True,
        idempotency_key=f"unreachable:{person_id}:{couple_id}",
    )
    return turn.queued
