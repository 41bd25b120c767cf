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
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from bot.engine.decks import draw
from bot.engine.events import Button
from bot.engine.settings import EngineSettings
from bot.engine.turn import Turn, rows
from bot.engine.zones import format_clock, is_quiet_at, zone
from prompts import Prompts
from storage.models import DatePlan, Person
from storage.nudge_models import EVERY_DAY, NudgePlan
from storage.nudge_store import (
    DuePlan,
    add_missing_plans,
    advance_plan,
    date_plans_by_couple,
    delivered_dates,
    due_plans,
    next_nudge_due,
    partners_by_couple,
    people_by_id,
    plans_of,
    plans_of_people,
    reachable_people,
    record_delivery,
)
from storage.store import Store

log = logging.getLogger(__name__)

MONDAY, WEDNESDAY, SUNDAY = 0, 2, 6
#: A payload that works like typing the command: `cmd:hug` is `/hug` (see `Engine._on_button`).
COMMAND_BUTTON = "cmd"
#: The date-night reminder comes this long before the date.
DATE_REMINDER_LEAD = timedelta(hours=3)
#: A nudge held back by quiet hours may wait this long (and never past its local day).
POSTPONE_AT_MOST = timedelta(hours=4)
#: How far ahead to look for the next occurrence: a weekly plan always has one within 8 days.
LOOKAHEAD_DAYS = 9


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


def _weekday(number: int) -> int:
    return 1 << number


