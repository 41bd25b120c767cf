"""The Telegram adapter: python-telegram-bot's parts started and stopped inside Nearer's loop.

It translates updates into `Inbound`, hands them to the engine, and sends the replies; it never
decides what to say. `run_polling` is never used: `start`/`stop` drive `Application` and its
`Updater` directly, so the loop stays Nearer's.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    MenuButtonWebApp,
    WebAppInfo,
)
from telegram import Update as TelegramUpdate
from telegram.error import Conflict, InvalidToken, TelegramError
from telegram.ext import AIORateLimiter, Application, ContextTypes, TypeHandler
from telegram.request import HTTPXRequest

from bot.adapters.base import Handler, RateLimits, Window
from bot.adapters.telegram.ordering import InOrderPerPerson
from bot.adapters.telegram.sending import START_PARAMETER, TelegramSender
from bot.adapters.telegram.settings import TelegramSettings
from bot.adapters.telegram.translate import (
    ALLOWED_UPDATES,
    PLATFORM,
    callback_to_inbound,
    message_to_inbound,
)
from bot.adapters.telegram.updates_request import TolerantBot
from bot.config import ConfigError
from bot.engine.events import DeliveryResult, DeliveryStatus, Inbound, Outbound

if TYPE_CHECKING:
    from bot.adapters.telegram.webhook import HealthCheck, WebhookServer

log = logging.getLogger(__name__)

#: How often a direct reply waits out Telegram's flood control before giving up on it.
REPLY_FLOOD_RETRIES = 3
#: Telegram's published limits, declared once: about 30 messages a second overall, one a second
#: per chat, 20 a minute per group. The outbox paces its sends with them (`rate_limits`), and
#: PTB's rate limiter holds every outgoing call to the overall and group ones.
RATE_LIMITS = RateLimits(Window(30, 1.0), Window(1, 1.0), Window(20, 60.0))
MAX_COMMAND_DESCRIPTION = 256

TelegramApplication = Application[Any, Any, Any, Any, Any, Any]


class TelegramAdapter:
    """One bot account. `commands` are `(name, one-line description)` for the command menu;
    `health` says whether the database answers (webhook mode serves it on `/healthz`)."""

    platform = PLATFORM
    rate_limits = RATE_LIMITS

    def __init__(
        self,
        settings: TelegramSettings,
        *,
        commands: Sequence[tuple[str, str]] = (),
        commands_by_language: Mapping[str, Sequence[tuple[str, str]]] | None = None,
        concurrency: int = 32,
        health: HealthCheck | None = None,
        menu_page: tuple[str, str] | None = None,
    ) -> None:
        """`commands` is the menu for everyone; `commands_by_language` the same menu described
        in each language (by two-letter code), shown to people whose Telegram is set to it;
        `menu_page` `(label, url)`: the chat menu button opens Nearer's page as a Mini App."""
        self.settings = settings
        self._menu_page = menu_page
        self.username: str | None = None
        self._commands = list(commands)
        self._commands_by_language = {
            code: list(menu) for code, menu in (commands_by_language or {}).items()
        }
        self._concurrency = concurrency
        self._handler: Handler | None = None
        self._application: TelegramApplication | None = None
        self._sender: TelegramSender | None = None
        self._health = health
        self._webhook: WebhookServer | None = None

    def invite_link(self, code: str) -> str | None:
        """`t.me/<bot>?start=<code>`: one tap opens the bot and joins (once getMe answered)."""
        if not self.username or not START_PARAMETER.fullmatch(code):
            return None
        return f"https://t.me/{self.username}?start={code}"

    def can_ask_location(self, *, private: bool) -> bool:
        """A reply-keyboard button that shares a location, in private chats only (in a group
        the point would be shown to everyone)."""
        return private

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self, handler: Handler) -> None:
        """Connect (getMe), register the command menu and start receiving updates."""
        self._handler = handler
        application = self._build_application()
        try:
            await application.initialize()
        except InvalidToken:
            await application.bot.shutdown()
            # `from None`: PTB's own message quotes the token, and a traceback is not a log line.
            raise ConfigError(
                "Telegram refused TELEGRAM_BOT_TOKEN; copy the token from @BotFather again"
            ) from None
        try:
            self.username = application.bot.username
            self._sender = TelegramSender(
                application.bot, private_chat_url=f"https://t.me/{self.username}"
            )
            await self._register_commands(application)
            await application.start()
            await self._start_receiving(application)
        except BaseException:
            with contextlib.suppress(Exception):
                if application.running:
                    await application.stop()
                await application.shutdown()
            raise
        self._application = application
        log.info("Telegram bot @%s is live (%s)", self.username, self._mode)

    async def stop(self) -> None:
        """Stop fetching, finish the updates already fetched, then close the connections."""
        application, self._application = self._application, None
        if application is None:
            return
        if self._webhook is not None:
            await self._webhook.stop()
            self._webhook = None
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()

    @property
    def _mode(self) -> str:
        return "webhook" if self.settings.webhook is not None else "long polling"

    def _build_application(self) -> TelegramApplication:
        optional: dict[str, Any] = {}
        if self.settings.api_base_url:
            optional["base_url"] = self.settings.api_base_url
        if self.settings.api_file_url:
            optional["base_file_url"] = self.settings.api_file_url
        bot = TolerantBot(
            self.settings.token,
            # As PTB's builder makes them: many sends at once, one long poll.
            request=HTTPXRequest(connection_pool_size=256),
            get_updates_request=HTTPXRequest(connection_pool_size=1),
            rate_limiter=AIORateLimiter(
                overall_max_rate=RATE_LIMITS.overall.count,
                overall_time_period=RATE_LIMITS.overall.period,
                group_max_rate=RATE_LIMITS.per_group.count,
                group_time_period=RATE_LIMITS.per_group.period,
                max_retries=0,
            ),
            **optional,
        )
        application = (
            Application.builder()
            .bot(bot)
            .concurrent_updates(InOrderPerPerson(self._concurrency))
            .job_queue(None)
            .build()
        )
        application.add_handler(TypeHandler(TelegramUpdate, self._on_update))
        application.add_error_handler(self._on_error)
        return application

    async def _start_receiving(self, application: TelegramApplication) -> None:
        updater = application.updater
        assert updater is not None
        webhook = self.settings.webhook
        if webhook is None:
            await updater.start_polling(
                timeout=int(self.settings.poll_timeout),
                allowed_updates=list(ALLOWED_UPDATES),
                error_callback=_log_polling_error,
            )
            return
        # Nearer's own server (see webhook.py): `/healthz` on the same port, and each post
        # answered only once its update was handled. Every worker registers the same URL.
        # Imported here: tornado is loaded only by a bot that serves a webhook.
        from bot.adapters.telegram.webhook import WebhookServer

        server = WebhookServer(
            webhook, application.bot, functools.partial(_process, application), self._health
        )
        await server.start()
        self._webhook = server
        try:
            await application.bot.set_webhook(
                url=webhook.url,
                secret_token=webhook.secret_token,
                allowed_updates=list(ALLOWED_UPDATES),
            )
        except BaseException:
            self._webhook = None
            await server.stop()
            raise

    async def _register_commands(self, application: TelegramApplication) -> None:
        """The `/` menu in private chats and groups, for everyone and then once per language
        (Telegram shows a person the one for their app's language); the command names stay
        the same in every language. A failure here never stops the bot."""
        menus: list[tuple[str | None, list[BotCommand]]] = [(None, _bot_commands(self._commands))]
        menus += [(code, _bot_commands(menu)) for code, menu in self._commands_by_language.items()]
        if not menus[0][1]:
            return
        try:
            for language, commands in menus:
                for scope in (BotCommandScopeAllPrivateChats(), BotCommandScopeAllGroupChats()):
                    await application.bot.set_my_commands(
                        commands, scope=scope, language_code=language
                    )
        except TelegramError as error:
            log.warning("could not register the Telegram command menu: %s", error.message)
        if self._menu_page is not None:
            label, url = self._menu_page
            try:
                await application.bot.set_chat_menu_button(
                    menu_button=MenuButtonWebApp(label, WebAppInfo(url))
                )
            except TelegramError as error:
                log.warning("could not set the Telegram menu button: %s", error.message)

    # -- updates -----------------------------------------------------------------------------

    async def _on_update(self, update: TelegramUpdate, _context: Any) -> None:
        if update.callback_query is not None:
            await self._on_button_press(update)
            return
        inbound = message_to_inbound(update, self.username)
        if inbound is not None:
            await self._handle(inbound)

    async def _on_button_press(self, update: TelegramUpdate) -> None:
        """Answer the callback query straight away (no spinning button), while the engine works."""
        query = update.callback_query
        assert query is not None
        answering = asyncio.create_task(_answer(query))
        try:
            inbound = callback_to_inbound(update)
            if inbound is not None:
                await self._handle(inbound)
        finally:
            await answering

    async def _handle(self, inbound: Inbound) -> None:
        assert self._handler is not None
        try:
            replies = await self._handler(inbound)
        except Exception:
            log.exception("the engine failed on a Telegram update")
            return
        for reply in replies:
            await self._reply(reply, _question_to(inbound, reply))

    async def _reply(self, reply: Outbound, answering: int | None) -> None:
        """Send a direct reply; flood control is waited out, a network error retried once."""
        assert self._sender is not None
        send = functools.partial(
            self._sender.deliver, reply, retries=REPLY_FLOOD_RETRIES, answering=answering
        )
        result = await send()
        if result.status is DeliveryStatus.TRANSIENT:
            await asyncio.sleep(1.0)
            result = await send()
        if result.status is not DeliveryStatus.OK:
            log.warning("a reply to a Telegram chat was not delivered: %s", result.detail)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error("error while handling a Telegram update", exc_info=context.error)

    # -- outbox ------------------------------------------------------------------------------

    async def send(self, outbound: Outbound) -> DeliveryResult:
        """Deliver one outbox message; Telegram's answer becomes the delivery result."""
        if self._sender is None:
            return DeliveryResult(DeliveryStatus.TRANSIENT, detail="Telegram is not connected")
        return await self._sender.deliver(outbound)


