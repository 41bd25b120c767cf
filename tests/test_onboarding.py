"""After /start, Nearer asks where the person is, in the ways people answer: a city, an
abbreviation (an ambiguous one is asked back), an offset, a zone name or a shared location; then
"It's 04:13 there, right?" takes yes or no. /timezone takes the same answers."""

from __future__ import annotations

import asyncio
import threading

import pytest

from bot.engine import places
from tests.support.couples import labels, pair
from tests.support.world import World, texts


async def test_start_asks_for_the_zone_with_a_share_location_button(world: World) -> None:
    replies = await world.person("Alex").says("/start")
    text = texts(replies)
    assert "where are you?" in text and "don't keep it" in text
    assert any(reply.ask_location == "📍 Share my location" for reply in replies)


async def test_a_city_answers_the_question_and_yes_confirms(world: World) -> None:
    alex = world.person("Alex")
    await alex.says("/start")
    replies = await alex.says("berlin")
    assert "Europe/Berlin" in texts(replies) and "It's 10:00 there, right?" in texts(replies)
    assert "Yes, that's right" in labels(replies)
    assert "I'll time everything to your day" in texts(await alex.says("yes"))


async def test_cities_with_accents_spaces_and_typos_are_found(world: World) -> None:
    alex = world.person("Alex")
    for typed, zone in (
        ("São Paulo", "America/Sao_Paulo"),
        ("sao paulo", "America/Sao_Paulo"),
        ("new york", "America/New_York"),
        ("London", "Europe/London"),
        ("munchen", "Europe/Berlin"),
        ("Barcelonna", "Europe/Madrid"),
    ):
        assert zone in texts(await alex.says(f"/timezone {typed}")), typed


async def test_cities_are_found_in_the_scripts_of_every_language_nearer_speaks(
    world: World,
) -> None:
    alex = world.person("Alex")
    for typed, zone in (
        ("Москва", "Europe/Moscow"),
        ("новосибирск", "Asia/Novosibirsk"),
        ("القاهرة", "Africa/Cairo"),
        ("الرياض", "Asia/Riyadh"),
        ("Köln", "Europe/Berlin"),
        ("Genève", "Europe/Zurich"),
        ("Ciudad de México", "America/Mexico_City"),
    ):
        assert zone in texts(await alex.says(f"/timezone {typed}")), typed


async def test_abbreviations_and_offsets_set_the_zone(world: World) -> None:
    alex = world.person("Alex")
    for typed, zone in (
        ("PST", "America/Los_Angeles"),
        ("cet", "Europe/Berlin"),
        ("+2", "+02:00"),
        ("UTC-5", "-05:00"),
        ("Asia/Kolkata", "Asia/Kolkata"),
    ):
        assert zone in texts(await alex.says(f"/timezone {typed}")), typed


async def test_an_ambiguous_abbreviation_is_asked_back_with_buttons(world: World) -> None:
    alex = world.person("Alex")
    replies = await alex.says("/timezone IST")
    assert "could mean a few places" in texts(replies)
    assert any("Asia/Kolkata" in label for label in labels(replies))
    assert any("Europe/Dublin" in label for label in labels(replies))
    chosen = await alex.taps("Asia/Kolkata")
    assert "Your time zone is now Asia/Kolkata. It's 14:30 there, right?" in texts(chosen)


async def test_no_to_the_time_asks_again_and_a_new_city_fixes_it(world: World) -> None:
    alex = world.person("Alex")
    await alex.says("/start")
    await alex.says("paris")
    again = await alex.says("no")
    assert "Which city are you in" in texts(again)
    fixed = await alex.says("lisbon")
    assert "Europe/Lisbon" in texts(fixed)
    await alex.taps("Yes")
    assert "Europe/Lisbon" in texts(await alex.says("/settings"))


async def test_a_place_nobody_knows_is_asked_again_kindly(world: World) -> None:
    alex = world.person("Alex")
    await alex.says("/start")
    replies = await alex.says("Qwxzv Plorkton")
    assert "I couldn't find “Qwxzv Plorkton”" in texts(replies)
    assert "Europe/Berlin" in texts(await alex.says("berlin"))  # still waiting for a place


async def test_a_shared_location_sets_the_zone_and_is_not_kept(world: World) -> None:
    alex = world.person("Alex")
    await alex.says("/start")
    inbound = alex._inbound()
    from dataclasses import replace

    replies = await world.engine.handle(replace(inbound, location=(-23.55, -46.63)))
    assert "America/Sao_Paulo" in texts(replies)
    dumped = world.db.transaction(
        lambda session: " ".join(
            str(row)
            for table in ("person", "pending", "entry")
            for row in session.exec(__import__("sqlalchemy").text(f"SELECT * FROM {table}")).all()
        )
    )
    assert "-23.55" not in dumped and "46.63" not in dumped


