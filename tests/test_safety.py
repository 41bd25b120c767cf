"""Safety screening: realistic phrasings that must get a caring reply, figures of speech that must
not, and what happens around it in the engine (private reply, nothing stored or shared, nudges
held until /resume).
"""

from __future__ import annotations

import re._constants as re_constants
import re._parser as re_parser
import time
import zlib
from datetime import timedelta

import pytest
from sqlmodel import select

from bot.engine.safety import (
    ALONE_WORDS,
    MODEL_ALONE,
    RULES_NEED,
    VETO_WORDS,
    Concern,
    Judgement,
    _read_form,
    _ruled,
    compiled_patterns,
    decide,
    fold,
    judge,
    languages,
    screen,
)
from bot.engine.safety import model as shipped_model
from storage.models import Entry, OutboxMessage, Pending
from tests.support.stored import person_named
from tests.support.world import World, texts

REPEATS = {re_constants.MAX_REPEAT, re_constants.MIN_REPEAT, re_constants.POSSESSIVE_REPEAT}

SELF_HARM = [
    "I want to die",
    "i wanna die",
    "honestly i just want 2 die",
    "I dont want to live anymore",
    "I don’t want to be alive",
    "i do not want to wake up tomorrow",
    "I've been thinking about killing myself",
    "thinking of kiling myself tbh",
    "sometimes i want to kill my self",
    "I want to end my life",
    "Sometimes I think about ending it all",
    "I feel suicidal",
    "im sucidal",
    "I've had suicidal thoughts again",
    "suicide has crossed my mind",
    "Everyone would be better off without me",
    "I'm better off dead",
    "There's no reason to live",
    "what’s the point of living",
    "Life isn't worth living without her",
    "I've started cutting myself again",
    "I want to hurt myself",
    "I keep hurting myself",
    "I have the urge to cut myself",
    "I wish I was dead",
    "I wish I'd never been born",
    "kms",
    "I might take a handful of pills",
    "I want to unalive myself",
    "I can't go on anymore",
    "I CANT GO ON ANY MORE",
    "self harm is back in my life",
    "I've been self-harming",
    "I want to diiiie",
    "I'm thinking about jumping off the bridge",
    "I think I will take my own life",
    "nothing left to live for",
]

# The person's own urge or act: the reply is for someone who might hurt, not someone being hurt.
MIGHT_HURT = [
    "I'm going to kill him",
    "im gonna kill her when she gets home",
    "I want to hurt her",
    "I'm scared I'll hurt my partner",
    "I'm afraid I might hit him",
    "I hit my wife last night",
    "I slapped him and now I feel awful",
    "I feel like hitting her",
    "I just pushed my boyfriend",
]

IN_DANGER = [
    "he hits me",
    "mi hermano me pega",  # a look-behind once read the end of "hermano" as "no"
    "my husband beat me up again",
    "He hit me again",
    "my husband hit me again last night",
    "he’s hit me before",
    "hes hit me before",
    "she slapped me",
    "my partner pushed me down the stairs",
    "he pushed me to the ground",
    "he choked me",
    "he beat me up",
    "my girlfriend throws things at me",
    "she threw a plate at me",
    "they kick me when they're drunk",
    "he grabbed me by the throat",
    "I'm scared of him",
    "im so scared of what he will do",
    "I'm afraid to go home",
    "I don't feel safe at home",
    "I dont feel safe with him",
    "he threatened to kill me",
    "she pulled a knife on me",
    "he held a knife to my throat",
    "he has a gun and I'm scared",
    "he forced me to have sex",
    "he raped me",
    "he said he'd kill me if I left",
    "He has hit me a few times",
    "my husband physically hurt me",
    "my fiancé hit me",
    "he kicked me out of the house",
    "she locked me out of our flat",
]

