"""Conversations through the real python-telegram-bot `Application`, long polling a local fake
Bot API: what people type arrives as updates, what they see is what the fake recorded."""

from __future__ import annotations

import re

from bot.engine.flows.space import SpaceFlow
from tests.adapters.conftest import RunningBot
from tests.adapters.fake_telegram import BOT_USERNAME, FakeTelegram, FakeUser, SentMessage

ALEX, SAM, KIM = 111, 222, 333
GROUP = -100500
INVITE_LINK = re.compile(rf"https://t\.me/{BOT_USERNAME}\?start=([a-z0-9]{{16}})")


async def pair(fake: FakeTelegram) -> tuple[FakeUser, FakeUser]:
    """Alex invites, Sam taps the deep link: the way a Telegram couple pairs."""
    alex, sam = fake.user(ALEX, "Alex"), fake.user(SAM, "Sam")
    alex.says("/pair")
    await fake.wait_for_text(ALEX, "https://t.me/")
    match = INVITE_LINK.search(fake.texts(ALEX))
    assert match, fake.texts(ALEX)
    sam.says(f"/start {match.group(1)}")
    await fake.wait_for_text(SAM, "connected with Alex")
    await fake.wait_for_text(ALEX, "Sam just joined you")
    return alex, sam


async def test_start_greets_a_new_person_by_their_first_name(bot: RunningBot) -> None:
    bot.fake.user(ALEX, "Alex").says("/start")
    await bot.fake.wait_for_text(ALEX, "Hi Alex, I'm Nearer")
    greeting = bot.fake.messages(ALEX)[0]
    assert greeting.kind == "text"
    assert not greeting.silent


async def test_the_command_menu_is_registered_for_private_chats_and_groups(
    bot: RunningBot,
) -> None:
    calls = bot.fake.calls_to("setMyCommands")
    assert {call.params["scope"]["type"] for call in calls} == {
        "all_private_chats",
        "all_group_chats",
    }
    commands = {c["command"]: c["description"] for c in calls[0].params["commands"]}
    assert commands["pair"] == "invite your partner, or join with their code"
    assert "help" in commands
    assert "start" not in commands  # /start is how people arrive, not a menu entry
    assert all(1 <= len(description) <= 256 for description in commands.values())


async def test_the_bot_username_from_getme_makes_pair_hand_out_deep_links(
    bot: RunningBot,
) -> None:
    assert bot.adapter.invite_link("abc") == f"https://t.me/{BOT_USERNAME}?start=abc"
    bot.fake.user(ALEX, "Alex").says("/pair")
    await bot.fake.wait_for_text(ALEX, f"https://t.me/{BOT_USERNAME}?start=")


async def test_two_people_pair_through_the_deep_link_and_the_inviter_is_told(
    bot: RunningBot,
) -> None:
    await pair(bot.fake)
    assert "You're connected with Alex" in bot.fake.texts(SAM)
    assert "Sam just joined you on Nearer" in bot.fake.texts(ALEX)


async def test_an_appreciation_reaches_the_partner_as_written(bot: RunningBot) -> None:
    alex, _sam = await pair(bot.fake)
    alex.says("/appreciate")
    await bot.fake.wait_for(lambda: len(bot.fake.messages(ALEX)) >= 4, what="the question")
    question = bot.fake.messages(ALEX)[-1]
    assert question.button_data, "the question offers another prompt or a way out"
    alex.says("How you sing <off-key> & laugh at *my* jokes_")
    await bot.fake.wait_for_text(ALEX, "This goes to Sam")
    preview = bot.fake.messages(ALEX)[-1]
    assert "How you sing <off-key> & laugh at *my* jokes_" in preview.text
    alex.presses(preview, send_payload(preview))
    await bot.fake.wait_for_text(SAM, "How you sing <off-key> & laugh at *my* jokes_")
    received = bot.fake.messages(SAM)[-1]
    assert "&lt;off-key&gt; &amp; laugh" in received.html_text


def send_payload(preview: SentMessage) -> str:
    [send] = [data for data in preview.button_data if data.startswith("preview:send:")]
    return send


