"""Honest talk: the "I"-statement coach. What the person writes stays private; only the finished
draft reaches the partner, and only when its author presses "Send to my partner"."""

from __future__ import annotations

import time

import pytest
from sqlmodel import select

from bot.engine import Outbound, kinds
from bot.engine.coaching import Pattern, coaching_for
from bot.engine.flows.talk import FEELINGS
from storage.models import Entry, OutboxMessage
from tests.support.couples import couple, pair, restart
from tests.support.world import Person, World, shared_prompts, texts

ENGLISH = coaching_for(shared_prompts())
find_accusations = ENGLISH.find_accusations
main_pattern = ENGLISH.main_pattern
sounds_like_a_complaint = ENGLISH.sounds_like_a_complaint
tidy_feeling = ENGLISH.tidy_feeling
tidy_need = ENGLISH.tidy_need
tidy_situation = ENGLISH.tidy_situation


def drafts(world: World) -> list[Entry]:
    return list(
        world.db.transaction(
            lambda s: s.exec(select(Entry).where(Entry.kind == kinds.TALK_DRAFT)).all()
        )
    )


def everything_queued(world: World) -> str:
    rows = world.db.transaction(lambda s: s.exec(select(OutboxMessage)).all())
    return "\n".join(row.payload.get("text", "") for row in rows)


async def coach_through(person: Person, said: str, feeling: str, situation: str, need: str) -> str:
    """Go through the three steps; `feeling` is a button label or typed text."""
    await person.says(f"/talk {said}")
    if feeling in FEELINGS:
        await person.taps(feeling)
    else:
        await person.says(feeling)
    await person.says(situation)
    return texts(await person.says(need))


# -- recognising accusations ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("You never listen to me", Pattern.ABSOLUTE),
        ("you ALWAYS do this", Pattern.ABSOLUTE),
        ("you literally never help with the kids", Pattern.ABSOLUTE),
        ("every time you come home you're on your phone", Pattern.ABSOLUTE),
        ("you keep forgetting our plans", Pattern.ABSOLUTE),
        ("my partner never asks about my day", Pattern.ABSOLUTE),
        ("It's all your fault", Pattern.BLAME),
        ("we're late because of you", Pattern.BLAME),
        ("you make me feel invisible", Pattern.BLAME),
        ("you ruined the evening", Pattern.BLAME),
        ("you don't care about me", Pattern.BLAME),
        ("you're so selfish", Pattern.NAME_CALLING),
        ("you’re such a child", Pattern.NAME_CALLING),
        ("your so lazy", Pattern.NAME_CALLING),
        ("you idiot", Pattern.NAME_CALLING),
        ("she's so inconsiderate", Pattern.NAME_CALLING),
        ("why can't you just text back", Pattern.DEMAND),
        ("you should have told me", Pattern.DEMAND),
        ("you need to pull your weight", Pattern.DEMAND),
    ],
)
def test_accusing_patterns_are_recognised(text: str, pattern: Pattern) -> None:
    assert main_pattern(text) is pattern
    assert sounds_like_a_complaint(text)


@pytest.mark.parametrize(
    "text",
    [
        "I feel lonely in the evenings",
        "I love how you always make me laugh",
        "you make me so happy",
        "you're always there for me",
        "Why do you ask?",
        "he keeps the house so tidy",
        "I miss you",
        "could we plan a date this week?",
    ],
)
def test_kind_or_neutral_words_are_not_complaints(text: str) -> None:
    assert not sounds_like_a_complaint(text), find_accusations(text)


def test_long_repetitive_text_is_read_quickly() -> None:
    for text in ("you are " + "so such a " * 400, "you " * 1000, "why can't you " * 280):
        started = time.perf_counter()
        find_accusations(text[:4000])
        assert time.perf_counter() - started < 0.25


def test_accusations_are_listed_once_in_reading_order() -> None:
    phrases = [
        a.phrase for a in find_accusations("You never listen and it's your fault, you idiot")
    ]
    assert phrases == ["You never", "it's your fault", "you idiot"]


@pytest.mark.parametrize(
    ("tidy", "typed", "expected"),
    [
        (tidy_feeling, "I'm feeling really lonely.", "really lonely"),
        (tidy_feeling, "Hurt", "hurt"),
        (tidy_feeling, "i feel invisible", "invisible"),
        (tidy_situation, "When we both scroll at dinner.", "we both scroll at dinner"),
        (tidy_situation, "whenever plans fall through!", "plans fall through"),
        (tidy_need, "I need some time together.", "some time together"),
        (tidy_need, "I'd love a hug when I get home", "a hug when I get home"),
        (tidy_need, "More help with bedtime", "more help with bedtime"),
    ],
)
def test_the_pieces_are_tidied_to_fit_the_sentence(tidy, typed: str, expected: str) -> None:
    assert tidy(typed) == expected