CONTROLLED = [
    "he won't let me see my friends",
    "she doesn't let me have any money",
    "he takes my money every payday",
    "he controls my phone and tracks my location",
    "she's emotionally abusive",
    "she threatened to take the kids",
]


ORDINARY = [
    "this movie is killing me",
    "the gym beat me up today",
    "my brother used to beat me up when we were kids",
    "I could kill for a coffee",
    "my partner hurt my feelings",
    "he really hurt me when he forgot my birthday",
    "dying to see you",
    "I'm dying of laughter",
    "I almost died laughing",
    "she always kills it at karaoke",
    "he killed it at his presentation",
    "my feet are killing me",
    "the suspense is killing me",
    "you're killing me with these puns",
    "I'd die for a slice of pizza",
    "we had a huge fight about the dishes",
    "he beat me at chess again",
    "she always beats me at scrabble",
    "he beat me to it",
    "she hit me up last night",
    "it hit me that we never talk anymore",
    "he pushed me to apply for the job",
    "she pushes me to be better",
    "I pushed him away for years",
    "she hits the gym every morning",
    "they kicked me out of the group chat",
    "I hurt my back moving the sofa",
    "I cut myself shaving",
    "I'm afraid of spiders",
    "I'm scared of losing you",
    "I'm scared we're drifting apart",
    "dead tired after work",
    "I'm dead 😂",
    "killing time before dinner",
    "we drove 300 kms yesterday",
    "I want to end this argument",
    "she forces me to watch reality TV",
    "she makes me sleep with the window open",
    "I could kill him for leaving socks everywhere",
    "she's going to kill me when she sees the bill",
    "I'm going to die of embarrassment",
    "I don't want to live in this city anymore",
    "I don't want to wake up early on Sunday",
    "I'd rather die than go camping again",
    "he grabbed me a coffee",
    "she kicks me in her sleep",
    "I'll drop the kids off myself",
    "I'm drowning myself in work",
    "I'm burning myself out at work",
    "I shot myself in the foot there",
    "he slapped me on the back and laughed",
    "that song always chokes me up",
    "he took my phone to take a photo",
    "life is worth living with you",
    "we watched suicide squad",
    "we binged a drama about a heist",
    "the baby won't let me sleep",
    "my laptop won't let me work",
    "I hit him up on WhatsApp",
    "I beat her at tennis",
    "I'm afraid I'll hurt her feelings",
    "I think I hurt him by forgetting",
    "you make me so happy",
    "I love you to death",
    "he kicked me out of the kitchen so he could cook",
    "I want to punch the wall sometimes",
]


@pytest.mark.parametrize("text", SELF_HARM)
def test_self_harm_phrasings_are_noticed(text: str) -> None:
    screening = screen(text)
    assert screening is not None, text
    assert screening.concern is Concern.SELF_HARM


@pytest.mark.parametrize("text", MIGHT_HURT)
def test_fear_of_hurting_someone_is_noticed_as_such(text: str) -> None:
    screening = screen(text)
    assert screening is not None, text
    assert screening.concern is Concern.MIGHT_HURT


@pytest.mark.parametrize("text", IN_DANGER)
def test_being_hurt_or_threatened_is_noticed_as_danger(text: str) -> None:
    screening = screen(text)
    assert screening is not None, text
    assert screening.concern is Concern.IN_DANGER


@pytest.mark.parametrize("text", CONTROLLED)
def test_being_controlled_is_noticed_as_such(text: str) -> None:
    screening = screen(text)
    assert screening is not None, text
    assert screening.concern is Concern.CONTROLLED


@pytest.mark.parametrize("text", ORDINARY)
def test_figures_of_speech_and_ordinary_hurts_are_left_alone(text: str) -> None:
    assert screen(text) is None, fold(text)


def test_folding_makes_apostrophes_case_accents_and_stretching_equal() -> None:
    assert fold("I DON’T  want") == fold("i dont want") == "i dont want"
    assert fold("Fiancé") == "fiance"
    assert fold("sooooo tired!!!") == "so tired"
    assert fold("want 2 go") == "want to go"


