"""What each view of the page shows, read inside one transaction through a `Turn` for the
person looking, with the same store queries and words the chat uses.

The rule is the chat's: a person sees here exactly what Nearer has already shown them in a
chat. Appreciations they wrote or received; dream and love-map answers only once revealed to
them (an entry of the partner's names them as its recipient only from the reveal on); the
couple's list, rituals and date plan; their own settings. Nothing of anyone outside the couple
is ever read: every query is keyed by this person or their couple.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.engine import kinds
from bot.engine.flows.dates import DateFlow
from bot.engine.flows.nudges import LABEL_KEYS, NudgesFlow
from bot.engine.flows.progress import ProgressMessage, progress_message
from bot.engine.local_text import long_date
from bot.engine.nudges import KINDS
from bot.engine.own_cards import question_text
from bot.engine.turn import Turn
from bot.engine.zones import format_clock, local_time
from prompts.loader import RITUAL_KINDS
from storage.models import Entry

#: How many appreciations the journal view shows (newest first).
JOURNAL_SHOWN = 60
#: How many answered questions the answers view shows (newest first).
ANSWERS_SHOWN = 40

_DATES = DateFlow()
_NUDGES = NudgesFlow()


@dataclass(frozen=True)
class Appreciation:
    received: bool
    #: "From Sam" / "To Sam" / "Kept for your partner", in the person's words.
    who: str
    day: str
    text: str


@dataclass(frozen=True)
class Answered:
    """One question both answered (a dream), or answered and guessed (a love map)."""

    question: str
    day: str
    #: (whose, words) in the order shown: mine first.
    answers: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Idea:
    id: int
    text: str
    done: bool
    day: str


@dataclass(frozen=True)
class Nudge:
    kind: str
    label: str
    schedule: str
    enabled: bool


@dataclass
class Overview:
    """Who is looking, and what the header and every view share."""

    name: str
    partner: str | None
    zone: str
    quiet_start: str
    quiet_end: str
    paused: bool
    language: str
    nudges: list[Nudge] = field(default_factory=list)


def overview(turn: Turn) -> Overview:
    person = turn.person
    start, end = person.quiet_start, person.quiet_end
    return Overview(
        name=turn.name,
        partner=turn.name_of(turn.partner) if turn.partner is not None else None,
        zone=person.timezone,
        quiet_start=format_clock(start) if start is not None and end is not None else "",
        quiet_end=format_clock(end) if start is not None and end is not None else "",
        paused=person.paused or person.safety_paused,
        language=person.language,
    )


def journal(turn: Turn) -> list[Appreciation]:
    """The appreciations of `/journal`: what I wrote and what reached me."""
    entries, _more = turn.store.journal_page(turn.person_id, kinds.APPRECIATION, 0, JOURNAL_SHOWN)
    shown = []
    for entry in entries:
        day = _day(turn, entry)
        if entry.person_id != turn.person_id:
            author = turn.name_of(turn.store.person(entry.person_id))
            shown.append(
                Appreciation(True, turn.say("web.journal.from", name=author), day, entry.body)
            )
            continue
        recipient = turn.store.person(entry.recipient_id) if entry.recipient_id else None
        if recipient is not None:
            who = turn.say("web.journal.to", name=turn.name_of(recipient))
        elif entry.data.get("kept_for_partner"):
            who = turn.say("web.journal.kept")
        else:
            who = turn.say("web.journal.earlier")
        shown.append(Appreciation(False, who, day, entry.body))
    return shown


def answers(turn: Turn) -> tuple[list[Answered], list[Answered]]:
    """Revealed dream answers and love-map rounds, as the reveal showed them to this person.

    Mine count only once shared (`recipient_id` set at the reveal); my partner's only when
    addressed to me, which happens at the same reveal. A round missing either half is not
    shown: it was never revealed."""
    entries = turn.store.entries_for_person(turn.person_id)
    dreams: dict[object, dict[int, Entry]] = {}
    maps: dict[object, dict[str, Entry]] = {}
    for entry in entries:
        mine = entry.person_id == turn.person_id
        shared = entry.recipient_id is not None if mine else entry.recipient_id == turn.person_id
        if not shared:
            continue
        round_id = entry.data.get("round")
        if entry.kind == kinds.DREAM_ANSWER:
            dreams.setdefault(round_id, {})[entry.person_id] = entry
        elif entry.kind in (kinds.LOVEMAP_ANSWER, kinds.LOVEMAP_GUESS):
            maps.setdefault(round_id, {})[entry.kind] = entry
    revealed_dreams = [
        _answered(turn, "dreams", list(pair.values()))
        for pair in dreams.values()
        if turn.person_id in pair and len(pair) == 2
    ]
    revealed_maps = [
        _answered(turn, "love_maps", [pair[kinds.LOVEMAP_ANSWER], pair[kinds.LOVEMAP_GUESS]])
        for pair in maps.values()
        if len(pair) == 2
    ]
    return revealed_dreams[::-1][:ANSWERS_SHOWN], revealed_maps[::-1][:ANSWERS_SHOWN]


def _answered(turn: Turn, deck: str, pair: list[Entry]) -> Answered:
    first = pair[0]
    question = question_text(turn, deck, first.data.get("question")) or turn.say(
        "dream.question_missing"
    )
    pair = sorted(pair, key=lambda entry: entry.person_id != turn.person_id)
    words = []
    for entry in pair:
        if entry.kind == kinds.LOVEMAP_GUESS:
            key = (
                "web.answers.my_guess"
                if entry.person_id == turn.person_id
                else "web.answers.their_guess"
            )
        else:
            key = "web.answers.mine" if entry.person_id == turn.person_id else "web.answers.theirs"
        author = turn.store.person(entry.person_id) if entry.person_id != turn.person_id else None
        words.append((turn.say(key, name=turn.name_of(author)), entry.body))
    latest = max(pair, key=lambda entry: entry.created_at)
    return Answered(question, _day(turn, latest), tuple(words))


def ideas(turn: Turn) -> list[Idea]:
    """The couple's list as `/idea list` keeps it: open ones first, then what they did."""
    return [
        Idea(
            entry.id or 0,
            entry.text,
            entry.done_at is not None,
            long_date(turn.prompts, local_time(turn.person, entry.done_at).date())
            if entry.done_at
            else "",
        )
        for entry in turn.store.bucket_list(turn.person)
    ]