async def _process(application: TelegramApplication, update: TelegramUpdate) -> None:
    """Handle one posted update as PTB handles fetched ones: through the update processor
    (one person's updates in order), then the handlers."""
    await application.update_processor.process_update(update, application.process_update(update))


def _question_to(inbound: Inbound, reply: Outbound) -> int | None:
    """The person's group message a reply asks them something about (see `awaits_text`)."""
    if (
        inbound.is_group
        and inbound.button is None
        and inbound.message_id is not None
        and reply.awaits_text
        and reply.address == inbound.reply_address
    ):
        return int(inbound.message_id)
    return None


async def _answer(query: Any) -> None:
    try:
        await query.answer()
    except TelegramError as error:  # too old to answer, or already answered: nothing to do
        log.debug("could not answer a callback query: %s", error.message)


def _log_polling_error(error: TelegramError) -> None:
    if isinstance(error, Conflict):
        log.error(
            "another process is receiving updates for this bot (polling or a webhook): %s",
            error.message,
        )
        return
    log.warning("fetching Telegram updates failed, retrying: %s", error.message)


def _bot_commands(menu: Sequence[tuple[str, str]]) -> list[BotCommand]:
    return [BotCommand(name, description[:MAX_COMMAND_DESCRIPTION]) for name, description in menu]
