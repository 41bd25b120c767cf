"""`/date`: a weekly date night, no phones and no work talk, that the couple can change or cancel.

The plan is a `DatePlan` row in the planner's time zone (the nudges read it to send the reminder);
each partner sees the day and time in their own zone.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from bot.engine import kinds
from bot.engine.distance import lives_apart
from bot.engine.flow import Command, Flow, is_id
from bot.engine.nudges import follow_date_plan
from bot.engine.shared_space import keep_private
from bot.engine.turn import Turn, rows
from bot.engine.waiting import never_mind
from bot.engine.zones import format_clock, parse_clock, zone
from storage.models import DatePlan, Pending, Person

WEEKDAY_KEYS = (
    "date.monday",
    "date.tuesday",
    "date.wednesday",
    "date.thursday",
    "date.friday",
    "date.saturday",
    "date.sunday",
)
#: Times offered as buttons; any other time can be typed.
SUGGESTED_MINUTES = (18 * 60, 19 * 60, 19 * 60 + 30, 20 * 60)
#: Both partners may say they had their date night; within this window it counts once.
SAME_DATE_NIGHT = timedelta(hours=12)


def plan_in_zone(plan: DatePlan, zone_name: str, now: datetime) -> tuple[int, int]:
    """The plan's weekday and minute of day as seen from `zone_name` (for its next occurrence)."""
    plan_zone = zone(plan.timezone)
    local_now = now.astimezone(plan_zone)
    day = local_now.date() + timedelta(days=(plan.weekday - local_now.weekday()) % 7)
    start = datetime.combine(
        day, time(plan.minute_of_day // 60, plan.minute_of_day % 60), tzinfo=plan_zone
    )
    seen = start.astimezone(zone(zone_name))
    return seen.weekday(), seen.hour * 60 + seen.minute


class DateFlow(Flow):
    name = "date"

    def commands(self) -> list[Command]:
        return [Command("date", self.date, "help.date")]

    def date(self, turn: Turn, argument: str) -> None:
        if turn.partner is None or turn.person.couple_id is None:
            turn.reply("date.needs_partner")
            return
        plan = turn.store.date_plan(turn.person.couple_id)
        if plan is not None and plan.active:
            self._show(turn, plan)
        else:
            self._ask_day(turn)

    # -- planning ----------------------------------------------------------------------------

    def _ask_day(self, turn: Turn) -> None:
        days = [
            turn.button(key, self.payload("day", number)) for number, key in enumerate(WEEKDAY_KEYS)
        ]
        # Long-distance mode (bot.engine.distance): a date from afar is worded for it.
        key = "date.pick_day_apart" if lives_apart(turn) else "date.pick_day"
        turn.reply(key, buttons=rows(*days, per_row=4), private=keep_private(turn))

    def _ask_time(self, turn: Turn, weekday: int) -> None:
        turn.expect(self.name, "time", {"weekday": weekday})
        times = [
            turn.button(
                "date.time_button",
                self.payload("time", f"{weekday}.{minute}"),
                time=format_clock(minute),
            )
            for minute in SUGGESTED_MINUTES
        ]
        turn.reply(
            "date.pick_time",
            day=self._day(turn, weekday),
            buttons=(*rows(*times, per_row=4), (never_mind(turn),)),
            private=keep_private(turn),
        )

    def on_text(self, turn: Turn, pending: Pending, text: str) -> None:
        weekday = pending.data.get("weekday")
        minute = parse_clock(text)
        if not isinstance(weekday, int) or not 0 <= weekday <= 6:
            turn.done()
            turn.reply("common.stale_button")
            return
        if minute is None:
            turn.reply("date.time_invalid", given=text[:32])
            return
        self._save(turn, weekday, minute)

    def _save(self, turn: Turn, weekday: int, minute: int) -> None:
        turn.done()
        partner = turn.partner
        if partner is None or turn.person.couple_id is None:
            turn.reply("date.needs_partner")
            return
        plan = turn.store.save_date_plan(turn.person, weekday, minute, turn.now)
        follow_date_plan(turn.store, turn.person.couple_id, turn.now)
        turn.reply(
            "date.planned",
            day=self._day(turn, weekday),
            time=format_clock(minute),
            private=keep_private(turn),
        )
        day, at = self._as_seen_by(turn, plan, partner)
        turn.tell(partner, "date.partner_planned", partner=turn.name, day=day, time=at)

    # -- the plan ----------------------------------------------------------------------------

    def _show(self, turn: Turn, plan: DatePlan) -> None:
        day, at = self._as_seen_by(turn, plan, turn.person)
        turn.reply(
            "date.current",
            day=day,
            time=at,
            private=keep_private(turn),
            buttons=rows(
                turn.button("date.had_it", self.payload("had")),
                turn.button("date.change", self.payload("change")),
                turn.button("date.cancel", self.payload("cancel")),
            ),
        )

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if turn.partner is None or turn.person.couple_id is None:
            turn.reply("date.needs_partner")
            return
        if action == "day" and is_id(argument) and int(argument) <= 6:
            self._ask_time(turn, int(argument))
        elif action == "time" and self._parse_time_payload(argument) is not None:
            weekday, minute = self._parse_time_payload(argument) or (0, 0)
            self._save(turn, weekday, minute)
        elif action == "change":
            self._ask_day(turn)
        elif action == "cancel":
            self._cancel(turn)
        elif action == "had":
            self._had_date_night(turn)
        else:
            turn.reply("common.stale_button")

    def _cancel(self, turn: Turn) -> None:
        assert turn.person.couple_id is not None and turn.partner is not None
        plan = turn.store.date_plan(turn.person.couple_id)
        if plan is None or not plan.active:
            turn.reply("date.no_plan")
            return
        plan.active, plan.updated_at = False, turn.now
        follow_date_plan(turn.store, turn.person.couple_id, turn.now)
        turn.reply("date.cancelled", private=keep_private(turn))
        turn.tell(turn.partner, "date.partner_cancelled", partner=turn.name)

    def _had_date_night(self, turn: Turn) -> None:
        if turn.store.our_recent_entries(turn.person, kinds.DATE_NIGHT, turn.now - SAME_DATE_NIGHT):
            turn.reply("date.already_counted", private=keep_private(turn))
            return
        turn.store.add_entry(turn.person, kinds.DATE_NIGHT, "", turn.now)
        turn.reply("date.counted", private=keep_private(turn))

    # -- words -------------------------------------------------------------------------------

    @staticmethod
    def _parse_time_payload(argument: str) -> tuple[int, int] | None:
        day, _, minute = argument.partition(".")
        if not (is_id(day) and is_id(minute)):
            return None
        if int(day) > 6 or int(minute) >= 24 * 60:
            return None
        return int(day), int(minute)

    @staticmethod
    def _day(turn: Turn, weekday: int) -> str:
        return turn.say(WEEKDAY_KEYS[weekday])

    def _as_seen_by(self, turn: Turn, plan: DatePlan, viewer: Person) -> tuple[str, str]:
        weekday, minute = plan_in_zone(plan, viewer.timezone, turn.now)
        if viewer.timezone == plan.timezone:
            return self._day(turn, weekday), format_clock(minute)
        return self._day(turn, weekday), turn.say("date.your_time", time=format_clock(minute))
