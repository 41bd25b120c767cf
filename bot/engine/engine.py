"""The conversation engine: a function of (event, stored state) → (replies, new state).

It never sends anything and never knows which platform it talks to. Each event is one database
transaction: replies are returned only after the state (and any outbox message) is committed, so
an acknowledged reply survives a crash.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from bot.engine import care, nudges, places, preview, safety, waiting
from bot.engine.capabilities import Platforms
from bot.engine.chart_request import ChartRenderer, render_chart_requests
from bot.engine.coaching import coaching_for
from bot.engine.command_words import addressee, nearest, unspaced
from bot.engine.companion import load_companion
from bot.engine.events import Address, Inbound, OptionValue, Outbound
from bot.engine.flow import Flow
from bot.engine.flows import default_flows
from bot.engine.help_menu import load_help_menu
from bot.engine.limits import Admission, RateLimiter
from bot.engine.parameters import CommandSpec
from bot.engine.places import load_place_words
from bot.engine.router import Router
from bot.engine.settings import EngineSettings
from bot.engine.shared_space import answered_in_shared_space, belongs_here
from bot.engine.text import clean, split_command
from bot.engine.turn import Turn
from bot.engine.typed_words import load_words
from prompts import Catalog, Prompts
from prompts.loader import DEFAULT_LANGUAGE
from storage.db import Database
from storage.housekeeping import checkpoint_sqlite
from storage.people import PersonRow
from storage.store import Store

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """Aware UTC, the form every stored time uses."""
    return datetime.now(UTC)


class Engine:
    def __init__(
        self,
        db: Database,
        prompts: Prompts | Catalog,
        *,
        default_language: str = DEFAULT_LANGUAGE,
        settings: EngineSettings | None = None,
        clock: Clock = utc_now,
        flows: Sequence[Flow] | None = None,
        on_outbox: Callable[[], None] | None = None,
        on_timer_started: Callable[[], None] | None = None,
        chart_renderer: ChartRenderer | None = None,
        on_forgotten: Callable[[Sequence[Address]], Awaitable[None]] | None = None,
        platforms: Platforms | None = None,
    ) -> None:
        """`platforms` are the running adapters by name, asked for what only they know
        (invite links); the app passes its live mapping, filled as adapters are added.

        `prompts` is every language the bot speaks (a `Catalog`; one `Prompts` is a catalog of
        one). `default_language` is for people whose platform tells no language of theirs, and
        for what is said before anyone is known (a flood warning)."""
        self.db = db
        self.catalog = (
            prompts if isinstance(prompts, Catalog) else Catalog({DEFAULT_LANGUAGE: prompts})
        )
        self.default_language = (
            default_language if default_language in self.catalog.codes else DEFAULT_LANGUAGE
        )
        #: The default language's words.
        self.prompts = self.catalog.get(self.default_language)
        self.settings = settings or EngineSettings()
        self.clock = clock
        self.router = Router(flows if flows is not None else default_flows())
        self.on_outbox = on_outbox
        #: Called after a commit that started a short timer, so the heartbeat can wake up for it.
        self.on_timer_started = on_timer_started
        #: Draws requested charts after the transaction (the app's worker thread); without one,
        #: a chart's numbers are sent as text.
        self.chart_renderer = chart_renderer
        #: Told the private chats of someone just forgotten, after the commit, so adapters can
        #: drop files of their own (the console's saved charts and exports).
        self.on_forgotten = on_forgotten
        self.platforms: Platforms = platforms if platforms is not None else {}
        self.menu = tuple((c.name, c.help_key) for c in self.router.menu())
        # Each language reads free text and lays out /help by its own rules, all checked now,
        # so a broken rule, coaching pattern or word list in any language fails the start.
        self.companions = {
            code: load_companion(self.catalog.get(code), self.router.commands)
            for code in self.catalog.codes
        }
        self.help_menus = {
            code: load_help_menu(self.catalog.get(code), (name for name, _key in self.menu))
            for code in self.catalog.codes
        }
        for language in self.catalog:
            coaching_for(language)
            load_words(language)
            load_place_words(language)
        self.companion = self.companions[self.default_language]
        self.help_menu = self.help_menus[self.default_language]
        self.limiter = RateLimiter(
            per_minute=self.settings.messages_per_minute, burst=self.settings.message_burst
        )

    # -- entry points ------------------------------------------------------------------------

    async def handle(self, inbound: Inbound) -> list[Outbound]:
        """Replies for the chat the event came from; messages for others go to the outbox."""
        admission = self.limiter.admit((inbound.platform, inbound.sender.id), self.clock())
        # Before the transaction nobody is looked up: words from what the platform tells.
        guessed = self.catalog.get(self.first_language(inbound.language))
        if admission is Admission.SLOW_DOWN:  # too fast: dropped unread, and told once
            return [
                Outbound(
                    inbound.reply_address,
                    guessed.say("common.slow_down"),
                    language=guessed.language,
                )
            ]
        if admission is Admission.DROP:
            return []
        try:
            turn = await self._run_turn(functools.partial(self._handle_in_transaction, inbound))
        except Exception:
            log.exception("could not handle an event from %s", inbound.platform)
            return [
                Outbound(
                    inbound.reply_address, guessed.say("common.oops"), language=guessed.language
                )
            ]
        if turn is None:
            return []
        await self._after_commit(turn)
        return await render_chart_requests(turn.replies, self.chart_renderer)

    async def act_for(
        self, person_id: int, *, text: str = "", button: str | None = None, once: str = ""
    ) -> bool:
        """Something a person did away from any chat (the web page): the same command `text` or
        button payload a chat would carry, handled by the same rules in one transaction. There
        is no chat to answer, so every reply goes to their private chat through the outbox,
        and their partner hears what they would have heard. `once` (a form's own id) makes a
        resubmitted form count once. `False` when nothing was done: no such person any more,
        or `once` was seen before."""

        def work(session: Session) -> Turn | None:
            store = Store(session)
            now = self.clock()
            if once and not store.first_time_seen("web", once, now):
                return None
            person = store.person(person_id)
            if person is None:
                return None
            turn = self._turn(store, now, person, None)
            if button is not None:
                self._on_button(turn, button)
            else:
                self._on_text(turn, text)
            return turn

        turn = await self._run_turn(work)
        if turn is None:
            return False
        await self._after_commit(turn)
        return True

    async def _run_turn(self, work: Callable[[Session], Turn | None]) -> Turn | None:
        """`work` in one transaction; if it needed the city index while that is still being
        built (`places.CitiesNotReady`), it is rolled back, the index awaited off the database
        thread, and `work` run again: other people's messages go on meanwhile. Screening's
        tables and models are built off that thread too, before the first transaction."""
        if not safety.ready():
            await asyncio.to_thread(safety.prepare)
        deferring = places.CITIES_MAY_DEFER.set(True)
        try:
            return await self.db.run(work)
        except places.CitiesNotReady:
            pass
        finally:
            places.CITIES_MAY_DEFER.reset(deferring)
        await asyncio.to_thread(places.wait_for_cities)
        return await self.db.run(work)

    async def _after_commit(self, turn: Turn) -> None:
        """What a committed turn sets going: the outbox and timers woken, a forgetting finished."""
        if turn.queued and self.on_outbox is not None:
            self.on_outbox()
        if turn.timers_started and self.on_timer_started is not None:
            self.on_timer_started()
        if turn.forgotten_chats is not None:
            await self._after_forget(turn.forgotten_chats)

    async def _after_forget(self, chats: Sequence[Address]) -> None:
        """No trace left behind a `/forget`: the SQLite log is folded into the (zeroed) file,
        and adapters drop files they saved for those chats."""
        try:
            await asyncio.to_thread(checkpoint_sqlite, self.db)
            if self.on_forgotten is not None:
                await self.on_forgotten(chats)
        except Exception:
            log.exception("cleaning up after a forget failed")

    async def fire_due_timers(self) -> None:
        """Run every due short timer once. What a timer says goes through the outbox (the
        person may be anywhere), so nothing comes back to the caller."""
        turns = await self.db.run(self._fire_timers_in_transaction)
        if any(turn.queued for turn in turns) and self.on_outbox is not None:
            self.on_outbox()
        if any(turn.timers_started for turn in turns) and self.on_timer_started is not None:
            self.on_timer_started()

    def _fire_timers_in_transaction(self, session: Session) -> list[Turn]:
        store = Store(session)
        now = self.clock()
        turns: list[Turn] = []
        for timer in store.claim_due_timers(now):
            person = store.person(timer.person_id)
            flow = self.router.flow(timer.flow)
            if person is None or flow is None:
                continue
            turn = self._turn(store, now, person, None)
            flow.on_timer(turn, dict(timer.data))
            turns.append(turn)
        return turns

    def next_timer_due(self) -> datetime | None:
        """When the next short timer is due (blocking; for the scheduler's thread)."""
        return self.db.transaction(lambda session: Store(session).next_timer_due())

    # -- nudges (bot/engine/nudges.py decides; these run it in a transaction) ----------------

    async def deliver_due_nudges(self, *, grace: timedelta, batch: int = 500) -> nudges.NudgeSweep:
        """Queue every nudge due now, `batch` plans per transaction; each plan moves on."""
        total = nudges.NudgeSweep()
        while True:
            report = await self.db.run(
                functools.partial(self._sweep_nudges_in_transaction, grace, batch)
            )
            total.add(report)
            if report.sent and self.on_outbox is not None:
                self.on_outbox()
            if report.claimed < batch or not report.progressed:
                return total

    def _sweep_nudges_in_transaction(
        self, grace: timedelta, batch: int, session: Session
    ) -> nudges.NudgeSweep:
        return nudges.sweep_due_nudges(
            Store(session), self.catalog, self.settings, self.clock(), grace=grace, limit=batch
        )

    async def nudge(self, person_id: int, kind: str) -> nudges.Outcome:
        """Send one nudge now, outside its schedule, under the same rules (at most once a day)."""

        def work(session: Session) -> nudges.Outcome:
            store = Store(session)
            person = store.person(person_id)
            if person is None:
                return nudges.Outcome.UNREACHABLE
            return nudges.send_now(store, self.catalog, self.settings, person, kind, self.clock())

        outcome = await self.db.run(work)
        if outcome is nudges.Outcome.SENT and self.on_outbox is not None:
            self.on_outbox()
        return outcome

    async def next_wakeup(self) -> datetime | None:
        """The earliest due short timer or nudge: when the heartbeat should look next."""
        return await self.db.run(lambda session: nudges.next_wakeup(Store(session)))

    async def person_unreachable(self, person_id: int) -> None:
        """The outbox's event (after its own commit): someone's last private chat stopped
        working. In the engine's own transaction, their connection ends and the partner is told
        kindly, once (`nudges.tell_partner_unreachable`)."""
        queued = await self.db.run(functools.partial(self._react_to_unreachable, person_id))
        if queued and self.on_outbox is not None:
            self.on_outbox()

    async def react_to_unreachable(self, batch: int = 100) -> int:
        """Every reaction still owed (the outbox committed that a chat was gone, then the
        process died, or the reaction failed, before the engine's commit): at start-up and on
        every heartbeat. One transaction per person, each claiming the reaction, so racing the
        outbox's own event or another worker tells no partner twice. Returns how many were owed."""
        owed = await self.db.run(lambda session: Store(session).owed_unreachable(batch))
        queued = 0
        for person_id in owed:
            queued += await self.db.run(functools.partial(self._react_to_unreachable, person_id))
        if queued and self.on_outbox is not None:
            self.on_outbox()
        return len(owed)

    def _react_to_unreachable(self, person_id: int, session: Session) -> int:
        return nudges.tell_partner_unreachable(
            Store(session), self.catalog, self.settings, person_id, self.clock()
        )

    # -- inside the transaction --------------------------------------------------------------

    def _handle_in_transaction(self, inbound: Inbound, session: Session) -> Turn | None:
        store = Store(session)
        now = self.clock()
        if inbound.update_id and not store.first_time_seen(
            inbound.platform, inbound.update_id, now
        ):
            log.info("skipping a redelivered %s update", inbound.platform)
            return None
        person, _new = store.find_or_create_person(
            inbound.platform,
            inbound.sender.id,
            clean(inbound.sender.display_name)[:64],
            inbound.chat.id if not inbound.is_group else inbound.private_chat_id,
            now,
            language=self.first_language(inbound.language),
        )
        turn = self._turn(store, now, person, inbound)
        if inbound.button is not None:
            self._on_button(turn, inbound.button)
        elif inbound.location is not None:
            self._on_location(turn, *inbound.location)
        else:
            self._on_text(turn, inbound.text)
        turn.mark_question()
        return turn

    def first_language(self, platform_code: str | None) -> str:
        """The language someone new is spoken to in: the one their platform tells, when Nearer
        speaks it (`pt-BR` is `pt`), else the deployment's default."""
        matched = self.catalog.match(platform_code)
        if matched != DEFAULT_LANGUAGE:
            return matched
        primary = (platform_code or "").strip().replace("_", "-").split("-", 1)[0].lower()
        return DEFAULT_LANGUAGE if primary == DEFAULT_LANGUAGE else self.default_language

    def language_here(self, store: Store, person: PersonRow, inbound: Inbound | None) -> Prompts:
        """The words of this turn: the shared group's language for what is said in the
        couple's group, else the person's own."""
        if inbound is not None and inbound.is_group:
            space = store.shared_space(inbound.platform, inbound.chat.id)
            if space is not None and space.language:
                return self.catalog.get(space.language)
        return self.catalog.get(person.language)

    def _turn(
        self, store: Store, now: datetime, person: PersonRow, inbound: Inbound | None
    ) -> Turn:
        prompts = self.language_here(store, person, inbound)
        companion = self.companions.get(prompts.language, self.companion)
        return Turn(
            store,
            prompts,
            self.settings,
            now,
            person,
            inbound,
            self.menu,
            self.platforms,
            help_menu=self.help_menus.get(prompts.language, self.help_menu),
            heard_as_free_text=lambda text: companion.topic_of(text) is not None,
            catalog=self.catalog,
        )

    def _on_button(self, turn: Turn, payload: str) -> None:
        flow_name, _, rest = payload.partition(":")
        action, _, argument = rest.partition(":")
        if flow_name == nudges.COMMAND_BUTTON:
            # `cmd:<command>[:<argument>]` works like typing the command (a nudge's button).
            command = self.router.command(action)
            if command is None:
                turn.reply("common.stale_button")
            else:
                self._run_command(turn, command.name, argument)
            return
        if flow_name == preview.BUTTON:
            preview.on_button(turn, action, argument, waiting.current(turn), self.router.flow)
            return
        flow = self.router.flow(flow_name)
        if flow is None or not action:
            turn.reply("common.stale_button")
            return
        if not belongs_here(turn):
            turn.reply("space.not_yours")
            return
        flow.on_button(turn, action, argument)

    def _on_location(self, turn: Turn, latitude: float, longitude: float) -> None:
        """A shared location sets the time zone (whatever was waiting is closed)."""
        flow = next((f for f in self.router.flows.values() if f.accepts_location), None)
        if flow is None or turn.in_group:
            turn.reply("common.nothing_pending")
            return
        waiting.close(turn)
        flow.on_location(turn, latitude, longitude)

    def _on_text(self, turn: Turn, raw_text: str) -> None:
        text = clean(raw_text)
        if not text:
            turn.reply("common.empty")
            return
        if len(text) > self.settings.max_text_length:
            # A waiting question keeps waiting for the shorter version (never half of a split).
            waits = waiting.current(turn) is not None
            key = "waiting.too_long" if waits else "common.too_long"
            turn.reply(key, limit=self.settings.max_text_length)
            return
        screening = safety.screen(text)
        if screening is not None:
            self._care(turn, screening)
            return
        text = unspaced(text) or text  # "/ hug" is /hug
        command = split_command(text)
        if command is not None:
            bot = addressee(text)
            if bot is not None and not self._is_me(turn, bot):
                # Meant for another bot: none of our business in a group; said kindly in private.
                if not turn.in_group:
                    turn.reply("common.other_bot", bot=bot)
                return
            options = turn.inbound.options if turn.inbound is not None else None
            self._run_command(turn, *command, options=options)
            return
        if text.startswith("/"):
            waiting.close(turn)
            turn.reply("common.unknown_command", command=text[1:33].split()[0] if text[1:] else "")
            return
        if waiting.is_cancel_word(turn.prompts, text):
            waiting.cancel(turn)
            return
        pending = waiting.current(turn)
        if pending is not None:
            if preview.words_waiting(pending) is not None:
                if not answered_in_shared_space(turn):
                    preview.show_again(turn, pending, text)
                return
            flow = self.router.flow(pending.flow)
            if flow is None:
                turn.done()
            else:
                flow.on_text(turn, pending, text)
                if not turn.passed_on:
                    return
                turn.passed_on = False
                if waiting.current(turn) is not None:
                    # The question stepped aside for this text and stays open: the text is
                    # answered as itself, then the question is asked again (unless the answer
                    # started a question of its own, as a first "hi" runs /start).
                    turn.awaiting_text = None
                    self._free_text(turn, text)
                    if turn.awaiting_text is None and waiting.current(turn) is not None:
                        flow.on_aside(turn, pending)
                    return
        self._free_text(turn, text)

    def _run_command(
        self,
        turn: Turn,
        name: str,
        argument: str,
        *,
        options: Mapping[str, OptionValue] | None = None,
    ) -> None:
        """Any command closes whatever was waiting (its own question may wait instead);
        `/cancel` closes it itself, with its own line. Its parameters are read from the typed
        options when the platform has them, else from the text (`Command.run`)."""
        command = self.router.command(name)
        if name != waiting.CANCEL:
            waiting.close(turn)
        if command is None:
            suggestion = nearest(name, self.router.commands)
            if suggestion is None:
                turn.reply("common.unknown_command", command=name[:32])
                return
            payload = f"{nudges.COMMAND_BUTTON}:{suggestion}"
            turn.reply(
                "common.did_you_mean",
                command=name[:32],
                suggestion=suggestion,
                buttons=(
                    (turn.button("common.did_you_mean_button", payload, suggestion=suggestion),),
                ),
                private=False,
            )
            return
        command.run(turn, argument, options)

    def command_specs(self, language: str | None = None) -> tuple[CommandSpec, ...]:
        """Every command in `/help`, as adapters build their menus and options from it, worded
        in `language` (the default language when `None`)."""
        prompts = self.catalog.get(language) if language is not None else self.prompts
        return tuple(command.spec(prompts.say) for command in self.router.menu())

    def _is_me(self, turn: Turn, username: str) -> bool:
        """Whether `/x@username` names this bot: the platform's adapter may say its own name
        (`username`, as Telegram's learns it from getMe); where it does not, it is ours."""
        platform = turn.inbound.platform if turn.inbound is not None else ""
        mine = getattr(self.platforms.get(platform), "username", None)
        return not isinstance(mine, str) or not mine or username.casefold() == mine.casefold()

    def _free_text(self, turn: Turn, text: str) -> None:
        """Text with nothing pending: a warm answer that fits (bot/engine/companion.py), else an
        offer to help say a complaint kindly, else a short pointer."""
        companion = self.companions.get(turn.prompts.language, self.companion)
        topic = companion.topic_of(text)
        if topic is not None:
            companion.answer(turn, topic, lambda name: self._run_command(turn, name, ""))
        elif coaching_for(turn.prompts).sounds_like_a_complaint(text):
            turn.reply("common.offer_talk")
        else:
            turn.reply("common.nothing_pending")

    def _care(self, turn: Turn, screening: safety.Screening) -> None:
        """A caring, private answer for who is at risk (bot/engine/care.py); nudges pause;
        nothing is stored or shared."""
        log.info("safety reply sent (%s); nudges paused for one person", screening.concern.value)
        care.respond(turn, screening.concern)
