"""Only the bot's own DM is private on Discord. Commands are installed with a server only, and
offered in servers and the bot's DM; an interaction from anywhere else (a group DM where someone
used the app as a user-installed one) is treated as a shared space, never as the private chat."""

# ruff: noqa: F811  (pytest fixtures imported from the harness)

from __future__ import annotations

from typing import Any

from tests.adapters.discord_harness import (  # noqa: F401  (fixtures)
    RunningDiscord,
    discord_bot,
    discord_env,
    fake_discord,
)
from tests.adapters.fake_discord import FakeUser, snowflake

GUILD_INSTALL = 0
GUILD, BOT_DM, PRIVATE_CHANNEL = 0, 1, 2
GROUP_DM = 3


def group_dm_interaction(user: FakeUser, command_id: int, name: str) -> dict[str, Any]:
    """`/name` used in a group DM of several friends: no guild, context PRIVATE_CHANNEL."""
    payload = user._interaction(2, {"id": str(command_id), "name": name, "type": 1}, None)
    channel = snowflake()
    friend = {"id": str(snowflake()), "username": "kim", "discriminator": "0", "avatar": None}
    payload |= {
        "channel_id": str(channel),
        "channel": {
            "id": str(channel),
            "type": GROUP_DM,
            "recipients": [user.payload(), friend],
            "name": "weekend plans",
            "owner_id": str(user.id),
            "flags": 0,
        },
        "authorizing_integration_owners": {"1": str(user.id)},
        "context": PRIVATE_CHANNEL,
    }
    return payload


async def test_commands_are_for_servers_and_the_bots_dm_only(discord_bot: RunningDiscord) -> None:
    for command in discord_bot.fake.commands["global"]:
        assert command.get("integration_types") == [GUILD_INSTALL], command["name"]
        assert sorted(command.get("contexts") or []) == [GUILD, BOT_DM], command["name"]


async def test_a_journal_asked_for_in_a_group_dm_is_not_shown_there(
    discord_bot: RunningDiscord,
) -> None:
    """The reproduction: the group DM mapped to the private chat and `/journal` was posted for
    everyone in it to read."""
    fake = discord_bot.fake
    alex = fake.user("Alex")
    await alex.dm("/appreciate the secret picnic by the old mill")
    answer = await fake.interact(group_dm_interaction(alex, fake.command_id("journal"), "journal"))
    for message in answer.visible:
        if "picnic" in message.content:
            assert message.ephemeral, "the journal was shown to the whole group DM"
    # Alex still gets the journal, where only Alex reads it: just for them, or in the bot's DM.
    just_for_alex = [m.content for m in answer.visible if m.ephemeral]
    await discord_bot.until(
        lambda: "picnic" in "\n".join(just_for_alex + [m.content for m in fake.dms_to(alex)])
    )
