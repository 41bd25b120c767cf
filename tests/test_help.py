"""/help fits a phone screen, and its "More" lists every menu command with a line each
(misspelt and unknown commands are in test_engine_basics.py)."""

from __future__ import annotations

from tests.support.couples import payloads
from tests.support.world import World, texts


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