async def test_typed_words_reach_the_partner_only_after_send_and_only_once(
    bot: RunningBot,
) -> None:
    alex, _sam = await pair(bot.fake)
    alex.says("/appreciate")
    await bot.fake.wait_for_text(ALEX, "What's one thing you appreciate about Sam?")
    alex.says("your terrible puns")
    await bot.fake.wait_for_text(ALEX, "This goes to Sam")
    preview = bot.fake.messages(ALEX)[-1]
    assert [b["text"] for row in preview.buttons for b in row] == [
        "Send",
        "Change it",
        "Don't send",
    ]
    alex.says("/help")  # a command in between: the words are put aside, never sent
    await bot.fake.wait_for_text(ALEX, "aside, unsent")
    alex.presses(preview, send_payload(preview))
    await bot.fake.wait_for_text(ALEX, "nothing more will be sent")
    assert "puns" not in bot.fake.texts(SAM)

    alex.says("/appreciate")
    question = "What's one thing you appreciate about Sam?"
    await bot.fake.wait_for(lambda: bot.fake.texts(ALEX).count(question) == 2, what="a question")
    alex.says("your patient mornings")
    await bot.fake.wait_for_text(ALEX, "“your patient mornings”")
    second = bot.fake.messages(ALEX)[-1]
    alex.presses(second, send_payload(second))
    alex.presses(second, send_payload(second))  # a double tap
    await bot.fake.wait_for_text(SAM, "your patient mornings")
    await bot.fake.wait_for(
        lambda: bot.fake.texts(ALEX).count("nothing more will be sent") == 2,
        what="the second tap's kind answer",
    )
    assert bot.fake.texts(SAM).count("your patient mornings") == 1


async def test_a_button_press_is_answered_at_once_and_handled(bot: RunningBot) -> None:
    alex, _sam = await pair(bot.fake)
    alex.says("/unpair")
    await bot.fake.wait_for_text(ALEX, "End your connection with Sam?")
    confirm = bot.fake.messages(ALEX)[-1]
    assert "pair:keep" in confirm.button_data
    press = alex.presses(confirm, "pair:keep")
    await bot.fake.wait_for_text(ALEX, "Okay, nothing changed.")
    assert press["callback_query"]["id"] in bot.fake.answered_callbacks
    # Answered before the engine's reply went out: the button stops spinning straight away.
    methods = [call.method for call in bot.fake.calls if call.method != "getUpdates"]
    assert methods[-2:] == ["answerCallbackQuery", "sendMessage"]


async def test_garbage_button_data_gets_a_kind_answer(bot: RunningBot) -> None:
    alex = bot.fake.user(ALEX, "Alex")
    alex.says("/start")
    await bot.fake.wait_for_text(ALEX, "Hi Alex")
    press = alex.presses(bot.fake.messages(ALEX)[0], "💥:%%:garbage")
    await bot.fake.wait_for_text(ALEX, "That button has gone a bit stale")
    assert press["callback_query"]["id"] in bot.fake.answered_callbacks


async def test_the_hug_message_is_edited_when_the_twenty_seconds_are_up(
    bot: RunningBot,
) -> None:
    alex, _sam = await pair(bot.fake)
    alex.says("/hug")
    await bot.fake.wait_for(lambda: "hug:start" in bot.fake.messages(ALEX)[-1].button_data)
    alex.presses(bot.fake.messages(ALEX)[-1], "hug:start")
    await bot.fake.wait_for_text(ALEX, "Hugging now")
    hugging = bot.fake.messages(ALEX)[-1]
    sent_before = len(bot.fake.messages(ALEX))

    bot.clock.advance(seconds=21)
    await bot.app.engine.fire_due_timers()

    await bot.fake.wait_for(lambda: hugging.edits == 1, what="the hug message to be edited")
    assert "20 seconds" in hugging.text
    assert any(data.startswith("hug:hugged:") for data in hugging.button_data)
    assert len(bot.fake.messages(ALEX)) == sent_before  # edited in place, nothing new


