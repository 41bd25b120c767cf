"""`/nudges`: see each reminder with its local time, move it, pick its day, switch it on or off.

`/nudges hug 07:30` moves one, `/nudges dream friday 20:00` also picks the day of a weekly one,
`/nudges hug off|on` toggles; the list has a button per reminder to toggle it.
"""

from __future__ import annotations

from bot.engine.events import Button
from bot.engine.flow import Command, Flow
from bot.engine.flows.date_words import weekday_of_word
from bot.engine.local_text import clock, clock_range
from bot.engine.nudge_time import DATE_REMINDER_LEAD, next_date_reminder
from bot.engine.nudges import (
    COMMAND_BUTTON,
    KIND_NAMES,
    KINDS,
    active_date_plan,
    create_default_plans,
    schedule_plan,
)
from bot.engine.turn import Turn, rows
from bot.engine.typed_words import load_words, words
from bot.engine.zones import is_quiet_at, local_time, parse_clock
from storage.models import DatePlan
from storage.nudge_models import EVERY_DAY, NudgePlan

LABEL_KEYS = {
    "hug": "nudges.kind_hug",
    "appreciation": "nudges.kind_appreciation",
    "together": "nudges.kind_together",
    "dream": "nudges.kind_dream",
    "progress": "nudges.kind_progress",
    "date": "nudges.kind_date",
    "ritual": "nudges.kind_ritual",
}
DAY_KEYS = tuple(f"nudges.day_{number}" for number in range(7))


