"""Helpers for practice stories: a paired couple, and buttons found in queued messages."""

from __future__ import annotations

import re

from bot.engine import Outbound
from tests.support.world import Person, World, texts

_CODE = re.compile(r"/pair ([a-z0-9]{16})")


def invite_code(replies: list[Outbound]) -> str:
    match = _CODE.search(texts(replies))
    assert match is not None, texts(replies)
    return match.group(1)


async def code_of(world: World, name: str) -> str:
    """A fresh invite code made by the person called `name`."""
    return invite_code(await world.person(name).says("/pair"))


async def pair(first: Person, second: Person) -> None:
    """`first` invites, `second` joins; both inboxes are emptied of the pairing notes."""
    await second.says(f"/pair {invite_code(await first.says('/pair'))}")
    first.inbox()
    second.inbox()


async def couple(world: World, first: str = "Alex", second: str = "Sam") -> tuple[Person, Person]:
    one, two = world.person(first), world.person(second)
    await pair(one, two)
    return one, two


def labels(replies: list[Outbound]) -> list[str]:
    """Every button label in `replies`, in order."""
    return [choice.label for reply in replies for row in reply.buttons for choice in row]


def payloads(replies: list[Outbound]) -> list[str]:
    """Every button payload in `replies`, in order."""
    return [choice.payload for reply in replies for row in reply.buttons for choice in row]


def button(messages: list[Outbound], label_part: str) -> str:
    """The payload of the first button whose label contains `label_part`."""
    for message in messages:
        for row in message.buttons:
            for choice in row:
                if label_part.lower() in choice.label.lower():
                    return choice.payload
    raise AssertionError(f"no button like {label_part!r} in {[m.buttons for m in messages]}")


def restart(world: World, *people: Person) -> World:
    """Restart the engine on the same database; the people keep typing to the new one."""
    fresh = world.restart()
    for person in people:
        person.world = fresh
    return fresh


def question_in(text: str) -> str:
    """The question line of a `/dream` or `/knowme` reply (the line after the first)."""
    return text.splitlines()[1]
