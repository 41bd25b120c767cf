"""`/date`: a weekly date night, no phones and no work talk, that the couple agrees on together.

One partner proposes a day and time (buttons, or words: "friday", "fri 7:30pm", "next friday",
"tomorrow 8pm"); the other says yes, suggests another time, or leaves it. A change to an agreed
plan is a proposal too, and is described as a change ("…would like to move your date night from
Friday 19:00 to Saturday 18:00"); the agreed plan stays until the other says yes.

The plan is a `DatePlan` row in its proposer's time zone (the nudges read it to send the
reminder), with the waiting proposal in its `proposed_*` columns; each partner sees every day and
time in their own zone. Every message key goes through `DateFlow.key`, the one seam for a
wording variant (e.g. for couples living apart).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from bot.engine import kinds
from bot.engine.distance import lives_apart
from bot.engine.flow import Command, Flow, is_id
from bot.engine.flows.date_words import read_day_and_time
from bot.engine.local_text import clock
from bot.engine.nudges import follow_date_plan
from bot.engine.shared_space import keep_private
from bot.engine.turn import ButtonRows, Turn, rows
from bot.engine.waiting import never_mind
from bot.engine.zones import local_time, zone
from storage.models import DatePlan, Pending
from storage.people import PersonRow

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


def slot_in_zone(
    weekday: int, minute: int, from_zone: str, to_zone: str, now: datetime
) -> tuple[int, int]:
    """A weekly day and time in `from_zone` as seen from `to_zone` (for its next occurrence)."""
    source = zone(from_zone)
    local_now = now.astimezone(source)
    day = local_now.date() + timedelta(days=(weekday - local_now.weekday()) % 7)
    start = datetime.combine(day, time(minute // 60, minute % 60), tzinfo=source)
    seen = start.astimezone(zone(to_zone))
    return seen.weekday(), seen.hour * 60 + seen.minute


def plan_in_zone(plan: DatePlan, zone_name: str, now: datetime) -> tuple[int, int]:
    """The plan's weekday and minute of day as seen from `zone_name` (for its next occurrence)."""
    return slot_in_zone(plan.weekday, plan.minute_of_day, plan.timezone, zone_name, now)


