"""Each view's values, read in one transaction through a `Turn` for the person looking (no
inbound event: nothing is answered, nothing queued), in their language when the page has it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from bot.engine import Engine
from bot.engine.turn import Turn
from bot.web import pages
from bot.web.guard import Refusal
from bot.web.words import Words
from storage.store import Store

View = Callable[[Turn], dict[str, Any]]


@dataclass
class Look:
    """What a view read: the words to render it with, and its values."""

    words: Words
    values: dict[str, Any]


async def look_as(engine: Engine, person_id: int, build: View) -> Look:
    """`build`'s values for `person_id`, with `me` (the header's overview) added."""
    now = engine.clock()

    def work(session: Session) -> Look:
        store = Store(session)
        person = store.person(person_id)
        if person is None:
            raise Refusal("signed_out", 401)
        words = Words.of(engine.catalog, person.language)
        turn = Turn(
            store,
            words.prompts,
            engine.settings,
            now,
            person,
            None,
            engine.menu,
            engine.platforms,
            help_menu=engine.help_menu,
            catalog=engine.catalog,
        )
        values = build(turn)
        values["me"] = pages.overview(turn)
        return Look(words, values)

    return await engine.db.run(work)


def _overview(turn: Turn) -> dict[str, Any]:
    return {}


def _journal(turn: Turn) -> dict[str, Any]:
    return {"entries": pages.journal(turn)}


def _answers(turn: Turn) -> dict[str, Any]:
    dreams, maps = pages.answers(turn)
    return {"dreams": dreams, "maps": maps}


def _ideas(turn: Turn) -> dict[str, Any]:
    return {"ideas": pages.ideas(turn)}


def _together(turn: Turn) -> dict[str, Any]:
    plan, proposed = pages.date_plan(turn)
    return {"rituals": pages.rituals(turn), "plan": plan, "proposed": proposed}


def _progress(turn: Turn) -> dict[str, Any]:
    return {"message": pages.progress(turn)}


def _settings(turn: Turn) -> dict[str, Any]:
    catalog = turn.catalog
    infos = catalog.infos if catalog is not None else ()
    return {
        "nudges": pages.nudges(turn),
        "languages": [
            {"code": info.code, "name": info.name, "chosen": info.code == turn.person.language}
            for info in infos
        ],
        "language_now": next(
            (info.name for info in infos if info.code == turn.person.language), ""
        ),
    }


#: The views by name: `/us/<name>` (the overview at `/us`), rendered by `<name>.html`.
VIEWS: dict[str, View] = {
    "overview": _overview,
    "journal": _journal,
    "answers": _answers,
    "ideas": _ideas,
    "together": _together,
    "progress": _progress,
    "settings": _settings,
}
