"""Love maps (`/knowme`): one answers a question about themself privately, the other guesses,
then both see both, and the one it is about says how close the guess was."""

from __future__ import annotations

from sqlmodel import select

from bot.engine import kinds
from storage.models import Identity
from storage.practice_models import LoveMapRound
from tests.support.couples import button, couple, question_in, restart
from tests.support.stored import entries
from tests.support.world import World, texts


def rounds(world: World) -> list[LoveMapRound]:
    return list(world.db.transaction(lambda s: s.exec(select(LoveMapRound)).all()))


async def test_one_answers_the_other_guesses_and_both_see_both(world: World) -> None:
    alex, sam = await couple(world)
    asked = question_in(texts(await alex.says("/knowme")))
    assert "A question about you" in texts(await alex.says("/knowme"))

    kept = await alex.sends("Toast with too much butter")
    assert "until Sam has guessed" in texts(kept)
    invite = texts(sam.inbox())
    assert "Alex answered a question about themself" in invite and asked in invite
    assert "butter" not in invite  # never before Sam has guessed
    assert alex.inbox() == []

    guessed = await sam.sends("Noodles, always noodles")  # Sam's next words are the guess
    assert "shown you both" in texts(guessed)
    [to_alex], [to_sam] = alex.inbox(), sam.inbox()
    for message in (to_alex, to_sam):
        assert asked in message.text and "butter" in message.text and "Noodles" in message.text
    assert "You said: Toast" in to_alex.text and "Sam guessed: Noodles" in to_alex.text
    assert "Alex said: Toast" in to_sam.text and "You guessed: Noodles" in to_sam.text
    [found] = rounds(world)
    assert found.revealed_at is not None

    thanks = await alex.presses(button([to_alex], "Close"))
    assert "let Sam know" in texts(thanks)
    verdict = sam.inbox()
    assert "guess was close" in texts(verdict)
    assert entries(world, kinds.LOVEMAP_GUESS)[0].data["verdict"] == "close"
    # Once only, and only the one it is about may say how close it was.
    assert "already told Sam" in texts(await alex.presses(button([to_alex], "Spot on")))
    assert "isn't open anymore" in texts(await sam.presses(button([to_alex], "Spot on")))
    assert entries(world, kinds.LOVEMAP_GUESS)[0].data["verdict"] == "close"

    # Then the other way round: Sam's turn to be asked.
    again = await sam.presses(button(verdict, "Now ask me one"))
    assert "A question about you" in texts(again)
    assert rounds(world)[-1].person_id != found.person_id


