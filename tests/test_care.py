"""Care: someone who may be hurting or in danger gets words for their situation (never words
meant for someone else's), privately, with buttons to say they are safe, to find help near them
and to see /support; abuse replies say who can read the chat; a shared group never hears the
topic, and a deep link opens the private chat straight onto the help."""

from __future__ import annotations

import itertools
import threading

import pytest
from sqlmodel import select

from bot.engine import Outbound
from bot.engine.care import OPENINGS
from bot.engine.coaching import coaching_for
from bot.engine.regions import country_of
from bot.engine.safety import Concern
from prompts.helplines import load_helplines
from storage.models import Entry, Pending
from tests.support.couples import couple, labels
from tests.support.stored import person_named
from tests.support.world import World, shared_prompts, texts

#: Messages that clearly belong to each concern, whatever the screening patterns become.
SAYS = {
    Concern.SELF_HARM: "I want to die",
    Concern.IN_DANGER: "he hits me",
    Concern.MIGHT_HURT: "I'm scared I will hurt him",
    Concern.CONTROLLED: "he checks my phone every night",
}
#: Words only the reply for that concern carries (its "what you can do now").
OWN_WORDS = {
    Concern.SELF_HARM: "A crisis line is there any time",
    Concern.IN_DANGER: "If you're in danger right now, call your local emergency number",
    Concern.MIGHT_HURT: "put some space between you",
    Concern.CONTROLLED: "no pressure to do anything",
}
PRIVACY_NOTE = ("Nothing of this reaches your partner", "could read this chat")
PAUSED = "I've paused my nudges"


def reply_text(replies: list[Outbound]) -> str:
    return texts(replies)


# -- one reply per kind of concern -----------------------------------------------------------------


@pytest.mark.parametrize("concern", list(Concern))
async def test_each_concern_gets_its_own_words_and_none_meant_for_another(
    world: World, concern: Concern
) -> None:
    alex, sam = await couple(world)
    replies = await alex.says(SAYS[concern])
    text = reply_text(replies)
    assert OWN_WORDS[concern] in text, text
    for other, words in OWN_WORDS.items():
        if other is not concern:
            assert words not in text, (concern, other)
    assert "findahelpline.com" in text
    assert all(reply.private for reply in replies)
    assert sam.inbox() == []


async def test_someone_threatened_with_a_knife_is_not_told_to_take_a_step_back(
    world: World,
) -> None:
    alex, _sam = await couple(world)
    text = reply_text(await alex.says("he pulled a knife on me"))
    assert "step back" not in text and "put some space between you" not in text
    assert OWN_WORDS[Concern.IN_DANGER] in text


@pytest.mark.parametrize("concern", list(Concern))
async def test_every_reply_offers_safe_help_near_me_and_support_buttons(
    world: World, concern: Concern
) -> None:
    alex, _sam = await couple(world)
    assert labels(await alex.says(SAYS[concern])) == [
        "I'm safe right now",
        "Help near me",
        "More support",
    ]


@pytest.mark.parametrize("concern", [Concern.IN_DANGER, Concern.CONTROLLED])
async def test_abuse_replies_say_who_can_read_this_chat_and_how_to_delete_it(
    world: World, concern: Concern
) -> None:
    alex = world.person("Alex", platform="telegram")
    text = reply_text(await alex.says(SAYS[concern]))
    for words in PRIVACY_NOTE:
        assert words in text
    assert "Delete chat" in text


async def test_the_delete_hint_fits_the_platform_and_has_a_plain_default(world: World) -> None:
    on_discord = world.person("Dee", platform="discord")
    elsewhere = world.person("Eli")
    assert "direct messages" in reply_text(await on_discord.says("he hits me"))
    text = reply_text(await elsewhere.says("he hits me"))
    assert "Delete chat" not in text and "clear this conversation" in text
    # Read on a laptop (Telegram Desktop, Discord, a terminal) as often as on a phone.
    assert "phone or computer" in text