@pytest.mark.parametrize(
    "text",
    [
        "he " + "has been " * 400 + "nice",
        "she " + "tried to " * 400 + "help",
        "i " * 2000,
        "want to " * 500,
        "he has a gun " + "and " * 900,
        "my partner " * 350,
    ],
)
def test_repetitive_messages_are_screened_quickly(text: str) -> None:
    """A long, repetitive message cannot stall the engine. Not a speed goal (`./nearer bench
    safety` measures that, ~1-3 ms for these): a guard against catastrophic backtracking, which
    takes seconds to hours, so the bound is loose enough for a loaded machine. The tables,
    models and spaced-letter vocabulary are built first: that one-time cost is not the point."""
    screen("s u i c i d e " + text[:40])
    started = time.perf_counter()
    screen(text[:4000])
    assert time.perf_counter() - started < 1.0


def unbounded_repeats(tree: object) -> list[str]:
    """Every `*`, `+` or `{n,}` in a parsed pattern (re's own parser, as re.compile uses it)."""
    found = []
    items = tree if isinstance(tree, list | tuple | re_parser.SubPattern) else ()
    for item in items:
        if isinstance(item, tuple) and len(item) == 2 and item[0] in REPEATS:
            low, high, body = item[1]
            if high == re_parser.MAXREPEAT:
                found.append(f"{{{low},}}")
            found += unbounded_repeats(body)
        else:
            found += unbounded_repeats(item)
    return found


def test_every_pattern_repeats_a_bounded_number_of_times() -> None:
    """With no `*`, `+` or `{n,}`, each match attempt does a bounded amount of work, so screening
    is linear in the message length whatever the message (the property the benchmark measures)."""
    patterns = compiled_patterns()
    assert len(patterns) > 100
    for pattern in patterns:
        assert not unbounded_repeats(re_parser.parse(pattern.pattern)), pattern.pattern[:120]


def test_the_linearity_check_notices_an_unbounded_pattern() -> None:
    assert unbounded_repeats(re_parser.parse(r"\b(?:he|she) (?:\w+ ){0,3}hits")) == ["{1,}"]
    assert unbounded_repeats(re_parser.parse(r"(?:a|b)*c")) == ["{0,}"]
    assert unbounded_repeats(re_parser.parse(r"\b(?:\w{1,20} ){0,3}hits")) == []


def test_every_language_table_is_screened() -> None:
    codes = [language.code for language in languages()]
    assert {"en", "es", "pt", "de", "fr", "ru", "ar", "ja"} <= set(codes)


def test_safety_concern_order_puts_self_harm_first() -> None:
    screening = screen("he hits me and I want to die")
    assert screening is not None and screening.concern is Concern.SELF_HARM


# -- issue 14: what screening missed, misread or flagged on e59bf61 -----------------------------

ISSUE_MISSES = [
    ("I've been thinking about ending it", Concern.SELF_HARM),
    ("I keep thinking about taking all my sleeping pills", Concern.SELF_HARM),
    ("He grabbed my throat during the fight last night", Concern.IN_DANGER),
    ("he said if I leave he'll make sure I never see the kids again", Concern.CONTROLLED),
    ("I'm afraid I'll snap and really hurt him", Concern.MIGHT_HURT),
    ("I cut again last night", Concern.SELF_HARM),
    ("I've written letters to everyone", Concern.SELF_HARM),
    ("k*ll myself", Concern.SELF_HARM),
    ("i want to d1e", Concern.SELF_HARM),
    ("I can't go on like this", Concern.SELF_HARM),
    # coercive control and emotional abuse
    ("he checks my phone every night", Concern.CONTROLLED),
    ("I'm walking on eggshells", Concern.CONTROLLED),
    ("she calls me worthless", Concern.CONTROLLED),
    ("I want to leave him but I am afraid", Concern.CONTROLLED),
    ("my partner controls all my money and won't let me see my friends", Concern.CONTROLLED),
    # who is at risk: these were answered as the person's own violence
    ("he pulled a knife on me", Concern.IN_DANGER),
    ("she threatened to kill me", Concern.IN_DANGER),
    # sexual violence and a child at risk are danger too
    ("my husband forces me into sex when I say no", Concern.IN_DANGER),
    ("he hits the kids when he's drunk", Concern.IN_DANGER),
]

