"""Pairing on Discord only with consent, black-box: the real discord.py client against the local
fake Discord. A `custom_id` is the app's to validate: whatever a client sends is just a string."""

# ruff: noqa: F811  (pytest fixtures imported from the harness)

from __future__ import annotations

from sqlmodel import Session, col, func, select

from storage.models import Couple, Identity
from tests.adapters.discord_harness import (  # noqa: F401  (fixtures)
    CHANNEL,
    RunningDiscord,
    discord_bot,
    discord_env,
    fake_discord,
)
from tests.adapters.fake_discord import FakeUser, Posted, snowflake

OTHER_CHANNEL = 9999888877776666555


def person_id_of(bot: RunningDiscord, user: FakeUser) -> int:
    def find(session: Session) -> int:
        identity = session.exec(
            select(Identity).where(Identity.platform_user_id == str(user.id))
        ).one()
        return identity.person_id

    return bot.app.db.transaction(find)


def couples(bot: RunningDiscord) -> int:
    return bot.app.db.transaction(
        lambda session: session.exec(select(func.count(col(Couple.id)))).one()
    )


def message_in(channel: int, custom_id: str) -> Posted:
    """A message carrying one button, as a client could claim to have pressed it anywhere."""
    message = Posted(id=snowflake(), channel_id=channel, content="Join me",
                     components=[{"type": 1, "components": [
                         {"type": 2, "style": 2, "label": "This is me", "custom_id": custom_id,
                          "id": 1}]}])  # fmt: skip
    return message


async def test_a_forged_join_payload_from_another_channel_pairs_no_one(
    discord_bot: RunningDiscord,
) -> None:
    fake = discord_bot.fake
    alex, mallory = fake.user("Alex"), fake.user("Mallory")
    setup = await alex.slash("couple", subcommand="setup", channel=CHANNEL)
    _message, real = setup.button("This is me")
    await mallory.slash("help", channel=OTHER_CHANNEL)
    alex_id = person_id_of(discord_bot, alex)

    for custom_id in (f"nearer:space:join:{alex_id}", f"nearer:space:join:{alex_id}:", real):
        forged = message_in(OTHER_CHANNEL, custom_id)
        fake.posted[forged.id] = forged
        answer = await mallory.press(forged, custom_id)
        assert answer.messages and all(m.ephemeral for m in answer.messages), custom_id
        assert "connected" not in answer.text, answer.text

    assert couples(discord_bot) == 0
    settings = await mallory.slash("settings", channel=OTHER_CHANNEL)
    assert "Partner: not paired yet" in settings.text
    assert not any("wants to join you" in m.content for m in fake.dms_to(alex))


async def test_the_real_partner_taps_and_the_inviter_confirms_in_a_dm(
    discord_bot: RunningDiscord,
) -> None:
    fake = discord_bot.fake
    alex, sam = fake.user("Alex"), fake.user("Sam")
    setup = await alex.slash("couple", subcommand="setup", channel=CHANNEL)
    message, me = setup.button("This is me")
    asked = await sam.press(message, me)
    assert "I've asked Alex" in asked.text
    assert couples(discord_bot) == 0

    def question() -> Posted | None:
        return next((m for m in fake.dms_to(alex) if "Sam wants to join you" in m.content), None)

    await discord_bot.until(lambda: question() is not None)
    dm = question()
    assert dm is not None
    yes = dm.button("Yes")
    await alex.press(dm, yes)
    connected = "Sam and Alex, you're connected"
    await discord_bot.until(lambda: any(connected in m.content for m in fake.messages_in(CHANNEL)))
    assert couples(discord_bot) == 1
