"""Free text with nothing waiting gets a warm answer that fits, and a practice or two to try."""

from __future__ import annotations

from tests.support.couples import button, couple, labels
from tests.support.world import World, texts


async def test_a_brand_new_hi_is_welcomed_and_asked_to_begin(world: World) -> None:
    replies = await world.person("Alex").says("hi")
    text = texts(replies)
    assert "Hi Alex, I'm Nearer" in text and "/pair" in text
    assert "not sure what that's for" not in text


async def test_a_paired_hi_is_greeted_with_something_to_do_today(world: World) -> None:
    alex, _sam = await couple(world)
    replies = await alex.says("Hello!")
    assert "good to see you" in texts(replies)
    assert any("Check in" in label for label in labels(replies))


async def test_a_fight_gets_empathy_and_a_way_back_and_the_button_starts_it(world: World) -> None:
    alex, sam = await couple(world)
    replies = await alex.says("we had a big fight last night")
    assert "Fights happen" in texts(replies)
    assert {"🩹 A repair step", "💬 Find the words"} == set(labels(replies))
    started = await alex.presses(button(replies, "Find the words"))
    assert "not sure what that's for" not in texts(started) and texts(started)
    started = await alex.presses(button(replies, "repair step"))
    assert "not sure what that's for" not in texts(started) and texts(started)
    assert sam.inbox() == []  # nothing of it reaches the partner


async def test_lonely_points_to_a_check_in_or_time_together(world: World) -> None:
    alex, _sam = await couple(world)
    replies = await alex.says("I feel so lonely in this relationship")
    assert "lonely inside a relationship" in texts(replies)
    assert {"🌤 Check in", "🕯 Time together"} <= set(labels(replies))


async def test_missing_them_names_the_partner_and_offers_a_kind_word(world: World) -> None:
    alex, sam = await couple(world)
    replies = await sam.says("I miss him")
    assert "Missing Alex" in texts(replies)
    assert "💛 Send a kind word" in labels(replies)
    assert alex.inbox() == []


async def test_not_being_heard_offers_listening_and_words(world: World) -> None:
    alex, _sam = await couple(world)
    replies = await alex.says("she never listens")
    assert "Not feeling heard" in texts(replies)
    assert "👂 Take turns listening" in labels(replies)


async def test_thanks_affection_questions_and_yes_no_each_get_their_own_answer(
    world: World,
) -> None:
    alex, _sam = await couple(world)
    answers = {
        "thanks": "You're very welcome",
        "❤️": "Right back at you",
        "what can you do?": "I'm Nearer",
        "no": "That's okay",
        "yes": "Lovely",
        "I'm so stressed": "a lot to carry",
        "we had such a good day": "lovely to hear",
    }
    for message, expected in answers.items():
        assert expected in texts(await alex.says(message)), message


async def test_safety_screening_answers_before_any_friendly_reply(world: World) -> None:
    alex, _sam = await couple(world)
    text = texts(await alex.says("we had a fight and he hit me"))
    assert "Fights happen" not in text
    assert "/support" in text or "safe" in text.lower()


async def test_feelings_said_in_a_shared_group_are_answered_privately(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/couple setup", group="g-1")
    replies = await alex.says("we had a fight", group="g-1")
    in_group = [reply for reply in replies if reply.address.chat_id == "g-1"]
    assert all("Fights happen" not in reply.text for reply in in_group)
    assert any("Fights happen" in message.text for message in alex.inbox())
    assert all("Fights happen" not in message.text for message in sam.inbox())


async def test_words_that_say_nothing_readable_still_get_a_kind_pointer(world: World) -> None:
    alex, _sam = await couple(world)
    assert "/help" in texts(await alex.says("asdfgh"))


def test_a_broken_rule_fails_the_start_not_a_message() -> None:
    import copy

    import pytest

    from bot.engine.companion import load_companion
    from bot.engine.flows import default_flows
    from bot.engine.router import Router
    from prompts import PromptError, Prompts
    from tests.support.world import shared_prompts

    good = shared_prompts()
    commands = list(Router(default_flows()).commands)
    load_companion(good, commands)  # the shipped rules load
    for broken in (
        {"patterns": ["(unclosed"]},
        {"reply": "companion.nowhere"},
        {"practices": ["dance"]},
        {"colour": "blue"},
    ):
        rules = copy.deepcopy(good.rules)
        rules["companion"]["topic"][0].update(broken)
        with pytest.raises(PromptError):
            load_companion(Prompts("en", good.messages, good.decks, rules), commands)


async def test_a_partner_is_never_named_in_a_group_that_is_not_the_couples_own(
    world: World,
) -> None:
    """Thanks, affection, a question about Nearer or a `/start` in someone else's group: the
    answer that names the partner goes to the private chat, never to that group."""
    alex, _sam = await couple(world)
    for said in ("/start", "thanks", "I love you", "what is this"):
        replies = await alex.says(said, group="g-strangers")
        public = [r.text for r in replies if not r.private and r.address.chat_id == "g-strangers"]
        assert replies and not any("Sam" in text for text in public), (said, public)