@pytest.mark.parametrize("concern", [Concern.SELF_HARM, Concern.MIGHT_HURT])
async def test_replies_about_ones_own_thoughts_leave_out_the_abuse_note(
    world: World, concern: Concern
) -> None:
    alex, _sam = await couple(world)
    text = reply_text(await alex.says(SAYS[concern]))
    assert PRIVACY_NOTE[0] not in text


async def test_paused_nudges_are_mentioned_only_when_that_is_new(world: World) -> None:
    alex, _sam = await couple(world)
    first = reply_text(await alex.says("I want to die"))
    assert PAUSED in first and "/resume" in first
    again = reply_text(await alex.says("he hits me"))
    assert PAUSED not in again
    await alex.says("/resume")
    assert PAUSED in reply_text(await alex.says("I want to die"))


async def test_nudges_the_person_already_paused_are_not_announced_as_paused_now(
    world: World,
) -> None:
    alex, _sam = await couple(world)
    await alex.says("/pause")
    text = reply_text(await alex.says("I want to die"))
    assert PAUSED not in text
    assert OWN_WORDS[Concern.SELF_HARM] in text
    # Their own pause and the care pause end together, as before.
    await alex.says("/resume")
    assert PAUSED in reply_text(await alex.says("I want to die"))


async def test_the_same_person_never_gets_the_same_opening_twice_in_a_row(
    world: World,
) -> None:
    alex, _sam = await couple(world)
    openings = []
    for _ in range(8):
        first_line = reply_text(await alex.says("I want to die")).split("\n")[0]
        openings.append(first_line)
    assert all(one != two for one, two in itertools.pairwise(openings))
    assert len(set(openings)) > 1


def test_care_and_support_words_never_blame_or_sound_clinical() -> None:
    """Read aloud once (issue 14); these slipped through before: "admit" makes fear of
    hurting someone a confession, "whatever happened before" hints that some of it was earned."""
    prompts = shared_prompts()
    said = [
        prompts.say(f"care.{concern.value}.opening_{number}")
        for concern in Concern
        for number in range(1, OPENINGS + 1)
    ]
    for phrase in ("admit", "whatever happened", "suicidal", "victim", "abuser", "diagnos"):
        assert not any(phrase in text.lower() for text in said), phrase


def test_every_concern_has_its_openings_and_words() -> None:
    prompts = shared_prompts()
    for concern in Concern:
        for number in range(1, OPENINGS + 1):
            assert prompts.has(f"care.{concern.value}.opening_{number}"), concern
        assert prompts.has(f"care.{concern.value}.now"), concern


# -- the buttons -------------------------------------------------------------------------------


async def test_im_safe_right_now_is_answered_warmly_and_keeps_nudges_paused(
    world: World,
) -> None:
    alex, _sam = await couple(world)
    await alex.says("I want to die")
    text = reply_text(await alex.taps("I'm safe right now"))
    assert "glad" in text and "/resume" in text
    assert person_named(world, "Alex").safety_paused