def is_our_idea(turn: Turn, item_id: int) -> bool:
    """Whether an id in a URL is on this couple's list (anyone else's is refused)."""
    return turn.store.our_bucket_item(turn.person, item_id) is not None


def rituals(turn: Turn) -> list[tuple[str, str]]:
    """(kind, words) for each ritual kind the couple wrote, in `/rituals`' order."""
    if turn.person.couple_id is None:
        return []
    kept = {ritual.kind: ritual.text for ritual in turn.store.our_rituals(turn.person.couple_id)}
    return [(turn.say(f"rituals.kind_{kind}"), kept[kind]) for kind in RITUAL_KINDS if kind in kept]


def date_plan(turn: Turn) -> tuple[str, str]:
    """The couple's date night as this person sees it in their own zone ("every Friday at
    19:00"), and a proposal waiting for an answer; empty strings where there is none."""
    if turn.person.couple_id is None:
        return "", ""
    plan = turn.store.date_plan(turn.person.couple_id)
    if plan is None:
        return "", ""
    current = (
        _DATES._seen(turn, plan.weekday, plan.minute_of_day, plan.timezone, turn.person)
        if plan.active
        else ""
    )
    proposed = ""
    if (
        plan.proposed_by is not None
        and plan.proposed_weekday is not None
        and plan.proposed_minute is not None
    ):
        proposed = _DATES._seen(
            turn,
            plan.proposed_weekday,
            plan.proposed_minute,
            plan.proposed_timezone or plan.timezone,
            turn.person,
        )
    return current, proposed


def progress(turn: Turn) -> ProgressMessage:
    """The same report as `/progress`: its summary, the same numbers in words, and the chart."""
    return progress_message(turn)


def nudges(turn: Turn) -> list[Nudge]:
    """This person's reminders with their times as `/nudges` lists them (none until paired)."""
    plans = {plan.kind: plan for plan in turn.store.plans_of(turn.person_id)}
    date = turn.store.date_plan(turn.person.couple_id) if turn.person.couple_id else None
    return [
        Nudge(
            kind,
            turn.say(LABEL_KEYS[kind]),
            _NUDGES._schedule(turn, plans[kind], date),
            plans[kind].enabled,
        )
        for kind in KINDS
        if kind in plans
    ]


def _day(turn: Turn, entry: Entry) -> str:
    """The day as the reader's locale writes it (`2. November 2026`), as `/journal` does."""
    return long_date(turn.prompts, local_time(turn.person, entry.created_at).date())
