"""Getting help: why counselling is a sign of commitment, how to find someone, what to look for,
and the safety line; always private, for anyone, paired or not."""

from __future__ import annotations

from tests.support.couples import couple
from tests.support.world import World, texts


async def test_support_explains_why_and_always_shows_the_safety_line(world: World) -> None:
    alex, sam = await couple(world)
    replies = await alex.says("/support")
    text = texts(replies)
    assert "committed" in text
    assert "emergency number" in text and "findahelpline.com" in text
    assert all(reply.private for reply in replies)
    labels = [label for label, _ in alex.last_buttons]
    assert labels == [
        "Why it helps",
        "Finding a counsellor",
        "What to look for",
        "If you're not safe",
    ]
    assert sam.inbox() == []


async def test_each_section_answers_and_offers_the_others(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/support")
    why = texts(await alex.taps("Why it helps"))
    assert "isn't a last resort" in why
    assert "Why it helps" not in [label for label, _ in alex.last_buttons]

    found = texts(await alex.taps("Finding a counsellor"))
    for must in ("directories", "GP", "credentials", "Online", "sliding-scale"):
        assert must in found
    look = texts(await alex.taps("What to look for"))
    assert "side of the relationship" in look
    safe = texts(await alex.taps("not safe"))
    assert "findahelpline.com" in safe and "emergency" in safe


async def test_support_works_for_someone_not_yet_paired(world: World) -> None:
    kim = world.person("Kim")
    assert "findahelpline.com" in texts(await kim.says("/support"))
    assert "GP" in texts(await kim.taps("Finding a counsellor"))


async def test_support_asked_in_the_shared_space_answers_privately(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/start")
    replies = await alex.says("/support", group="g-us")
    assert "sent you something privately" in texts(replies)
    assert "committed" not in texts(replies)
    assert "committed" in texts(alex.inbox())
    assert sam.inbox() == []


async def test_a_made_up_support_button_gets_a_kind_answer(world: World) -> None:
    alex, _sam = await couple(world)
    for payload in ("support:show", "support:show:secrets", "support:other:why"):
        assert "stale" in texts(await alex.presses(payload))


async def test_support_closes_a_practice_in_progress_like_any_command(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/checkin")
    await alex.says("/support")
    assert "(2/5)" not in texts(await alex.says("4"))  # later text is not taken as an answer


async def test_support_in_a_group_without_a_private_chat_shows_nothing_there(
    world: World,
) -> None:
    kim = world.person("Kim")
    replies = await kim.says("/support", group="g-friends")
    assert "Open a chat with me directly" in texts(replies)
    assert "committed" not in texts(replies)
