"""What the engine does whatever the feature: routing (a command for us or for another bot, in a
group or in private), unknown and misspelt commands, plain text with nothing waiting, bad input
(empty, huge, forged button data), redelivered updates and restarts. A feature's own tests live in
its own file (see tests/README.md)."""

from __future__ import annotations

from tests.support.couples import couple
from tests.support.world import World, texts


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


async def test_a_misspelt_command_suggests_the_nearest_with_a_button(world: World) -> None:
    alex, _sam = await couple(world)
    replies = await alex.says("/chekin")
    assert "Did you mean /checkin?" in texts(replies)
    started = await alex.taps("/checkin")
    assert "I don't know" not in texts(started) and texts(started)


async def test_an_unknown_command_with_no_near_one_points_to_help(world: World) -> None:
    text = texts(await world.person("Alex").says("/xyzzy"))
    assert "/xyzzy" in text and "/help" in text and "Did you mean" not in text


async def test_a_space_after_the_slash_and_capitals_are_forgiven(world: World) -> None:
    alex, _sam = await couple(world)
    for typed in ("/ hug", "/Hug", "/HUG"):
        text = texts(await alex.says(typed))
        assert "I don't know" not in text and "Did you mean" not in text, typed
        assert "hug" in text.lower(), typed


async def test_a_command_for_another_bot_is_silent_in_a_group_and_kind_in_private(
    world: World,
) -> None:
    alex, _sam = await couple(world)
    assert await alex.says("/hug@OtherBot", group="g-1") == []
    text = texts(await alex.says("/hug@OtherBot"))
    assert "@OtherBot" in text and "another bot" in text
    ours = texts(await alex.says("/hug@NearerTestBot"))
    assert "another bot" not in ours and "I don't know" not in ours
