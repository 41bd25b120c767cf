"""Nothing typed reaches the partner unseen: words for the partner are shown back first with
Send / Change it / Don't send, sent once, never to someone who left, and put aside (and said so)
when a command comes in between (issue 13, part 1; questions that wait are in test_waiting.py)."""

from __future__ import annotations

import pytest

from bot.engine import kinds
from tests.support.couples import button, couple, pair
from tests.support.stored import entries, pending_of
from tests.support.world import World, send_button, texts


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