# -- the coach -----------------------------------------------------------------------------------


async def test_talk_turns_a_complaint_into_an_i_statement(world: World) -> None:
    alex, sam = await couple(world)
    replies = await alex.says("/talk")
    assert "stays between you and me" in texts(replies)
    heard = texts(await alex.says("You never listen to me, you're always on your phone"))
    assert "“You never”" in heard and "I feel … when … I need …" in heard
    assert [label for label, _ in alex.last_buttons][:3] == ["hurt", "lonely", "unheard"]
    await alex.taps("lonely")
    await alex.says("When we're both on our phones at dinner.")
    draft = texts(await alex.says("I need ten minutes together after work"))
    assert (
        "“I feel lonely when we're both on our phones at dinner. "
        "I need ten minutes together after work.”"
    ) in draft
    assert sam.inbox() == []  # nothing leaves before the author says so
    [entry] = drafts(world)
    assert entry.recipient_id is None
    assert entry.data["said"].startswith("You never listen")


async def test_the_draft_reaches_the_partner_only_when_sent(world: World) -> None:
    alex, sam = await couple(world)
    await coach_through(
        alex,
        "you never plan anything",
        "unheard",
        "our weekends just happen",
        "to plan one evening together",
    )
    assert "you never plan anything" not in everything_queued(world)
    assert sam.inbox() == []
    replies = await alex.taps("Send to my partner")
    assert "Sent to Sam" in texts(replies)
    [message] = sam.inbox()
    assert "Alex has something they'd like you to hear" in message.text
    assert (
        "I feel unheard when our weekends just happen. I need to plan one evening together."
        in message.text
    )
    assert "you never plan anything" not in message.text  # the raw words never travel
    assert "/listen" in message.text
    [entry] = drafts(world)
    assert entry.recipient_id is not None and entry.data["sent_at"]


async def test_sending_twice_delivers_once(world: World) -> None:
    alex, sam = await couple(world)
    await coach_through(
        alex,
        "you always leave dishes",
        "frustrated",
        "the sink is full at night",
        "us to share the evening tidy-up",
    )
    send = next(payload for label, payload in alex.last_buttons if label == "Send to my partner")
    await alex.presses(send)
    again = await alex.presses(send)
    assert "already with Sam" in texts(again)
    assert len(sam.inbox()) == 1