async def test_the_guesser_sees_the_question_only_after_the_answer(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/knowme")
    waiting = await sam.says("/knowme")
    assert "hasn't answered it yet" in texts(waiting)
    await alex.sends("The smell of rain")
    sam.inbox()
    ask = await sam.says("/knowme")
    assert "Your guess, then" in texts(ask)
    await sam.sends("Fresh bread")
    assert "Alex said: The smell of rain" in texts(sam.inbox())
    # A repeated guess after the reveal is new text, not a second guess.
    await sam.says("Fresh bread, surely")
    assert len(entries(world, kinds.LOVEMAP_GUESS)) == 1


async def test_a_partner_can_take_over_a_question_left_unanswered(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/knowme")
    await sam.says("/knowme")
    mine = await sam.taps("Ask me one instead")
    assert "A question about you" in texts(mine)
    assert len(rounds(world)) == 1  # Alex's unanswered one is gone
    await sam.sends("Late-night walks")
    assert "Sam answered a question about themself" in texts(alex.inbox())
    # Alex's old answer box is gone with the old round: their text is shown back for the guess.
    guessed = await alex.sends("Something with music")
    assert "shown you both" in texts(guessed)


async def test_a_different_question_before_answering(world: World) -> None:
    alex, _sam = await couple(world)
    first = question_in(texts(await alex.says("/knowme")))
    swapped = question_in(texts(await alex.taps("A different question")))
    assert swapped != first
    await alex.sends("An answer")
    [found] = rounds(world)
    assert "A different question" not in texts(await alex.presses(f"knowme:swap:{found.id}"))


async def test_knowme_needs_a_reachable_partner(world: World) -> None:
    kim = world.person("Kim")
    assert "once your partner joins" in texts(await kim.says("/knowme"))
    assert "/help" in texts(await kim.says("hello"))  # nothing waits for an answer
    assert rounds(world) == []

    alex, _sam = await couple(world)

    def unreachable(session) -> None:  # type: ignore[no-untyped-def]
        for identity in session.exec(select(Identity)).all():
            if identity.platform_user_id == "u-sam":
                identity.reachable = False

    world.db.transaction(unreachable)
    assert "can't reach Sam privately" in texts(await alex.says("/knowme"))


async def test_after_unpairing_an_open_round_takes_no_more_words(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/knowme")
    await alex.sends("Alex's answer")
    guess_now = button(sam.inbox(), "Guess now")
    preview = await alex.says("/knowme")  # nothing to add, Alex waits
    assert "Now it's Sam's turn to guess" in texts(preview)
    await alex.says("/unpair")
    await alex.taps("yes")
    sam.inbox()
    assert "isn't open anymore" in texts(await sam.presses(guess_now))
    assert "once your partner joins" in texts(await alex.says("/knowme"))
    assert entries(world, kinds.LOVEMAP_GUESS) == []
    assert "Alex's answer" not in texts(sam.inbox())


async def test_made_up_knowme_buttons_get_a_kind_answer(world: World) -> None:
    alex, sam = await couple(world)
    kim, lee = await couple(world, "Kim", "Lee")
    await kim.says("/knowme")
    await kim.sends("Kim's own answer")
    [theirs] = rounds(world)
    [their_answer] = entries(world, kinds.LOVEMAP_ANSWER)
    for payload in (
        "knowme:swap",
        "knowme:swap:abc",
        "knowme:swap:99999",
        "knowme:guess:²",
        "knowme:guess:99999999999999999999",
        f"knowme:guess:{theirs.id}",  # another couple's round
        f"knowme:mine:{theirs.id}",
        "knowme:verdict",
        "knowme:verdict:abc:close",
        "knowme:verdict:1:maybe",
        f"knowme:verdict:{their_answer.id}:close",  # not a guess
        "knowme:whatever",
    ):
        reply = texts(await alex.presses(payload))
        assert reply and "Kim's own answer" not in reply
    assert alex.inbox() == [] and sam.inbox() == []
    assert "Kim's own answer" not in texts(lee.inbox())
    [still] = rounds(world)
    assert still.question == theirs.question and still.revealed_at is None


async def test_knowme_from_the_shared_space_stays_private(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/start")
    replies = await alex.says("/knowme", group="g-us")
    assert "sent you something privately" in texts(replies)
    assert "A question about you" not in texts(replies)
    assert "A question about you" in texts(alex.inbox())
    typed = await alex.says("My secret answer", group="g-us")
    assert "private chat" in texts(typed) and "My secret answer" not in texts(typed)
    assert entries(world, kinds.LOVEMAP_ANSWER) == []
    await alex.sends("My secret answer")
    assert all(message.address.chat_id != "g-us" for message in sam.inbox())


async def test_a_round_survives_a_restart(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/knowme")
    world = restart(world, alex, sam)
    await alex.sends("Mountains")
    world = restart(world, alex, sam)
    await sam.presses(button(sam.inbox(), "Guess now"))
    await sam.sends("The sea")
    assert "Alex said: Mountains" in texts(sam.inbox())


async def test_forget_removes_the_rounds_and_words_of_the_one_who_forgets(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/knowme")
    await alex.sends("ALEX-ANSWER")
    await sam.sends("SAM-GUESS")  # the reveals wait undelivered in the outbox
    await alex.says("/knowme")  # Alex could be asked about Sam now: a new round about Alex
    await alex.says("/forget")
    assert "Everything of yours is gone" in texts(await alex.taps("delete it all"))

    assert rounds(world) == []  # both rounds were about Alex
    assert entries(world, kinds.LOVEMAP_ANSWER) == []
    [guess] = entries(world, kinds.LOVEMAP_GUESS)
    assert guess.body == "SAM-GUESS" and guess.recipient_id is None  # Sam's own words stay
    assert "ALEX-ANSWER" not in texts(sam.inbox())  # the undelivered reveal carried them


async def test_the_guessers_forget_leaves_the_answer_with_its_writer(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/knowme")
    await alex.sends("ALEX-ANSWER")
    await sam.sends("SAM-GUESS")
    alex.inbox()
    await sam.says("/forget")
    await sam.taps("delete it all")
    assert entries(world, kinds.LOVEMAP_GUESS) == []
    [answer] = entries(world, kinds.LOVEMAP_ANSWER)
    assert answer.body == "ALEX-ANSWER" and answer.recipient_id is None
    assert len(rounds(world)) == 1


async def test_the_export_holds_answers_and_guesses_with_their_question(world: World) -> None:
    from tests.support.exports import export_of

    alex, sam = await couple(world)
    asked = question_in(texts(await alex.says("/knowme")))
    await alex.sends("ALEX-ANSWER")
    # Before Sam has guessed, Alex's answer is not Sam's to export.
    assert "ALEX-ANSWER" not in str(await export_of(sam))
    await sam.presses(button(sam.inbox(), "Guess now"))  # /export ended the waiting guess
    await sam.sends("SAM-GUESS")
    await alex.presses(button(alex.inbox(), "Spot on"))

    mine = await export_of(alex)
    [answer] = [e for e in mine["written"] if e["what"].startswith("how well")]
    assert answer["question"] == asked and answer["text"] == "ALEX-ANSWER"
    assert answer["shared_with"] == "Sam"
    [guess] = [e for e in mine["received"] if e["what"].startswith("how well")]
    assert guess["question"] == asked and guess["text"] == "SAM-GUESS"

    theirs = await export_of(sam)
    [written] = [e for e in theirs["written"] if e["what"].startswith("how well")]
    assert written["how_close"] == "spot_on" and written["question"] == asked
    [received] = [e for e in theirs["received"] if e["what"].startswith("how well")]
    assert received["text"] == "ALEX-ANSWER"
