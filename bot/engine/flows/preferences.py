"""The person's own settings: time zone, quiet hours, pausing nudges, and `/settings`."""

from __future__ import annotations

from bot.engine.flow import Command, Flow
from bot.engine.flows.distance import settings_line
from bot.engine.local_text import clock, clock_range
from bot.engine.nudges import schedule_person
from bot.engine.parameters import Arguments, Kind, Parameter
from bot.engine.places import (
    CityIndex,
    LocationZones,
    PlaceWords,
    load_place_words,
    prepare_cities,
    zones_for,
)
from bot.engine.turn import Turn, rows
from bot.engine.zones import local_time, parse_timezone
from prompts import Prompts
from storage.models import Pending

ZONE = Parameter("zone", Kind.ZONE, "option.zone", max_length=64)
QUIET = (
    Parameter("start", Kind.CLOCK, "option.start"),
    Parameter("end", Kind.CLOCK, "option.end"),
    Parameter("off", Kind.FLAG, "option.off", aliases=("none", "no", "0")),
)


#: Pending steps: waiting for a place, and for yes/no to "It's 04:13 there, right?".
ASK_ZONE = "zone"
CONFIRM_ZONE = "confirm"
#: In the ASK_ZONE step's data: a "share my location" button is on screen (closed by the reply
#: that answers the question).
BUTTON_SHOWN = "location_button"
#: Longer than this and not a place: a sentence, answered as free text instead.
PLACE_WORDS_AT_MOST = 3


