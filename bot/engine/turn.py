"""A `Turn` is one unit of work for the engine: who acts, what is stored, and what to send.

Flows read and change state through `turn.store` and collect messages with `reply` (to the chat
the person wrote in) and `tell` (to someone's private chat, through the outbox, committed with the
state change). Nothing is sent from here.

Everyone reads in their own language: `turn.prompts` is the acting person's (or, for replies in a
shared group, the group's); `tell(person, key, ...)` words the message in `person`'s language.
Anything else worded for someone else (a button, a formatted time, a deck item passed in as a
value) is built inside `with turn.speaking_to(person):`, where `say`, `button` and decks are theirs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from bot.engine.capabilities import Platforms, can_ask_location, invite_link
from bot.engine.events import (
    Address,
    Attachment,
    Button,
    Chart,
    Inbound,
    Outbound,
    PrivateChatLink,
    outbound_to_payload,
)
from bot.engine.help_menu import HelpMenu
from bot.engine.settings import EngineSettings
from bot.engine.shared_space import moves_to_private_chat
from bot.engine.zones import in_quiet_hours
from prompts import Catalog, Prompts
from storage.models import Pending
from storage.people import PersonRow
from storage.store import QueuedMessage, Reach, Store

ButtonRows = tuple[tuple[Button, ...], ...]


def rows(*buttons: Button, per_row: int = 2) -> ButtonRows:
    """Lay buttons out in rows of `per_row`: short rows read well on a phone."""
    return tuple(tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row))


@dataclass
class Turn:
    store: Store
    prompts: Prompts
    settings: EngineSettings
    now: datetime
    #: Who acts, as read at the start of the turn (a snapshot): a flow that changes them keeps
    #: what the store returns (`turn.person = turn.store.set_timezone(turn.person, zone)`).
    person: PersonRow
    inbound: Inbound | None = None
    #: `(command, help key)` for every command in `/help`, in order.
    menu: tuple[tuple[str, str], ...] = ()
    #: The running platforms, for what only they know (`capabilities.py`).
    platforms: Platforms = field(default_factory=dict)
    #: Where people can be reached privately, when read beforehand for many turns at once
    #: (the nudge sweep); `None`: asked of the store for each message.
    reach: Mapping[int, Reach] | None = None
    #: Messages to queue in one statement after many turns (the nudge sweep: `tell_text`
    #: collects them here, each with its idempotency key); `None`: each is queued at once.
    batch: list[QueuedMessage] | None = None
    #: How `/help` groups the menu (prompts/<lang>/rules/help.toml), checked at start-up.
    help_menu: HelpMenu | None = None
    replies: list[Outbound] = field(default_factory=list)
    queued: int = 0
    timers_started: int = 0
    #: The flow now waiting for free text from this person (set by `expect`, cleared by `done`).
    awaiting_text: str | None = None
    #: Set by `/forget`: the private chats of the person forgotten in this turn (the engine
    #: cleans up after the commit).
    forgotten_chats: list[Address] | None = None
    #: Set by a flow whose question the text did not answer after all (it closed the question):
    #: the engine then treats the text as new free text.
    passed_on: bool = False
    #: Whether the companion would answer `text` as free text (a greeting, thanks, a feeling):
    #: a waiting question can step aside for it instead of reading it as its answer.
    heard_as_free_text: Callable[[str], bool] = field(default=lambda _text: False)
    #: Every language, so messages for others are worded in theirs; `None`: one language.
    catalog: Catalog | None = None
    _partner: PersonRow | None = None
    _partner_loaded: bool = False

    # -- words -------------------------------------------------------------------------------

    def say(self, key: str, /, **values: object) -> str:
        return self.prompts.say(key, **values)

    def prompts_for(self, person: PersonRow) -> Prompts:
        """The language `person` reads (theirs, whoever is acting)."""
        if self.catalog is None:
            return self.prompts
        return self.catalog.get(person.language)

    def prompts_at(self, address: Address) -> Prompts:
        """The language of a chat: a shared group's own, else this person's."""
        if self.catalog is None:
            return self.prompts
        space = self.store.shared_space(address.platform, address.chat_id)
        if space is not None and space.language:
            return self.catalog.get(space.language)
        return self.catalog.get(self.person.language)

    @contextmanager
    def speaking(self, prompts: Prompts) -> Iterator[Prompts]:
        """Inside, `say`, `button`, `name` and decks are worded in `prompts`' language."""
        mine = self.prompts
        self.prompts = prompts
        try:
            yield prompts
        finally:
            self.prompts = mine

    def speaking_to(self, person: PersonRow) -> AbstractContextManager[Prompts]:
        """Inside, `say`, `button`, `name` and decks are worded in `person`'s language: for
        what is built for someone else (buttons, times, deck items), then told to them."""
        return self.speaking(self.prompts_for(person))

    def button(self, key: str, payload: str, /, **values: object) -> Button:
        return Button(self.prompts.say(key, **values), payload)

    @property
    def name(self) -> str:
        return self.person.display_name or self.say("common.you")

    def name_of(self, person: PersonRow | None) -> str:
        if person is None or not person.display_name:
            return self.say("common.your_partner")
        return person.display_name

    def invite_link(self, code: str) -> str | None:
        """A link that opens the bot and joins with `code`, where a platform has one."""
        prefer = self.inbound.platform if self.inbound is not None else None
        return invite_link(self.platforms, code, prefer=prefer)

    @property
    def can_ask_location(self) -> bool:
        """Whether the chat this person wrote in can show a "share my location" button."""
        if self.inbound is None:
            return False
        return can_ask_location(
            self.platforms, self.inbound.platform, private=not self.inbound.is_group
        )

    # -- people ------------------------------------------------------------------------------

    @property
    def person_id(self) -> int:
        assert self.person.id is not None
        return self.person.id

    @property
    def partner(self) -> PersonRow | None:
        if not self._partner_loaded:
            self._partner = self.store.partner_of(self.person)
            self._partner_loaded = True
        return self._partner

    def forget_partner_cache(self) -> None:
        self._partner_loaded = False

    @property
    def in_group(self) -> bool:
        return self.inbound is not None and self.inbound.is_group

    # -- replies -----------------------------------------------------------------------------

    def reply(
        self,
        key: str,
        /,
        *,
        buttons: ButtonRows = (),
        attachment: Attachment | Chart | None = None,
        private: bool = True,
        message_key: str | None = None,
        edit_of: str | None = None,
        ask_location: str | None = None,
        remove_location_button: bool = False,
        **values: object,
    ) -> None:
        """Answer in the chat the person wrote in (private content goes to their private chat,
        in their own language rather than the group's)."""
        if self.inbound is not None and moves_to_private_chat(self.inbound, private):
            with self.speaking_to(self.person):
                text = self.say(key, **values)
        else:
            text = self.say(key, **values)
        self.reply_text(
            text,
            buttons=buttons,
            attachment=attachment,
            private=private,
            message_key=message_key,
            edit_of=edit_of,
            ask_location=ask_location,
            remove_location_button=remove_location_button,
        )

    def reply_text(
        self,
        text: str,
        *,
        buttons: ButtonRows = (),
        attachment: Attachment | Chart | None = None,
        private: bool = True,
        message_key: str | None = None,
        edit_of: str | None = None,
        ask_location: str | None = None,
        remove_location_button: bool = False,
    ) -> None:
        if self.inbound is None:
            self.tell_text(self.person, text, buttons=buttons, attachment=attachment)
            return
        if moves_to_private_chat(self.inbound, private):
            # Never shown to the group: sent to the private chat instead (`shared_space.py`).
            sent = self.tell_text(self.person, text, buttons=buttons, attachment=attachment)
            note = "group.sent_privately" if sent else "group.open_private_chat"
            # Unreachable privately: platforms that can link to their private chat add a button.
            link = None if sent else PrivateChatLink(self.say("group.private_chat_button"))
            self.replies.append(
                Outbound(
                    self.inbound.reply_address,
                    self.say(note, name=self.name),
                    private=False,
                    private_chat=link,
                    language=self.prompts.language,
                )
            )
            return
        self.replies.append(
            Outbound(
                self.inbound.reply_address,
                text,
                buttons=buttons,
                attachment=attachment,
                private=private,
                key=message_key,
                edit_of=edit_of,
                # A location asked for in a group would be shared with everyone there.
                ask_location=ask_location if not self.inbound.is_group else None,
                remove_location_button=remove_location_button,
                language=self.prompts.language,
            )
        )

    def tell(
        self,
        person: PersonRow,
        key: str,
        /,
        *,
        buttons: ButtonRows = (),
        idempotency_key: str | None = None,
        respect_quiet_hours: bool = True,
        from_bot: bool = False,
        carries: Iterable[PersonRow] = (),
        **values: object,
    ) -> bool:
        """Queue a message for `person`'s private chat; `False` when they cannot be reached.

        The message is taken to carry the acting person's words or name, and those of everyone
        in `carries` (whoever's `/forget` comes first removes it); `from_bot` marks a notice
        that carries nothing of the acting person. Worded in `person`'s language (values
        worded for them are built inside `speaking_to(person)`)."""
        return self.tell_text(
            person,
            self.prompts_for(person).say(key, **values),
            buttons=buttons,
            idempotency_key=idempotency_key,
            respect_quiet_hours=respect_quiet_hours,
            from_bot=from_bot,
            carries=carries,
        )

    def tell_text(
        self,
        person: PersonRow,
        text: str,
        *,
        buttons: ButtonRows = (),
        attachment: Attachment | Chart | None = None,
        idempotency_key: str | None = None,
        respect_quiet_hours: bool = True,
        from_bot: bool = False,
        carries: Iterable[PersonRow] = (),
    ) -> bool:
        assert person.id is not None
        identity = (
            self.reach.get(person.id)
            if self.reach is not None
            else self.store.private_identity(person.id)
        )
        if identity is None:
            return False
        silent = respect_quiet_hours and in_quiet_hours(person, self.now)
        outbound = Outbound(
            Address(identity.platform, identity.private_chat_id),
            text,
            buttons=buttons,
            attachment=attachment,
            silent=silent,
            language=self.prompts_for(person).language,
        )
        if self.batch is not None:
            if idempotency_key is None:
                raise ValueError("a batched message needs an idempotency key")
            self.batch.append(
                QueuedMessage(
                    person_id=person.id,
                    platform=identity.platform,
                    chat_id=identity.private_chat_id,
                    payload=outbound_to_payload(outbound),
                    idempotency_key=idempotency_key,
                    at=self.now,
                    carries=tuple(self._carried(carries, from_bot=from_bot)),
                )
            )
            self.queued += 1
            return True
        queued = self.store.enqueue(
            person_id=person.id,
            platform=identity.platform,
            chat_id=identity.private_chat_id,
            payload=outbound_to_payload(outbound),
            now=self.now,
            idempotency_key=idempotency_key,
            carries=self._carried(carries, from_bot=from_bot),
        )
        if queued:
            self.queued += 1
        return True

    def post(
        self,
        address: Address,
        text: str,
        *,
        buttons: ButtonRows = (),
        private: bool = False,
        message_key: str | None = None,
        edit_of: str | None = None,
        recipient: PersonRow | None = None,
        idempotency_key: str | None = None,
        carries: Iterable[PersonRow] = (),
    ) -> None:
        """Queue a message for a specific chat (a shared space, or an edit of an earlier message
        such as the hug timer's) through the outbox."""
        outbound = Outbound(
            address,
            text,
            buttons=buttons,
            private=private,
            key=message_key,
            edit_of=edit_of,
            language=self.prompts.language,
        )
        queued = self.store.enqueue(
            person_id=recipient.id if recipient is not None else None,
            platform=address.platform,
            chat_id=address.chat_id,
            payload=outbound_to_payload(outbound),
            now=self.now,
            idempotency_key=idempotency_key,
            carries=self._carried(carries, from_bot=False),
        )
        if queued:
            self.queued += 1

    def _carried(self, carries: Iterable[PersonRow], *, from_bot: bool) -> list[int]:
        """Whose words or names a queued message holds: the acting person (unless the bot
        speaks only for itself) and anyone the flow named."""
        people = [p.id for p in carries if p.id is not None]
        if not from_bot and self.person.id is not None:
            people.append(self.person.id)
        return people

    # -- conversation state ------------------------------------------------------------------

    def expect(self, flow: str, step: str, data: dict[str, Any] | None = None) -> Pending:
        """Remember that the next free text from this person answers `flow`'s `step`."""
        self.awaiting_text = flow
        return self.store.set_pending(self.person_id, flow, step, dict(data or {}), self.now)

    def done(self) -> None:
        self.awaiting_text = None
        self.store.clear_pending(self.person_id)

    def mark_question(self) -> None:
        """Flag the last reply in this chat as a question awaiting free text (`awaits_text`), so a
        platform without free text in groups (Discord) can offer a text box."""
        if self.awaiting_text is None or self.inbound is None:
            return
        here = self.inbound.reply_address
        for index in range(len(self.replies) - 1, -1, -1):
            reply = self.replies[index]
            if reply.address == here:
                self.replies[index] = replace(reply, awaits_text=self.awaiting_text)
                return

    def start_timer(self, flow: str, seconds: float, data: dict[str, Any] | None = None) -> None:
        """Ask for `flow.on_timer(turn, data)` after `seconds` (the scheduler fires it)."""
        self.store.add_timer(
            self.person_id, flow, self.now + timedelta(seconds=seconds), dict(data or {})
        )
        self.timers_started += 1
