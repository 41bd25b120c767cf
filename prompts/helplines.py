"""The vetted helpline table (`prompts/helplines.toml`): numbers by country for "Help near me".

Loaded and checked once at start-up, so a typo in the table fails the boot, not a person in
crisis. The numbers are the same in every language; the words around them live in
`prompts/<language>/care.toml`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from prompts.loader import PROMPTS_ROOT, PromptError

HELPLINES_FILE = PROMPTS_ROOT / "helplines.toml"


@dataclass(frozen=True)
class Line:
    """One helpline: `call` as people dial it; `text` (and `text_word`) when texting works."""

    name: str
    call: str
    topics: frozenset[str]
    source: str
    text: str | None = None
    text_word: str | None = None


@dataclass(frozen=True)
class Country:
    code: str
    emergency: tuple[str, ...]
    emergency_source: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Helplines:
    #: The international directory, shown everywhere.
    directory: str
    countries: Mapping[str, Country]

    def country(self, code: str | None) -> Country | None:
        return self.countries.get(code) if code else None


def _text(table: Mapping[str, Any], key: str, where: str, *, optional: bool = False) -> str | None:
    value = table.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise PromptError(f"helplines.toml: {where} needs text for {key!r}")
    return value.strip()


def _source(table: Mapping[str, Any], key: str, where: str) -> str:
    source = _text(table, key, where) or ""
    if not source.startswith(("https://", "http://")):
        raise PromptError(f"helplines.toml: {where} {key} must be the address of the checked page")
    return source


def _line(raw: Any, where: str, known_topics: Collection[str]) -> Line:
    if not isinstance(raw, dict):
        raise PromptError(f"helplines.toml: {where} must be a table")
    topics = raw.get("for")
    if not isinstance(topics, list) or not topics or not set(topics) <= set(known_topics):
        raise PromptError(f"helplines.toml: {where} 'for' must list some of {sorted(known_topics)}")
    return Line(
        name=_text(raw, "name", where) or "",
        call=_text(raw, "call", where) or "",
        topics=frozenset(topics),
        source=_source(raw, "source", where),
        text=_text(raw, "text", where, optional=True),
        text_word=_text(raw, "text_word", where, optional=True),
    )


def _country(code: str, raw: Any, known_topics: Collection[str]) -> Country:
    if not (isinstance(raw, dict) and len(code) == 2 and code.isupper()):
        raise PromptError(f"helplines.toml: {code!r} must be a two-letter country table")
    emergency = raw.get("emergency")
    if not isinstance(emergency, list) or not all(isinstance(n, str) and n for n in emergency):
        raise PromptError(f"helplines.toml: {code} needs its emergency numbers")
    lines = raw.get("lines", [])
    if not isinstance(lines, list):
        raise PromptError(f"helplines.toml: {code} lines must be a list")
    return Country(
        code=code,
        emergency=tuple(emergency),
        emergency_source=_source(raw, "emergency_source", code),
        lines=tuple(
            _line(line, f"{code} line {number}", known_topics)
            for number, line in enumerate(lines, start=1)
        ),
    )


def load_helplines(path: Path = HELPLINES_FILE, *, known_topics: Collection[str]) -> Helplines:
    """The table at `path`; raises `PromptError` naming what is wrong."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise PromptError(f"helplines.toml: {error}") from error
    directory = _text(data, "directory", "the file") or ""
    countries = data.get("countries", {})
    if not isinstance(countries, dict):
        raise PromptError("helplines.toml: 'countries' must be a table")
    return Helplines(
        directory=directory,
        countries={
            code: _country(code, raw, known_topics) for code, raw in sorted(countries.items())
        },
    )


@lru_cache(maxsize=4)
def shared_helplines(known_topics: frozenset[str]) -> Helplines:
    """The table from the default file, read once per process."""
    return load_helplines(known_topics=known_topics)
