"""Answering what a partner sent: one tap or a written reply reaches the sender; forged or stale
buttons send nothing."""

from __future__ import annotations

from bot.engine import kinds
from tests.support.couples import button, couple, pair
from tests.support.exports import export_of
from tests.support.stored import entries
from tests.support.world import Person, World, send_button, texts


async def send_a_talk_draft(writer: Person) -> None:
    await writer.says("/talk we never have time for each other")
    await writer.taps("lonely")
    await writer.says("we both scroll our phones through dinner")
    await writer.says("one phone-free dinner a week")
    await writer.taps("Send to my partner")


async def test_a_received_i_statement_can_be_thanked_with_one_tap(world: World) -> None:
    alex, sam = await couple(world)
    await send_a_talk_draft(alex)
    received = sam.inbox()
    assert "I feel lonely when we both scroll" in texts(received)
    labels = [choice.label for message in received for row in message.buttons for choice in row]
    assert labels == [
        "Thank you for telling me",
        "Can we talk tonight?",
        "I need a little time",
        "Write back",
    ]
    sent = texts(await sam.presses(button(received, "Thank you for telling me")))
    assert "Sent to Alex" in sent
    to_alex = texts(alex.inbox())
    assert "Sam answered what you sent them (“I feel lonely when we both scroll" in to_alex
    assert "Thank you for telling me." in to_alex
    # A second tap sends nothing more.
    assert "already sent" in texts(await sam.presses(button(received, "Thank you for telling")))
    assert alex.inbox() == []
    [answer] = entries(world, kinds.ANSWER)
    assert answer.recipient_id is not None and answer.data["quick"] == "thanks"


