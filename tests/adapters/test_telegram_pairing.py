"""A group join through the real python-telegram-bot `Application` against the local fake Bot
API: whoever taps "This is me" first, the inviter says who their partner is."""

from __future__ import annotations

from tests.adapters.conftest import RunningBot
from tests.adapters.fake_telegram import SentMessage

ALEX, SAM, KIM = 111, 222, 333
GROUP = -100777
KEPT = "Your laugh in the morning"


def question_about(bot: RunningBot, name: str) -> SentMessage:
    for message in bot.fake.messages(ALEX):
        if f"{name} wants to join you" in message.text:
            return message
    raise AssertionError(bot.fake.texts(ALEX))


def data_of(message: SentMessage, label: str) -> str:
    for row in message.buttons:
        for button in row:
            if label.lower() in button["text"].lower():
                return str(button["callback_data"])
    raise AssertionError(message.buttons)


async def test_a_third_member_who_taps_first_waits_for_the_inviter_who_picks_the_partner(
    bot: RunningBot,
) -> None:
    fake = bot.fake
    group = fake.group(GROUP, "Alex, Sam & Kim")
    alex, sam, kim = fake.user(ALEX, "Alex"), fake.user(SAM, "Sam"), fake.user(KIM, "Kim")
    sam.says("/start")  # Kim never has: she can only be answered in the group
    await fake.wait_for_text(SAM, "Hi Sam")
    alex.says(f"/appreciate {KEPT}")
    await fake.wait_for_text(ALEX, "keeping it safe")
    alex.says("/couple setup", group=group)
    await fake.wait_for(lambda: fake.messages(GROUP) and fake.messages(GROUP)[-1].button_data)
    setup = fake.messages(GROUP)[-1]

    kim.presses(setup)
    await fake.wait_for_text(GROUP, "I've asked Alex")
    sam.presses(setup)
    await fake.wait_for(lambda: fake.texts(GROUP).count("I've asked Alex") == 2)
    await fake.wait_for_text(ALEX, "Kim wants to join you. Is this your partner?")
    await fake.wait_for_text(ALEX, "Sam wants to join you. Is this your partner?")
    assert "connected" not in fake.texts(GROUP)

    kims = question_about(bot, "Kim")
    alex.presses(kims, data_of(kims, "No"))
    await fake.wait_for_text(GROUP, "Kim, Alex let me know this invitation was meant for someone")
    sams = question_about(bot, "Sam")
    alex.presses(sams, data_of(sams, "Yes"))
    await fake.wait_for_text(GROUP, "Sam and Alex, you're connected")
    await fake.wait_for_text(SAM, KEPT)
    assert KEPT not in fake.texts(KIM) + fake.texts(GROUP)
    kim.says("/settings")
    await fake.wait_for_text(KIM, "Partner: not paired yet")


async def test_forged_callback_data_from_another_group_pairs_no_one(bot: RunningBot) -> None:
    fake = bot.fake
    group, elsewhere = fake.group(GROUP, "Alex & Sam"), fake.group(-100888, "Book club")
    alex, kim = fake.user(ALEX, "Alex"), fake.user(KIM, "Kim")
    alex.says("/start")
    await fake.wait_for_text(ALEX, "Hi Alex")
    alex.says("/couple setup", group=group)
    await fake.wait_for(lambda: fake.messages(GROUP) and fake.messages(GROUP)[-1].button_data)
    real = fake.messages(GROUP)[-1].button_data[0]
    kim.says("/help", group=elsewhere)
    await fake.wait_for_text(elsewhere, "Here's what we can do together")
    decoy = fake.messages(elsewhere)[-1]

    for forged in ("space:join:1", "space:join:1:", real):
        press = kim.presses(decoy, forged)
        await fake.wait_for(lambda p=press: p["callback_query"]["id"] in fake.answered_callbacks)
    await fake.wait_for_text(elsewhere, "isn't valid here")
    kim.says("/settings")
    await fake.wait_for_text(KIM, "Partner: not paired yet")
    assert "wants to join you" not in fake.texts(ALEX)
    assert "connected" not in fake.texts(elsewhere)
