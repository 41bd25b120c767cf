"""Loads and validates the bot's words at start-up, so a typo fails the boot, not a user's chat.

Messages live in TOML tables (`[pair] code_created = "…{code}…"`, addressed as `pair.code_created`);
every `*.toml` file in a language folder is merged, so each practice can own its own file. Decks
are plain text, one item per line.
"""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROMPTS_ROOT = Path(__file__).resolve().parent
DEFAULT_LANGUAGE = "en"


class PromptError(Exception):
    """The prompt files are broken: raised at start-up with the file and key that is wrong."""


@dataclass(frozen=True)
class Deck:
    name: str
    items: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.items)


def placeholders(template: str) -> set[str]:
    """The `{names}` a template expects; raises `PromptError` for malformed braces."""
    names: set[str] = set()
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as error:
        raise PromptError(f"malformed braces in {template!r}: {error}") from error
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        if not field.isidentifier() or spec or conversion:
            raise PromptError(f"placeholder {{{field}}} in {template!r} must be a plain name")
        names.add(field)
    return names


class Prompts:
    """One language's messages and decks."""

    def __init__(self, language: str, messages: dict[str, str], decks: dict[str, Deck]) -> None:
        self.language = language
        self.messages = messages
        self.decks = decks
        self._placeholders = {key: placeholders(text) for key, text in messages.items()}

    def say(self, key: str, /, **values: object) -> str:
        """The message `key` filled with `values` (every placeholder must be given)."""
        try:
            template = self.messages[key]
        except KeyError:
            raise PromptError(f"no message {key!r} in prompts/{self.language}") from None
        missing = self._placeholders[key] - values.keys()
        if missing:
            raise PromptError(f"message {key!r} needs {sorted(missing)}")
        return template.format(**values)

    def has(self, key: str) -> bool:
        return key in self.messages

    def expects(self, key: str) -> set[str]:
        return set(self._placeholders.get(key, set()))

    def deck(self, name: str) -> Deck:
        try:
            return self.decks[name]
        except KeyError:
            raise PromptError(f"no deck {name!r} in prompts/{self.language}/decks") from None


def _flatten(table: dict[str, Any], prefix: str, source: Path, into: dict[str, str]) -> None:
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict):
            _flatten(value, f"{key}.", source, into)
        elif isinstance(value, str):
            if key in into:
                raise PromptError(f"{source.name}: message {key!r} is defined twice")
            text = value.strip("\n")
            if not text.strip():
                raise PromptError(f"{source.name}: message {key!r} is empty")
            into[key] = text
        else:
            raise PromptError(f"{source.name}: {key!r} must be text, not {type(value).__name__}")


def _load_deck(path: Path) -> Deck:
    items: list[str] = []
    seen: set[str] = set()
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if "{" in line or "}" in line:
            raise PromptError(f"{path.name}:{number}: deck items take no placeholders")
        if line.casefold() in seen:
            raise PromptError(f"{path.name}:{number}: duplicate item {line!r}")
        seen.add(line.casefold())
        items.append(line)
    if not items:
        raise PromptError(f"{path.name}: the deck is empty")
    return Deck(path.stem, tuple(items))


def load_prompts(language: str = DEFAULT_LANGUAGE, root: Path = PROMPTS_ROOT) -> Prompts:
    folder = root / language
    if not folder.is_dir():
        raise PromptError(f"no prompts for language {language!r} in {root}")
    messages: dict[str, str] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            table = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise PromptError(f"{path.name}: {error}") from error
        _flatten(table, "", path, messages)
    decks = {path.stem: _load_deck(path) for path in sorted((folder / "decks").glob("*.txt"))}
    prompts = Prompts(language, messages, decks)  # parses every placeholder: fails on bad braces
    return prompts
