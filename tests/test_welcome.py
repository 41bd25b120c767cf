"""/start: a warm welcome that says what stays private, how to pair, and the one question to
begin with (the zone question itself is in test_onboarding.py)."""

from __future__ import annotations

from tests.support.world import World, texts


async def test_start_welcomes_warmly_and_explains_privacy_and_pairing(world: World) -> None:
    replies = await world.person("Alex").says("/start")
    text = texts(replies)
    assert "Alex" in text and "/pair" in text and "stays between you and me" in text
    assert "where are you?" in text  # and, in the same message, the one question to begin with
    assert len(text) < 700


async def test_nearer_says_it_isnt_therapy_in_the_welcome(world: World) -> None:
    kim = world.person("Kim")
    assert "isn't therapy" in texts(await kim.says("/start"))