OTHER_LANGUAGES = [
    "Je veux mourir",
    "Quiero morirme",
    "Ich will nicht mehr leben",
    "Я хочу умереть",
    "死にたい",
]

ISSUE_FALSE_ALARMS = [
    "a documentary about suicide prevention",
    "my ex was abusive but I'm safe now",
    "let's end it all with a nice dinner",
]


@pytest.mark.parametrize(("text", "concern"), ISSUE_MISSES)
def test_what_screening_missed_or_misread_is_recognised_rightly(
    text: str, concern: Concern
) -> None:
    screening = screen(text)
    assert screening is not None, fold(text)
    assert screening.concern is concern, text


@pytest.mark.parametrize("text", OTHER_LANGUAGES)
def test_wanting_to_die_is_recognised_in_other_languages(text: str) -> None:
    screening = screen(text)
    assert screening is not None, fold(text)
    assert screening.concern is Concern.SELF_HARM


@pytest.mark.parametrize("text", ISSUE_FALSE_ALARMS)
def test_what_screening_flagged_wrongly_is_left_alone(text: str) -> None:
    assert screen(text) is None, fold(text)


def test_folding_keeps_letters_of_every_script() -> None:
    assert fold("Я ХОЧУ умереть!") == "я хочу умереть"
    assert fold("死にたい。") == fold("死にたい") != ""
    assert fold("Ich will NICHT mehr leben") == "ich will nicht mehr leben"
    assert fold("Je veux mourir, c’est trop") == "je veux mourir cest trop"


def test_folding_reads_arabic_and_russian_letters_as_people_write_them() -> None:
    # harakat, tatweel, hamza seats, alef maqsura and ta marbuta
    assert fold("أُرِيـــدُ أنْ أمـوت") == fold("اريد ان اموت") == "اريد ان اموت"
    assert fold("إنتحار الحياة على") == "انتحار الحياه علي"
    # one-letter Russian words stay words; spaced-out letters are still joined
    assert fold("а я в шоке") == "а я в шоке"
    assert fold("у м е р е т ь") == "умереть"
    # Arabizi digits are letters, not a disguise; a disguised table word is still undone
    assert fold("ana 3ayez amoot") == "ana 3ayez amoot"
    assert fold("d3ad inside") == "dead inside"


def test_folding_undoes_common_disguises() -> None:
    assert fold("i want to d1e") == "i want to die"
    assert fold("k*ll myself") == "kill myself"
    assert fold("s u i c i d e") == "suicide"
    assert fold("k!ll mys3lf") == "kill myself"
    assert fold("we drove 300 kms at 4am") == "we drove 300 kms at 4am"
    assert fold("help me!") == "help me"
    assert fold("I want to kiII myself") == "i want to kill myself"
    assert fold("ki\u200bll myself") == "kill myself"
    assert fold("i want to d.i.e") == "i want to die"
    assert fold("i w a n t t o d i e") == "i want to die"  # split back into words
    assert fold("a b c d e f g") == "abcdefg"  # no split that spells it: left as one word


# -- in the engine -----------------------------------------------------------------------------


async def pair(world: World) -> tuple:
    alex, sam = world.person("Alex"), world.person("Sam")
    await alex.says("/start")
    await sam.says("/start")
    code = texts(await alex.says("/pair")).split("/pair ")[1].split()[0].rstrip(".")
    await sam.says(f"/pair {code}")
    for person in (alex, sam):  # said where they are: nudges may begin
        await person.says("/timezone UTC")
        await person.says("yes")
    alex.inbox()
    sam.inbox()
    return alex, sam


