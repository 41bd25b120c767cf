"""The time-zone question on Telegram, through the real python-telegram-bot against the local
fake Bot API: a "Share my location" keyboard button, and the shared point turned into a zone
offline. The point is never stored and never logged."""

from __future__ import annotations

import io

from sqlalchemy import text

from tests.adapters.conftest import RunningBot
from tests.adapters.test_telegram_logging import captured_logs  # noqa: F401  (a fixture)

ALEX = 111
SAO_PAULO = (-23.5505, -46.6333)


async def test_start_offers_a_location_button_and_a_shared_location_sets_the_zone(
    captured_logs: io.StringIO,  # noqa: F811  (Nearer's own logging, at DEBUG)
    bot: RunningBot,
) -> None:
    alex = bot.fake.user(ALEX, "Alex")
    alex.says("/start")
    await bot.fake.wait_for_text(ALEX, "where are you?")
    asking = [m for m in bot.fake.messages(ALEX) if "where are you?" in m.text][-1]
    assert asking.location_button == "📍 Share my location"

    alex.shares_location(*SAO_PAULO)
    await bot.fake.wait_for_text(ALEX, "Your time zone is now America/Sao_Paulo")
    confirm = bot.fake.messages(ALEX)[-1]
    assert "right?" in confirm.text and confirm.button_data == ["prefs:yes", "prefs:no"]
    alex.presses(confirm, "prefs:yes")
    await bot.fake.wait_for_text(ALEX, "I'll time everything to your day")

    stored = bot.app.db.transaction(
        lambda session: " ".join(
            str(row)
            for table in ("person", "pending", "entry", "outboxmessage", "processedupdate")
            for row in session.execute(text(f"SELECT * FROM {table}")).all()
        )
    )
    assert "HTTP Request: POST" in captured_logs.getvalue()  # the capture did see the run
    for number in ("23.55", "46.63"):
        assert number not in stored
        assert number not in captured_logs.getvalue()


async def test_a_location_in_the_sea_far_from_any_city_still_gets_an_answer(
    bot: RunningBot,
) -> None:
    alex = bot.fake.user(ALEX, "Alex")
    alex.shares_location(0.0, -30.0)  # the middle of the Atlantic: an Etc/GMT zone
    await bot.fake.wait_for_text(ALEX, "Your time zone is now")


async def test_a_city_typed_instead_takes_the_location_button_off_the_screen(
    bot: RunningBot,
) -> None:
    alex = bot.fake.user(ALEX, "Alex")
    alex.says("/start")
    await bot.fake.wait_for_text(ALEX, "where are you?")
    assert bot.fake.messages(ALEX)[-1].location_button
    asked = len(bot.fake.messages(ALEX))

    alex.says("berlin")
    await bot.fake.wait_for_text(ALEX, "right?")
    answered = bot.fake.messages(ALEX)[asked:]
    assert answered[0].removes_keyboard and "Europe/Berlin" in answered[0].text
    assert not any(message.location_button for message in answered)
    confirm = answered[-1]
    assert "right?" in confirm.text and confirm.button_data == ["prefs:yes", "prefs:no"]
