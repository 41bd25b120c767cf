"""Wiring: builds the database, engine, outbox and adapters, and runs them until told to stop.

Adapters are started and stopped here, inside one running event loop, so no library owns the
loop (python-telegram-bot's `run_polling` and discord.py's `run` are never used).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.adapters.base import Adapter
from bot.adapters.console import ConsoleAdapter
from bot.chart_worker import ChartWorker
from bot.config import Config, secret
from bot.delivery import Outbox
from bot.engine import Address, Engine, EngineSettings, utc_now
from bot.engine.flow import Flow
from bot.engine.flows import default_flows
from bot.scheduler import Heartbeat
from bot.schema import upgrade_schema
from bot.web.settings import WebSettings
from prompts import Catalog, PromptError
from prompts.loader import load_checked_catalog
from storage.db import Database

if TYPE_CHECKING:
    from bot.web.server import WebServer

log = logging.getLogger(__name__)


class Nearer:
    """One running bot: every piece is created here and passed in, nothing is global."""

    def __init__(
        self,
        config: Config,
        *,
        clock: Callable[[], datetime] = utc_now,
        settings: EngineSettings | None = None,
        flows: Sequence[Flow] | None = None,
        web: WebSettings | None = None,
        catalog: Catalog | None = None,
    ) -> None:
        """`flows` replaces the practices offered (the default set when `None`); with `web`,
        the couple's page is served too and `/us` opens it; `catalog` the languages (every one
        in `prompts/` when `None`)."""
        self.config = config
        #: The "Us" page (bot/web), when served; `/us` in a chat opens it.
        self.web: WebServer | None = None
        if web is not None:
            from bot.web.flow import UsFlow  # only a Nearer that serves the page loads it

            telegram = secret("TELEGRAM_BOT_TOKEN")
            mini_app = web.secure and telegram is not None
            flows = [
                *(default_flows() if flows is None else flows),
                UsFlow(self._page_address, mini_app=mini_app),
            ]
        self.db = Database(config.database_url)
        #: Every language, each checked against English: a broken one fails the boot. The check
        #: runs in a short-lived child; decks are read here when first drawn from.
        self.catalog = catalog if catalog is not None else load_checked_catalog()
        if config.language not in self.catalog.codes:
            raise PromptError(
                f"NEARER_LANGUAGE={config.language!r}: no such language in prompts/ "
                f"(there are {', '.join(self.catalog.codes)})"
            )
        #: The default language: for people whose platform tells none.
        self.prompts = self.catalog.get(config.language)
        self.adapters: dict[str, Adapter] = {}
        #: Progress charts are drawn on their own thread, after the engine's transaction.
        self.charts = ChartWorker()
        self.outbox = Outbox(
            self.db,
            self.adapters,
            clock,
            on_unreachable=self._unreachable,
            chart_renderer=self.charts,
        )
        self.engine = Engine(
            self.db,
            self.catalog,
            default_language=config.language,
            settings=settings or config.engine_settings(),
            clock=clock,
            on_outbox=self.outbox.wake,
            chart_renderer=self.charts,
            on_forgotten=self._forgotten,
            flows=flows,
            platforms=self.adapters,
        )
        #: The one scheduler: sweeps due nudges and fires short timers (started in `start`).
        self.heartbeat = Heartbeat(self.engine, grace=timedelta(minutes=config.nudge_grace_minutes))
        self.engine.on_timer_started = self.heartbeat.timer_started
        self._tasks: list[asyncio.Task[None]] = []
        if web is not None:
            from bot.web.server import WebServer

            self.web = WebServer(
                web, self.engine, telegram_token=telegram, chart_renderer=self.charts
            )
            if mini_app:
                #: Telegram's chat menu button opens the page as a Mini App.
                self.mini_app_menu = (self.prompts.say("web.menu_button"), f"{web.base_url}/tg")

    #: The Telegram menu button's (label, Mini App address), when the page is behind https.
    mini_app_menu: tuple[str, str] | None = None

    def _page_address(self) -> str:
        """Where the page is right now (a console's server may have had to take another port)."""
        assert self.web is not None
        return self.web.base_url

    async def _unreachable(self, person_id: int) -> None:
        await self.engine.person_unreachable(person_id)

    async def _forgotten(self, chats: Sequence[Address]) -> None:
        """Someone was forgotten: adapters that keep files of their own (the console) drop
        every file of those chats too."""
        for chat in chats:
            adapter = self.adapters.get(chat.platform)
            forget_chat = getattr(adapter, "forget_chat", None)
            if forget_chat is not None:
                await forget_chat(chat.chat_id)

    async def migrate(self) -> None:
        """Bring the schema up to date (in a child process: see `bot.schema`)."""
        await upgrade_schema(self.db.engine)

    def add_adapter(self, adapter: Adapter) -> None:
        self.adapters[adapter.platform] = adapter

    async def start(self) -> None:
        if self.web is not None:
            # The page first: a link handed out by an adapter's first event must already work.
            await self.web.start()
        for adapter in self.adapters.values():
            await adapter.start(self.engine.handle)
            log.info("%s adapter started", adapter.platform)
        self._tasks.append(asyncio.create_task(self.outbox.run(), name="outbox"))
        await self.heartbeat.start()

    async def stop(self) -> None:
        if self.web is not None:
            with contextlib.suppress(Exception):
                await self.web.stop()
        await self.heartbeat.stop()
        self.outbox.stop()
        for adapter in reversed(list(self.adapters.values())):
            with contextlib.suppress(Exception):
                await adapter.stop()
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await self.db.dispose()
        await asyncio.to_thread(self.charts.close)


def freeze_startup_heap() -> None:
    """Keep what start-up built (modules, prompts, ORM metadata, the platform libraries) out of
    every later garbage collection. Those objects live as long as the process, yet each full
    collection walked all of them: 80 ms pauses in the engine benchmark, each one holding up
    every message in flight; frozen, the longest was 14 ms."""
    gc.collect()
    gc.freeze()


async def serve(config: Config, *, console_only: bool = False) -> None:
    """Run every adapter whose token is set (the console when none is) until a signal or EOF."""
    console_mode = console_only or not (secret("TELEGRAM_BOT_TOKEN") or secret("DISCORD_BOT_TOKEN"))
    app = Nearer(config, web=WebSettings.from_env(console=console_mode))
    await app.migrate()
    console: ConsoleAdapter | None = None
    platform_adapters = [] if console_only else build_platform_adapters(app)
    for adapter in platform_adapters:
        app.add_adapter(adapter)
    if not platform_adapters:
        # The console is a conversation: keep routine log lines out of it.
        logging.getLogger().setLevel(max(logging.getLogger().level, logging.WARNING))
        console = ConsoleAdapter(config.data_dir / "files")
        app.add_adapter(console)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    if console is not None and app.web is not None:
        # Anyone trying Nearer with no token can open the page: a link for whoever is typing,
        # queued before anything they type, so it never closes a question of theirs.
        console.type_for_person("/us")
    await app.start()
    if console is not None and app.web is not None:
        console.note(f"Your page is on this computer only: {app.web.base_url} (/us: a new link)")
    freeze_startup_heap()  # once per process: what start-up built lives as long as it does
    waiters = [asyncio.create_task(stop.wait())]
    if console is not None:
        waiters.append(asyncio.create_task(console.finished.wait()))
    try:
        await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()
        log.info("stopping")
        await app.stop()


def build_platform_adapters(app: Nearer) -> list[Adapter]:
    """The Telegram and Discord adapters whose tokens are configured.

    Each adapter module offers `from_env(app) -> adapter | None` and reads its own settings.
    """
    import importlib

    adapters: list[Adapter] = []
    for module_name in ("bot.adapters.telegram", "bot.adapters.discord"):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue
        adapter = module.from_env(app)
        if adapter is not None:
            adapters.append(adapter)
    return adapters
