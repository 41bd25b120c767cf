"""The Discord adapter: discord.py's client logged in and connected inside Nearer's own loop.

It translates slash commands, button presses, answer boxes and DMs into `Inbound`, hands them to
the engine, and answers with what the engine returns; it never decides what to say. Every
interaction is acknowledged within Discord's three seconds: when the engine is slower than
`ack_deadline`, the interaction is deferred first and answered when the replies are ready.
`client.run` is never used: `start` logs in, syncs the commands and connects in a task. A custom
API address applies to this client only (`api_base.py`).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import discord
from discord import app_commands

from bot.adapters.base import Handler, RateLimits, Window
from bot.adapters.discord import views
from bot.adapters.discord.api_base import client_context
from bot.adapters.discord.commands import Localizations, build_commands
from bot.adapters.discord.sending import DiscordSender, defer
from bot.adapters.discord.settings import DiscordSettings
from bot.adapters.discord.translate import (
    PLATFORM,
    in_shared_space,
    interaction_inbound,
    locale_of,
    message_inbound,
)
from bot.config import ConfigError
from bot.engine.events import DeliveryResult, DeliveryStatus, Inbound, OptionValue, Outbound
from bot.engine.parameters import CommandSpec

log = logging.getLogger(__name__)

#: Discord wants an answer within 3 s; past this the interaction is deferred first.
ACK_DEADLINE_SECONDS = 2.0
#: One outbox send may wait out a short rate limit inside discord.py, never longer than this.
SEND_TIMEOUT_SECONDS = 40.0
#: On stop, answers already being written get this long to reach Discord.
STOP_GRACE_SECONDS = 5.0
#: discord.py sleeps through 429s up to this long (its minimum); longer ones come back to the
#: outbox as "retry after".
MAX_RATELIMIT_SLEEP_SECONDS = 30.0
ALREADY_ACKNOWLEDGED = 40060
UNKNOWN_INTERACTION = 10062
#: Discord's limits, declared once: 50 requests a second per bot, about 5 messages per 5
#: seconds per channel (the outbox paces its sends with them).
RATE_LIMITS = RateLimits(Window(50, 1.0), Window(5, 5.0), Window(5, 5.0))

AnyInteraction = discord.Interaction[Any]


@dataclass(frozen=True, slots=True)
class DiscordTexts:
    """The few words only Discord's own controls need (its answer box), in the bot's language."""

    write: str
    write_command: str
    modal_title: str
    modal_label: str
    modal_hint: str
    oops: str

    @classmethod
    def worded(cls, say: Callable[[str], str]) -> DiscordTexts:
        """Each text from the bot's messages (`discord.<field>`; `common.oops`)."""
        return cls(
            **{
                name: say(f"discord.{name}")
                for name in ("write", "write_command", "modal_title", "modal_label", "modal_hint")
            },
            oops=say("common.oops"),
        )


def intents() -> discord.Intents:
    """Only what the flows need: servers (for channels) and DMs. No Message Content intent:
    in servers people use slash commands, buttons and answer boxes; DM text is readable anyway."""
    wanted = discord.Intents.none()
    wanted.guilds = True
    wanted.dm_messages = True
    return wanted


