"""Dreams: one question for both, answered privately, revealed to both only when both answered."""

from __future__ import annotations

import asyncio

from sqlmodel import select

from bot.engine import kinds
from storage.models import DreamRound, Entry
from tests.support.couples import button, couple, invite_code, question_in, restart
from tests.support.world import World, texts


def rounds(world: World) -> list[DreamRound]:
    return list(world.db.transaction(lambda s: s.exec(select(DreamRound)).all()))


def answers(world: World) -> list[Entry]:
    return list(
        world.db.transaction(
            lambda s: s.exec(select(Entry).where(Entry.kind == kinds.DREAM_ANSWER)).all()
        )
    )


async def test_both_partners_get_the_same_question_and_the_reveal_waits_for_both(
    world: World,
) -> None:
    alex, sam = await couple(world)
    asked_alex = question_in(texts(await alex.says("/dream")))
    asked_sam = question_in(texts(await sam.says("/dream")))
    assert asked_alex == asked_sam

    kept = await alex.sends("A small house near the sea, with room for friends")
    assert "safe with me until Sam answers" in texts(kept)
    nudge = texts(sam.inbox())
    assert "Alex has answered" in nudge and asked_alex in nudge
    assert "near the sea" not in nudge  # never before Sam has answered
    assert alex.inbox() == []

    done = await sam.sends("Somewhere with a garden and a dog")
    assert "each other's answers" in texts(done)
    to_alex, to_sam = alex.inbox(), sam.inbox()
    assert len(to_alex) == 1 and len(to_sam) == 1
    for message in (to_alex, to_sam):
        assert asked_alex in message[0].text
        assert "near the sea" in message[0].text and "garden and a dog" in message[0].text
    assert "You: A small house" in to_alex[0].text and "Sam: Somewhere" in to_alex[0].text
    assert "You: Somewhere" in to_sam[0].text and "Alex: A small house" in to_sam[0].text
    [dream] = rounds(world)
    assert dream.revealed_at is not None


async def test_the_reveal_reaches_each_partner_only_once(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/dream")
    await alex.sends("Travel slowly")
    await sam.presses(button(sam.inbox(), "Answer now"))
    await sam.sends("Learn to sail")
    assert len(alex.inbox()) == 1 and len(sam.inbox()) == 1
    await sam.says("Learn to sail, really")  # nothing pending any more: no second reveal
    [revealed] = rounds(world)
    stale = await alex.presses(f"dream:answer:{revealed.id}")  # an old button, revealed round
    assert "isn't open anymore" in texts(stale)
    assert alex.inbox() == [] and sam.inbox() == []


async def test_a_new_dream_while_one_is_open_shows_the_open_question(world: World) -> None:
    alex, sam = await couple(world)
    first = question_in(texts(await alex.says("/dream")))
    assert question_in(texts(await alex.says("/dream"))) == first
    await alex.sends("Growing old in the same town as our friends")
    again = texts(await alex.says("/dream"))
    assert first in again and "as soon as Sam has answered too" in again
    assert "Growing old" not in texts(await sam.says("/dream"))
    assert len(rounds(world)) == 1


async def test_after_the_reveal_the_next_dream_is_a_new_question(world: World) -> None:
    alex, sam = await couple(world)
    first = question_in(texts(await alex.says("/dream")))
    await alex.sends("one")
    await sam.says("/dream")
    await sam.sends("two")
    second = question_in(texts(await sam.says("/dream")))
    assert second != first
    assert len(rounds(world)) == 2


async def test_a_different_question_can_be_chosen_until_someone_answers(world: World) -> None:
    alex, sam = await couple(world)
    first = question_in(texts(await alex.says("/dream")))
    other = question_in(texts(await alex.taps("different question")))
    assert other != first
    assert question_in(texts(await sam.says("/dream"))) == other
    await sam.sends("A year abroad")
    [open_round] = rounds(world)
    stale = await alex.presses(f"dream:swap:{open_round.id}")
    assert other in texts(stale)  # the answered question stays


async def test_an_answer_survives_a_restart_between_question_and_answer(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/dream")
    await sam.says("/dream")
    await sam.sends("To keep dancing in the kitchen")
    world = restart(world, alex, sam)
    await alex.sends("To have Sunday mornings with no plans")
    assert "To keep dancing" in texts(alex.inbox())
    assert "Sunday mornings" in texts(sam.inbox())


async def test_a_solo_answer_is_revealed_when_the_partner_joins_and_answers(
    world: World,
) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    question = question_in(texts(await alex.says("/dream")))
    kept = await alex.sends("A life with more music in it")
    assert "When your partner joins" in texts(kept)
    assert "partner joins" in texts(await alex.says("/dream"))

    await sam.says(f"/pair {invite_code(await alex.says('/pair'))}")
    turn_note = texts(sam.inbox())
    assert "Alex has answered" in turn_note and question in turn_note
    assert "more music" not in turn_note
    assert question_in(texts(await sam.says("/dream"))) == question
    await sam.sends("Fewer meetings, more mountains")
    assert "more music" in texts(sam.inbox())
    assert "Fewer meetings" in texts(alex.inbox())


async def test_answers_never_leak_to_another_couple(world: World) -> None:
    alex, sam = await couple(world)
    kim, lee = await couple(world, "Kim", "Lee")
    await alex.says("/dream")
    await kim.says("/dream")
    await alex.sends("ALEX-SECRET")
    await kim.sends("KIM-SECRET")
    await sam.says("/dream")
    await sam.sends("SAM-SECRET")
    lee_sees = (
        texts(lee.inbox()) + texts(await lee.says("/dream")) + texts(await lee.says("/journal"))
    )
    assert "ALEX-SECRET" not in lee_sees and "SAM-SECRET" not in lee_sees
    assert "KIM-SECRET" not in texts(alex.inbox()) + texts(sam.inbox())


async def test_an_unrevealed_answer_is_not_in_the_partners_export(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/dream")
    await alex.sends("UNREVEALED-HOPE")
    [export] = await sam.says("/export")
    assert export.attachment is not None
    assert b"UNREVEALED-HOPE" not in export.attachment.content
    await sam.says("/dream")
    await sam.sends("mine")
    [export] = await sam.says("/export")
    assert export.attachment is not None and b"UNREVEALED-HOPE" in export.attachment.content


async def test_a_forged_answer_button_for_another_couples_round_is_refused(world: World) -> None:
    alex, _sam = await couple(world)
    kim, _lee = await couple(world, "Kim", "Lee")
    await kim.says("/dream")
    [kims_round] = rounds(world)
    reply = await alex.presses(f"dream:answer:{kims_round.id}")
    assert "isn't open anymore" in texts(reply)
    assert "not sure what that's for" in texts(await alex.says("KIM-QUESTION-ANSWER"))
    assert answers(world) == []


async def test_answers_sent_at_the_same_moment_still_reveal_once_to_each(world: World) -> None:
    alex, sam = await couple(world)
    for number in range(5):
        await alex.says("/dream")
        await sam.says("/dream")
        await asyncio.gather(alex.sends(f"alex answer {number}"), sam.sends(f"sam answer {number}"))
        to_alex, to_sam = texts(alex.inbox()), texts(sam.inbox())
        for inbox in (to_alex, to_sam):
            assert inbox.count("You both answered") == 1, inbox
            assert f"alex answer {number}" in inbox and f"sam answer {number}" in inbox
    assert all(dream.revealed_at is not None for dream in rounds(world))