def rows_of(world: World, model: type) -> list:
    return list(world.db.transaction(lambda session: session.exec(select(model)).all()))


async def test_a_safety_message_gets_a_caring_private_reply_with_help(world: World) -> None:
    alex, _sam = await pair(world)
    replies = await alex.says("I don't want to be alive anymore")
    text = texts(replies)
    assert "findahelpline.com" in text and "/resume" in text
    assert "More support" in [b.label for reply in replies for row in reply.buttons for b in row]
    assert all(reply.private for reply in replies)


async def test_a_safety_message_in_the_shared_space_is_answered_privately(world: World) -> None:
    alex, _sam = await pair(world)
    replies = await alex.says("he hits me", group="g-home")
    assert "findahelpline" not in texts(replies)
    assert "sent you something privately" in texts(replies)
    assert "findahelpline.com" in texts(alex.inbox())


async def test_safety_pauses_nudges_until_resume(world: World) -> None:
    alex, _sam = await pair(world)
    await alex.says("i wanna die")
    assert person_named(world, "Alex").safety_paused
    assert "Nudges: paused" in texts(await alex.says("/settings"))
    await alex.says("/checkin")  # using a practice does not lift the pause by itself
    assert person_named(world, "Alex").safety_paused
    await alex.says("/resume")
    assert not person_named(world, "Alex").safety_paused
    assert "Nudges: on" in texts(await alex.says("/settings"))


async def test_a_safety_message_during_talk_is_never_stored_or_shared(world: World) -> None:
    alex, sam = await pair(world)
    await alex.says("/talk")
    await alex.says("he hit me again last night")
    bodies = [entry.body + str(entry.data) for entry in rows_of(world, Entry)]
    assert not any("hit me" in body for body in bodies)
    assert sam.inbox() == []
    assert rows_of(world, Pending) == []  # the practice is set aside, nothing half-kept
    assert person_named(world, "Alex").safety_paused


async def test_a_safety_message_as_a_talk_step_answer_is_not_kept(world: World) -> None:
    alex, sam = await pair(world)
    await alex.says("/talk you never listen to me")
    await alex.says("I feel like I want to end it all")  # answering "what do you feel?"
    for entry in rows_of(world, Entry):
        assert "end it all" not in entry.body and "end it all" not in str(entry.data)
    assert sam.inbox() == []


async def test_a_safety_message_during_listen_never_reaches_the_partner(world: World) -> None:
    alex, sam = await pair(world)
    await alex.says("/listen")
    sam.inbox()
    await alex.says("Honestly I don't want to live anymore")
    assert sam.inbox() == []
    assert not [entry for entry in rows_of(world, Entry) if "live" in entry.body]
    assert not [
        message
        for message in rows_of(world, OutboxMessage)
        if "live anymore" in message.payload.get("text", "")
    ]
    assert person_named(world, "Alex").safety_paused


async def test_a_safety_reflection_by_the_listener_stays_private(world: World) -> None:
    alex, sam = await pair(world)
    await alex.says("/listen")
    await alex.says("Work has been really heavy and I miss us")
    sam.inbox()
    await sam.says("she threatened to take the kids")
    assert alex.inbox() == []
    assert person_named(world, "Sam").safety_paused
    assert not person_named(world, "Alex").safety_paused


async def test_an_ordinary_hyperbole_during_talk_keeps_the_practice_going(world: World) -> None:
    alex, _sam = await pair(world)
    await alex.says("/talk")
    replies = await alex.says("this week is killing me, you never help with the kids")
    assert "findahelpline" not in texts(replies)
    assert not person_named(world, "Alex").safety_paused
    assert rows_of(world, Pending)  # still coaching


