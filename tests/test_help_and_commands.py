"""/help fits a phone screen; commands typed the way people type them still work, or get the
nearest one suggested; `/nudges off` points to /pause."""

from __future__ import annotations

from bot.engine import Outbound
from tests.support.couples import couple
from tests.support.world import World, texts


def payloads(replies: list[Outbound]) -> list[str]:
    return [choice.payload for reply in replies for row in reply.buttons for choice in row]


async def test_help_is_a_few_grouped_lines_with_buttons_and_more(world: World) -> None:
    replies = await world.person("Alex").says("/help")
    text = texts(replies)
    assert len(text.splitlines()) <= 7
    assert "Every day: /checkin · /appreciate · /hug" in text
    assert "cmd:checkin" in payloads(replies) and "welcome:more" in payloads(replies)


async def test_more_lists_every_menu_command_grouped_with_the_rest_at_the_end(
    world: World,
) -> None:
    alex = world.person("Alex")
    await alex.says("/help")
    text = texts(await alex.taps("More"))
    for name, _key in world.engine.menu:
        assert f"/{name} — " in text, name
    # a command no group names (here /idea, /journal) is listed under "And also"
    assert text.index("And also") < text.index("/idea — ")


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


async def test_nudges_off_points_to_pause_and_the_button_pauses(world: World) -> None:
    alex, _sam = await couple(world)
    replies = await alex.says("/nudges off")
    assert "/pause" in texts(replies) and "cmd:pause" in payloads(replies)
    assert "paused" in texts(await alex.taps("Pause")).lower()
    assert "/resume" in texts(await alex.says("/nudges on"))
