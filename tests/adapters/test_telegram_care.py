"""Care through the real python-telegram-bot `Application` against the local fake Bot API: in a
shared group, someone who never opened a private chat gets a neutral note whose button opens the
private chat (`?start=care`) straight onto the help, which the group never sees."""

from __future__ import annotations

from tests.adapters.conftest import RunningBot
from tests.adapters.fake_telegram import BOT_USERNAME

KIM = 333
GROUP = -100500


async def test_a_group_message_of_danger_gets_a_neutral_note_and_a_care_deep_link(
    bot: RunningBot,
) -> None:
    group = bot.fake.group(GROUP, "Us two")
    kim = bot.fake.user(KIM, "Kim")
    kim.says("/help", group=group)
    await bot.fake.wait_for_text(GROUP, "Here's what we can do together")
    question = bot.fake.messages(GROUP)[-1]
    # With privacy mode on, a reply to the bot's message is what the bot sees in a group.
    kim.says("he hits me when he drinks", reply_to=question, group=group)
    await bot.fake.wait_for(lambda: len(bot.fake.messages(GROUP)) == 2)
    note = bot.fake.messages(GROUP)[-1]
    for topic in ("hit", "help", "safe", "danger", "findahelpline", "support"):
        assert topic not in note.text.lower(), note.text
    assert note.button_urls == [f"https://t.me/{BOT_USERNAME}?start=care"]
    assert bot.fake.messages(KIM) == []

    # Tapping the link opens the private chat with `/start care`.
    kim.says("/start care")
    await bot.fake.wait_for_text(KIM, "If you're in danger right now")
    help_message = bot.fake.messages(KIM)[-1]
    assert "could read this chat" in help_message.text
    assert "Delete chat" in help_message.text
    assert [b["text"] for row in help_message.buttons for b in row] == [
        "I'm safe right now",
        "Help near me",
        "More support",
    ]
    kim.presses(help_message, "care:near:in_danger")
    await bot.fake.wait_for_text(KIM, "findahelpline.com lists")
    assert len(bot.fake.messages(GROUP)) == 2  # nothing more in the group
