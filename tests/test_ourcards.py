"""Our own cards (`/ourcards`): a couple adds questions to /dream and /knowme; they are drawn
for that couple only, new ones first, and go with /forget and into /export."""

from __future__ import annotations

from sqlmodel import select

from storage.practice_models import OwnCard
from tests.support.couples import button, couple
from tests.support.world import World, texts


def cards(world: World) -> list[OwnCard]:
    return list(world.db.transaction(lambda s: s.exec(select(OwnCard)).all()))


async def add(person, which: str, text: str) -> None:  # type: ignore[no-untyped-def]
    await person.says("/ourcards")
    await person.taps(which)
    await person.sends(text)


async def test_our_dream_question_comes_up_first_for_both_and_in_the_reveal(
    world: World,
) -> None:
    alex, sam = await couple(world)
    assert "haven't added any" in texts(await alex.says("/ourcards"))
    await alex.taps("Add a /dream question")
    shown = await alex.says("Where should we   spend our tenth anniversary?")
    assert "This goes to Sam" in texts(shown)
    assert "Where should we spend our tenth anniversary?" in texts(shown)  # spaces tidied
    assert cards(world) == [] and sam.inbox() == []
    assert "come up soon in /dream" in texts(await alex.presses(button(shown, "Send")))
    assert "Alex added a question of your own to /dream" in texts(sam.inbox())

    asked = texts(await sam.says("/dream"))
    assert "tenth anniversary" in asked
    await sam.sends("A quiet cabin")
    await alex.says("/dream")
    await alex.sends("Somewhere with a view")
    reveal = texts(alex.inbox())
    assert "tenth anniversary" in reveal and "A quiet cabin" in reveal
    assert cards(world)[0].drawn_at is not None  # drawn: from now on it is mixed in with the deck


async def test_our_knowme_question_is_asked_and_guessed(world: World) -> None:
    alex, sam = await couple(world)
    await add(sam, "Add a /knowme question", "What's your favourite smell?")
    alex.inbox()
    assert "What's your favourite smell?" in texts(await alex.says("/knowme"))
    await alex.sends("Cut grass")
    assert "What's your favourite smell?" in texts(sam.inbox())


async def test_another_couple_never_sees_our_cards(world: World) -> None:
    alex, sam = await couple(world)
    kim, lee = await couple(world, "Kim", "Lee")
    await add(alex, "Add a /dream question", "OUR-SECRET-QUESTION?")
    [card] = cards(world)
    assert "OUR-SECRET-QUESTION" not in texts(await kim.says("/ourcards"))
    assert "OUR-SECRET-QUESTION" not in texts(await kim.says("/dream"))
    assert "OUR-SECRET-QUESTION" not in texts(await kim.says("/knowme"))
    assert "isn't there anymore" in texts(await kim.presses(f"ourcards:remove:{card.id}"))
    assert len(cards(world)) == 1
    assert "OUR-SECRET-QUESTION" not in texts(kim.inbox() + lee.inbox())
    assert "OUR-SECRET-QUESTION" in texts(await sam.says("/ourcards"))


async def test_either_partner_removes_a_card(world: World) -> None:
    alex, sam = await couple(world)
    await add(alex, "Add a /knowme question", "What's a song that always makes you dance?")
    listed = await sam.says("/ourcards")
    assert "/knowme: What's a song that always makes you dance?" in texts(listed)
    removed = await sam.taps("Remove: What's a song")
    assert "Removed" in texts(removed)
    assert cards(world) == []
    assert "haven't added any" in texts(await alex.says("/ourcards"))


async def test_bad_input_is_refused_kindly(world: World) -> None:
    kim = world.person("Kim")
    assert "once your partner joins" in texts(await kim.says("/ourcards"))
    assert "once your partner joins" in texts(await kim.presses("ourcards:add:dreams"))

    alex, sam = await couple(world)
    for payload in (
        "ourcards:add",
        "ourcards:add:quality_time",  # not a deck own cards go into
        "ourcards:remove",
        "ourcards:remove:abc",
        "ourcards:remove:²",
        "ourcards:remove:99999",
        "ourcards:whatever",
    ):
        assert texts(await alex.presses(payload)), payload
    await alex.presses("ourcards:add:dreams")
    assert "under 200 characters" in texts(await alex.says("x" * 201))
    assert cards(world) == [] and sam.inbox() == []


async def test_text_in_the_shared_space_is_not_taken_as_a_card(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/start")
    assert "sent you something privately" in texts(await alex.says("/ourcards", group="g-us"))
    await alex.presses("ourcards:add:dreams")
    typed = await alex.says("GROUP-QUESTION?", group="g-us")
    assert "GROUP-QUESTION" not in texts(typed)
    assert cards(world) == [] and "GROUP-QUESTION" not in texts(sam.inbox())


async def test_forget_and_export(world: World) -> None:
    from tests.support.exports import export_of

    alex, sam = await couple(world)
    await add(alex, "Add a /dream question", "ALEX-CARD?")
    await add(sam, "Add a /knowme question", "SAM-CARD?")
    question = texts(await alex.says("/dream")).splitlines()[1]
    assert question == "ALEX-CARD?"
    await alex.sends("ALEX-ANSWER")
    document = await export_of(alex)
    own = {card["text"]: card for card in document["own_questions"]}
    assert own["ALEX-CARD?"]["for"] == "/dream" and own["ALEX-CARD?"]["added_by"] == "me"
    assert own["SAM-CARD?"]["for"] == "/knowme" and own["SAM-CARD?"]["added_by"] == "Sam"
    [answer] = [e for e in document["written"] if e["what"] == "dream answer"]
    assert answer["question"] == "ALEX-CARD?"

    await alex.says("/forget")
    await alex.taps("delete it all")
    assert [card.text for card in cards(world)] == ["SAM-CARD?"]
