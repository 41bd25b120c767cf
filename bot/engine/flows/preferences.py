"""The person's own settings: time zone, quiet hours, pausing nudges, and `/settings`."""

from __future__ import annotations

from bot.engine.flow import Command, Flow
from bot.engine.flows.distance import settings_line
from bot.engine.nudges import schedule_person
from bot.engine.turn import Turn
from bot.engine.zones import format_clock, local_time, parse_quiet_hours, parse_timezone

_QUIET_OFF = {"off", "none", "no", "0"}


class PreferencesFlow(Flow):
    name = "prefs"

    def commands(self) -> list[Command]:
        return [
            Command("timezone", self.timezone, "help.timezone"),
            Command("quiet", self.quiet, "help.quiet"),
            Command("settings", self.settings, "help.settings"),
            Command("pause", self.pause, "help.pause"),
            Command("resume", self.resume, "help.resume"),
        ]

    def timezone(self, turn: Turn, argument: str) -> None:
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

    def quiet(self, turn: Turn, argument: str) -> None:
        if not argument:
            turn.reply("prefs.quiet_current", quiet=self._quiet_text(turn))
            return
        if argument.strip().lower() in _QUIET_OFF:
            turn.person.quiet_start = turn.person.quiet_end = None
            schedule_person(turn.store, turn.person, turn.now)
            turn.reply("prefs.quiet_off")
            return
        hours = parse_quiet_hours(argument)
        if hours is None:
            turn.reply("prefs.quiet_invalid", given=argument[:64])
            return
        turn.person.quiet_start, turn.person.quiet_end = hours
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
