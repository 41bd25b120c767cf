"""The person's own settings: time zone, quiet hours, pausing nudges, and `/settings`."""

from __future__ import annotations

from bot.engine.flow import Command, Flow
from bot.engine.flows.distance import settings_line
from bot.engine.nudges import schedule_person
from bot.engine.parameters import Arguments, Kind, Parameter
from bot.engine.turn import Turn
from bot.engine.zones import format_clock, local_time, parse_timezone

ZONE = Parameter("zone", Kind.ZONE, "option.zone", max_length=64)
QUIET = (
    Parameter("start", Kind.CLOCK, "option.start"),
    Parameter("end", Kind.CLOCK, "option.end"),
    Parameter("off", Kind.FLAG, "option.off", aliases=("none", "no", "0")),
)


class PreferencesFlow(Flow):
    name = "prefs"

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
        zone_name = parse_timezone(argument)
        if zone_name is None:
            turn.reply("prefs.timezone_invalid", given=argument[:64])
            return
        turn.person.timezone = zone_name
        schedule_person(turn.store, turn.person, turn.now)
        local = local_time(turn.person, turn.now)
        turn.reply("prefs.timezone_set", zone=zone_name, time=local.strftime("%H:%M"))

    def quiet(self, turn: Turn, arguments: Arguments) -> None:
        if arguments.empty:
            turn.reply("prefs.quiet_current", quiet=self._quiet_text(turn))
            return
        if arguments.flag("off") and arguments.invalid is None:
            turn.person.quiet_start = turn.person.quiet_end = None
            schedule_person(turn.store, turn.person, turn.now)
            turn.reply("prefs.quiet_off")
            return
        start, end = arguments.number("start"), arguments.number("end")
        if arguments.invalid is not None or start is None or end is None or start == end:
            turn.reply("prefs.quiet_invalid", given=(arguments.invalid or arguments.given)[:64])
            return
        turn.person.quiet_start, turn.person.quiet_end = start, end
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
        turn.reply_text(summary)

    def pause(self, turn: Turn, argument: str) -> None:
        turn.person.paused = True
        turn.reply("prefs.paused")

    def resume(self, turn: Turn, argument: str) -> None:
        turn.person.paused = False
        turn.person.safety_paused = False
        turn.reply("prefs.resumed")

    @staticmethod
    def _paused(turn: Turn) -> bool:
        return turn.person.paused or turn.person.safety_paused

    @staticmethod
    def _quiet_text(turn: Turn) -> str:
        start, end = turn.person.quiet_start, turn.person.quiet_end
        if start is None or end is None:
            return turn.say("prefs.quiet_none")
        return f"{format_clock(start)}–{format_clock(end)}"