class PreferencesFlow(Flow):
    name = "prefs"
    accepts_location = True

    def __init__(self) -> None:
        # Owned by this flow (so by its engine): the city table is built on first use only.
        self.cities = CityIndex()
        self.locations = LocationZones()
        self._words: dict[int, PlaceWords] = {}

    def commands(self) -> list[Command]:
        return [
            Command("timezone", self.timezone, "help.timezone", parameters=(ZONE,)),
            Command("quiet", self.quiet, "help.quiet", parameters=QUIET),
            Command("settings", self.settings, "help.settings", parameters=()),
            Command("pause", self.pause, "help.pause", parameters=()),
            Command("resume", self.resume, "help.resume", parameters=()),
        ]

    def timezone(self, turn: Turn, arguments: Arguments) -> None:
        argument = arguments.text("zone")
        if not argument:
            turn.reply("prefs.timezone_current", zone=turn.person.timezone)
            return
        self._zone_answer(turn, argument, invalid_key="prefs.timezone_invalid")

    # -- the time-zone question (after /start, or "No, let me change it") --------------------

    def on_text(self, turn: Turn, pending: Pending, text: str) -> None:
        if pending.step == CONFIRM_ZONE:
            answer = self._words_for(turn.prompts).answer(text)
            if answer is True:
                self._confirmed(turn)
                return
            if answer is False:
                ask_zone(turn, "prefs.zone_again")
                return
        if not self._zones(turn, text) and (
            len(text.split()) > PLACE_WORDS_AT_MOST or turn.heard_as_free_text(text)
        ):
            # Not a place but a hello, thanks or a feeling ("we had a fight"): it is answered
            # as itself, and the question stays open (asked again after, in `on_aside`).
            turn.passed_on = True
            return
        # A place (also when typed instead of yes/no: a correction).
        self._zone_answer(
            turn,
            text,
            invalid_key="prefs.zone_unknown",
            keep_asking=True,
            button_shown=bool(pending.data.get(BUTTON_SHOWN)),
        )

    def on_aside(self, turn: Turn, pending: Pending) -> None:
        if pending.step == ASK_ZONE:
            ask_zone(turn, "prefs.zone_still_waiting")

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action == "zone" and argument and parse_timezone(argument) == argument:
            pending = turn.store.pending(turn.person_id)
            shown = (
                pending is not None and pending.flow == self.name and pending.data.get(BUTTON_SHOWN)
            )
            self._set_zone(turn, argument, close_button=bool(shown))
        elif action == "yes":
            self._confirmed(turn)
        elif action == "no":
            ask_zone(turn, "prefs.zone_again")
        else:
            turn.reply("common.stale_button")

    def on_location(self, turn: Turn, latitude: float, longitude: float) -> None:
        """A shared location: its zone, found offline; the point itself is not kept anywhere."""
        zone_name = self.locations.zone_at(latitude, longitude)
        if zone_name is None:
            turn.reply("prefs.zone_from_location_unknown")
            turn.expect(self.name, ASK_ZONE)
            return
        self._set_zone(turn, zone_name)

    def _zone_answer(
        self,
        turn: Turn,
        text: str,
        *,
        invalid_key: str,
        keep_asking: bool = False,
        button_shown: bool = False,
    ) -> None:
        zones = self._zones(turn, text)
        given = " ".join(text.split())[:64]
        still = {BUTTON_SHOWN: True} if button_shown else None
        if not zones:
            turn.reply(invalid_key, given=given)
            if keep_asking:
                turn.expect(self.name, ASK_ZONE, still)
            return
        if len(zones) == 1:
            self._set_zone(turn, zones[0], close_button=button_shown)
            return
        choices = [
            turn.button(
                "prefs.zone_choice",
                self.payload("zone", zone_name),
                zone=zone_name,
                time=local_time_in(zone_name, turn),
            )
            for zone_name in zones
        ]
        turn.reply("prefs.which_zone", given=given, buttons=rows(*choices, per_row=1))
        turn.expect(self.name, ASK_ZONE, still)

    def _zones(self, turn: Turn, text: str) -> tuple[str, ...]:
        return zones_for(text, self._words_for(turn.prompts), self.cities)

    def _set_zone(self, turn: Turn, zone_name: str, *, close_button: bool = False) -> None:
        """Set the zone and ask whether its time is right; `close_button`: a location button
        is still on screen, and the first of two messages takes it away (a message carries
        either that or the yes/no buttons, not both)."""
        turn.person = turn.store.set_timezone(turn.person, zone_name)  # nudges may begin
        schedule_person(turn.store, turn.person, turn.now)
        local = local_time(turn.person, turn.now)
        buttons = rows(
            turn.button("prefs.zone_yes", self.payload("yes")),
            turn.button("prefs.zone_no", self.payload("no")),
        )
        now_set = turn.say("prefs.timezone_set", zone=zone_name)
        check = turn.say(
            "prefs.timezone_check", time=clock(turn.prompts, local.hour * 60 + local.minute)
        )
        if close_button:
            turn.reply_text(now_set, remove_location_button=True)
            turn.reply_text(check, buttons=buttons)
        else:
            turn.reply_text(f"{now_set} {check}", buttons=buttons)
        turn.expect(self.name, CONFIRM_ZONE)

    def _confirmed(self, turn: Turn) -> None:
        turn.done()
        turn.reply("prefs.zone_confirmed", name=turn.name)
        if turn.partner is not None:
            more = turn.button("prefs.more_nudges_button", "nudges:list")
            turn.reply("prefs.zone_confirmed_nudges", buttons=((more,),))

    def _words_for(self, prompts: Prompts) -> PlaceWords:
        words = self._words.get(id(prompts))
        if words is None:
            words = self._words[id(prompts)] = load_place_words(prompts)
        return words

    def quiet(self, turn: Turn, arguments: Arguments) -> None:
        if arguments.empty:
            turn.reply("prefs.quiet_current", quiet=self._quiet_text(turn))
            return
        if arguments.flag("off") and arguments.invalid is None:
            turn.person = turn.store.set_quiet_hours(turn.person, None, None)
            schedule_person(turn.store, turn.person, turn.now)
            turn.reply("prefs.quiet_off")
            return
        start, end = arguments.number("start"), arguments.number("end")
        if arguments.invalid is not None or start is None or end is None or start == end:
            turn.reply("prefs.quiet_invalid", given=(arguments.invalid or arguments.given)[:64])
            return
        turn.person = turn.store.set_quiet_hours(turn.person, start, end)
        schedule_person(turn.store, turn.person, turn.now)
        turn.reply("prefs.quiet_set", quiet=self._quiet_text(turn))

    def settings(self, turn: Turn, argument: str) -> None:
        partner = turn.partner
        summary = turn.say(
            "prefs.summary",
            zone=turn.person.timezone,
            quiet=self._quiet_text(turn),
            nudges=turn.say("prefs.nudges_paused" if self._paused(turn) else "prefs.nudges_on"),
            partner=turn.name_of(partner) if partner else turn.say("prefs.no_partner"),
        )
        where = settings_line(turn)  # the couple's long-distance setting, once paired
        if where:
            summary = f"{summary}\n{turn.say('prefs.distance', where=where)}"
        language = turn.prompts_for(turn.person).info.name
        summary = f"{summary}\n{turn.say('language.in_settings', language=language)}"
        turn.reply_text(summary)

    def pause(self, turn: Turn, argument: str) -> None:
        turn.person = turn.store.pause_nudges(turn.person)
        turn.reply("prefs.paused")

    def resume(self, turn: Turn, argument: str) -> None:
        turn.person = turn.store.resume_nudges(turn.person)
        turn.reply("prefs.resumed")

    @staticmethod
    def _paused(turn: Turn) -> bool:
        return turn.person.paused or turn.person.safety_paused

    @staticmethod
    def _quiet_text(turn: Turn) -> str:
        start, end = turn.person.quiet_start, turn.person.quiet_end
        if start is None or end is None:
            return turn.say("prefs.quiet_none")
        return clock_range(turn.prompts, start, end)


def ask_zone(turn: Turn, key: str = "prefs.ask_zone", *, before: str = "") -> None:
    """Ask where the person is (after `before`, in the same message); where the platform can
    ask for a location (Telegram's private chats), a phone can answer with its button, and the
    first question says so."""
    prepare_cities()  # built while they type their answer
    question = turn.say(key)
    can_share = turn.can_ask_location
    if can_share and key == "prefs.ask_zone":
        question = f"{question}\n{turn.say('prefs.ask_zone_location')}"
    turn.reply_text(
        f"{before}\n\n{question}" if before else question,
        ask_location=turn.say("prefs.share_location") if can_share else None,
    )
    turn.expect(PreferencesFlow.name, ASK_ZONE, {BUTTON_SHOWN: True} if can_share else None)


def local_time_in(zone_name: str, turn: Turn) -> str:
    """The wall-clock time now in `zone_name`, as people read it on a button."""
    from bot.engine.zones import zone

    local = turn.now.astimezone(zone(zone_name))
    return clock(turn.prompts, local.hour * 60 + local.minute)
