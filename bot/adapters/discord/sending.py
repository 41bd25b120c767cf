"""`Outbound` → Discord: answers to interactions (ephemeral when private, in a server), DMs and
channel messages for the outbox, edits of earlier messages, and Discord's errors → delivery results.

Nothing a person wrote can ping anyone: every message goes out with no mentions allowed.
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import aiohttp
import discord

from bot.adapters.discord.translate import channel_id, dm_user_id
from bot.adapters.text import SentBook, split_text
from bot.engine.events import Attachment, Chart, DeliveryResult, DeliveryStatus, Outbound

log = logging.getLogger(__name__)

MAX_MESSAGE = 2000
#: An interaction's token lets the bot edit its answers for 15 minutes; keep a margin.
INTERACTION_EDIT_SECONDS = 14 * 60
#: "Cannot send messages to this user" (DMs closed), missing access or permissions, unknown
#: channel or user: the chat cannot be reached until someone changes something.
UNREACHABLE_CODES = frozenset({50007, 50001, 50013, 10003, 10013})
UNKNOWN_MESSAGE = 10008
DEFAULT_RETRY_AFTER = 5.0

AnyInteraction = discord.Interaction[Any]
ViewFor = Callable[[Outbound], discord.ui.View | None]


def delivery_failure(error: BaseException) -> DeliveryResult:
    """What a Discord error means for the outbox: wait, give up on the chat, or try again."""
    detail = f"{type(error).__name__}: {error}"[:300]
    if isinstance(error, discord.RateLimited):
        return DeliveryResult(DeliveryStatus.RETRY_AFTER, retry_after=error.retry_after)
    if isinstance(error, discord.HTTPException):
        if error.status == 429:
            header = error.response.headers.get("Retry-After", "") if error.response else ""
            retry_after = float(header) if header.replace(".", "", 1).isdigit() else 0.0
            return DeliveryResult(
                DeliveryStatus.RETRY_AFTER,
                retry_after=retry_after or DEFAULT_RETRY_AFTER,
                detail=detail,
            )
        if error.code in UNREACHABLE_CODES or error.status in (403, 404):
            return DeliveryResult(DeliveryStatus.UNREACHABLE, detail=detail)
        return DeliveryResult(DeliveryStatus.TRANSIENT, detail=detail)
    if isinstance(error, aiohttp.ClientError | OSError | TimeoutError | discord.GatewayNotFound):
        return DeliveryResult(DeliveryStatus.TRANSIENT, detail=detail)
    log.error("unexpected error while sending to Discord", exc_info=error)
    return DeliveryResult(DeliveryStatus.TRANSIENT, detail=detail)


@dataclass(frozen=True)
class Sent:
    """Where a message with a `key` went, so a later `edit_of` can change it in place."""

    channel_id: int | None
    message_id: int | None
    interaction: AnyInteraction | None = None
    original: bool = False
    editable_until: float = 0.0


#: The keyed messages this process sent (after a restart an edit becomes a new message).
MessageBook = SentBook[str, Sent]


#: Nothing Nearer sends pings anyone (what people wrote may hold @mentions).
NO_MENTIONS = discord.AllowedMentions.none()


def _file(attachment: Attachment | Chart) -> discord.File:
    """A chart goes with its alt text (Discord's image description)."""
    description = attachment.alt_text[:1024] if isinstance(attachment, Chart) else None
    return discord.File(
        io.BytesIO(attachment.content), filename=attachment.filename, description=description
    )


class DiscordSender:
    """Sends for one client; `view_for` turns an `Outbound`'s buttons into a persistent View."""

    def __init__(self, client: discord.Client, view_for: ViewFor) -> None:
        self._client = client
        self._view_for = view_for
        self.book: MessageBook = SentBook()

    # -- the outbox ----------------------------------------------------------------------------

    async def deliver(self, outbound: Outbound) -> DeliveryResult:
        """Send one outbox message to a DM (`user:<id>`) or a channel; never raises."""
        try:
            channel = await self._channel(outbound.address.chat_id)
        except Exception as error:
            return delivery_failure(error)
        if channel is None:
            return DeliveryResult(
                DeliveryStatus.UNREACHABLE, detail=f"not a Discord chat: {outbound.address}"
            )
        return await self.deliver_here(channel, outbound)

    async def deliver_here(
        self, channel: discord.abc.Messageable, outbound: Outbound
    ) -> DeliveryResult:
        """Send (or edit in place, for `edit_of`) in a known channel; never raises."""
        try:
            if outbound.edit_of and await self._edit_known(outbound):
                sent = self.book.get(outbound.edit_of)
                message_id = sent.message_id if sent else None
                return DeliveryResult.ok(str(message_id) if message_id else None)
            messages = await self.send_to(channel, outbound)
        except Exception as error:
            return delivery_failure(error)
        return DeliveryResult.ok(str(messages[-1].id) if messages else None)

    async def _channel(self, chat_id: str) -> discord.abc.Messageable | None:
        user_id = dm_user_id(chat_id)
        if user_id is not None:
            return await self._client.create_dm(discord.Object(user_id))
        channel = channel_id(chat_id)
        return self._client.get_partial_messageable(channel) if channel is not None else None

    async def send_to(
        self, channel: discord.abc.Messageable, outbound: Outbound
    ) -> list[discord.Message]:
        """Post `outbound` in a channel or DM (split when long; buttons and file on the last)."""
        allowed = NO_MENTIONS
        pieces = split_text(outbound.text, MAX_MESSAGE)
        messages: list[discord.Message] = []
        for index, piece in enumerate(pieces):
            extras = self._extras(outbound, last=index == len(pieces) - 1)
            messages.append(
                await channel.send(
                    piece or None, allowed_mentions=allowed, silent=outbound.silent, **extras
                )
            )
        if outbound.key and messages:
            last = messages[-1]
            self.book.remember(outbound.key, Sent(last.channel.id, last.id))
        return messages

    def _extras(self, outbound: Outbound, *, last: bool) -> dict[str, Any]:
        extras: dict[str, Any] = {}
        if not last:
            return extras
        view = self._view_for(outbound)
        if view is not None:
            extras["view"] = view
        if outbound.attachment is not None:
            extras["file"] = _file(outbound.attachment)
        return extras

    # -- edits ---------------------------------------------------------------------------------

    async def _edit_known(self, outbound: Outbound) -> bool:
        """Edit the message `edit_of` names, if this process sent it and it still exists."""
        sent = self.book.get(outbound.edit_of or "")
        if sent is None:
            return False
        allowed = NO_MENTIONS
        content = split_text(outbound.text, MAX_MESSAGE)[0]
        view = self._view_for(outbound)
        try:
            if sent.interaction is not None and time.monotonic() < sent.editable_until:
                if sent.original:
                    await sent.interaction.edit_original_response(
                        content=content, view=view, allowed_mentions=allowed
                    )
                elif sent.message_id is not None:
                    await sent.interaction.followup.edit_message(
                        sent.message_id, content=content, view=view, allowed_mentions=allowed
                    )
                return True
            if sent.channel_id is None or sent.message_id is None:
                return False
            channel = self._client.get_partial_messageable(sent.channel_id)
            await channel.get_partial_message(sent.message_id).edit(
                content=content, view=view, allowed_mentions=allowed
            )
            return True
        except discord.NotFound:
            return False

    # -- answering an interaction --------------------------------------------------------------

    async def answer(
        self, interaction: AnyInteraction, replies: Sequence[Outbound], *, shared_space: bool
    ) -> None:
        """Answer with the engine's replies: private ones ephemeral in a shared space (anywhere
        but the bot's DM); with none (a replayed event), acknowledge without a word."""
        for reply in replies:
            if reply.edit_of and await self._edit_known(reply):
                continue
            await self._respond(interaction, reply, ephemeral=shared_space and reply.private)
        if not interaction.response.is_done():
            await acknowledge_silently(interaction)

    async def _respond(
        self, interaction: AnyInteraction, reply: Outbound, *, ephemeral: bool
    ) -> None:
        allowed = NO_MENTIONS
        pieces = split_text(reply.text, MAX_MESSAGE)
        sent: Sent | None = None
        editable_until = time.monotonic() + INTERACTION_EDIT_SECONDS
        for index, piece in enumerate(pieces):
            extras = self._extras(reply, last=index == len(pieces) - 1)
            common: dict[str, Any] = {
                "ephemeral": ephemeral,
                "allowed_mentions": allowed,
                "silent": reply.silent,
                **extras,
            }
            if not interaction.response.is_done():
                callback = await interaction.response.send_message(piece or None, **common)
                sent = Sent(
                    interaction.channel_id,
                    callback.message_id,
                    interaction,
                    original=True,
                    editable_until=editable_until,
                )
            else:
                message = await interaction.followup.send(piece, wait=True, **common)
                sent = Sent(
                    interaction.channel_id,
                    message.id,
                    interaction,
                    editable_until=editable_until,
                )
        if reply.key and sent is not None:
            self.book.remember(reply.key, sent)


async def defer(interaction: AnyInteraction, *, ephemeral: bool) -> None:
    """Acknowledge now and answer later (the engine took long): a button press keeps its message
    as it is; a command shows Discord's "thinking…" until the answer arrives."""
    if _answers_a_message(interaction):
        await interaction.response.defer()
    else:
        await interaction.response.defer(ephemeral=ephemeral, thinking=True)


async def acknowledge_silently(interaction: AnyInteraction) -> None:
    """Tell Discord the interaction was handled when there is nothing to say."""
    if _answers_a_message(interaction):
        await interaction.response.defer()
        return
    await interaction.response.defer(ephemeral=True, thinking=True)
    await interaction.delete_original_response()


def _answers_a_message(interaction: AnyInteraction) -> bool:
    kind = interaction.type
    return kind is discord.InteractionType.component or (
        kind is discord.InteractionType.modal_submit and interaction.message is not None
    )