class DateFlow(Flow):
    name = "date"

    def commands(self) -> list[Command]:
        return [Command("date", self.date, "help.date")]

    @staticmethod
    def key(turn: Turn, name: str) -> str:
        """The message key for `name`: the seam where a wording variant can be chosen (a date
        from afar for a couple in long-distance mode, `bot.engine.distance`)."""
        if name == "pick_day" and lives_apart(turn):
            return "date.pick_day_apart"
        return f"date.{name}"

    def date(self, turn: Turn, argument: str) -> None:
        if turn.partner is None or turn.person.couple_id is None:
            turn.reply("date.needs_partner")
            return
        if argument.strip():
            self._read(turn, argument, step="day", weekday=None)
            return
        plan = turn.store.date_plan(turn.person.couple_id)
        if plan is not None and plan.proposed_by == turn.partner.id:
            self._show_proposal(turn, plan)
        elif plan is not None and plan.active:
            self._show(turn, plan)
        elif plan is not None and plan.proposed_by == turn.person_id:
            self._ask_day(turn, waiting=True)
        else:
            self._ask_day(turn)

    # -- choosing a day and time --------------------------------------------------------------

    def _ask_day(self, turn: Turn, *, waiting: bool = False) -> None:
        turn.expect(self.name, "day")
        days = [
            turn.button(key, self.payload("day", number)) for number, key in enumerate(WEEKDAY_KEYS)
        ]
        partner = turn.name_of(turn.partner)
        key = self.key(turn, "still_waiting" if waiting else "pick_day")
        turn.reply(
            key,
            partner=partner,
            buttons=(*rows(*days, per_row=4), (never_mind(turn),)),
            private=keep_private(turn),
        )

    def _ask_time(self, turn: Turn, weekday: int) -> None:
        turn.expect(self.name, "time", {"weekday": weekday})
        times = [
            turn.button(
                "date.time_button",
                self.payload("time", f"{weekday}.{minute}"),
                time=clock(turn.prompts, minute),
            )
            for minute in SUGGESTED_MINUTES
        ]
        turn.reply(
            self.key(turn, "pick_time"),
            day=self._day(turn, weekday),
            buttons=(*rows(*times, per_row=4), (never_mind(turn),)),
            private=keep_private(turn),
        )

    def on_text(self, turn: Turn, pending: Pending, text: str) -> None:
        weekday = pending.data.get("weekday")
        if pending.step == "time" and not (isinstance(weekday, int) and 0 <= weekday <= 6):
            turn.done()
            turn.reply("common.stale_button")
            return
        known = weekday if isinstance(weekday, int) else None
        self._read(turn, text, step=pending.step, weekday=known)

    def _read(self, turn: Turn, text: str, *, step: str, weekday: int | None) -> None:
        """Words typed for a day and/or time: ask for whatever is still missing."""
        said = read_day_and_time(turn.prompts, text, local_time(turn.person, turn.now))
        day = said.weekday if said.weekday is not None else weekday
        if day is not None and said.minute is not None:
            self._propose(turn, day, said.minute)
        elif said.weekday is not None:
            self._ask_time(turn, said.weekday)
        elif step == "time":
            turn.reply(self.key(turn, "time_invalid"), given=text[:32], private=keep_private(turn))
        elif said.minute is not None:
            turn.reply(
                self.key(turn, "which_day"),
                time=clock(turn.prompts, said.minute),
                private=keep_private(turn),
            )
            self._ask_day(turn)
        else:
            turn.reply(self.key(turn, "day_invalid"), given=text[:32], private=keep_private(turn))
            self._ask_day(turn)

    # -- proposing and answering -------------------------------------------------------------

    def _propose(self, turn: Turn, weekday: int, minute: int) -> None:
        turn.done()
        partner = turn.partner
        if partner is None or turn.person.couple_id is None:
            turn.reply("date.needs_partner")
            return
        before = turn.store.date_plan(turn.person.couple_id)
        agreed = (
            (before.weekday, before.minute_of_day, before.timezone)
            if before and before.active
            else None
        )
        theirs = (
            (before.proposed_weekday, before.proposed_minute, before.proposed_timezone)
            if before is not None and before.proposed_by == partner.id
            else None
        )
        plan = turn.store.propose_date_plan(turn.person, weekday, minute, turn.now)
        mine = self._seen(turn, weekday, minute, turn.person.timezone, turn.person)
        with turn.speaking_to(partner):  # the partner's buttons, in their language
            answers = self._answer_buttons(turn, weekday, minute)
        if agreed is not None:
            old = self._seen(turn, *agreed, turn.person)
            turn.reply(
                self.key(turn, "change_proposed"),
                partner=turn.name_of(partner),
                old=old,
                new=mine,
                private=keep_private(turn),
            )
            with turn.speaking_to(partner):  # their days and times, in their language
                turn.tell(
                    partner,
                    self.key(turn, "partner_proposes_change"),
                    partner=turn.name,
                    old=self._seen(turn, *agreed, partner),
                    new=self._seen(turn, weekday, minute, plan.timezone, partner),
                    buttons=answers,
                )
            return
        turn.reply(
            self.key(turn, "proposed"),
            partner=turn.name_of(partner),
            when=mine,
            private=keep_private(turn),
        )
        with turn.speaking_to(partner):
            new = self._seen(turn, weekday, minute, turn.person.timezone, partner)
            earlier = (
                self._seen(turn, theirs[0], theirs[1], theirs[2] or "UTC", partner)
                if theirs is not None and theirs[0] is not None and theirs[1] is not None
                else None
            )
        if earlier is not None:
            turn.tell(
                partner,
                self.key(turn, "partner_suggests_other"),
                partner=turn.name,
                old=earlier,
                new=new,
                buttons=answers,
            )
        else:
            turn.tell(
                partner,
                self.key(turn, "partner_proposes"),
                partner=turn.name,
                new=new,
                buttons=answers,
            )

    def _answer_buttons(self, turn: Turn, weekday: int, minute: int) -> ButtonRows:
        slot = f"{weekday}.{minute}"
        return rows(
            turn.button("date.accept", self.payload("accept", slot)),
            turn.button("date.other_time", self.payload("other", slot)),
            turn.button("date.leave_it", self.payload("decline", slot)),
            per_row=1,
        )

    def _waiting_for_me(self, turn: Turn, argument: str) -> DatePlan | None:
        """The partner's proposal this button answers, if it is still the one waiting."""
        slot = _parse_slot(argument)
        partner = turn.partner
        if slot is None or partner is None or turn.person.couple_id is None:
            return None
        plan = turn.store.date_plan(turn.person.couple_id)
        if plan is None or plan.proposed_by is None or plan.proposed_by != partner.id:
            return None
        if (plan.proposed_weekday, plan.proposed_minute) != slot:
            return None
        return plan

    def _accept(self, turn: Turn, argument: str) -> None:
        plan = self._waiting_for_me(turn, argument)
        partner = turn.partner
        if plan is None or partner is None or turn.person.couple_id is None:
            turn.reply(self.key(turn, "proposal_gone"), private=keep_private(turn))
            return
        was = (plan.weekday, plan.minute_of_day, plan.timezone) if plan.active else None
        turn.store.settle_date_proposal(plan, turn.now, accepted=True)
        follow_date_plan(turn.store, turn.person.couple_id, turn.now)
        turn.done()
        mine = self._seen(turn, plan.weekday, plan.minute_of_day, plan.timezone, turn.person)
        turn.reply(self.key(turn, "agreed"), when=mine, private=keep_private(turn))
        with turn.speaking_to(partner):  # their days and times, in their language
            theirs = self._seen(turn, plan.weekday, plan.minute_of_day, plan.timezone, partner)
            if was is not None:
                turn.tell(
                    partner,
                    self.key(turn, "partner_agreed_change"),
                    partner=turn.name,
                    old=self._seen(turn, *was, partner),
                    new=theirs,
                )
            else:
                turn.tell(partner, self.key(turn, "partner_agreed"), partner=turn.name, when=theirs)

    def _other_time(self, turn: Turn, argument: str) -> None:
        if self._waiting_for_me(turn, argument) is None:
            turn.reply(self.key(turn, "proposal_gone"), private=keep_private(turn))
            return
        self._ask_day(turn)

    def _decline(self, turn: Turn, argument: str) -> None:
        plan = self._waiting_for_me(turn, argument)
        partner = turn.partner
        if plan is None or partner is None:
            turn.reply(self.key(turn, "proposal_gone"), private=keep_private(turn))
            return
        turn.store.settle_date_proposal(plan, turn.now, accepted=False)
        turn.done()
        turn.reply(
            self.key(turn, "left_it"), partner=turn.name_of(partner), private=keep_private(turn)
        )
        turn.tell(partner, self.key(turn, "partner_left_it"), partner=turn.name)

    # -- the plan ----------------------------------------------------------------------------

    def _show(self, turn: Turn, plan: DatePlan) -> None:
        when = self._seen(turn, plan.weekday, plan.minute_of_day, plan.timezone, turn.person)
        turn.reply(
            self.key(turn, "current"),
            when=when,
            private=keep_private(turn),
            buttons=rows(
                turn.button("date.had_it", self.payload("had")),
                turn.button("date.change", self.payload("change")),
                turn.button("date.cancel", self.payload("cancel")),
            ),
        )

    def _show_proposal(self, turn: Turn, plan: DatePlan) -> None:
        """Sent /date while the partner's suggestion waits: show it again, with its answers."""
        assert plan.proposed_weekday is not None and plan.proposed_minute is not None
        new = self._seen(
            turn,
            plan.proposed_weekday,
            plan.proposed_minute,
            plan.proposed_timezone or plan.timezone,
            turn.person,
        )
        buttons = self._answer_buttons(turn, plan.proposed_weekday, plan.proposed_minute)
        partner = turn.name_of(turn.partner)
        if plan.active:
            old = self._seen(turn, plan.weekday, plan.minute_of_day, plan.timezone, turn.person)
            turn.reply(
                self.key(turn, "partner_proposes_change"),
                partner=partner,
                old=old,
                new=new,
                buttons=buttons,
                private=keep_private(turn),
            )
        else:
            turn.reply(
                self.key(turn, "partner_proposes"),
                partner=partner,
                new=new,
                buttons=buttons,
                private=keep_private(turn),
            )

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if turn.partner is None or turn.person.couple_id is None:
            turn.reply("date.needs_partner")
            return
        slot = _parse_slot(argument) if action == "time" else None
        if action == "day" and is_id(argument) and int(argument) <= 6:
            self._ask_time(turn, int(argument))
        elif action == "time" and slot is not None:
            self._propose(turn, *slot)
        elif action == "accept":
            self._accept(turn, argument)
        elif action == "other":
            self._other_time(turn, argument)
        elif action == "decline":
            self._decline(turn, argument)
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
        turn.store.settle_date_proposal(plan, turn.now, accepted=False)
        follow_date_plan(turn.store, turn.person.couple_id, turn.now)
        turn.reply(self.key(turn, "cancelled"), private=keep_private(turn))
        turn.tell(turn.partner, self.key(turn, "partner_cancelled"), partner=turn.name)

    def _had_date_night(self, turn: Turn) -> None:
        if turn.store.our_recent_entries(turn.person, kinds.DATE_NIGHT, turn.now - SAME_DATE_NIGHT):
            turn.reply("date.already_counted", private=keep_private(turn))
            return
        turn.store.record_entry(turn.person, kinds.DATE_NIGHT, "", turn.now)
        turn.reply("date.counted", private=keep_private(turn))

    # -- words -------------------------------------------------------------------------------

    @staticmethod
    def _day(turn: Turn, weekday: int) -> str:
        return turn.say(WEEKDAY_KEYS[weekday])

    def _seen(
        self, turn: Turn, weekday: int, minute: int, zone_name: str, viewer: PersonRow
    ) -> str:
        """ "every Friday at 19:00" as `viewer` sees it, in their own zone."""
        day, at = slot_in_zone(weekday, minute, zone_name, viewer.timezone, turn.now)
        at_text = clock(turn.prompts, at)
        if viewer.timezone != zone_name:
            at_text = turn.say("date.your_time", time=at_text)
        return turn.say("date.slot", day=self._day(turn, day), time=at_text)


def _parse_slot(argument: str) -> tuple[int, int] | None:
    """`"<weekday>.<minute>"` from a button, or `None` if it is not one of ours."""
    day, _, minute = argument.partition(".")
    if not (is_id(day) and is_id(minute)):
        return None
    if int(day) > 6 or int(minute) >= 24 * 60:
        return None
    return int(day), int(minute)