async def nudges_over_a_day(world: World, *people) -> dict[str, str]:
    """Sweep due nudges hourly for a day; what each person received."""
    got = {person.name: "" for person in people}
    end = world.clock.now + timedelta(days=1)
    while world.clock.now < end:
        world.clock.advance(hours=1)
        await world.engine.deliver_due_nudges(grace=timedelta(hours=2))
        for person in people:
            got[person.name] += texts(person.inbox())
    return got


async def test_a_safety_message_mid_practice_stops_real_nudges_until_resume(
    world: World,
) -> None:
    alex, sam = await pair(world)
    await alex.says("/listen")
    await alex.says("some days I don't want to wake up")
    got = await nudges_over_a_day(world, alex, sam)
    assert got["Alex"] == ""
    assert "→ /" in got["Sam"]  # the partner's nudges carry on, and learn nothing
    assert "wake up" not in got["Sam"]
    await alex.says("/resume")
    got = await nudges_over_a_day(world, alex, sam)
    assert "→ /" in got["Alex"]


def test_no_pattern_holds_an_unfilled_placeholder() -> None:
    """A building block left as "{_NAME}" (an r-string where an rf-string was meant) would
    silently match nothing."""
    for pattern in compiled_patterns():
        assert "{_" not in pattern.pattern, pattern.pattern[:120]


# -- the model beside the tables ---------------------------------------------------------------


def _judgement(likelihood: float, *, knows_enough: bool = True, words: int = 12) -> Judgement:
    return Judgement(likelihood, Concern.CONTROLLED, knows_enough, words)


def test_a_table_match_counts_when_the_model_finds_it_plausible() -> None:
    assert decide(lambda: Concern.IN_DANGER, _judgement(RULES_NEED)) is Concern.IN_DANGER
    assert decide(lambda: Concern.IN_DANGER, _judgement(0.99)) is Concern.IN_DANGER


def test_the_model_vetoes_a_table_match_it_is_sure_is_ordinary() -> None:
    assert decide(lambda: Concern.IN_DANGER, _judgement(RULES_NEED - 0.01)) is None
    text = "my ex used to hit me but I'm safe and happy now with my wife"
    assert _ruled(_read_form(text)) is Concern.IN_DANGER  # the tables alone would flag it
    assert screen(text) is None


def test_the_model_alone_names_its_concern_when_it_is_sure_of_a_long_enough_message() -> None:
    assert decide(lambda: None, _judgement(MODEL_ALONE)) is Concern.CONTROLLED
    assert decide(lambda: None, _judgement(MODEL_ALONE - 0.01)) is None
    text = "i've given away most of my stuff this week, it just feels right"
    assert _ruled(_read_form(text)) is None  # no pattern was written for it
    screening = screen(text)
    assert screening is not None and screening.concern is Concern.SELF_HARM


def test_text_the_model_barely_knows_is_left_to_the_tables() -> None:
    for barely in (_judgement(0.0, knows_enough=False), _judgement(0.0, words=VETO_WORDS - 1)):
        assert decide(lambda: Concern.SELF_HARM, barely) is Concern.SELF_HARM
    for barely in (_judgement(0.99, knows_enough=False), _judgement(0.99, words=ALONE_WORDS - 1)):
        assert decide(lambda: None, barely) is None
    # A language with no model of its own (Japanese): no model knows its words, so the tables
    # decide alone, whatever the model's pieces of letters make of it.
    unknown = judge(_read_form("今日は本当に疲れたけど、もう大丈夫だよ"))
    assert unknown is not None and unknown.familiar == 0
    assert decide(lambda: Concern.SELF_HARM, unknown) is Concern.SELF_HARM
    assert decide(lambda: None, unknown) is None


