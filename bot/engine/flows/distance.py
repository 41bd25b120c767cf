"""`/together apart`, `/together nearby` and `/together visit <day>`: the couple's long-distance
setting, which either partner may change (`bot.engine.distance` says what it changes).

The partner hears of every real change, so the practices never switch under them unexplained;
saying what is already set changes nothing and tells no one.
"""

from __future__ import annotations

from datetime import date

from bot.engine.distance import countdown, lives_apart, parse_visit_day
from bot.engine.local_text import long_date
from bot.engine.turn import Turn
from bot.engine.typed_words import words
from bot.engine.zones import local_time


def change_setting(turn: Turn, argument: str) -> None:
    """`apart`, `nearby` or `visit …` in the person's language (`rules/words.toml`, where the
    English words are kept too); anything else gets the short how-to."""
    said = " ".join(argument.casefold().split()).rstrip(".!")
    first = said.partition(" ")[0]
    if turn.partner is None or turn.person.couple_id is None:
        turn.reply("distance.needs_partner")
    elif said in _words(turn, "apart"):
        _set_apart(turn, True)
    elif said in _words(turn, "nearby"):
        _set_apart(turn, False)
    elif first in _words(turn, "visit"):
        _set_visit(turn, argument.strip()[len(argument.strip().split()[0]) :].strip())
    else:
        turn.reply("distance.unknown_option")


def _words(turn: Turn, name: str) -> tuple[str, ...]:
    return words(turn.prompts, "together", name)


def _set_apart(turn: Turn, apart: bool) -> None:
    assert turn.person.couple_id is not None and turn.partner is not None
    if not turn.store.set_lives_apart(turn.person.couple_id, apart):
        turn.reply("distance.already_apart" if apart else "distance.already_nearby")
        return
    if apart:
        turn.reply("distance.set_apart")
        turn.tell(turn.partner, "distance.partner_set_apart", partner=turn.name)
    else:
        turn.reply("distance.set_nearby")
        turn.tell(turn.partner, "distance.partner_set_nearby", partner=turn.name)


def _set_visit(turn: Turn, given: str) -> None:
    assert turn.person.couple_id is not None and turn.partner is not None
    if not lives_apart(turn):
        turn.reply("distance.visit_needs_apart")
        return
    if not given:
        turn.reply("distance.visit_ask")
        return
    if " ".join(given.casefold().split()).rstrip(".!") in _words(turn, "clear"):
        turn.store.set_next_visit(turn.person.couple_id, None)
        turn.reply("distance.visit_cleared")
        return
    today = local_time(turn.person, turn.now).date()
    day = parse_visit_day(given[:32], today)
    if day is None:
        turn.reply("distance.visit_invalid", given=given[:32])
        return
    turn.store.set_next_visit(turn.person.couple_id, day)
    turn.reply("distance.visit_set", day=day_text(turn, day), countdown=countdown(turn))
    partner = turn.partner
    # In the partner's own zone (their today may differ) and their own language.
    partner_turn = Turn(turn.store, turn.prompts_for(partner), turn.settings, turn.now, partner)
    turn.tell(
        partner,
        "distance.partner_visit_set",
        partner=turn.name,
        day=day_text(partner_turn, day),
        countdown=countdown(partner_turn),
    )


def day_text(turn: Turn, day: date) -> str:
    """The visit day as the reader's locale writes it (`20 December 2026`)."""
    return long_date(turn.prompts, day)


def settings_line(turn: Turn) -> str:
    """How `/settings` describes it; "" for someone not paired."""
    if turn.partner is None or turn.person.couple_id is None:
        return ""
    if not lives_apart(turn):
        return turn.say("distance.settings_nearby")
    visit = turn.store.next_visit(turn.person.couple_id)
    if visit is None:
        return turn.say("distance.settings_apart")
    return turn.say("distance.settings_apart_visit", day=day_text(turn, visit))
