"""Commands declare what they take; the engine reads it from typed words or platform options."""

from __future__ import annotations

from bot.engine.flows.pairing import CODE
from bot.engine.flows.preferences import QUIET
from bot.engine.flows.space import ACTION
from bot.engine.parameters import Kind, Parameter, read_options, read_text


def test_quiet_hours_are_read_from_a_range_however_it_is_typed() -> None:
    for typed in ("22:00-08:00", "22:00 - 08:00", "10pm to 8am", "22:00 08:00", "22:00–08:00"):
        arguments = read_text(QUIET, typed)
        assert (arguments.number("start"), arguments.number("end")) == (1320, 480), typed
        assert arguments.invalid is None


def test_a_flag_is_its_own_word_or_one_of_its_aliases() -> None:
    assert read_text(QUIET, "off").flag("off")
    assert read_text(QUIET, "None").flag("off")
    assert not read_text(QUIET, "").flag("off")


def test_words_nothing_takes_are_handed_back_for_a_kind_message() -> None:
    arguments = read_text(QUIET, "25:99-08:00")
    assert arguments.invalid == "25:99-08:00" and arguments.number("start") is None
    assert read_text(QUIET, "22:00 banana").invalid == "banana"


def test_a_choice_brings_its_own_parameters() -> None:
    arguments = read_text((ACTION,), "link <@12345>")
    assert arguments.text("action") == "setup" and arguments.text("partner") == "12345"
    assert read_text((ACTION,), "unlink").text("action") == "off"
    assert read_text((ACTION,), "bogus").invalid == "bogus"


def test_free_text_keeps_its_spaces_and_emoji() -> None:
    assert read_text((CODE,), "  abc def 💛 ").text("code") == "abc def 💛"


def test_platform_options_are_read_by_their_kind_without_joining_them_into_text() -> None:
    arguments = read_options(QUIET, {"start": "10pm", "end": "7:30"})
    assert (arguments.number("start"), arguments.number("end")) == (1320, 450)
    assert read_options(QUIET, {"start": "25:99"}).invalid == "25:99"
    assert read_options(QUIET, {"off": True}).flag("off")
    assert not read_options(QUIET, {"off": False}).flag("off")
    nested = read_options((ACTION,), {"action": "setup", "partner": "42"})
    assert nested.text("partner") == "42"


def test_days_and_spans() -> None:
    day = Parameter("day", Kind.DAY, "option.details")
    span = Parameter("for", Kind.SPAN, "option.details")
    arguments = read_text((day, span), "fri 1h")
    assert arguments.number("day") == 4 and arguments.number("for") == 60
    assert read_text((span,), "0m").invalid == "0m"