async def test_help_near_me_in_the_uk_names_samaritans_and_the_abuse_line(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/timezone Europe/London")
    await alex.says("he hits me")
    text = reply_text(await alex.taps("Help near me"))
    assert "0808 2000 247" in text and "999" in text
    assert "findahelpline.com" in text and "Europe/London" in text
    await alex.says("I want to die")
    text = reply_text(await alex.taps("Help near me"))
    assert "116 123" in text and "0808 2000 247" not in text


async def test_help_near_me_in_the_us_names_988_and_the_hotline(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/timezone US/Eastern")  # an old alias still finds its country
    await alex.says("I want to die")
    assert "call or text 988" in reply_text(await alex.taps("Help near me"))
    await alex.says("he checks my phone every night")
    text = reply_text(await alex.taps("Help near me"))
    assert "1-800-799-7233" in text and "START to 88788" in text and "911" in text


async def test_help_near_me_offers_only_lines_meant_for_the_concern(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/timezone America/Toronto")
    await alex.says("he hits me")
    text = reply_text(await alex.taps("Help near me"))
    assert "911" in text and "findahelpline.com" in text
    assert "988" not in text  # Canada's crisis line is not an abuse line
    await alex.says("I want to die")
    assert "call or text 988" in reply_text(await alex.taps("Help near me"))


async def test_help_near_me_without_a_known_country_points_to_findahelpline(
    world: World,
) -> None:
    alex, _sam = await couple(world)
    await alex.says("I want to die")  # the default zone is UTC: no country
    text = reply_text(await alex.taps("Help near me"))
    assert "findahelpline.com" in text and "/timezone" in text
    await alex.says("/timezone Asia/Tokyo")  # a country not in the vetted table
    await alex.says("I want to die")
    text = reply_text(await alex.taps("Help near me"))
    assert "findahelpline.com" in text and "Asia/Tokyo" in text


def test_time_zones_map_to_countries_through_tzdata() -> None:
    assert country_of("Europe/London") == "GB"
    assert country_of("America/Toronto") == "CA"
    assert country_of("Asia/Calcutta") == "IN"  # a link, followed to Asia/Kolkata
    assert country_of("GB") == "GB"
    assert country_of("UTC") is None
    assert country_of("+05:30") is None
    assert country_of("Nowhere/Special") is None


def test_every_helpline_was_checked_against_a_page_and_serves_a_known_concern() -> None:
    helplines = load_helplines(known_topics={concern.value for concern in Concern})
    assert helplines.directory == "findahelpline.com"
    assert {"US", "GB"} <= set(helplines.countries)
    for country in helplines.countries.values():
        assert country.emergency and country.emergency_source.startswith(("https://", "http://"))
        for line in country.lines:
            assert line.source.startswith(("https://", "http://")), line
            assert line.topics, line


async def test_more_support_shows_the_safety_part_first(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("he hits me")
    replies = await alex.taps("More support")
    assert "If you or anyone else is in danger" in replies[0].text
    assert "isn't therapy" in texts(replies[1:])
    assert all(reply.private for reply in replies)
    # Typed after a safety reply ("/support has more ways…"), the safety part comes first too,
    # until the person sends /resume.
    typed = await alex.says("/support")
    assert "If you or anyone else is in danger" in typed[0].text
    await alex.says("/resume")
    plain = await alex.says("/support")
    assert "isn't therapy" in plain[0].text


# -- a shared group ------------------------------------------------------------------------------


async def test_in_a_group_without_a_private_chat_the_reply_is_neutral_with_a_deep_link(
    world: World,
) -> None:
    kim = world.person("Kim")  # never wrote to the bot privately
    replies = await kim.says("he hits me", group="g-home")
    assert len(replies) == 1
    note = replies[0]
    assert not note.private
    for topic in ("hit", "help", "safe", "danger", "findahelpline", "support", "open a chat"):
        assert topic not in note.text.lower(), topic
    assert note.private_chat is not None
    assert note.private_chat.start == "care" and note.private_chat.label
    assert person_named(world, "Kim").safety_paused
    # The deep link opens the private chat straight onto the help.
    arrived = await kim.says("/start care")
    text = reply_text(arrived)
    assert OWN_WORDS[Concern.IN_DANGER] in text and PAUSED in text
    assert labels(arrived) == ["I'm safe right now", "Help near me", "More support"]
    # Only once: the link again is an ordinary hello.
    again = reply_text(await kim.says("/start care"))
    assert OWN_WORDS[Concern.IN_DANGER] not in again and "I'm Nearer" in again


async def test_a_pause_started_in_the_group_is_told_in_the_first_private_reply(
    world: World,
) -> None:
    kim = world.person("Kim")
    await kim.says("he hits me", group="g-home")  # no private chat yet: only the neutral note
    await kim.says("/start")  # opens the private chat some other way
    assert PAUSED in reply_text(await kim.says("I want to die"))
    assert OWN_WORDS[Concern.IN_DANGER] not in reply_text(await kim.says("/start care"))


async def test_someone_else_tapping_the_link_only_sees_the_usual_hello(world: World) -> None:
    kim, lee = world.person("Kim"), world.person("Lee")
    await kim.says("I want to die", group="g-home")
    text = reply_text(await lee.says("/start care"))
    assert "I'm Nearer" in text and OWN_WORDS[Concern.SELF_HARM] not in text


async def test_in_a_group_with_a_private_chat_the_help_goes_there_with_one_note(
    world: World,
) -> None:
    alex, _sam = await couple(world)
    replies = await alex.says("he hits me", group="g-home")
    assert [reply.text for reply in replies] == ["Alex, I've sent you something privately."]
    private = alex.inbox()
    assert OWN_WORDS[Concern.IN_DANGER] in texts(private)
    assert labels(private) == ["I'm safe right now", "Help near me", "More support"]


# -- /talk: control and fear lead to /support, not to softer words --------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "he's so controlling",
        "our relationship is toxic",
        "I'm walking on eggshells all the time",
        "she is controlling about who I see",
    ],
)
async def test_talk_about_control_or_fear_leads_privately_to_support(
    world: World, said: str
) -> None:
    alex, sam = await couple(world)
    replies = await alex.says(f"/talk {said}")
    text = reply_text(replies)
    # Whether screening already answers with care or the coach steps aside, the way leads to
    # /support and never to softer words for the partner.
    assert "More support" in labels(replies)
    assert "I feel … when … I need" not in text and "tap one" not in text.lower()
    assert all(reply.private for reply in replies)
    assert sam.inbox() == []
    pending = world.db.transaction(lambda s: s.exec(select(Pending)).all())
    assert pending == []
    drafts = world.db.transaction(lambda s: s.exec(select(Entry)).all())
    assert drafts == []


async def test_support_typed_after_talk_about_control_puts_the_safety_part_first(
    world: World,
) -> None:
    alex, _sam = await couple(world)
    await alex.says("/talk my partner is so controlling")
    typed = await alex.says("/support")  # the reply's own words point here
    assert "If you or anyone else is in danger" in typed[0].text
    assert "most committed things a couple can do" not in texts(typed)
    # Once: later, /support opens as usual.
    assert "isn't therapy" in (await alex.says("/support"))[0].text


@pytest.mark.parametrize(
    "said",
    [
        "he's so controlling",
        "our relationship is toxic",
        "I'm walking on eggshells all the time",
        "I'm scared of how he'll react",
        "she is manipulative and gaslights me",
    ],
)
def test_control_and_fear_are_told_apart_from_complaints(said: str) -> None:
    assert coaching_for(shared_prompts()).describes_control_or_fear(said)


@pytest.mark.parametrize(
    "said",
    [
        "you never help with the dishes",
        "you're so lazy",
        "I'm scared we're drifting apart",
        "I'm afraid to bring it up",
        "he controls the TV remote all evening",
    ],
)
def test_everyday_complaints_are_not_control(said: str) -> None:
    assert not coaching_for(shared_prompts()).describes_control_or_fear(said)


async def test_the_coach_points_to_support_in_its_own_words(world: World) -> None:
    alex, _sam = await couple(world)
    text = reply_text(await alex.says("/talk my partner is so controlling"))
    assert "/support" in text and "Nothing you wrote here has been sent" in text


async def test_control_words_in_a_later_talk_step_also_lead_to_support(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/talk you never listen to me")
    replies = await alex.says("like I'm walking on eggshells")
    text = reply_text(replies)
    # Screening may answer first (a caring reply with a More support button), or the coach does
    # (in its own words): either way it leads to support, and the talk does not go on.
    support_button = any(
        choice.payload == "care:support"
        for reply in replies
        for row in reply.buttons
        for choice in row
    )
    assert "/support" in text or support_button
    assert "When do you feel that?" not in text
    assert _sam.inbox() == []


async def test_ordinary_complaints_are_still_coached(world: World) -> None:
    alex, _sam = await couple(world)
    text = reply_text(await alex.says("/talk you never help with the dishes"))
    assert "I feel … when … I need" in text and "/support" not in text


# -- gentle suggestions ----------------------------------------------------------------------------


async def checkin(person, scores: list[int]) -> str:  # type: ignore[no-untyped-def]
    replies = await person.says("/checkin")
    for score in scores:
        replies = await person.taps(str(score))
    return reply_text(replies)


LOW = [2, 2, 2, 2, 2]  # 10 of 25
SUGGESTS = "/support"


async def test_two_low_checkins_in_a_row_suggest_support_once(world: World) -> None:
    alex, sam = await couple(world)
    assert SUGGESTS not in await checkin(alex, LOW)
    world.clock.advance(days=2)
    second = await checkin(alex, LOW)
    assert SUGGESTS in second
    world.clock.advance(days=2)
    assert SUGGESTS not in await checkin(alex, [1, 2, 2, 2, 2])  # once, not every time
    world.clock.advance(days=2)
    assert SUGGESTS not in await checkin(alex, [3, 3, 2, 2, 2])  # 12: out of the low stretch
    world.clock.advance(days=2)
    assert SUGGESTS not in await checkin(alex, LOW)
    world.clock.advance(days=2)
    assert SUGGESTS in await checkin(alex, LOW)  # a new low stretch
    assert sam.inbox() == []


async def test_a_sharp_fall_suggests_support(world: World) -> None:
    alex, _sam = await couple(world)
    await checkin(alex, [5, 5, 4, 5, 4])  # 23
    world.clock.advance(days=3)
    assert SUGGESTS not in await checkin(alex, [4, 4, 4, 4, 4])  # 20: a small dip
    world.clock.advance(days=3)
    assert SUGGESTS in await checkin(alex, [3, 2, 3, 3, 2])  # 13: down 7


async def test_three_not_yets_in_listening_suggest_support_once(world: World) -> None:
    from tests.support.couples import button

    alex, sam = await couple(world)
    await alex.says("/listen")
    await alex.sends("Something about Sundays makes me sad.")
    sam.inbox()
    seen = []
    for round_number in (1, 2, 3):
        await sam.sends(f"Reflection number {round_number}")
        seen.append(reply_text(await alex.presses(button(alex.inbox(), "Not yet"))))
        if round_number < 3:
            await alex.sends(f"Let me try again, take {round_number}")
            sam.inbox()
    assert [SUGGESTS in text for text in seen] == [False, False, True]
    assert SUGGESTS not in texts(sam.inbox())
    # A fourth "not yet" in a row says nothing more.
    await alex.says("/listen")
    await alex.sends("Another try at Sundays.")
    sam.inbox()
    await sam.sends("Reflection number 4")
    assert SUGGESTS not in reply_text(await alex.presses(button(alex.inbox(), "Not yet")))


async def test_forget_removes_what_care_remembers(world: World) -> None:
    from storage.models import DeckPosition

    alex, _sam = await couple(world)
    await alex.says("he hits me")
    owner = f"p{person_named(world, 'Alex').id}"

    def care_rows() -> list[DeckPosition]:
        return list(
            world.db.transaction(
                lambda s: s.exec(select(DeckPosition).where(DeckPosition.owner == owner)).all()
            )
        )

    assert care_rows()
    await alex.says("/forget")
    await alex.taps("Yes, delete it all")
    assert care_rows() == []


async def test_export_carries_no_trace_of_a_safety_reply(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("he hits me")
    replies = await alex.says("/export")
    exported = next(r.attachment for r in replies if r.attachment is not None).content.decode()
    for trace in ("care.", "in_danger", "hits me"):
        assert trace not in exported


async def test_screening_is_built_off_the_database_thread(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tables and models take seconds to build on the first screened message; built inside
    the transaction they would hold the database thread, and on SQLite everyone's messages."""
    from bot.engine import safety

    built_on: list[str] = []
    real_prepare = safety.prepare

    def prepare() -> None:
        built_on.append(threading.current_thread().name)
        real_prepare()

    monkeypatch.setattr(safety, "ready", lambda: bool(built_on))
    monkeypatch.setattr(safety, "prepare", prepare)
    alex, _ = await couple(world)
    assert OWN_WORDS[Concern.SELF_HARM] in reply_text(await alex.says(SAYS[Concern.SELF_HARM]))
    assert len(built_on) == 1
    assert not built_on[0].startswith("nearer-db")
    assert built_on[0] != threading.main_thread().name
