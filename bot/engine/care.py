"""Care: the private answer to someone who may be hurting or in danger, and the way to help.

Who is at risk decides the words (a `Concern`, never a diagnosis): someone being hurt never
hears words meant for someone who might hurt. The answer only ever goes to the person's private
chat; a shared group sees a neutral note, and when there is no private chat yet, a deep link
(`/start care`) that opens it straight onto the help. Nudges pause, and the reply says so only
when that is new. Abuse replies say who could read this chat and how to clear it.

Per person, one small memory row (the `DeckPosition` table that remembers deck draws, owner
`p<id>`, deck `care`: removed by /forget, never exported) holds which opening was said last, so
the same line never comes twice in a row, and the help waiting behind a deep link.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from bot.engine.events import Outbound, PrivateChatLink
from bot.engine.regions import country_of
from bot.engine.safety import Concern
from bot.engine.turn import ButtonRows, Turn, rows
from prompts.helplines import Country, Helplines, Line, shared_helplines

#: Button payloads start with this (handled by `flows/care.py`); `/start care` is the deep link.
FLOW = "care"
DEEP_LINK = "care"
#: How many openings each concern has (`care.<concern>.opening_<n>`).
OPENINGS = 3
#: Concerns about someone else's harm to the person: these replies carry the privacy note.
ABUSE = frozenset({Concern.IN_DANGER, Concern.CONTROLLED})
TOPICS = frozenset(concern.value for concern in Concern)

_CONCERNS = tuple(Concern)
_MEMORY_DECK = "care"
_RANDOM = secrets.SystemRandom()


def helplines() -> Helplines:
    """The vetted table, read and checked once per process."""
    return shared_helplines(TOPICS)


# -- answering ----------------------------------------------------------------------------------


def respond(turn: Turn, concern: Concern) -> None:
    """A caring, private answer for `concern`; nudges pause; whatever was pending is set aside.
    "I've paused my nudges" is said only when that is news: not when an earlier care reply or
    the person's own /pause already stopped them."""
    newly_paused = not (turn.person.safety_paused or turn.person.paused)
    turn.person = turn.store.pause_for_safety(turn.person)
    turn.done()
    memory = _Memory.load(turn)
    if _needs_deep_link(turn):
        memory.waiting = concern
        memory.pause_untold = memory.pause_untold or newly_paused
        memory.save(turn)
        _invite_to_private_chat(turn)
        return
    _answer(turn, concern, memory, mention_pause=newly_paused or memory.pause_untold)


def arrive(turn: Turn) -> bool:
    """`/start care` in a private chat: the help that waited behind the group's link, once.
    `False` when nothing waits (anyone else tapping the link just gets the usual hello)."""
    if turn.in_group:
        return False
    memory = _Memory.load(turn)
    concern = memory.waiting
    if concern is None:
        return False
    _answer(turn, concern, memory, mention_pause=memory.pause_untold and turn.person.safety_paused)
    return True


def _answer(turn: Turn, concern: Concern, memory: _Memory, *, mention_pause: bool) -> None:
    """The reply itself, in the private chat; whatever waited behind a link is now said."""
    opening = _next_opening(memory.last_opening)
    memory.last_opening = opening
    memory.waiting, memory.pause_untold = None, False
    memory.save(turn)
    parts = [
        turn.say(f"care.{concern.value}.opening_{opening + 1}"),
        turn.say(f"care.{concern.value}.now"),
    ]
    if concern in ABUSE:
        parts.append(f"{turn.say('care.private')} {_delete_hint(turn)}")
    if mention_pause:
        parts.append(turn.say("care.paused"))
    turn.reply_text("\n\n".join(parts), buttons=care_buttons(turn, concern), private=True)


def care_buttons(turn: Turn, concern: Concern | None = None) -> ButtonRows:
    near = f"{FLOW}:near:{concern.value}" if concern is not None else f"{FLOW}:near"
    return rows(
        turn.button("care.safe_button", f"{FLOW}:safe"),
        turn.button("care.near_button", near),
        turn.button("care.support_button", f"{FLOW}:support"),
    )


def _next_opening(last: int) -> int:
    """Any opening but the one said last time."""
    return _RANDOM.choice([number for number in range(OPENINGS) if number != last])


def _delete_hint(turn: Turn) -> str:
    """How to clear the chat this answer lands in, in that platform's words."""
    platform = turn.inbound.platform if turn.inbound is not None else ""
    if turn.in_group:
        reach = turn.store.private_identity(turn.person_id)
        platform = reach.platform if reach is not None else platform
    key = f"care.delete_chat.{platform}"
    return turn.say(key if turn.prompts.has(key) else "care.delete_chat.other")