async def test_a_listening_share_can_be_answered_can_we_talk_tonight(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/listen")
    await alex.sends("I've felt far from you since the move.")
    received = sam.inbox()
    assert "I'm ready to reflect" in [
        choice.label for message in received for row in message.buttons for choice in row
    ]
    await sam.presses(button(received, "Can we talk tonight?"))
    assert "Can we talk about it tonight?" in texts(alex.inbox())
    await sam.presses(button(received, "I need a little time"))
    assert "I need a little time with this" in texts(alex.inbox())
    # The share still waits to be reflected.
    await sam.presses(button(received, "ready to reflect"))
    await sam.sends("You feel far from me since we moved.")
    assert "Did you feel heard?" in texts(alex.inbox())


async def test_a_written_reply_is_shown_first_and_sent_on_send(world: World) -> None:
    alex, sam = await couple(world)
    await send_a_talk_draft(alex)
    received = sam.inbox()
    asked = texts(await sam.presses(button(received, "Write back")))
    assert "show it to you before it goes" in asked
    shown = await sam.says("I didn't see it that way. Let's keep Thursdays phone-free.")
    assert "This goes to Alex" in texts(shown)
    assert alex.inbox() == []
    await sam.presses(send_button(shown))
    to_alex = texts(alex.inbox())
    assert "Sam wrote back" in to_alex and "Thursdays phone-free" in to_alex
    document = await export_of(sam)
    assert "Thursdays phone-free" in str(document)


async def test_dont_send_under_a_written_reply_sends_nothing(world: World) -> None:
    alex, sam = await couple(world)
    await send_a_talk_draft(alex)
    await sam.presses(button(sam.inbox(), "Write back"))
    shown = await sam.says("honestly I'm too angry to answer")
    await sam.presses(button(shown, "Don't send"))
    assert alex.inbox() == []
    assert entries(world, kinds.ANSWER) == []


async def test_forged_and_stale_answer_buttons_send_nothing(world: World) -> None:
    alex, sam = await couple(world)
    kim, lee = await couple(world, "Kim", "Lee")
    await send_a_talk_draft(alex)
    received = sam.inbox()
    [draft] = entries(world, kinds.TALK_DRAFT)
    real = button(received, "Thank you for telling me")
    for forged in (
        "answer:thanks",
        "answer:thanks:x",
        "answer:thanks:99999999",
        f"answer:bogus:{draft.id}",
        f"answer:thanks:{draft.id}:extra",
        "answer:thanks:²",
    ):
        assert "nothing was sent" in texts(await sam.presses(forged))
    assert "nothing was sent" in texts(await alex.presses(real))  # the writer's own message
    assert "nothing was sent" in texts(await kim.presses(real))  # another couple
    assert "nothing was sent" in texts(await lee.presses(real))
    await alex.says("/unpair")
    await alex.taps("yes")
    sam.inbox()
    assert "nothing was sent" in texts(await sam.presses(real))  # no longer partners
    assert alex.inbox() == [] and kim.inbox() == [] and lee.inbox() == []
    assert entries(world, kinds.ANSWER) == []


async def test_an_unsent_draft_cannot_be_answered(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/talk it's been hard")
    await alex.taps("sad")
    await alex.says("we argue about money")
    await alex.says("a calm talk about the budget")
    [draft] = entries(world, kinds.TALK_DRAFT)
    assert "nothing was sent" in texts(await sam.presses(f"answer:thanks:{draft.id}"))
    assert alex.inbox() == []


async def test_a_new_partner_cannot_answer_what_the_old_one_received(world: World) -> None:
    alex, sam = await couple(world)
    await send_a_talk_draft(alex)
    real = button(sam.inbox(), "Thank you for telling me")
    await sam.says("/unpair")
    await sam.taps("yes")
    alex.inbox()
    robin = world.person("Robin")
    await pair(alex, robin)
    assert "nothing was sent" in texts(await robin.presses(real))
    assert alex.inbox() == []


async def test_words_typed_in_the_shared_space_are_not_taken_as_the_reply(world: World) -> None:
    alex, sam = await couple(world)
    await sam.says("/start")
    await sam.says("/couple setup", group="g-us")
    await send_a_talk_draft(alex)
    await sam.presses(button(sam.inbox(), "Write back"))
    in_group = texts(await sam.says("thank you, love", group="g-us"))
    assert "This goes to Alex" not in in_group
    assert alex.inbox() == []
    shown = await sam.says("thank you, love")
    assert "This goes to Alex" in texts(shown)


async def test_can_we_talk_tonight_can_be_answered_yes_or_tomorrow_with_one_tap(
    world: World,
) -> None:
    alex, sam = await couple(world)
    await send_a_talk_draft(alex)
    await sam.presses(button(sam.inbox(), "Can we talk tonight?"))
    asked = alex.inbox()
    assert "Can we talk about it tonight?" in texts(asked)
    labels = [choice.label for message in asked for row in message.buttons for choice in row]
    assert labels == ["Yes, tonight works", "Not tonight — tomorrow?"]

    sent = texts(await alex.presses(button(asked, "Yes, tonight works")))
    assert "Sent to Sam" in sent
    to_sam = texts(sam.inbox())
    assert "Alex answered your question (“Can we talk about it tonight?”)" in to_sam
    assert "Yes, tonight works" in to_sam
    # One answer to one question: a second tap, or the other choice, sends nothing more.
    assert "already answered" in texts(await alex.presses(button(asked, "Yes, tonight")))
    assert "already answered" in texts(await alex.presses(button(asked, "Not tonight")))
    assert sam.inbox() == []
    replies = [e for e in entries(world, kinds.ANSWER) if e.person_id != e.recipient_id]
    assert [e.data["quick"] for e in replies] == ["tonight", "tonight_yes"]


async def test_not_tonight_reaches_the_partner_as_a_wish_for_tomorrow(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/listen")
    await alex.sends("I've felt far from you since the move.")
    await sam.presses(button(sam.inbox(), "Can we talk tonight?"))
    await alex.presses(button(alex.inbox(), "Not tonight"))
    assert "Not tonight, but tomorrow?" in texts(sam.inbox())


async def test_forged_and_stale_tonight_answers_send_nothing(world: World) -> None:
    alex, sam = await couple(world)
    kim, lee = await couple(world, "Kim", "Lee")
    await send_a_talk_draft(alex)
    received = sam.inbox()
    await sam.presses(button(received, "Thank you for telling me"))
    [thanks] = entries(world, kinds.ANSWER)
    await sam.presses(button(received, "Can we talk tonight?"))
    real = button(alex.inbox(), "Yes, tonight works")
    [draft] = entries(world, kinds.TALK_DRAFT)
    for forged in (
        f"answer:tonight_yes:{thanks.id}",  # not a question about tonight
        f"answer:tonight_yes:{draft.id}",  # not an answer at all
        "answer:tonight_no:99999999",
        "answer:tonight_yes:x",
        "answer:tonight_yes",
    ):
        assert "nothing was sent" in texts(await alex.presses(forged)), forged
    assert "nothing was sent" in texts(await sam.presses(real))  # the asker's own question
    assert "nothing was sent" in texts(await kim.presses(real))  # another couple
    await alex.says("/unpair")
    await alex.taps("yes")
    sam.inbox()
    assert "nothing was sent" in texts(await alex.presses(real))  # no longer partners
    assert sam.inbox() == [] and kim.inbox() == [] and lee.inbox() == []
    assert [e.data["quick"] for e in entries(world, kinds.ANSWER)] == ["thanks", "tonight"]
