"""The deeper practices through the real python-telegram-bot `Application` and the fake Bot API:
their buttons are ordinary inline buttons, and what reaches the partner is exactly what was
chosen."""

from __future__ import annotations

from tests.adapters.conftest import RunningBot
from tests.adapters.test_telegram_conversations import ALEX, SAM, pair


async def test_a_repair_phrase_goes_in_one_tap_and_comes_back_answered(bot: RunningBot) -> None:
    alex, sam = await pair(bot.fake)
    alex.says("/repair")
    await bot.fake.wait_for_text(ALEX, "Your repair kit")
    kit = bot.fake.messages(ALEX)[-1]
    assert "repair:section:reset" in kit.button_data
    alex.presses(kit, "repair:section:reset")
    await bot.fake.wait_for_text(ALEX, "• Can we start that over?")
    section = bot.fake.messages(ALEX)[-1]
    labels = {b["callback_data"]: b["text"] for row in section.buttons for b in row}
    assert labels["repair:say:rp-001"] == "Can we start that over?"
    alex.presses(section, "repair:say:rp-001")
    await bot.fake.wait_for_text(SAM, "“Can we start that over?”")
    attempt = bot.fake.messages(SAM)[-1]
    [im_in] = [data for data in attempt.button_data if data.endswith(":in")]
    sam.presses(attempt, im_in)
    await bot.fake.wait_for_text(ALEX, "answered: I'm in")


async def test_how_well_do_you_know_me_across_two_telegram_chats(bot: RunningBot) -> None:
    alex, sam = await pair(bot.fake)
    alex.says("/knowme")
    await bot.fake.wait_for_text(ALEX, "A question about you")
    alex.says("Rainy Sunday mornings")
    await bot.fake.wait_for_text(ALEX, "This goes to Sam")
    preview = bot.fake.messages(ALEX)[-1]
    [send] = [data for data in preview.button_data if data.startswith("preview:send:")]
    alex.presses(preview, send)
    await bot.fake.wait_for_text(SAM, "Alex answered a question about themself")
    assert "Rainy" not in bot.fake.texts(SAM)
    sam.says("Late summer evenings")
    await bot.fake.wait_for_text(SAM, "This goes to Alex")
    preview = bot.fake.messages(SAM)[-1]
    [send] = [data for data in preview.button_data if data.startswith("preview:send:")]
    sam.presses(preview, send)
    await bot.fake.wait_for_text(ALEX, "Sam guessed: Late summer evenings")
    await bot.fake.wait_for_text(SAM, "Alex said: Rainy Sunday mornings")
    reveal = [m for m in bot.fake.messages(ALEX) if "Sam guessed" in m.text][-1]
    [spot_on] = [data for data in reveal.button_data if data.endswith(":spot_on")]
    alex.presses(reveal, spot_on)
    await bot.fake.wait_for_text(SAM, "spot on")
