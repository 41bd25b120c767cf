"""Active listening: one partner shares, the other reflects it back in their own words, the sharer
says whether they felt heard, a clarification round if not, then the roles swap."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot.engine import kinds
from storage.models import Identity
from tests.support.couples import button, couple, restart
from tests.support.stored import entries
from tests.support.world import Person, World, shared_prompts, texts


async def share(speaker: Person, listener: Person, text: str) -> str:
    """`speaker` starts /listen and shares (seeing it first); returns what the listener received."""
    await speaker.says("/listen")
    await speaker.sends(text)
    return texts(listener.inbox())


async def test_a_full_listening_turn_across_private_chats(world: World) -> None:
    alex, sam = await couple(world)
    asked = texts(await alex.says("/listen"))
    assert "You share, Sam listens" in asked
    shared = texts(
        await alex.sends("Work has been so heavy that I barely feel like myself at home.")
    )
    assert "Sent to Sam" in shared

    to_sam = sam.inbox()
    assert "Alex would like you to really hear this" in texts(to_sam)
    assert "barely feel like myself" in texts(to_sam)
    assert "what you think Alex is feeling" in texts(to_sam)

    reflected = texts(
        await sam.sends("I hear that work is draining you, and you feel lost at home.")
    )
    assert "passed that to Alex" in reflected
    to_alex = alex.inbox()
    assert "Sam reflected back" in texts(to_alex)
    assert "work is draining you" in texts(to_alex)
    assert "Did you feel heard?" in texts(to_alex)

    felt = texts(await alex.presses(button(to_alex, "Yes")))
    assert "Feeling heard" in felt
    offer = sam.inbox()
    assert "Alex felt heard" in texts(offer)

    # Roles swap: Sam shares, Alex listens.
    swapped = texts(await sam.presses(button(offer, "My turn to share")))
    assert "You share, Alex listens" in swapped
    await sam.sends("I've been worried we only talk about chores.")
    assert "only talk about chores" in texts(alex.inbox())
    await alex.sends("You miss talking about us, not just the to-do list.")
    assert "Did you feel heard?" in texts(sam.inbox())

    [first, second] = entries(world, kinds.LISTEN_SHARE)
    assert first.recipient_id == second.person_id and second.recipient_id == first.person_id
    reflections = entries(world, kinds.LISTEN_REFLECTION)
    assert reflections[0].data["felt_heard"] == "yes"
    assert reflections[0].data["share_id"] == first.id


async def test_partly_heard_invites_a_gentle_clarification_round(world: World) -> None:
    alex, sam = await couple(world)
    await share(alex, sam, "I feel far from you lately.")
    await sam.sends("You're busy and stressed.")
    asked = texts(await alex.presses(button(alex.inbox(), "Partly")))
    assert "What part would you like Sam to hear again" in asked
    told = texts(sam.inbox())
    # Alex may still leave it there (/cancel, a command): Sam is not promised it "in a moment".
    assert "Alex felt partly heard and may add a little more. If they do" in told
    assert "in a moment" not in told

    await alex.sends("It's not the busyness. I miss us being silly together.")
    again = texts(sam.inbox())
    assert "Alex added a little more" in again and "being silly together" in again
    await sam.sends("You miss the playful side of us, and you feel a bit lonely.")
    to_alex = alex.inbox()
    assert "playful side" in texts(to_alex)
    await alex.presses(button(to_alex, "Yes"))
    assert "Alex felt heard" in texts(sam.inbox())

    shares = entries(world, kinds.LISTEN_SHARE)
    assert [s.data["round"] for s in shares] == [1, 2]
    assert shares[1].data["clarifies"] == shares[0].id
    assert [r.data["felt_heard"] for r in entries(world, kinds.LISTEN_REFLECTION)] == [
        "partly",
        "yes",
    ]


async def test_not_yet_three_times_ends_kindly_and_offers_the_other_turn(world: World) -> None:
    alex, sam = await couple(world)
    await share(alex, sam, "Something about Sundays makes me sad.")
    for round_number in (1, 2, 3):
        await sam.sends(f"Reflection number {round_number}")
        reply = texts(await alex.presses(button(alex.inbox(), "Not yet")))
        if round_number < 3:
            assert "What part would you like Sam to hear" in reply
            assert "not quite heard" in texts(sam.inbox())
            await alex.sends(f"Let me try again, take {round_number}")
            sam.inbox()
        else:
            assert "Thank you both for trying" in reply
    assert "Would you like a turn to share?" in texts(sam.inbox())
    assert len(entries(world, kinds.LISTEN_SHARE)) == 3


async def test_a_prompt_can_be_offered_to_the_sharer(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/listen")
    deck = shared_prompts().deck("listening_prompts").items
    prompts_seen = []
    for label in ("Give me a prompt", "Another prompt", "Another prompt"):
        offered = texts(await alex.taps(label))
        prompt = offered.removeprefix("Here's one to start from, if it helps: ")
        assert prompt in deck
        prompts_seen.append(prompt)
    assert len(set(prompts_seen)) == 3  # no repeats
    await alex.sends("The best part of my day was our walk.")
    [entry] = entries(world, kinds.LISTEN_SHARE)
    assert entry.data["prompt"] == prompts_seen[-1]
    assert "our walk" in texts(sam.inbox())


async def test_the_sharer_can_step_back_before_sending(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/listen")
    assert "nothing was sent" in texts(await alex.taps("Never mind"))
    assert "/help" in texts(await alex.says("just a thought"))  # no longer waiting to share
    assert sam.inbox() == []
    assert entries(world, kinds.LISTEN_SHARE) == []


async def test_the_ready_button_starts_the_reflection(world: World) -> None:
    alex, sam = await couple(world)
    await sam.says("/checkin")
    await alex.says("/listen")
    await alex.sends("I'm nervous about my new job.")
    to_sam = sam.inbox()
    assert "(2/5)" in texts(await sam.says("4"))  # busy: the check-in keeps its answers
    asked = texts(await sam.presses(button(to_sam, "ready to reflect")))
    assert "in your own words" in asked
    await sam.sends("You're excited but scared it won't go well.")
    assert "scared it won't go well" in texts(alex.inbox())


async def test_listen_needs_a_partner(world: World) -> None:
    kim = world.person("Kim")
    replies = await kim.says("/listen")
    assert "starts once your partner joins" in texts(replies)
    assert "/talk" in texts(replies)
    assert "/help" in texts(await kim.says("hello"))  # nothing pending


async def test_listen_with_an_unreachable_partner_says_so(world: World) -> None:
    alex, _sam = await couple(world)

    def unreachable(session) -> None:
        for identity in session.exec(select(Identity)).all():
            if identity.platform_user_id == "u-sam":
                identity.reachable = False

    world.db.transaction(unreachable)
    assert "can't reach Sam privately" in texts(await alex.says("/listen"))


async def test_listen_from_the_shared_space_goes_to_private_chats(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/start")
    replies = await alex.says("/listen", group="g-us")
    assert "sent you something privately" in texts(replies)
    assert "You share, Sam listens" not in texts(replies)
    assert "You share, Sam listens" in texts(alex.inbox())
    await alex.sends("I loved our Saturday.")
    assert "I loved our Saturday." in texts(sam.inbox())
    assert all(message.address.chat_id != "g-us" for message in sam.inbox())


async def test_listen_survives_a_restart_at_every_step(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/listen")
    world = restart(world, alex, sam)
    await alex.sends("I've been feeling invisible at family dinners.")
    world = restart(world, alex, sam)
    await sam.sends("You feel overlooked when we're with family.")
    world = restart(world, alex, sam)
    await alex.presses(button(alex.inbox(), "Partly"))
    world = restart(world, alex, sam)
    await alex.sends("Mostly when nobody asks me anything.")
    world = restart(world, alex, sam)
    await sam.sends("You want to be asked, to feel you belong there.")
    world = restart(world, alex, sam)
    await alex.presses(button(alex.inbox(), "Yes"))
    assert "Alex felt heard" in texts(sam.inbox())


async def test_heard_buttons_answer_once_and_only_for_the_sharer(world: World) -> None:
    alex, sam = await couple(world)
    await share(alex, sam, "Thanks for the tea this morning.")
    await sam.sends("You noticed the tea and it made you feel cared for.")
    to_alex = alex.inbox()
    yes = button(to_alex, "Yes")
    assert "meant for your partner" in texts(await sam.presses(yes))  # not Sam's to answer
    await alex.presses(yes)
    assert "already answered" in texts(await alex.presses(button(to_alex, "Not yet")))
    assert entries(world, kinds.LISTEN_REFLECTION)[0].data["felt_heard"] == "yes"


async def test_made_up_listen_buttons_get_a_kind_answer(world: World) -> None:
    alex, _sam = await couple(world)
    for payload in (
        "listen:heard",
        "listen:heard:abc:yes",
        "listen:heard:99999:yes",
        "listen:heard:1:maybe",
        "listen:reflect:99999",
        "listen:reflect:-1",
        "listen:prompt",
        "listen:whatever",
    ):
        assert texts(await alex.presses(payload))


async def test_a_stranger_cannot_reflect_on_a_couples_share(world: World) -> None:
    alex, sam = await couple(world)
    kim, lee = await couple(world, "Kim", "Lee")
    await share(alex, sam, "A private thought for Sam.")
    [entry] = entries(world, kinds.LISTEN_SHARE)
    assert "moved on" in texts(await kim.presses(f"listen:reflect:{entry.id}"))
    assert kim.inbox() == [] and lee.inbox() == []


async def test_text_in_the_shared_space_is_never_sent_as_a_share(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/listen")
    replies = await alex.says("lol who ate the cake", group="g-us")
    assert "waiting for your answer in our private chat" in texts(replies)
    assert sam.inbox() == []
    assert entries(world, kinds.LISTEN_SHARE) == []
    await alex.sends("I miss our morning coffees.")
    assert "morning coffees" in texts(sam.inbox())


# -- who speaks first, validating, and advice ----------------------------------------------------


async def test_the_one_who_starts_can_choose_to_listen_first(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/listen")
    told = texts(await alex.taps("rather listen first"))
    assert "asked Sam whether they'd like to share first" in told
    invitation = sam.inbox()
    assert "Alex would like to listen to you" in texts(invitation)
    asked = texts(await sam.presses(button(invitation, "Yes, I'll share")))
    assert "You share, Alex listens" in asked
    await sam.sends("I've been feeling stretched thin at work.")
    assert "stretched thin" in texts(alex.inbox())
    [shared] = entries(world, kinds.LISTEN_SHARE)
    assert shared.recipient_id is not None and shared.person_id != shared.recipient_id
    # The one who asked to listen did not share anything.
    assert "This goes to" not in told


async def test_the_invited_partner_may_say_not_now(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/listen")
    await alex.taps("rather listen first")
    assert "That's okay" in texts(await sam.presses(button(sam.inbox(), "Not right now")))
    assert "Sam would rather not share right now" in texts(alex.inbox())
    assert entries(world, kinds.LISTEN_SHARE) == []


async def test_a_validation_follows_the_reflection_and_reaches_the_speaker(world: World) -> None:
    alex, sam = await couple(world)
    await share(alex, sam, "I feel invisible when the evening is all chores.")
    reflected = texts(await sam.sends("You feel unseen when our evenings are only tasks."))
    assert "That makes sense, because" in reflected
    assert "Did you feel heard?" in texts(alex.inbox())
    shown = texts(await sam.says("That makes sense, because you carry most of the evening."))
    assert "This goes to Alex" in shown
    assert alex.inbox() == []  # nothing goes before Send
    await sam.presses(
        button(await sam.says("That makes sense, because you carry so much."), "Send")
    )
    to_alex = texts(alex.inbox())
    assert "Sam added" in to_alex and "because you carry so much" in to_alex
    [validation] = entries(world, kinds.LISTEN_VALIDATION)
    assert validation.recipient_id is not None and validation.body.endswith("carry so much.")


async def test_the_validation_can_be_skipped(world: World) -> None:
    alex, sam = await couple(world)
    await share(alex, sam, "Sundays feel lonely.")
    await sam.sends("Sundays feel lonely for you.")
    alex.inbox()
    assert "already went to them" in texts(await sam.taps("Skip this step"))
    assert "moved on" in texts(await sam.presses("listen:skip"))
    assert alex.inbox() == []


async def test_advice_given_as_a_reflection_is_noticed_gently_and_not_praised(
    world: World,
) -> None:
    alex, sam = await couple(world)
    await share(alex, sam, "I'm so worried about my mum's health.")
    shown = texts(await sam.says("You should just call her doctor and ask."))
    assert "sounds a little like advice" in shown
    assert "This goes to Alex" in shown  # still theirs to send
    sent = texts(await sam.taps("Send"))
    assert "real gift" not in sent
    assert "You should just call her doctor" in texts(alex.inbox())
    [reflection] = entries(world, kinds.LISTEN_REFLECTION)
    assert reflection.data["sounded_like_advice"] is True


async def test_a_real_reflection_is_not_taken_for_advice(world: World) -> None:
    alex, sam = await couple(world)
    await share(alex, sam, "I'm so worried about my mum's health.")
    shown = texts(await sam.says("You're scared for your mum, and it weighs on you all day."))
    assert "advice" not in shown
    assert "real gift" in texts(await sam.taps("Send"))


@pytest.mark.parametrize(
    ("reflection", "advice"),
    [
        ("You should just call her doctor…", True),
        ("Have you tried talking to your boss?", True),
        ("why don’t you take a day off", True),
        ("I hear you're scared. You should just call her doctor.", True),
        ("Don't worry, it'll be fine.", True),
        ("If I were you I'd quit.", True),
        ("It sounds like you feel alone with it.", False),
        ("You feel you should have done more for her.", False),
        ("It sounds like you think you should call her doctor.", False),
        ("You try to hold it all together and you just go quiet.", False),
        ("You feel you have to carry everything.", False),
        ("", False),
    ],
)
def test_advice_is_told_from_reflection_by_rules_in_prompts(reflection: str, advice: bool) -> None:
    from bot.engine.coaching import gives_advice, word_list

    prompts = shared_prompts()
    rules = word_list(prompts.say("listen.rules.advice"))
    reflecting = word_list(prompts.say("listen.rules.reflecting"))
    assert gives_advice(reflection, rules, reflecting) is advice