class NudgesFlow(Flow):
    name = "nudges"

    def commands(self) -> list[Command]:
        return [Command("nudges", self.nudges, "help.nudges")]

    # -- /nudges -----------------------------------------------------------------------------

    def nudges(self, turn: Turn, argument: str) -> None:
        plans = self._plans(turn)
        if plans is None:
            turn.reply("nudges.not_paired")
            return
        words = argument.lower().split()
        if not words:
            self._list(turn, plans)
            return
        on_words, off_words = _words(turn, "on"), _words(turn, "off")
        if len(words) == 1 and words[0] in off_words + on_words:
            # "/nudges off" means all of them: that is /pause (and /resume), one tap away.
            if words[0] in off_words:
                pause = turn.button("nudges.all_off_button", f"{COMMAND_BUTTON}:pause")
                turn.reply("nudges.all_off", buttons=((pause,),))
            else:
                resume = turn.button("nudges.all_on_button", f"{COMMAND_BUTTON}:resume")
                turn.reply("nudges.all_on", buttons=((resume,),))
            return
        kind = KIND_NAMES.get(words[0]) or _kind_named(turn, words[0])
        if kind is None:
            turn.reply("nudges.unknown_kind", given=words[0][:32])
            return
        plan = next(plan for plan in plans if plan.kind == kind)
        self._change(turn, plan, words[1:], " ".join(words[1:])[:32])

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        plans = self._plans(turn)
        if plans is None:
            turn.reply("nudges.not_paired")
            return
        if action == "list":
            self._list(turn, plans)
            return
        plan = next((plan for plan in plans if plan.kind == argument), None)
        if action in ("on", "off") and plan is not None:
            self._toggle(turn, plan, action == "on")
            return
        turn.reply("common.stale_button")

    def _plans(self, turn: Turn) -> list[NudgePlan] | None:
        """This person's plans, created with the defaults for a couple that has none yet."""
        plans = turn.store.plans_of(turn.person_id)
        if turn.partner is None and not plans:
            return None
        missing = {plan.kind for plan in plans} != set(KINDS)
        if missing and turn.partner is not None:
            create_default_plans(turn.store, [turn.person], turn.now)
            plans = turn.store.plans_of(turn.person_id)
        order = list(KINDS)
        return sorted(
            (plan for plan in plans if plan.kind in KINDS), key=lambda p: order.index(p.kind)
        )

    # -- showing -----------------------------------------------------------------------------

    def _list(self, turn: Turn, plans: list[NudgePlan]) -> None:
        date_plan = self._date_plan(turn)
        lines = [turn.say("nudges.list_title", zone=turn.person.timezone)]
        for plan in plans:
            lines.append(
                turn.say(
                    "nudges.list_line",
                    name=self._label(turn, plan.kind),
                    schedule=self._schedule(turn, plan, date_plan),
                )
            )
        if turn.person.quiet_start is not None and turn.person.quiet_end is not None:
            quiet = clock_range(turn.prompts, turn.person.quiet_start, turn.person.quiet_end)
            lines.append(turn.say("nudges.list_quiet", quiet=quiet))
        if turn.person.paused or turn.person.safety_paused:
            lines.append(turn.say("nudges.list_paused"))
        lines.append(turn.say("nudges.list_help"))
        turn.reply_text("\n".join(lines), buttons=self._toggle_buttons(turn, plans))

    def _toggle_buttons(self, turn: Turn, plans: list[NudgePlan]) -> tuple[tuple[Button, ...], ...]:
        buttons = [
            turn.button(
                "nudges.turn_off_button",
                self.payload("off", plan.kind),
                name=self._label(turn, plan.kind),
            )
            if plan.enabled
            else turn.button(
                "nudges.turn_on_button",
                self.payload("on", plan.kind),
                name=self._label(turn, plan.kind),
            )
            for plan in plans
        ]
        return rows(*buttons)

    def _schedule(self, turn: Turn, plan: NudgePlan, date_plan: DatePlan | None) -> str:
        if not plan.enabled:
            return turn.say("nudges.off")
        time_text = clock(turn.prompts, plan.minute_of_day)
        if plan.kind == "date":
            active = active_date_plan(date_plan)
            reminder = (
                next_date_reminder(active, turn.person.timezone, turn.now)
                if active is not None
                else None
            )
            if reminder is not None:
                starts = local_time(turn.person, reminder + DATE_REMINDER_LEAD)
                return turn.say(
                    "nudges.date_before_plan",
                    day=turn.say(DAY_KEYS[starts.weekday()]),
                    time=clock(turn.prompts, starts.hour * 60 + starts.minute),
                )
            return turn.say(
                "nudges.date_no_plan", day=self._days(turn, plan.weekdays), time=time_text
            )
        if plan.weekdays == EVERY_DAY:
            text = turn.say("nudges.every_day", time=time_text)
        else:
            text = turn.say("nudges.on_days", days=self._days(turn, plan.weekdays), time=time_text)
        if KINDS[plan.kind].for_both:
            text = f"{text} {turn.say('nudges.both_awake')}"
        return text

    @staticmethod
    def _days(turn: Turn, weekdays: int) -> str:
        return ", ".join(turn.say(DAY_KEYS[day]) for day in range(7) if weekdays >> day & 1)

    @staticmethod
    def _label(turn: Turn, kind: str) -> str:
        return turn.say(LABEL_KEYS[kind])

    def _next(self, turn: Turn, plan: NudgePlan) -> str:
        if plan.next_due_at is None:
            return turn.say("nudges.no_next")
        due = local_time(turn.person, plan.next_due_at)
        days_ahead = (due.date() - local_time(turn.person, turn.now).date()).days
        time_text = clock(turn.prompts, due.hour * 60 + due.minute)
        if days_ahead <= 0:
            return turn.say("nudges.next_today", time=time_text)
        if days_ahead == 1:
            return turn.say("nudges.next_tomorrow", time=time_text)
        return turn.say("nudges.next_on_day", day=turn.say(DAY_KEYS[due.weekday()]), time=time_text)

    # -- changing ----------------------------------------------------------------------------

    def _change(self, turn: Turn, plan: NudgePlan, words: list[str], given: str) -> None:
        on_words, off_words = _words(turn, "on"), _words(turn, "off")
        if len(words) == 1 and words[0] in off_words + on_words:
            self._toggle(turn, plan, words[0] in on_words)
            return
        day: int | None = None
        daily = False
        named_day = weekday_of_word(turn.prompts, words[0]) if len(words) == 2 else None
        if named_day is not None:
            day, words = named_day, words[1:]
        elif len(words) == 2 and words[0] in _words(turn, "daily"):
            daily, words = True, words[1:]
        minute = parse_clock(words[0]) if len(words) == 1 else None
        if minute is None:
            turn.reply("nudges.unknown_setting", given=given or "…", kind=plan.kind)
            return
        date_plan = self._date_plan(turn)
        if plan.kind == "date" and active_date_plan(date_plan) is not None:
            turn.reply("nudges.date_follows_plan")
            return
        weekly = plan.weekdays != EVERY_DAY
        if day is not None and not weekly and plan.kind != "date":
            turn.reply("nudges.day_only_weekly", kind=plan.kind)
            return
        person = turn.person
        if is_quiet_at(person.quiet_start, person.quiet_end, minute):
            assert person.quiet_start is not None and person.quiet_end is not None
            turn.reply(
                "nudges.in_quiet_hours",
                time=clock(turn.prompts, minute),
                quiet=clock_range(turn.prompts, person.quiet_start, person.quiet_end),
            )
            return
        plan.minute_of_day = minute
        if day is not None:
            plan.weekdays = 1 << day
        elif daily:
            plan.weekdays = EVERY_DAY
        plan.enabled = True
        self._reschedule(turn, plan, date_plan)
        turn.reply(
            "nudges.moved",
            name=self._label(turn, plan.kind),
            schedule=self._schedule(turn, plan, date_plan),
            next=self._next(turn, plan),
        )

    def _toggle(self, turn: Turn, plan: NudgePlan, enabled: bool) -> None:
        name = self._label(turn, plan.kind)
        if not enabled and not plan.enabled:
            turn.reply("nudges.already_off", name=name)
            return
        plan.enabled = enabled
        date_plan = self._date_plan(turn)
        self._reschedule(turn, plan, date_plan)
        if enabled:
            turn.reply(
                "nudges.turned_on",
                name=name,
                schedule=self._schedule(turn, plan, date_plan),
                next=self._next(turn, plan),
            )
        else:
            turn.reply("nudges.turned_off", name=name, kind=plan.kind)

    def _reschedule(self, turn: Turn, plan: NudgePlan, date_plan: DatePlan | None) -> None:
        schedule_plan(turn.store, plan, turn.person, date_plan, turn.now)

    def _date_plan(self, turn: Turn) -> DatePlan | None:
        couple_id = turn.person.couple_id
        if couple_id is None:
            return None
        return turn.store.date_plans_by_couple([couple_id]).get(couple_id)


def _words(turn: Turn, name: str) -> tuple[str, ...]:
    """`on`, `off` or `daily` in the person's language (`rules/words.toml`)."""
    return words(turn.prompts, "nudges", name)


def _kind_named(turn: Turn, word: str) -> str | None:
    """The reminder a word of the person's language names ("abrazo" → hug), if any."""
    kinds = load_words(turn.prompts)["nudge_kinds"]
    return next((kind for kind, names in kinds.items() if word in names), None)
