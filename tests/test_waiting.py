"""A waiting question never grabs later text, and nothing typed reaches the partner unseen
(issue 13, part 1): commands close what was waiting, questions expire, cancel words and a
"Never mind" button end any flow, and free text for the partner is shown back before it goes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from bot.engine import EngineSettings, kinds
from storage.models import Entry, Pending, Timer
from tests.support.couples import button, couple, pair
from tests.support.world import World, send_button, shared_prompts, texts


def entries(world: World, kind: str) -> list[Entry]:
    return list(
        world.db.transaction(lambda s: s.exec(select(Entry).where(Entry.kind == kind)).all())
    )


def pending_of(world: World) -> list[Pending]:
    return list(world.db.transaction(lambda s: s.exec(select(Pending)).all()))


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


# -- nothing typed goes to the partner unseen ----------------------------------------------------


async def test_an_appreciation_is_shown_back_before_it_goes(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/appreciate")
    [preview] = await alex.says("You always notice when I'm tired")
    assert "This goes to Sam" in preview.text
    assert "You always notice when I'm tired" in preview.text
    labels = [choice.label for row in preview.buttons for choice in row]
    assert labels == ["Send", "Change it", "Don't send"]
    assert sam.inbox() == [] and entries(world, kinds.APPRECIATION) == []

    assert "Sent to Sam" in texts(await alex.presses(send_button([preview])))
    [delivered] = sam.inbox()
    assert "You always notice when I'm tired" in delivered.text
    assert len(entries(world, kinds.APPRECIATION)) == 1


async def test_change_it_asks_again_and_only_the_new_words_go(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/appreciate")
    first = await alex.says("your cooking is ok i guess")
    assert "Write it the way you'd like" in texts(await alex.presses(button(first, "Change it")))
    second = await alex.says("your cooking makes our kitchen feel like home")
    assert "feel like home" in texts(second)
    await alex.presses(send_button(second))
    received = texts(sam.inbox())
    assert "feel like home" in received and "ok i guess" not in received


async def test_typing_again_under_a_preview_shows_the_new_version(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/appreciate")
    first = await alex.says("the tea")
    second = await alex.says("the tea you brought me this morning")
    assert "This goes to Sam" in texts(second)
    assert "nothing more" in texts(await alex.presses(send_button(first)))  # stale now
    assert sam.inbox() == []
    await alex.presses(send_button(second))
    assert "you brought me this morning" in texts(sam.inbox())


async def test_dont_send_keeps_the_words_back(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/appreciate")
    preview = await alex.says("something I'm not sure about")
    assert "Nothing was sent" in texts(await alex.presses(button(preview, "Don't send")))
    assert sam.inbox() == [] and entries(world, kinds.APPRECIATION) == []
    assert pending_of(world) == []


async def test_send_pressed_twice_delivers_once(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/appreciate")
    preview = await alex.says("the way you hum while you cook")
    await alex.presses(send_button(preview))
    again = texts(await alex.presses(send_button(preview)))
    assert "nothing more" in again
    assert len(sam.inbox()) == 1
    assert len(entries(world, kinds.APPRECIATION)) == 1


async def test_forged_and_stale_send_buttons_get_a_kind_answer(world: World) -> None:
    alex, sam = await couple(world)
    kim = world.person("Kim")
    await alex.says("/appreciate")
    preview = await alex.says("your morning hugs")
    for presser, payload in (
        (sam, send_button(preview)),  # someone else's preview
        (kim, send_button(preview)),
        (alex, "preview:send:not-a-token"),
        (alex, "preview:send"),
        (alex, "preview:explode:x"),
    ):
        reply = texts(await presser.presses(payload))
        assert "nothing more" in reply, (payload, reply)
    assert sam.inbox() == [] and kim.inbox() == []
    await alex.presses(send_button(preview))  # the real one still works
    assert "your morning hugs" in texts(sam.inbox())


@pytest.mark.parametrize("leaves", ["/forget", "/unpair"])
async def test_words_shown_for_a_partner_who_left_never_reach_anyone_else(
    world: World, leaves: str
) -> None:
    """A preview saying "This goes to Sam" means Sam: after Sam leaves, [Send] neither keeps
    the words for a future partner nor hands them to whoever Alex pairs with next."""
    alex, sam = await couple(world)
    await alex.says("/appreciate")
    preview = await alex.says("words meant for Sam alone")
    await sam.says(leaves)
    await sam.taps("Yes")
    alex.inbox()
    assert "nothing more" in texts(await alex.presses(send_button(preview)))
    chris = world.person("Chris")
    await pair(chris, alex)
    assert "words meant for Sam alone" not in texts(chris.inbox())
    assert entries(world, kinds.APPRECIATION) == []


async def test_a_command_puts_an_unsent_preview_aside_and_says_so(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/appreciate")
    preview = await alex.says("your patience with me")
    assert "aside" in texts(await alex.says("/help"))
    assert "nothing more" in texts(await alex.presses(send_button(preview)))
    assert sam.inbox() == []


async def test_text_given_with_the_command_goes_at_once(world: World) -> None:
    alex, sam = await couple(world)
    assert "Sent to Sam" in texts(await alex.says("/appreciate you made my day"))
    assert "you made my day" in texts(sam.inbox())


async def test_a_listen_share_addition_and_reflection_are_each_shown_first(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/listen")
    assert "This goes to Sam" in texts(await alex.says("I miss our long walks."))
    assert sam.inbox() == []
    await alex.presses(send_button(await alex.says("I miss our long walks together.")))
    assert "long walks together" in texts(sam.inbox())

    reflection = await sam.says("You miss time with just us.")
    assert "This goes to Alex" in texts(reflection)
    assert alex.inbox() == []
    await sam.presses(send_button(reflection))
    assert "You miss time with just us." in texts(alex.inbox())


async def test_a_listen_addition_is_shown_first(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/listen")
    await alex.sends("Mornings feel rushed.")
    await sam.sends("You'd like slower mornings.")
    sam.inbox()
    await alex.presses(button(alex.inbox(), "Partly"))
    sam.inbox()
    addition = await alex.says("It's more that we never sit down together.")
    assert "This goes to Sam" in texts(addition)
    assert "never sit down" not in texts(sam.inbox())
    await alex.presses(send_button(addition))
    assert "never sit down together" in texts(sam.inbox())


async def test_a_talk_draft_is_shown_and_sent_only_on_a_tap(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/talk")
    await alex.says("we never have time for each other")
    await alex.taps("lonely")
    await alex.says("we both scroll our phones through dinner")
    shown = texts(await alex.says("one phone-free dinner a week"))
    assert "I feel lonely when we both scroll our phones through dinner" in shown
    assert sam.inbox() == []
    await alex.taps("Send to my partner")
    assert "phone-free dinner" in texts(sam.inbox())


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


# -- one hug per press --------------------------------------------------------------------------


def timers(world: World) -> list[Timer]:
    return list(world.db.transaction(lambda s: s.exec(select(Timer)).all()))


async def test_start_the_hug_pressed_twice_starts_one_timer(world: World) -> None:
    alex, sam = await couple(world)
    hug = await alex.says("/hug")
    start = button(hug, "Start the hug")
    await alex.presses(start)
    world.clock.advance(seconds=2)
    again = texts(await alex.presses(start))
    assert "Already hugging" in again
    world.clock.advance(seconds=1)
    await sam.presses(start)  # the partner's tap on the same hug in a shared chat
    assert len(timers(world)) == 1
    world.clock.advance(seconds=30)
    await world.engine.fire_due_timers()
    assert texts(sam.inbox()).count("just shared a 20-second hug") == 1


async def test_after_a_hug_a_new_one_can_start(world: World) -> None:
    alex, _sam = await couple(world)
    start = button(await alex.says("/hug"), "Start the hug")
    await alex.presses(start)
    world.clock.advance(seconds=21)
    await world.engine.fire_due_timers()
    assert "Hugging now" in texts(await alex.presses(start))
    assert len(timers(world)) == 2


async def test_a_hug_timer_that_never_fired_does_not_block_the_next_hug(world: World) -> None:
    alex, _sam = await couple(world)
    start = button(await alex.says("/hug"), "Start the hug")
    await alex.presses(start)
    world.clock.advance(minutes=5)  # the heartbeat was down: the timer never fired
    assert "Hugging now" in texts(await alex.presses(start))


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


async def test_a_dream_answer_is_shown_first_and_kept_only_on_send(world: World) -> None:
    """A dream answer reaches the partner at the reveal: text typed under the question is shown
    back, and without [Send] nothing is kept or revealed."""
    alex, sam = await couple(world)
    await sam.says("/dream")
    shown = texts(await sam.says("ugh my boss is driving me crazy today"))
    assert "This goes to Alex" in shown
    assert entries(world, kinds.DREAM_ANSWER) == []
    await alex.says("/dream")
    await alex.sends("a little house by the sea")
    assert "boss" not in texts(alex.inbox())
    assert len(entries(world, kinds.DREAM_ANSWER)) == 1