KINDS: dict[str, NudgeKind] = {
    kind.name: kind
    for kind in (
        NudgeKind("hug", "nudge_hug", "hug", 8 * 60, EVERY_DAY),
        NudgeKind("appreciation", "nudge_appreciation", "appreciate", 20 * 60 + 30, EVERY_DAY),
        NudgeKind("together", "nudge_together", "together", 18 * 60 + 30, EVERY_DAY, True),
        NudgeKind("dream", "nudge_dream", "dream", 19 * 60 + 30, _weekday(WEDNESDAY)),
        NudgeKind("progress", "nudge_progress", "progress", 19 * 60, _weekday(SUNDAY)),
        # Without a date night planned, a weekly idea to plan one at this time; with a plan, a
        # reminder `DATE_REMINDER_LEAD` before it.
        NudgeKind("date", "nudge_date", "date", 19 * 60, _weekday(MONDAY), True),
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
}


# -- local time ------------------------------------------------------------------------------


def at_local(day: date, minute_of_day: int, zone_name: str) -> datetime:
    """The UTC instant of a local wall-clock time: in a DST gap the time just after the gap, in a
    fold the first of the two (PEP 495 `fold=0` gives both)."""
    local = datetime.combine(day, time(minute_of_day // 60, minute_of_day % 60), zone(zone_name))
    return local.astimezone(UTC)


def local_date(instant: datetime, zone_name: str) -> date:
    return instant.astimezone(zone(zone_name)).date()


def next_daily(
    minute_of_day: int,
    weekdays: int,
    zone_name: str,
    after: datetime,
    skip: Iterable[date] = (),
) -> datetime | None:
    """The first instant after `after` at `minute_of_day` on one of `weekdays`, local to the zone,
    not on a local date in `skip`."""
    skipped = set(skip)
    first_day = local_date(after, zone_name)
    for offset in range(LOOKAHEAD_DAYS):
        day = first_day + timedelta(days=offset)
        if not weekdays >> day.weekday() & 1 or day in skipped:
            continue
        instant = at_local(day, minute_of_day, zone_name)
        if instant > after:
            return instant
    return None


def next_date_reminder(
    plan: DatePlan, recipient_zone: str, after: datetime, skip: Iterable[date] = ()
) -> datetime | None:
    """The next reminder before the couple's weekly date night (planned in the planner's zone)."""
    skipped = set(skip)
    first_day = local_date(after, plan.timezone)
    for offset in range(LOOKAHEAD_DAYS):
        day = first_day + timedelta(days=offset)
        if day.weekday() != plan.weekday:
            continue
        instant = at_local(day, plan.minute_of_day, plan.timezone) - DATE_REMINDER_LEAD
        if instant > after and local_date(instant, recipient_zone) not in skipped:
            return instant
    return None


def active_date_plan(plan: DatePlan | None) -> DatePlan | None:
    return plan if plan is not None and plan.active else None


def next_due(
    plan: NudgePlan | DuePlan,
    person: Person,
    date_plan: DatePlan | None,
    after: datetime,
    skip: Iterable[date] = (),
) -> datetime | None:
    """When this plan should next go out, or `None` when it never will as things stand."""
    if isinstance(plan, NudgePlan) and not plan.enabled:
        return None
    if plan.kind == "date" and active_date_plan(date_plan) is not None:
        assert date_plan is not None
        return next_date_reminder(date_plan, person.timezone, after, skip)
    return next_daily(plan.minute_of_day, plan.weekdays, person.timezone, after, skip)


# -- quiet hours -----------------------------------------------------------------------------


def awake_from(person: Person, instant: datetime) -> datetime:
    """The first moment at or after `instant` outside the person's quiet hours."""
    start, end = person.quiet_start, person.quiet_end
    if start is None or end is None:
        return instant
    local = instant.astimezone(zone(person.timezone))
    minute = local.hour * 60 + local.minute
    if not is_quiet_at(start, end, minute):
        return instant
    day = local.date() if minute < end else local.date() + timedelta(days=1)
    return max(instant, at_local(day, end, person.timezone))


def all_awake_from(people: Iterable[Person], instant: datetime) -> datetime | None:
    """The first moment at or after `instant` when none of `people` is in quiet hours."""
    people = list(people)
    candidate = instant
    for _ in range(6):
        later = max(awake_from(person, candidate) for person in people)
        if later == candidate:
            return candidate
        candidate = later
    return None  # quiet hours that together cover the whole day


# -- plans -----------------------------------------------------------------------------------


def default_plans() -> list[tuple[str, int, int]]:
    return [(kind.name, kind.minute_of_day, kind.weekdays) for kind in KINDS.values()]


def schedule_plan(
    store: Store, plan: NudgePlan, person: Person, date_plan: DatePlan | None, now: datetime
) -> None:
    """Recompute one plan's next due time from now, skipping days it already went out."""
    assert person.id is not None
    today = local_date(now, person.timezone)
    already = delivered_dates(
        store, person.id, plan.kind, [today - timedelta(days=1), today, today + timedelta(days=1)]
    )
    plan.next_due_at = next_due(plan, person, date_plan, now, skip=already)
    plan.updated_at = now


def schedule_person(store: Store, person: Person, now: datetime) -> None:
    """Recompute every plan of this person (after a zone or quiet-hours change, or pairing)."""
    assert person.id is not None
    date_plan = (
        date_plans_by_couple(store, [person.couple_id]).get(person.couple_id)
        if person.couple_id is not None
        else None
    )
    for plan in plans_of(store, person.id):
        schedule_plan(store, plan, person, date_plan, now)


def create_default_plans(store: Store, people: Iterable[Person], now: datetime) -> None:
    """Sensible nudges for a newly formed couple; times a person chose before are kept."""
    for person in people:
        assert person.id is not None
        add_missing_plans(store, person.id, default_plans(), now)
        schedule_person(store, person, now)


def follow_date_plan(store: Store, couple_id: int, now: datetime) -> None:
    """The couple's date-night plan changed: move both partners' date reminders with it."""
    date_plan = date_plans_by_couple(store, [couple_id]).get(couple_id)
    members = partners_by_couple(store, [couple_id]).get(couple_id, [])
    by_id = {person.id: person for person in members if person.id is not None}
    for plan in plans_of_people(store, by_id):
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
    TAKEN = "taken"
    FAILED = "failed"


@dataclass
class NudgeSweep:
    """What one sweep did, by outcome: the scheduler logs it and tests read it."""

    claimed: int = 0
    outcomes: dict[Outcome, int] = field(default_factory=dict)

    @property
    def sent(self) -> int:
        return self.outcomes.get(Outcome.SENT, 0)

    @property
    def progressed(self) -> bool:
        """Whether this sweep moved any plan (rows taken by another worker do not count)."""
        stuck = self.outcomes.get(Outcome.TAKEN, 0) + self.outcomes.get(Outcome.FAILED, 0)
        return self.claimed > stuck

    def count(self, outcome: Outcome) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1

    def add(self, other: NudgeSweep) -> None:
        self.claimed += other.claimed
        for outcome, number in other.outcomes.items():
            self.outcomes[outcome] = self.outcomes.get(outcome, 0) + number


@dataclass
class _SweepContext:
    """Everything a batch of due plans needs, read in a handful of queries."""

    store: Store
    prompts: Prompts
    settings: EngineSettings
    now: datetime
    grace: timedelta
    people: dict[int, Person]
    couples: dict[int, list[Person]]
    date_plans: dict[int, DatePlan]
    reachable: set[int]

    def partner_of(self, person: Person) -> Person | None:
        if person.couple_id is None:
            return None
        members = self.couples.get(person.couple_id, [])
        return next((member for member in members if member.id != person.id), None)

    def date_plan_of(self, person: Person) -> DatePlan | None:
        return self.date_plans.get(person.couple_id) if person.couple_id is not None else None


def sweep_due_nudges(
    store: Store,
    prompts: Prompts,
    settings: EngineSettings,
    now: datetime,
    *,
    grace: timedelta,
    limit: int,
) -> NudgeSweep:
    """Handle up to `limit` due plans in this transaction; each moves on to its next time."""
    due = due_plans(store, now, limit)
    report = NudgeSweep(claimed=len(due))
    if not due:
        return report
    people = people_by_id(store, (plan.person_id for plan in due))
    couple_ids = {person.couple_id for person in people.values() if person.couple_id is not None}
    couples = partners_by_couple(store, couple_ids)
    context = _SweepContext(
        store=store,
        prompts=prompts,
        settings=settings,
        now=now,
        grace=grace,
        people=people,
        couples=couples,
        date_plans=date_plans_by_couple(store, couple_ids),
        reachable=reachable_people(store, people),
    )
    for plan in due:
        try:
            with store.session.begin_nested():
                outcome = _handle_due_plan(context, plan)
        except Exception:  # one broken plan must not hold back the others; it stays due
            log.exception("nudge plan %s failed; the next sweep retries it", plan.id)
            outcome = Outcome.FAILED
        report.count(outcome)
    return report


def _handle_due_plan(context: _SweepContext, plan: DuePlan) -> Outcome:
    now = context.now
    person = context.people.get(plan.person_id)
    kind = KINDS.get(plan.kind)
    if person is None or kind is None:
        advance_plan(context.store, plan.id, plan.next_due_at, None)
        return Outcome.RESCHEDULED
    date_plan = context.date_plan_of(person)
    due = plan.next_due_at
    occurrence = _occurrence_behind(plan, person, date_plan, due)

    def move_on(outcome: Outcome, *, skip_today: bool = True) -> Outcome:
        skip = [local_date(occurrence, person.timezone)] if occurrence and skip_today else []
        later = next_due(plan, person, date_plan, max(now, due), skip=skip)
        if not advance_plan(context.store, plan.id, due, later):
            return Outcome.TAKEN
        return outcome

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
    if person.id not in context.reachable:
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
            if not advance_plan(context.store, plan.id, due, awake):
                return Outcome.TAKEN
            return Outcome.POSTPONED
        return move_on(Outcome.QUIET)
    outcome = move_on(Outcome.SENT)
    if outcome is not Outcome.SENT:
        return outcome
    return _send(context, person, kind, occurrence, date_plan)


def _occurrence_behind(
    plan: DuePlan, person: Person, date_plan: DatePlan | None, due: datetime
) -> datetime | None:
    """The regular occurrence this due time belongs to (itself, or earlier the same local day
    when quiet hours postponed it); `None` when the plan no longer produces this time."""
    occurrence = next_due(plan, person, date_plan, due - POSTPONE_AT_MOST - timedelta(seconds=1))
    if occurrence is None or occurrence > due:
        return None
    if local_date(occurrence, person.timezone) != local_date(due, person.timezone):
        return None
    return occurrence


def _send(
    context: _SweepContext,
    person: Person,
    kind: NudgeKind,
    occurrence: datetime,
    date_plan: DatePlan | None,
) -> Outcome:
    assert person.id is not None
    day = local_date(occurrence, person.timezone)
    if not record_delivery(context.store, person.id, kind.name, day, occurrence, context.now):
        return Outcome.ALREADY_SENT
    turn = Turn(context.store, context.prompts, context.settings, context.now, person)
    text, buttons = compose(turn, kind, date_plan, occurrence)
    queued = turn.tell_text(
        person,
        text,
        buttons=buttons,
        idempotency_key=f"nudge:{person.id}:{kind.name}:{day.isoformat()}",
    )
    return Outcome.SENT if queued else Outcome.UNREACHABLE


def compose(
    turn: Turn, kind: NudgeKind, date_plan: DatePlan | None, occurrence: datetime
) -> tuple[str, tuple[tuple[Button, ...], ...]]:
    """A nudge's words (a fresh deck line; for a planned date night, the reminder with its time
    in the recipient's zone) and buttons that open the practice."""
    plan = active_date_plan(date_plan) if kind.name == "date" else None
    reminder = (
        next_date_reminder(plan, turn.person.timezone, occurrence - timedelta(seconds=1))
        if plan is not None
        else None
    )
    if reminder is not None:
        starts = (reminder + DATE_REMINDER_LEAD).astimezone(zone(turn.person.timezone))
        line = turn.say("nudges.date_reminder", time=format_clock(starts.hour * 60 + starts.minute))
    else:
        # Each person's own position in the deck: partners' nudges may be sent by different
        # workers at the same moment, and must not contend for one row.
        _index, line = draw(turn, kind.deck, owner=f"p{turn.person_id}")
    text = f"{line}\n{turn.say('nudges.opens', command=kind.command)}"
    buttons = rows(
        turn.button("nudges.go", f"{COMMAND_BUTTON}:{kind.command}"),
        turn.button("nudges.change_button", "nudges:list"),
    )
    return text, buttons


def send_now(
    store: Store,
    prompts: Prompts,
    settings: EngineSettings,
    person: Person,
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
    if person.id not in reachable_people(store, [person.id]):
        return Outcome.UNREACHABLE
    couple_id = person.couple_id
    date_plan = date_plans_by_couple(store, [couple_id]).get(couple_id) if couple_id else None
    context = _SweepContext(
        store, prompts, settings, now, timedelta(0), {person.id: person}, {}, {}, {person.id}
    )
    return _send(context, person, kind, now, date_plan)


def next_wakeup(store: Store) -> datetime | None:
    """The earliest due short timer or nudge plan."""
    times = [when for when in (store.next_timer_due(), next_nudge_due(store)) if when is not None]
    return min(times, default=None)


def tell_partner_unreachable(
    store: Store, prompts: Prompts, settings: EngineSettings, person_id: int, now: datetime
) -> int:
    """This person's last private chat stopped working: their nudges pause by themselves (the
    sweep skips the unreachable); their partner hears it kindly, at most once a day."""
    person = store.person(person_id)
    if person is None or store.private_identity(person_id) is not None:
        return 0
    partner = store.partner_of(person)
    if partner is None or partner.id is None:
        return 0
    turn = Turn(store, prompts, settings, now, partner)
    turn.tell(
        partner,
        "nudges.partner_unreachable",
        partner=turn.name_of(person),
        idempotency_key=f"unreachable:{person_id}:{local_date(now, partner.timezone).isoformat()}",
    )
    return turn.queued