def test_each_language_is_judged_by_its_own_model() -> None:
    """A model per language, chosen by which knows most of the message's words: German's "die"
    (the) must not be read by the English model, and Russian needs a model that knows Russian."""
    for text, language in (
        ("Я хочу умереть, я больше не могу", "ru"),
        ("ich will nicht mehr leben, ich kann nicht mehr", "de"),
        ("I want to die, I can't do this anymore", "en"),
        ("ya no quiero vivir, no puedo más", "es"),
        ("je veux mourir, je n'en peux plus", "fr"),
        ("não quero mais viver, não aguento mais", "pt"),
        ("أريد أن أموت، لم أعد أحتمل", "ar"),
    ):
        judgement = judge(_read_form(text))
        assert judgement is not None and judgement.language == language, text
        assert screen(text) is not None, text


def test_the_tables_are_not_read_when_the_model_finds_a_message_plainly_ordinary() -> None:
    """Most messages are ordinary: for them screening is one pass of look-ups, not 500 patterns."""
    read: list[bool] = []

    def ruled() -> Concern | None:
        read.append(True)
        return None

    assert decide(ruled, _judgement(0.01)) is None
    assert read == []
    assert decide(ruled, _judgement(RULES_NEED)) is None
    assert read == [True]


def test_the_model_explains_itself_with_the_words_it_weighs() -> None:
    model = shipped_model()
    assert model is not None
    concerning = model.weights("want to die")
    ordinary = model.weights("the film")
    assert concerning is not None and ordinary is not None
    # column 0 is "ordinary": it weighs against "want to die" and for "the film"
    assert concerning[0] < 0 < ordinary[0]


@pytest.mark.parametrize(
    "text",
    [
        "hoy fue un día muy largo en el trabajo y la verdad es que I want to kill myself",
        "aujourd'hui c'était une journée très longue au travail et franchement I want to die",
        "heute war ein sehr langer Tag bei der Arbeit und ehrlich gesagt I want to kill myself",
        "сегодня был очень длинный день на работе и если честно I want to kill myself",
        "honestly today was such a long day at work and my boss was awful and idk, хочу умереть",
    ],
)
def test_a_crisis_said_in_another_language_than_the_rest_is_noticed(text: str) -> None:
    """People mix languages. The model that knows most of a message's words knows only its
    ordinary part and would find it plainly ordinary; the words it does not know belong to a
    language whose model finds the table's match plausible, so the match stands."""
    assert screen(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "je m'isole ce soir pour bosser",
        "je m'isole un peu, trop de bruit",
        "today was long at work, then we cooked pasta and watched a film together, so nice",
        "hoy fue un día muy largo en el trabajo, pero cenamos juntos y vimos una peli",
    ],
)
def test_everyday_messages_stay_ordinary(text: str) -> None:
    assert screen(text) is None


def test_being_cut_off_by_a_partner_is_noticed_in_french() -> None:
    screening = screen("elle m'isole de mes amis depuis des mois")
    assert screening is not None and screening.concern is Concern.CONTROLLED


def test_words_parted_by_zero_width_spaces_are_read_as_words() -> None:
    """A zero-width space looks like nothing but parts words; dropping it would glue a crisis
    into one unknown word (found by review)."""
    screening = screen("i\u200bwant\u200bto\u200bdie")
    assert screening is not None and screening.concern is Concern.SELF_HARM


def test_a_damaged_model_file_is_refused_plainly() -> None:
    """A truncated or foreign file must fail loudly at load, not score with half a table (and
    not only under `assert`, which `python -O` drops)."""
    from bot.engine.safety import load_model
    from bot.engine.safety_words import _train

    shipped = _train.model_path("en").read_bytes()
    with pytest.raises(ValueError):
        load_model(b"not a model" + shipped)
    header, _, payload = shipped.partition(b"\n")
    head, _, body = payload.partition(b"\n")
    truncated = zlib.compress(zlib.decompress(body)[:-100])
    with pytest.raises(ValueError):
        load_model(header + b"\n" + head + b"\n" + truncated)