class DiscordAdapter:
    """One bot account. `commands` are the engine's command declarations, in words, from which
    the slash commands are built; `texts` the words of Discord's own controls."""

    platform = PLATFORM
    rate_limits = RATE_LIMITS

    def __init__(
        self,
        settings: DiscordSettings,
        *,
        commands: Sequence[CommandSpec],
        texts: DiscordTexts,
        max_text_length: int = 4000,
        ack_deadline: float = ACK_DEADLINE_SECONDS,
        synced_record: Path | None = None,
        localized: Mapping[str, Mapping[str, str]] | None = None,
        texts_by_language: Mapping[str, DiscordTexts] | None = None,
        language_of_locale: Callable[[str | None], str] | None = None,
    ) -> None:
        """`synced_record` is a file that keeps a fingerprint of the commands last registered
        with Discord, so a start with the same commands registers nothing (without one, every
        start registers them). `localized` is every description by Discord locale and place
        in the menu (`commands.localizations`). `texts_by_language` words Discord's own controls
        in each language: under a message, in the message's language; the answer box, in the
        language of the person's Discord (`language_of_locale` finds ours)."""
        self.settings = settings
        self._localizations = Localizations(localized or {})
        self._texts_by_language = dict(texts_by_language or {})
        self._language_of_locale = language_of_locale
        self._synced_record = synced_record
        self._commands = list(commands)
        self._texts = texts
        self._max_text_length = max_text_length
        self._ack_deadline = ack_deadline
        self._handler: Handler | None = None
        self._modals = views.OpenModals()
        self._connection: asyncio.Task[None] | None = None
        self._logged_in = False
        self._answering = 0
        self._all_answered = asyncio.Event()
        self._all_answered.set()
        self.client = self._build_client()
        #: Every task of this client runs in this context (see `api_base.py`).
        self._context = client_context(self.client, settings.api_base_url)
        self.tree: app_commands.CommandTree[Any] = app_commands.CommandTree(self.client)
        for command in build_commands(
            self._commands, texts.write_command, self._on_command, self._open_box
        ):
            self.tree.add_command(command)
        self.tree.error(self._on_command_error)
        self._components = views.component_items(self._on_press, self._open_box)
        self.client.add_dynamic_items(*self._components.kinds)
        self.client.event(self.on_interaction)
        self.client.event(self.on_message)
        self.sender = DiscordSender(self.client, self._view_for)

    def _build_client(self) -> discord.AutoShardedClient:
        # Nearer never joins voice: no warnings at start-up about voice libraries it lacks.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        options: dict[str, Any] = {}
        if self.settings.shard_count is not None:
            options["shard_count"] = self.settings.shard_count
        if self.settings.shard_ids is not None:
            options["shard_ids"] = list(self.settings.shard_ids)
        return discord.AutoShardedClient(
            intents=intents(),
            allowed_mentions=discord.AllowedMentions.none(),
            member_cache_flags=discord.MemberCacheFlags.none(),
            chunk_guilds_at_startup=False,
            max_messages=None,
            max_ratelimit_timeout=MAX_RATELIMIT_SLEEP_SECONDS,
            **options,
        )

    def invite_link(self, code: str) -> str | None:
        """Discord has no link that joins with a code: a partner uses `/pair code:…`."""
        return None

    def can_ask_location(self, *, private: bool) -> bool:
        """Discord has no button that shares a location."""
        return False

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self, handler: Handler) -> None:
        """Log in (REST), register the slash commands, then connect to the gateway in a task."""
        self._handler = handler
        try:
            await self.client.login(self.settings.token)
        except discord.LoginFailure as error:
            await self.client.close()
            raise ConfigError(
                "Discord did not accept DISCORD_BOT_TOKEN; copy a fresh token from the Bot page "
                "of your application in the developer portal"
            ) from error
        self._logged_in = True
        await self.tree.set_translator(self._localizations)
        await self._sync_commands()
        # The gateway address comes from the API's `/gateway/bot` (AutoShardedClient asks it),
        # so REST and gateway come from the same place.
        self._connection = asyncio.create_task(
            self._stay_connected(), name="discord-gateway", context=self._context.copy()
        )

    def _fingerprint(self) -> str:
        """What Discord would be told: every command's payload, and where it goes."""
        payload = [command.to_dict(self.tree) for command in self.tree.get_commands()]
        scope = {
            "guild": self.settings.guild_id,
            "commands": payload,
            "localized": self._localizations.fingerprint(),
        }
        text = json.dumps(scope, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(text.encode()).hexdigest()

    def _last_synced(self) -> str | None:
        if self._synced_record is None:
            return None
        try:
            return self._synced_record.read_text(encoding="utf-8").strip()
        except OSError:
            return None

    async def _sync_commands(self) -> None:
        """Register the slash commands only when they changed since the last registration
        (discord.py's advice: syncing is rate-limited, and needless on most starts)."""
        fingerprint = self._fingerprint()
        if fingerprint == await asyncio.to_thread(self._last_synced):
            log.info("Discord slash commands unchanged; not registering them again")
            return
        try:
            if self.settings.guild_id is not None:
                guild = discord.Object(self.settings.guild_id)
                self.tree.copy_global_to(guild=guild)
                synced = await self.tree.sync(guild=guild)
            else:
                synced = await self.tree.sync()
        except discord.HTTPException as error:
            log.error(
                "could not register Discord slash commands (%s); was the bot invited with the "
                "applications.commands scope, and is DISCORD_GUILD_ID a server it is in?",
                error,
            )
            return
        log.info("registered %d Discord slash commands", len(synced))
        if self._synced_record is not None:
            try:
                await asyncio.to_thread(
                    self._synced_record.write_text, fingerprint + "\n", encoding="utf-8"
                )
            except OSError as error:
                log.warning("could not note the registered commands: %s", error.strerror)

    async def _stay_connected(self) -> None:
        try:
            await self.client.connect(reconnect=True)
        except asyncio.CancelledError:
            raise
        except discord.PrivilegedIntentsRequired:
            log.error("Discord refused the gateway intents; Nearer needs no privileged intent")
        except Exception:
            log.exception("the Discord gateway connection ended; no Discord events until restart")

    async def stop(self) -> None:
        """Let answers being written reach Discord (briefly), then disconnect."""
        with contextlib.suppress(TimeoutError):
            await self.answered(within=STOP_GRACE_SECONDS)
        with contextlib.suppress(Exception):
            await self.client.close()
        if self._connection is not None:
            self._connection.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._connection
        self._logged_in = False

    async def answered(self, within: float) -> None:
        """Return once no event is being answered (raises `TimeoutError` after `within` s)."""
        await asyncio.wait_for(self._all_answered.wait(), timeout=within)

    @contextlib.contextmanager
    def _answering_one(self) -> Iterator[None]:
        self._answering += 1
        self._all_answered.clear()
        try:
            yield
        finally:
            self._answering -= 1
            if not self._answering:
                self._all_answered.set()

    # -- the outbox ----------------------------------------------------------------------------

    async def send(self, outbound: Outbound) -> DeliveryResult:
        if not self._logged_in or self.client.is_closed():
            return DeliveryResult(DeliveryStatus.TRANSIENT, detail="Discord is not connected")
        sending = asyncio.create_task(self.sender.deliver(outbound), context=self._context.copy())
        try:
            return await asyncio.wait_for(sending, timeout=SEND_TIMEOUT_SECONDS)
        except TimeoutError:
            return DeliveryResult(DeliveryStatus.TRANSIENT, detail="Discord send timed out")

    def _language_from(self, interaction: AnyInteraction) -> str | None:
        """Our language for the person's Discord client (`None`: the default)."""
        if self._language_of_locale is None:
            return None
        return self._language_of_locale(locale_of(interaction))

    def _texts_in(self, language: str | None) -> DiscordTexts:
        if language is None:
            return self._texts
        return self._texts_by_language.get(language, self._texts)

    def _view_for(self, outbound: Outbound) -> discord.ui.View | None:
        asks_for_text = bool(outbound.awaits_text)
        private_chat = outbound.private_chat.label if outbound.private_chat else None
        me = self.client.user
        return views.build_view(
            outbound.buttons,
            self._components,
            write_label=self._texts_in(outbound.language).write if asks_for_text else None,
            # Someone Nearer cannot DM yet: a button to its profile, where "Message" opens a DM.
            link=(private_chat, f"https://discord.com/users/{me.id}")
            if private_chat and me
            else None,
        )

    # -- events ----------------------------------------------------------------------------------

    async def _on_command(
        self, interaction: AnyInteraction, name: str, options: Mapping[str, OptionValue]
    ) -> None:
        inbound = interaction_inbound(interaction, text=f"/{name}", options=options)
        await self._run(interaction, inbound)

    async def _on_press(self, interaction: AnyInteraction, payload: str) -> None:
        await self._run(interaction, interaction_inbound(interaction, button=payload))

    async def _on_text(self, interaction: AnyInteraction, text: str) -> None:
        await self._run(interaction, interaction_inbound(interaction, text=text))

    async def _open_box(self, interaction: AnyInteraction) -> None:
        """The "Write my answer" button or `/write`: the private answer box, at once."""
        question = interaction.message.content if interaction.message is not None else ""
        texts = self._texts_in(self._language_from(interaction))
        modal = views.AnswerModal(
            title=texts.modal_title,
            label=texts.modal_label,
            hint=texts.modal_hint,
            question=question,
            max_length=self._max_text_length,
            on_text=self._on_text,
        )
        self._modals.opened(modal.custom_id)
        try:
            await interaction.response.send_modal(modal)
        except discord.HTTPException as error:
            log.info("could not open an answer box: %s", error)

    async def on_interaction(self, interaction: AnyInteraction) -> None:
        """What the tree and the registered components do not answer: buttons from elsewhere
        (the engine calls them stale) and answer boxes opened before a restart."""
        data: Any = interaction.data or {}
        custom_id = str(data.get("custom_id", "")) if isinstance(data, dict) else ""
        if interaction.type is discord.InteractionType.component and not views.is_ours(custom_id):
            await self._on_press(interaction, custom_id[:100])
        elif (
            interaction.type is discord.InteractionType.modal_submit
            and custom_id.startswith(views.MODAL_PREFIX)
            and custom_id not in self._modals
        ):
            await self._on_text(interaction, views.submitted_text(data))

    async def on_message(self, message: discord.Message) -> None:
        """Text written to the bot in a DM (servers use commands, buttons and answer boxes)."""
        inbound = message_inbound(message)
        if inbound is None or self._handler is None:
            return
        with self._answering_one():
            replies = await self._handler(inbound)
            for reply in replies:
                result = await self.sender.deliver_here(message.channel, reply)
                if result.status is not DeliveryStatus.OK:
                    log.warning("could not answer a Discord DM: %s", result.detail)

    async def _run(self, interaction: AnyInteraction, inbound: Inbound) -> None:
        """Ask the engine and answer, deferring first if it takes longer than the deadline."""
        if self._handler is None:
            return
        with self._answering_one():
            await self._ask_and_answer(self._handler, interaction, inbound)

    async def _ask_and_answer(
        self, handler: Handler, interaction: AnyInteraction, inbound: Inbound
    ) -> None:
        work = asyncio.ensure_future(handler(inbound))
        try:
            done, _pending = await asyncio.wait({work}, timeout=self._ack_deadline)
            if not done:
                await defer(interaction, ephemeral=in_shared_space(interaction))
            replies = await work
            shared = in_shared_space(interaction)
            await self.sender.answer(interaction, replies, shared_space=shared)
        except discord.HTTPException as error:
            if error.code in (ALREADY_ACKNOWLEDGED, UNKNOWN_INTERACTION):
                log.info("a Discord interaction was already answered or has expired")
            else:
                log.warning("could not answer a Discord interaction: %s", error)
        except (aiohttp.ClientError, OSError, RuntimeError) as error:  # network or closing down
            log.warning("could not answer a Discord interaction: %r", error)
        finally:
            if not work.done():
                await asyncio.wait({work})

    async def _on_command_error(
        self, interaction: AnyInteraction, error: app_commands.AppCommandError
    ) -> None:
        log.error("a Discord command failed", exc_info=error)
        text = self._texts_in(self._language_from(interaction)).oops
        try:
            if interaction.response.is_done():
                await interaction.followup.send(text, ephemeral=True)
            else:
                await interaction.response.send_message(text, ephemeral=True)
        except (discord.HTTPException, aiohttp.ClientError, OSError, RuntimeError) as failure:
            log.info("could not explain a failed command: %r", failure)