def _needs_deep_link(turn: Turn) -> bool:
    """In a shared group, with no private chat to answer in (and no private reply in place)."""
    if turn.inbound is None or not turn.in_group or turn.inbound.private_replies:
        return False
    return turn.store.private_identity(turn.person_id) is None


def _invite_to_private_chat(turn: Turn) -> None:
    """A neutral note for the group (the partner may read it): nothing about the topic, and a
    button that opens the private chat on `/start care`."""
    assert turn.inbound is not None
    turn.replies.append(
        Outbound(
            turn.inbound.reply_address,
            turn.say("care.group_invite", name=turn.name),
            private=False,
            private_chat=PrivateChatLink(turn.say("care.group_button"), DEEP_LINK),
        )
    )


# -- the buttons ---------------------------------------------------------------------------------


def safe(turn: Turn) -> None:
    """The "I'm safe right now" button: glad, and the door stays open; nudges stay paused
    until /resume."""
    text = turn.say("care.safe")
    if turn.person.safety_paused:
        text = f"{text} {turn.say('care.safe_paused')}"
    turn.reply_text(text, private=True)


def near(turn: Turn, concern_value: str) -> None:
    """The "Help near me" button: the vetted lines for the country the person's time zone
    names that serve this concern (only those: a crisis line is not offered as an abuse line);
    findahelpline.com always, and alone where we have no checked list."""
    zone = turn.person.timezone
    code = country_of(zone)
    if code is None:
        turn.reply("care.near_unknown", private=True)
        return
    country = helplines().country(code)
    if country is None:
        turn.reply("care.near_not_listed", zone=zone, private=True)
        return
    turn.reply_text(_near_text(turn, country, zone, concern_value), private=True)


def _near_text(turn: Turn, country: Country, zone: str, concern_value: str) -> str:
    if concern_value in TOPICS:
        lines = [line for line in country.lines if concern_value in line.topics]
    else:
        lines = list(country.lines)
    return "\n".join(
        [
            turn.say("care.near_intro", zone=zone),
            "• " + turn.say("care.near_emergency", number=" / ".join(country.emergency)),
            *("• " + _line_text(turn, line) for line in lines),
            turn.say("care.near_directory"),
        ]
    )


def _line_text(turn: Turn, line: Line) -> str:
    if line.text is not None and line.text_word is not None:
        return turn.say(
            "care.line_call_and_text",
            name=line.name,
            call=line.call,
            word=line.text_word,
            text=line.text,
        )
    if line.text is not None and line.text == line.call:
        return turn.say("care.line_call_or_text", name=line.name, call=line.call)
    return turn.say("care.line_call", name=line.name, call=line.call)


# -- the way to /support -------------------------------------------------------------------------


def point_to_support(turn: Turn) -> None:
    """A private reply about control or fear just named /support: the next /support typed opens
    on what helps when someone is not safe, not on couples counselling."""
    memory = _Memory.load(turn)
    memory.support_safety_first = True
    memory.save(turn)


def support_safety_first(turn: Turn) -> bool:
    """Whether /support, typed now, arrives from a safety reply: while that reply's pause lasts
    (until /resume), or once after a reply that pointed to /support (`point_to_support`)."""
    if turn.person.safety_paused:
        return True
    memory = _Memory.load(turn)
    if not memory.support_safety_first:
        return False
    memory.support_safety_first = False
    memory.save(turn)
    return True


# -- memory --------------------------------------------------------------------------------------


@dataclass
class _Memory:
    """Stored as `[last opening, waiting concern, pause not yet told, support safety first]`
    (-1 / 0 for none)."""

    last_opening: int = -1
    waiting: Concern | None = None
    pause_untold: bool = False
    support_safety_first: bool = False

    @classmethod
    def load(cls, turn: Turn) -> _Memory:
        raw = turn.store.deck_seen(_owner(turn), _MEMORY_DECK)
        values = [value if isinstance(value, int) else -1 for value in raw[:4]]
        values += [-1] * (4 - len(values))
        last, waiting, untold, safety_first = values
        return cls(
            last_opening=last if 0 <= last < OPENINGS else -1,
            waiting=_CONCERNS[waiting] if 0 <= waiting < len(_CONCERNS) else None,
            pause_untold=untold == 1,
            support_safety_first=safety_first == 1,
        )

    def save(self, turn: Turn) -> None:
        waiting = _CONCERNS.index(self.waiting) if self.waiting is not None else -1
        turn.store.set_deck_seen(
            _owner(turn),
            _MEMORY_DECK,
            [self.last_opening, waiting, int(self.pause_untold), int(self.support_safety_first)],
        )


def _owner(turn: Turn) -> str:
    """Always the person's own row, paired or not: care is never the couple's."""
    return f"p{turn.person_id}"