async def test_a_typed_feeling_works_and_a_thought_gets_one_gentle_hint(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/talk it's your fault we never see friends")
    hint = texts(await alex.says("like you don't care about my friends"))
    assert "more like a thought" in hint
    await alex.says("I'm feeling left out")
    await alex.says("our weekends fill up without me")
    draft = texts(await alex.says("us to plan one weekend with my friends"))
    assert "I feel left out when our weekends fill up without me." in draft


async def test_an_accusing_situation_gets_one_hint_then_is_accepted(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/talk we never talk")
    await alex.taps("sad")
    hint = texts(await alex.says("you never ask about my day"))
    assert "still sounds like a verdict" in hint
    again = texts(await alex.says("you never ask about my day"))  # no second lecture
    assert "what would help" in again.lower()
    draft = texts(await alex.says("a few minutes to share our days"))
    assert "I feel sad when you never ask about my day." in draft
    assert "still has a “you never”" in draft


async def test_a_draft_can_be_edited_part_by_part(world: World) -> None:
    alex, sam = await couple(world)
    await coach_through(
        alex,
        "you're so cold lately",
        "hurt",
        "I reach for your hand and you pull away",
        "more affection",
    )
    await alex.taps("Edit")
    await alex.taps("The need")
    edited = texts(await alex.says("a hug when we say goodnight"))
    assert "I need a hug when we say goodnight." in edited
    await alex.taps("Edit")
    await alex.taps("The feeling")
    edited = texts(await alex.taps("lonely"))
    assert "I feel lonely when I reach for your hand and you pull away." in edited
    await alex.taps("Send to my partner")
    assert "I need a hug when we say goodnight." in sam.inbox()[0].text


async def test_a_draft_can_be_rewritten_in_my_own_words(world: World) -> None:
    alex, sam = await couple(world)
    await coach_through(alex, "you work all the time", "lonely", "work runs late", "time with you")
    await alex.taps("Edit")
    await alex.taps("In my own words")
    mine = "I miss you in the evenings, and I'd love one night a week that's just ours."
    assert mine in texts(await alex.says(mine))
    await alex.taps("Send to my partner")
    assert mine in sam.inbox()[0].text


async def test_a_draft_can_be_discarded_and_nothing_is_sent(world: World) -> None:
    alex, sam = await couple(world)
    await coach_through(
        alex, "you never help", "overwhelmed", "the evenings are busy", "help with bedtime"
    )
    send = next(payload for label, payload in alex.last_buttons if label == "Send to my partner")
    assert "Thrown away" in texts(await alex.taps("Discard"))
    assert drafts(world) == []
    assert "isn't here any more" in texts(await alex.presses(send))
    assert sam.inbox() == []


async def test_a_kept_draft_comes_back_with_talk(world: World) -> None:
    alex, sam = await couple(world)
    await coach_through(
        alex,
        "you always interrupt",
        "unheard",
        "I'm halfway through a story",
        "to finish my thought",
    )
    assert "Kept privately" in texts(await alex.taps("Keep it for now"))
    world.clock.advance(days=2)
    back = texts(await alex.says("/talk"))
    assert "You have a draft from earlier" in back
    assert "I feel unheard when I'm halfway through a story." in back
    await alex.taps("Send to my partner")
    assert "I need to finish my thought." in sam.inbox()[0].text
    assert "What's been bothering you" in texts(await alex.says("/talk"))  # nothing left waiting


async def test_start_a_new_one_leaves_the_waiting_draft_alone(world: World) -> None:
    alex, _sam = await couple(world)
    await coach_through(alex, "x", "sad", "we argue", "calm")
    await alex.taps("Keep it for now")
    await alex.says("/talk")
    assert "What's been bothering you" in texts(await alex.taps("Start a new one"))
    assert len(drafts(world)) == 1


async def test_someone_else_cannot_send_or_discard_my_draft(world: World) -> None:
    alex, sam = await couple(world)
    await coach_through(alex, "you never call", "worried", "you're out late", "a quick text")
    payloads = dict(alex.last_buttons)
    for label in ("Send to my partner", "Discard", "Edit"):
        assert "isn't here any more" in texts(await sam.presses(payloads[label]))
    assert alex.inbox() == [] and len(drafts(world)) == 1
    assert not drafts(world)[0].data.get("sent_at")


async def test_made_up_talk_buttons_get_a_kind_answer(world: World) -> None:
    alex, _sam = await couple(world)
    for payload in (
        "talk:send",
        "talk:send:abc",
        "talk:send:99999",
        "talk:feel:1:angry",
        "talk:part:1:everything",
        "talk:zap:1",
    ):
        assert texts(await alex.presses(payload))


async def test_solo_talk_keeps_the_draft_until_the_partner_joins(world: World) -> None:
    kim, lee = world.person("Kim"), world.person("Lee")
    await kim.says("/start")
    draft = await coach_through(
        kim, "you're never home", "lonely", "the house is quiet", "a call at lunch"
    )
    assert "Once your partner joins" in draft
    assert "Send to my partner" not in [label for label, _ in kim.last_buttons]
    await pair(kim, lee)
    back = texts(await kim.says("/talk"))
    assert "I feel lonely when the house is quiet." in back
    assert lee.inbox() == []
    await kim.taps("Send to my partner")
    assert "I need a call at lunch." in lee.inbox()[0].text


async def test_talk_survives_a_restart_at_every_step(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/talk")
    world = restart(world, alex, sam)
    await alex.says("you never make time for us")
    world = restart(world, alex, sam)
    await alex.taps("lonely")
    world = restart(world, alex, sam)
    await alex.says("our evenings disappear into screens")
    world = restart(world, alex, sam)
    draft = texts(await alex.says("one screen-free evening a week"))
    assert "I feel lonely when our evenings disappear into screens." in draft
    world = restart(world, alex, sam)
    await alex.taps("Send to my partner")
    assert "I need one screen-free evening a week." in sam.inbox()[0].text


async def test_talk_from_the_shared_space_continues_privately(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/start")
    replies = await alex.says("/talk", group="g-us")
    assert "sent you something privately" in texts(replies)
    assert "What's been bothering you" in texts(alex.inbox())
    assert sam.inbox() == []


async def test_talk_from_a_group_without_a_private_chat_explains_how(world: World) -> None:
    alex, _sam = world.person("Alex"), world.person("Sam")
    replies = await alex.says("/talk you never listen", group="g-us")
    assert "Open a chat with me directly" in texts(replies)
    assert drafts(world) == []


async def test_a_partner_who_cannot_be_reached_keeps_the_draft(world: World) -> None:
    alex, _sam = await couple(world)
    await coach_through(
        alex, "you never listen", "unheard", "I talk about work", "you to ask one question"
    )
    send = dict(alex.last_buttons)["Send to my partner"]

    def unreachable(session) -> None:
        from storage.models import Identity

        for identity in session.exec(select(Identity)).all():
            if identity.platform_user_id == "u-sam":
                identity.reachable = False

    world.db.transaction(unreachable)
    replies = await alex.presses(send)
    assert "can't reach Sam privately" in texts(replies)
    assert not drafts(world)[0].data.get("sent_at")


def test_every_feeling_button_has_a_word() -> None:
    prompts = shared_prompts()
    for feeling in FEELINGS:
        assert prompts.say(f"talk.feeling.{feeling}") == feeling


# -- free text with nothing pending ------------------------------------------------------------


async def test_a_complaint_with_nothing_pending_offers_talk(world: World) -> None:
    alex, sam = await couple(world)
    replies = await alex.says("ugh, you never put your phone down")
    assert offers_talk(replies)
    assert sam.inbox() == []
    assert drafts(world) == []  # an offer, not a draft


async def test_a_complaint_from_someone_not_yet_paired_also_offers_talk(world: World) -> None:
    assert offers_talk(await world.person("Robin").says("my partner never listens to me"))


async def test_ordinary_free_text_gets_the_usual_pointer(world: World) -> None:
    alex, _sam = await couple(world)
    replies = await alex.says("what a lovely morning")
    assert not offers_talk(replies) and "/talk" not in texts(replies)


def offers_talk(replies: list[Outbound]) -> bool:
    """`/talk` named in the answer, or a button under it that starts it."""
    payloads = {choice.payload for reply in replies for row in reply.buttons for choice in row}
    return "/talk" in texts(replies) or "cmd:talk" in payloads


async def test_text_in_the_shared_space_never_becomes_part_of_a_draft(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/talk")
    replies = await alex.says("see you both at 7!", group="g-us")
    assert "waiting for your answer in our private chat" in texts(replies)
    assert drafts(world) == []
    await alex.says("you never ask how I am")
    assert drafts(world)[0].data["said"] == "you never ask how I am"


async def test_a_draft_shown_while_with_one_partner_never_goes_to_the_next(world: World) -> None:
    """The draft's Send button was shown while Alex was with Sam: after Sam leaves and Alex
    pairs with Chris, that old button sends nothing; /talk shows the draft again first."""
    alex, sam = await couple(world)
    await coach_through(alex, "you never listen", "hurt", "you look away", "Sam to look at me")
    old_send = next(payload for label, payload in alex.last_buttons if "Send" in label)
    await sam.says("/forget")
    await sam.taps("Yes")
    chris = world.person("Chris")
    await pair(chris, alex)
    reply = texts(await alex.presses(old_send))
    assert "Sent to" not in reply
    assert chris.inbox() == []
    back = texts(await alex.says("/talk"))  # seen again, with Chris as the partner now
    assert "sam to look at me" in back
    await alex.taps("Send to my partner")
    assert "sam to look at me" in texts(chris.inbox())


# -- grammatical drafts, "I miss…", "disconnected", vague needs ----------------------------------

#: (situation as typed, how it must read after "I feel tired") — realistic ways people answer
#: "When do you feel that?".
SITUATIONS = [
    (
        "every evening after work when I cook dinner alone",
        "I feel tired every evening after work when I cook dinner alone.",
    ),
    (
        "Every evening after work, when I cook.",
        "I feel tired every evening after work, when I cook.",
    ),
    (
        "when we both scroll our phones through dinner",
        "I feel tired when we both scroll our phones through dinner.",
    ),
    ("Whenever plans fall through.", "I feel tired when plans fall through."),
    ("we both scroll at dinner", "I feel tired when we both scroll at dinner."),
    ("on weekends", "I feel tired on weekends."),
    ("lately", "I feel tired lately."),
    (
        "at night when the kids are finally asleep",
        "I feel tired at night when the kids are finally asleep.",
    ),
    ("each time the bills come in", "I feel tired each time the bills come in."),
    ("most nights I go to bed first", "I feel tired most nights I go to bed first."),
    ("after work I do the dishes alone", "I feel tired when after work I do the dishes alone."),
    ("I come home to an empty flat", "I feel tired when I come home to an empty flat."),
    ("if the phone comes out at dinner", "I feel tired when the phone comes out at dinner."),
    (
        "during the week when we barely see each other",
        "I feel tired during the week when we barely see each other.",
    ),
    ("the moment I walk in the door", "I feel tired the moment I walk in the door."),
    ("our calls get cut short", "I feel tired when our calls get cut short."),
]


@pytest.mark.parametrize(("situation", "reads"), SITUATIONS)
async def test_the_draft_joins_the_moment_grammatically(
    world: World, situation: str, reads: str
) -> None:
    alex, _sam = await couple(world)
    draft = await coach_through(
        alex, "it's been a lot", "tired", situation, "a quiet hour together"
    )
    assert f"“{reads} I need a quiet hour together.”" in draft
    assert " when when " not in draft.lower()
    assert draft.lower().count(" when ") <= 1


def test_no_joined_draft_says_when_twice_or_drops_a_when_it_needs() -> None:
    """Over every realistic start: a moment that has its own "when" is never given another, and
    a plain clause always gets one."""
    from hypothesis import given
    from hypothesis import strategies as st

    from bot.engine.coaching import JoinRules, situation_needs_when, word_list

    prompts = shared_prompts()
    rules = JoinRules(
        noun_time_leads=word_list(prompts.say("talk.rules.noun_time_leads")),
        time_leads=word_list(prompts.say("talk.rules.time_leads")),
        connectors=word_list(prompts.say("talk.rules.connectors")),
        subjects=word_list(prompts.say("talk.rules.subjects")),
    )
    times = st.sampled_from(["every evening", "after work", "on sundays", "at dinner", "lately"])
    clauses = st.sampled_from(
        ["I cook alone", "we both scroll", "you get home late", "it goes quiet"]
    )

    @given(times, clauses)
    def joined(time_phrase: str, clause: str) -> None:
        with_own_when = f"{time_phrase} when {clause}"
        assert not situation_needs_when(with_own_when, rules)
        assert situation_needs_when(clause, rules)
        assert not situation_needs_when(time_phrase, rules)

    joined()


async def test_help_alone_is_not_taken_as_a_need(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/talk you never help")
    await alex.taps("overwhelmed")
    await alex.says("the kitchen is a mess after dinner")
    replies = await alex.says("help")
    assert "Here's your draft" not in texts(replies)
    assert "with what, exactly?" in texts(replies)
    draft = texts(await alex.says("help clearing up on weeknights"))
    assert "I need help clearing up on weeknights." in draft
    assert sam.inbox() == []


async def test_someone_who_insists_on_their_words_keeps_them(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/talk it's too much")
    await alex.taps("overwhelmed")
    await alex.says("the week gets busy")
    await alex.says("I need help.")
    assert "I need help." in texts(await alex.says("help"))


async def test_disconnected_is_among_the_feelings(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/talk we just pass each other")
    assert any(label == "disconnected" for label, _ in alex.last_buttons)
    await alex.taps("disconnected")
    await alex.says("we eat dinner in front of the TV")
    draft = texts(await alex.says("one meal a week at the table"))
    assert "I feel disconnected when we eat dinner in front of the TV." in draft


async def test_an_i_miss_opener_leads_to_a_warm_draft_both_sides(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/talk")
    assert "What do you miss?" in texts(await alex.taps("I miss"))
    assert "What would you love" in texts(await alex.says("our Sunday walks"))
    draft = texts(await alex.says("I'd love one walk together this weekend."))
    assert "“I miss our Sunday walks. I'd love one walk together this weekend.”" in draft
    assert sam.inbox() == []
    await alex.taps("Send to my partner")
    received = texts(sam.inbox())
    assert "I miss our Sunday walks. I'd love one walk together this weekend." in received


async def test_typing_i_miss_goes_straight_to_what_would_help(world: World) -> None:
    alex, _sam = await couple(world)
    asked = texts(await alex.says("/talk I really miss how we used to talk in bed"))
    assert "What would you love" in asked
    draft = texts(await alex.says("ten minutes in bed without phones"))
    assert (
        "“I miss how we used to talk in bed. I'd love ten minutes in bed without phones.”" in draft
    )
    await alex.taps("Edit")
    await alex.taps("What I miss")
    edited = texts(await alex.says("our late-night talks"))
    assert "“I miss our late-night talks. I'd love ten minutes in bed without phones.”" in edited


async def test_a_forged_miss_button_starts_nothing(world: World) -> None:
    alex, _sam = await couple(world)
    assert "stale" in texts(await alex.presses("talk:miss"))
    assert drafts(world) == []