async def test_nudges_start_once_both_say_where_they_are_with_two_and_an_offer_of_more(
    world: World,
) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    await pair(alex, sam)
    await alex.says("/timezone new york")
    replies = await alex.says("yes")
    assert "two reminders" in texts(replies) and "🔔 See more reminders" in labels(replies)
    listing = texts(await alex.taps("more reminders"))
    assert "Hug reminder: off" in listing and "in your time (America/New_York)" in listing


async def test_a_feeling_typed_instead_of_a_place_is_answered_as_itself(world: World) -> None:
    alex = world.person("Alex")
    await alex.says("/start")
    text = texts(await alex.says("I feel so lonely in this relationship"))
    assert "I couldn't find" not in text and "lonely inside a relationship" in text
    assert "Asia/Tokyo" in texts(await alex.says("/timezone tokyo"))


async def test_a_hello_while_asked_where_is_a_hello_and_the_question_is_asked_again(
    world: World,
) -> None:
    alex = world.person("Alex")
    await alex.says("/start")
    replies = await alex.says("hi")
    text = texts(replies)
    assert "I couldn't find" not in text
    assert "Hi Alex" in text and "where are you?" in text  # the welcome, then the question
    assert "Europe/Berlin" in texts(await alex.says("berlin"))  # a place is still a place


async def test_thanks_and_feelings_while_asked_where_are_answered_and_the_question_stays(
    world: World,
) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    await pair(alex, sam)
    await alex.says("/start")
    for said, answer in (
        ("thank you", "You're very welcome, Alex"),
        ("we had a big fight", "Fights happen in close couples too"),
        ("I miss him", "Missing Sam says how much they matter"),
    ):
        text = texts(await alex.says(said))
        assert "I couldn't find" not in text, said
        assert answer in text, said
        assert "whenever you're ready" in text.lower(), said  # asked again, kindly
    assert "America/Sao_Paulo" in texts(await alex.says("São Paulo"))


async def test_thanks_while_asked_to_confirm_the_time_keeps_the_yes_or_no(world: World) -> None:
    alex = world.person("Alex")
    await alex.says("/start")
    await alex.says("berlin")
    text = texts(await alex.says("thanks"))
    assert "I couldn't find" not in text and "You're very welcome" in text
    assert "I'll time everything to your day" in texts(await alex.says("yes"))


async def test_a_place_nobody_knows_is_still_asked_again_not_answered_as_chat(
    world: World,
) -> None:
    alex = world.person("Alex")
    await alex.says("/start")
    assert "I couldn't find “Plorkton”" in texts(await alex.says("Plorkton"))


async def test_where_no_location_button_exists_nobody_is_told_about_one(world: World) -> None:
    alex = world.person("Alex", platform="plain")  # as the console and Discord: no such button
    replies = await alex.says("/start")
    text = texts(replies)
    assert "where are you?" in text
    assert "share your location" not in text and "On a phone" not in text
    assert all(reply.ask_location is None for reply in replies)
    assert "Europe/Berlin" in texts(await alex.says("berlin"))


async def test_a_typed_or_chosen_place_closes_the_location_button_with_the_next_reply(
    world: World,
) -> None:
    alex = world.person("Alex")
    await alex.says("/start")
    replies = await alex.says("berlin")
    assert replies[0].remove_location_button and "Europe/Berlin" in replies[0].text
    assert "right?" in replies[-1].text and "Yes, that's right" in labels(replies)

    sam = world.person("Sam")
    await sam.says("/start")
    still_asking = await sam.says("IST")  # asked back: the button stays meanwhile
    assert not any(reply.remove_location_button for reply in still_asking)
    chosen = await sam.taps("Asia/Kolkata")
    assert chosen[0].remove_location_button and "Asia/Kolkata" in chosen[0].text


async def test_the_location_button_is_not_closed_where_none_was_shown(world: World) -> None:
    alex = world.person("Alex")
    replies = await alex.says("/timezone berlin")
    assert not any(reply.remove_location_button for reply in replies)
    assert "Your time zone is now Europe/Berlin. It's 10:00 there, right?" in texts(replies)


async def test_a_city_typed_while_the_index_is_still_built_holds_up_nobody_else(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The city index is built once per process, in a few seconds: a city typed meanwhile waits
    for it outside the transaction (on SQLite every other message would wait behind it)."""
    built = threading.Event()

    def slow_build() -> dict[str, str]:
        built.wait(timeout=20)
        return {"berlin": "Europe/Berlin"}

    monkeypatch.setattr(places, "_build_city_zones", slow_build)
    monkeypatch.setattr(places, "_CITY_ZONES", places._CityZones())
    alex, sam = world.person("Alex"), world.person("Sam")
    await alex.says("/start")  # asks where they are, and starts building the index
    answer = asyncio.create_task(alex.says("berlin"))
    await asyncio.sleep(0.2)
    assert "/checkin" in texts(await asyncio.wait_for(sam.says("/help"), timeout=10))
    assert not answer.done()
    built.set()
    assert "Europe/Berlin" in texts(await asyncio.wait_for(answer, timeout=10))
