from __future__ import annotations

import json

from tests.support.world import World, texts


async def test_start_welcomes_warmly_and_explains_privacy_and_pairing(world: World) -> None:
    replies = await world.person("Alex").says("/start")
    text = texts(replies)
    assert "Alex" in text and "/pair" in text and "stays between you and me" in text
    assert "where are you?" in text  # and, in the same message, the one question to begin with
    assert len(text) < 700


async def test_help_lists_every_menu_command_with_a_line_each(world: World) -> None:
    alex = world.person("Alex")
    await alex.says("/help")
    text = texts(await alex.taps("More"))
    for command in (
        "pair",
        "unpair",
        "timezone",
        "quiet",
        "settings",
        "pause",
        "resume",
        "export",
        "forget",
    ):
        assert f"/{command} — " in text


async def test_unknown_command_points_to_help(world: World) -> None:
    text = texts(await world.person("Alex").says("/dance now"))
    assert "/dance" in text and "/help" in text


async def test_plain_text_with_nothing_pending_gets_a_pointer(world: World) -> None:
    assert "/help" in texts(await world.person("Alex").says("hello there"))


async def test_empty_and_whitespace_messages_get_an_answer(world: World) -> None:
    for text in ("", "   ", "\x00\x01", "\u200b"):
        assert texts(await world.person("Alex").says(text))


async def test_huge_messages_are_declined_kindly(world: World) -> None:
    assert "under 4000 characters" in texts(await world.person("Alex").says("a" * 10_000))


async def test_command_addressed_to_the_bot_in_a_group_works(world: World) -> None:
    assert "/pair" in texts(await world.person("Alex").says("/help@NearerTestBot"))


async def test_garbage_button_data_gets_a_kind_answer(world: World) -> None:
    for payload in (
        "",
        ":",
        "nonsense",
        "pair:",
        "pair:unpair:abc",
        "privacy:forget:999",
        "💥:💥:💥",
    ):
        assert "stale" in texts(await world.person("Alex").presses(payload))


async def test_a_redelivered_update_is_handled_once(world: World) -> None:
    alex = world.person("Alex")
    assert await alex.says("/pair", update_id="42")
    assert await alex.says("/pair", update_id="42") == []


async def test_timezone_accepts_names_and_offsets(world: World) -> None:
    alex = world.person("Alex")
    assert "now Europe/Berlin" in texts(await alex.says("/timezone europe/berlin"))
    assert "now +05:30" in texts(await alex.says("/timezone +5:30"))
    assert "now -03:00" in texts(await alex.says("/timezone UTC-3"))
    assert "now America/New_York" in texts(await alex.says("/timezone America/New York"))


async def test_invalid_timezone_gets_an_example(world: World) -> None:
    for bad in ("Mars/Olympus", "+25:00", "../../etc/passwd", "🙂", "Europe/Berlin; drop"):
        text = texts(await world.person("Alex").says(f"/timezone {bad}"))
        assert "/timezone New York" in text


async def test_timezone_without_argument_shows_the_current_one(world: World) -> None:
    assert "UTC" in texts(await world.person("Alex").says("/timezone"))


async def test_quiet_hours_are_parsed_and_shown(world: World) -> None:
    alex = world.person("Alex")
    assert "22:00–08:00" in texts(await alex.says("/quiet 22:00-08:00"))
    assert "23:30–07:00" in texts(await alex.says("/quiet 11:30pm - 7am"))
    assert "Quiet hours: 23:30–07:00" in texts(await alex.says("/settings"))
    assert "off" in texts(await alex.says("/quiet off"))
    assert "Quiet hours: none" in texts(await alex.says("/settings"))


async def test_invalid_quiet_hours_get_an_example(world: World) -> None:
    for bad in ("25:00-08:00", "22:00", "08:00-08:00", "tonight", "22:61-7"):
        assert "/quiet 22:00-08:00" in texts(await world.person("Alex").says(f"/quiet {bad}"))


async def test_pause_and_resume_show_in_settings(world: World) -> None:
    alex = world.person("Alex")
    await alex.says("/pause")
    assert "Nudges: paused" in texts(await alex.says("/settings"))
    await alex.says("/resume")
    assert "Nudges: on" in texts(await alex.says("/settings"))


async def test_export_returns_my_data_as_json(world: World) -> None:
    alex = world.person("Alex")
    await alex.says("/timezone Asia/Tokyo")
    replies = await alex.says("/export")
    files = [r.attachment for r in replies if r.attachment]
    assert files and files[0].filename.endswith(".json")
    data = json.loads(files[0].content)
    assert data["me"]["time_zone"] == "Asia/Tokyo"
    assert data["accounts"] == [{"platform": "test", "user_id": "u-alex"}]


async def test_export_includes_what_practices_keep_of_mine(world: World) -> None:
    alex = world.person("Alex")
    await alex.says("/idea")
    await alex.taps("save")
    replies = await alex.says("/export")
    data = json.loads(next(r.attachment for r in replies if r.attachment).content)
    items = data["ideas"]
    assert len(items) == 1 and items[0]["text"] and items[0]["added_by"] == "me"


async def test_forget_deletes_everything_after_confirmation_and_tells_partner(
    world: World,
) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    code = texts(await alex.says("/pair")).split("/pair ")[1].split(".")[0].strip()
    await sam.says(f"/pair {code}")
    alex.inbox()
    await sam.says("/forget")
    assert "Partner: Alex" in texts(await sam.says("/settings"))  # not before confirming
    assert "gone" in texts(await sam.taps("delete"))
    assert "Your Nearer connection has ended" in texts(alex.inbox())
    assert "not paired yet" in texts(await alex.says("/settings"))
    # Sam starts over as a new person with default settings.
    assert "Time zone: UTC" in texts(await sam.says("/settings"))


async def test_forget_can_be_cancelled(world: World) -> None:
    alex = world.person("Alex")
    await alex.says("/timezone Asia/Tokyo")
    await alex.says("/forget")
    await alex.taps("never mind")
    assert "Asia/Tokyo" in texts(await alex.says("/settings"))


async def test_private_replies_in_a_group_go_to_the_private_chat(world: World) -> None:
    alex = world.person("Alex")
    await alex.says("/start")  # Alex has a private chat with the bot
    replies = await alex.says("/export", group="g-1")
    assert all(not r.attachment for r in replies)
    assert "sent you something privately" in texts(replies)
    assert any(r.attachment for r in alex.inbox())


async def test_a_restarted_engine_continues_where_it_was(world: World) -> None:
    alex = world.person("Alex")
    await alex.says("/forget")
    buttons = alex.last_buttons
    world = world.restart()
    alex = world.person("Alex")
    alex.last_buttons = buttons
    assert "gone" in texts(await alex.taps("delete"))
