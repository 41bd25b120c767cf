"""A waiting question never grabs later text (issue 13, part 1): commands close what was waiting,
questions expire, cancel words and a "Never mind" button end any flow, over-long text keeps the
question (words for the partner shown back before they go are in test_preview.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.engine import EngineSettings, kinds
from tests.support.couples import button, couple
from tests.support.stored import entries, pending_of
from tests.support.world import World, send_button, shared_prompts, texts

# -- any command closes whatever was waiting ----------------------------------------------------


async def test_commands_close_a_waiting_appreciation(world: World) -> None:
    alex, sam = await couple(world)
    await sam.says("/appreciate")
    for command in ("/settings", "/idea list", "/journal"):
        await sam.says(command)
    reply = texts(await sam.says("ugh my boss is driving me crazy today"))
    assert "Sent to" not in reply and "This goes to" not in reply
    assert alex.inbox() == []
    assert entries(world, kinds.APPRECIATION) == []


async def test_help_closes_an_unfinished_talk(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/talk")
    await alex.says("/help")
    reply = texts(await alex.says("good morning!"))
    assert "I feel … when … I need" not in reply
    assert entries(world, kinds.TALK_DRAFT) == []


async def test_a_date_question_closes_a_listen_clarification(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/listen")
    await alex.sends("I've felt a bit invisible at home lately.")
    await sam.sends("You feel unseen when we're both busy.")
    sam.inbox()
    await alex.presses(button(alex.inbox(), "Not yet"))
    sam.inbox()
    assert "Which day" in texts(await alex.says("/date"))
    await alex.says("sunday")
    assert "sunday" not in texts(sam.inbox())
    assert len(entries(world, kinds.LISTEN_SHARE)) == 1


async def test_a_nudge_button_closes_what_was_waiting_like_its_command(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/appreciate")
    await alex.presses("cmd:settings")
    await alex.says("note to self: buy milk")
    assert sam.inbox() == []


async def test_a_flow_keeps_its_own_follow_up_question(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/talk")
    await alex.says("/appreciate")  # the new command's own question is the one now waiting
    assert "This goes to Sam" in texts(await alex.says("your patience this week"))
    assert entries(world, kinds.TALK_DRAFT) == []


# -- questions expire ---------------------------------------------------------------------------


async def test_a_waiting_question_expires_after_thirty_minutes(world: World) -> None:
    assert EngineSettings().pending_expires_after == timedelta(minutes=30)
    alex, sam = await couple(world)
    await alex.says("/appreciate")
    world.clock.advance(minutes=31)
    reply = texts(await alex.says("did you feed the cat?"))
    assert "This goes to" not in reply and "Sent to" not in reply
    assert "not sure what that's for" in reply
    assert sam.inbox() == [] and pending_of(world) == []


async def test_within_the_time_the_question_still_waits(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/appreciate")
    world.clock.advance(minutes=29)
    assert "This goes to Sam" in texts(await alex.says("your laugh at breakfast"))


# -- cancel words, /cancel and the Never mind button ---------------------------------------------


@pytest.mark.parametrize("word", ["cancel", "stop", "never mind", "Never mind!", "/cancel"])
async def test_cancel_words_end_a_talk_with_one_kind_line(world: World, word: str) -> None:
    alex, _sam = await couple(world)
    await alex.says("/talk")
    await alex.says("you never listen to me")
    replies = await alex.says(word)
    assert len(replies) == 1
    assert "leave that there" in replies[0].text
    assert pending_of(world) == []
    [draft] = entries(world, kinds.TALK_DRAFT)
    assert word not in str(draft.data) and "never mind" not in draft.body


async def test_cancel_in_listen_sends_nothing_to_the_partner(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/listen")
    assert "leave that there" in texts(await alex.says("cancel"))
    assert sam.inbox() == []
    assert entries(world, kinds.LISTEN_SHARE) == []


async def test_cancel_with_nothing_waiting_is_answered_kindly(world: World) -> None:
    alex = world.person("Alex")
    reply = texts(await alex.says("/cancel"))
    assert "don't know" not in reply
    assert "nothing's waiting" in reply


async def test_cancel_words_come_from_the_language_files() -> None:
    words = shared_prompts().say("waiting.cancel_words")
    assert {"cancel", "stop", "never mind"} <= {w.strip() for w in words.split(",")}


@pytest.mark.parametrize("command", ["/appreciate", "/talk", "/listen", "/checkin", "/dream"])
async def test_every_first_question_has_a_never_mind_button(world: World, command: str) -> None:
    alex, sam = await couple(world)
    await alex.says(command)
    left = texts(await alex.taps("Never mind"))
    assert left
    assert pending_of(world) == []
    assert "This goes to" not in texts(await alex.says("just thinking out loud"))
    assert sam.inbox() == []


# -- over-long text while a question waits -------------------------------------------------------


async def test_over_long_text_keeps_the_question_waiting_for_a_shorter_version(
    world: World,
) -> None:
    alex, sam = await couple(world)
    await alex.says("/appreciate")
    limit = world.settings.max_text_length
    reply = texts(await alex.says("you are wonderful " * (limit // 10)))
    assert str(limit) in reply and "split" not in reply
    assert "still here" in reply
    shorter = await alex.says("you are wonderful, truly")
    assert "This goes to Sam" in texts(shorter)
    await alex.presses(send_button(shorter))
    assert "you are wonderful, truly" in texts(sam.inbox())


async def test_a_listener_who_comes_back_later_reflects_through_the_ready_button(
    world: World,
) -> None:
    alex, sam = await couple(world)
    await alex.says("/listen")
    await alex.sends("I've been missing our Sunday mornings.")
    to_sam = sam.inbox()
    assert "tap below" in texts(to_sam)
    world.clock.advance(hours=2)  # the question has expired: typed text is new text
    assert "This goes to Alex" not in texts(await sam.says("You miss slow Sundays with me."))
    await sam.presses(button(to_sam, "ready to reflect"))
    await sam.sends("You miss slow Sundays with me.")
    assert "slow Sundays" in texts(alex.inbox())