async def test_a_couple_makes_their_group_the_shared_space(bot: RunningBot) -> None:
    assert "couple" in {c.name for c in SpaceFlow().commands()}
    alex, sam = await pair(bot.fake)
    group = bot.fake.group(GROUP, "Alex & Sam")
    alex.says(f"/couple@{BOT_USERNAME} setup", group=group)
    await bot.fake.wait_for_text(GROUP, "shared space for Alex and Sam")
    sam.says("/help", group=group)
    await bot.fake.wait_for_text(GROUP, "Here's what we can do together")
    # Private things asked for in the group go to the private chat, with a note in the group.
    sam.says("/pair", group=group)
    await bot.fake.wait_for_text(GROUP, "Sam, I've sent you something privately.")
    await bot.fake.wait_for_text(SAM, "already connected with Alex")
    assert "already connected" not in bot.fake.texts(GROUP)


async def test_in_a_group_only_what_is_meant_for_the_bot_is_answered(bot: RunningBot) -> None:
    group = bot.fake.group(GROUP)
    alex = bot.fake.user(ALEX, "Alex")
    alex.says("good morning, everyone!", group=group)
    alex.says("/help@SomeOtherBot", group=group)
    alex.says(f"/help@{BOT_USERNAME}", group=group)
    await bot.fake.wait_for_text(GROUP, "Here's what we can do together")
    assert len(bot.fake.messages(GROUP)) == 1


async def test_someone_who_never_opened_a_private_chat_gets_a_link_to_it(
    bot: RunningBot,
) -> None:
    group = bot.fake.group(GROUP)
    bot.fake.user(KIM, "Kim").says("/pair", group=group)
    await bot.fake.wait_for_text(GROUP, "Kim, this part is private")
    note = bot.fake.messages(GROUP)[-1]
    assert "Open a chat with me" in note.text
    assert note.button_urls == [f"https://t.me/{BOT_USERNAME}"]
    assert note.buttons[0][0]["text"] == "Chat with me privately"
    assert bot.fake.messages(KIM) == []


async def test_a_redelivered_update_is_handled_once(bot: RunningBot) -> None:
    alex = bot.fake.user(ALEX, "Alex")
    update = alex.says("/start")
    await bot.fake.wait_for_text(ALEX, "Hi Alex")
    bot.fake.redeliver(update)
    alex.says("/help")
    await bot.fake.wait_for_text(ALEX, "Here's what we can do together")
    assert bot.fake.texts(ALEX).count("Hi Alex") == 1


async def test_html_in_names_and_text_shows_exactly_as_typed(bot: RunningBot) -> None:
    person = bot.fake.user(ALEX, "<b>Al</b> & Co_")
    person.says("/start")
    await bot.fake.wait_for_text(ALEX, "Hi <b>Al</b> & Co_, I'm Nearer")
    person.says("/<i>&amp;_x")
    await bot.fake.wait_for_text(ALEX, "I don't know /<i>&amp;_x yet")
    assert all(call.status == 200 for call in bot.fake.calls_to("sendMessage"))


async def test_in_the_shared_space_a_reply_to_the_bots_question_is_heard(
    bot: RunningBot,
) -> None:
    # With privacy mode on, Telegram shows a bot only commands and replies to its own messages:
    # answering a question by replying to it is how a couple types an answer in their group.
    alex, _sam = await pair(bot.fake)
    group = bot.fake.group(GROUP)
    alex.says("/couple setup", group=group)
    await bot.fake.wait_for_text(GROUP, "shared space for Alex and Sam")
    alex.says("/date", group=group)
    await bot.fake.wait_for(lambda: "date:day:4" in bot.fake.messages(GROUP)[-1].button_data)
    alex.presses(bot.fake.messages(GROUP)[-1], "date:day:4")
    await bot.fake.wait_for_text(GROUP, "What time?")
    question = bot.fake.messages(GROUP)[-1]
    alex.says("19:45", group=group)  # not a reply: Telegram would not even show it to the bot
    alex.says("19:45", group=group, reply_to=question)
    await bot.fake.wait_for_text(GROUP, "at 19:45")
    assert bot.fake.texts(GROUP).count("at 19:45") == 1
