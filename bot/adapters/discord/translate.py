"""Discord interactions and DMs → the engine's `Inbound`, and the chat ids both sides agree on.

A person's private chat is `user:<user id>` (the bot opens the DM itself when it sends, so the
engine can reach someone who has only ever used a server channel); a server channel is its plain
channel id. Only the bot's own DM is private: anywhere else an interaction can come from (a
server, a group DM or someone else's DM where the app was used as a user-installed one) is a
shared space, however small. The interaction or message id is the update id: Discord's ids
are unique, so a replayed event is recognised by the engine and handled once.
"""

from __future__ import annotations

from collections.abc import Mapping

import discord

from bot.engine.events import Chat, Inbound, OptionValue, Sender

PLATFORM = "discord"
DM_PREFIX = "user:"


def private_chat_id(user_id: int) -> str:
    return f"{DM_PREFIX}{user_id}"


def dm_user_id(chat_id: str) -> int | None:
    """The user behind a private chat id, or `None` for a channel id."""
    if not chat_id.startswith(DM_PREFIX):
        return None
    rest = chat_id[len(DM_PREFIX) :]
    return int(rest) if rest.isdigit() else None


def channel_id(chat_id: str) -> int | None:
    return int(chat_id) if chat_id.isdigit() else None


def in_bot_dm(interaction: discord.Interaction) -> bool:
    """Whether the interaction came from the person's own DM with the bot: Discord says so in
    the interaction's context (a group DM has no guild either, so that alone is not enough)."""
    return interaction.guild_id is None and interaction.context.dm_channel


def in_shared_space(interaction: discord.Interaction) -> bool:
    """Anywhere but the bot's DM: others may read it, so private replies are ephemeral there."""
    return not in_bot_dm(interaction)


def chat_of(interaction: discord.Interaction) -> Chat:
    if in_bot_dm(interaction):
        return Chat(private_chat_id(interaction.user.id), "private")
    channel = interaction.channel_id
    place = interaction.guild_id or "unknown"
    return Chat(str(channel) if channel is not None else f"guild-{place}", "group")


def interaction_inbound(
    interaction: discord.Interaction,
    *,
    text: str = "",
    button: str | None = None,
    options: Mapping[str, OptionValue] | None = None,
) -> Inbound:
    """A slash command (`/name` with its typed options), an answer box's text or a button."""
    user = interaction.user
    message = interaction.message
    return Inbound(
        PLATFORM,
        chat_of(interaction),
        Sender(str(user.id), user.display_name),
        text=text,
        button=button,
        message_id=str(message.id) if message is not None else None,
        update_id=str(interaction.id),
        private_chat_id=private_chat_id(user.id),
        private_replies=in_shared_space(interaction),
        options=options,
        language=locale_of(interaction),
    )


def locale_of(interaction: discord.Interaction) -> str | None:
    """The language the person's Discord client is set to (`es-ES`), sent with every slash
    command and button; else the server's, where one is set. Plain DMs carry neither."""
    for locale in (
        getattr(interaction, "locale", None),
        getattr(interaction, "guild_locale", None),
    ):
        value = getattr(locale, "value", locale)
        if isinstance(value, str) and value:
            return value
    return None


def message_inbound(message: discord.Message) -> Inbound | None:
    """Text someone wrote to the bot in a DM; `None` for anything else (bots, server channels,
    where without the Message Content intent the text is not ours to read)."""
    if message.author.bot or message.guild is not None:
        return None
    if not isinstance(message.channel, discord.DMChannel) or not message.content:
        return None
    chat_id = private_chat_id(message.author.id)
    return Inbound(
        PLATFORM,
        Chat(chat_id, "private"),
        Sender(str(message.author.id), message.author.display_name),
        text=message.content,
        message_id=str(message.id),
        update_id=str(message.id),
        private_chat_id=chat_id,
    )
