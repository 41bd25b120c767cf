"""The deeper practices on Discord, end to end (real discord.py against the local fake): the
repair kit's buttons from a shared channel, privately, and the partner's one-tap answer."""

# ruff: noqa: F811  (pytest fixtures imported from the harness)

from __future__ import annotations

from tests.adapters.discord_harness import (  # noqa: F401  (fixtures)
    CHANNEL,
    RunningDiscord,
    discord_bot,
    discord_env,
    fake_discord,
)
from tests.adapters.fake_discord import Posted
from tests.adapters.test_discord_conversations import pair_in_channel, public


async def test_a_repair_attempt_from_the_channel_reaches_only_the_partner(
    discord_bot: RunningDiscord,
) -> None:
    fake = discord_bot.fake
    alex, sam = fake.user("Alex"), fake.user("Sam")
    await pair_in_channel(discord_bot, alex, sam)

    kit = await alex.slash("repair", channel=CHANNEL)
    assert all(m.ephemeral for m in kit.messages) and "repair kit" in kit.text
    section = await alex.press(*kit.button("Let's start again"))
    assert all(m.ephemeral for m in section.messages)
    sent = await alex.press(*section.button("Can we start that over?"))
    assert "Sent to Sam" in sent.text

    def attempt() -> Posted | None:
        return next((m for m in fake.dms_to(sam) if "repair attempt" in m.content), None)

    await discord_bot.until(lambda: attempt() is not None)
    received = attempt()
    assert received is not None and "“Can we start that over?”" in received.content
    await sam.press(received, received.button("I'm in"))
    await discord_bot.until(lambda: any("answered: I'm in" in m.content for m in fake.dms_to(alex)))
    assert "start that over" not in public(fake)
