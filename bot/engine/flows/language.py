"""`/language`: which language Nearer speaks with someone, or in a couple's shared group.

Someone's language is set once, at first contact, from what their platform tells
(`Engine.first_language`); afterwards only this command changes it. In the couple's own shared
space it changes the group's language instead (either partner may; anyone else is turned away by
the engine, as for every button there). One button per language, labelled with the language's
name in itself; the change is confirmed in the new language.
"""

from __future__ import annotations

from bot.engine.events import Button
from bot.engine.flow import Command, Flow
from bot.engine.shared_space import in_our_shared_space
from bot.engine.turn import Turn, rows
from prompts.loader import LanguageInfo
from storage.models import SharedSpace

COMMAND = "language"
SET = "set"


class LanguageFlow(Flow):
    name = COMMAND

    def commands(self) -> list[Command]:
        return [Command(COMMAND, self.choose, "help.language", parameters=())]

    def choose(self, turn: Turn, _text: str) -> None:
        if in_our_shared_space(turn):
            space = _space(turn)
            current = space.language if space is not None else None
            turn.reply(
                "language.choose_group",
                language=_name(turn, current or turn.person.language),
                buttons=_buttons(turn),
                private=False,
            )
            return
        turn.reply(
            "language.choose", language=_name(turn, turn.person.language), buttons=_buttons(turn)
        )

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action != SET:
            turn.reply("common.stale_button")
            return
        info = _info(turn, argument)
        if info is None:  # a forged payload, or a language no longer offered
            turn.reply("language.unknown", buttons=_buttons(turn), private=False)
            return
        catalog = turn.catalog
        assert catalog is not None  # `_info` found the language in it
        space = _space(turn) if in_our_shared_space(turn) else None
        if space is not None:
            space.language = info.code
            with turn.speaking(catalog.get(info.code)):
                turn.reply("language.group_changed", language=info.name, private=False)
            return
        turn.person = turn.store.set_language(turn.person, info.code)
        with turn.speaking_to(turn.person):
            turn.reply("language.changed", language=info.name)


def _space(turn: Turn) -> SharedSpace | None:
    assert turn.inbound is not None
    return turn.store.shared_space(turn.inbound.platform, turn.inbound.chat.id)


def _infos(turn: Turn) -> tuple[LanguageInfo, ...]:
    return turn.catalog.infos if turn.catalog is not None else (turn.prompts.info,)


def _info(turn: Turn, code: str) -> LanguageInfo | None:
    return next((info for info in _infos(turn) if info.code == code), None)


def _name(turn: Turn, code: str) -> str:
    info = _info(turn, code)
    return info.name if info is not None else turn.prompts.info.name


def _buttons(turn: Turn) -> tuple[tuple[Button, ...], ...]:
    """One button per language, its name in itself."""
    return rows(*(Button(info.name, f"{COMMAND}:{SET}:{info.code}") for info in _infos(turn)))
