"""Loads and validates the bot's words at start-up, so a typo fails the boot, not a user's chat.

Messages live in TOML tables (`[pair] code_created = "…{code}…"`, addressed as `pair.code_created`);
every `*.toml` file in a language folder is merged, so each practice can own its own file.

Decks are TOML files in `decks/`, one `[items]` table whose keys are the items' stable ids
(`dr-016 = "…"`, or `dr-016 = { text = "…", tags = ["tender"] }`). Stored state (an open
question, a button, which items a couple has seen) names items by id, never by position, so a
deck can be reordered, rewritten or translated line by line. An item that should no longer be
drawn is kept with `retired = true`: an open question that names it still reads the same.
"""

from __future__ import annotations

import re
import string
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROMPTS_ROOT = Path(__file__).resolve().parent
DEFAULT_LANGUAGE = "en"


class PromptError(Exception):
    """The prompt files are broken: raised at start-up with the file and key that is wrong."""


#: An item id: the deck's short prefix, a dash and a number (`dr-016`); never reused.
ITEM_ID = re.compile(r"^[a-z]{2}-\d{3,}$")
#: `tender`: could hurt a couple going through a hard time; not drawn after low check-ins.
TENDER_TAG = "tender"
#: `finish`: a repair phrase ending in "…" that its sender completes before it goes.
FINISH_TAG = "finish"
#: The sections of the repair kit (`repair_phrases`), in the order the kit shows them.
REPAIR_SECTIONS = ("reset", "pause", "sorry", "feel", "yes", "thanks")
#: The kinds of ritual a couple designs (`ritual_prompts`), in the order `/rituals` shows them.
RITUAL_KINDS = ("goodbye", "reunion", "night", "unwell", "special")
DECK_TAGS = frozenset({TENDER_TAG, FINISH_TAG, *REPAIR_SECTIONS, *RITUAL_KINDS})


@dataclass(frozen=True)
class DeckItem:
    id: str
    text: str
    tags: frozenset[str] = frozenset()
    #: Kept so stored state that names it still reads; never drawn again.
    retired: bool = False


@dataclass(frozen=True)
class Deck:
    name: str
    #: Every item ever issued in this deck, retired ones included, in file order.
    entries: tuple[DeckItem, ...]

    @property
    def active(self) -> tuple[DeckItem, ...]:
        """The items that may be drawn."""
        return tuple(entry for entry in self.entries if not entry.retired)

    @property
    def items(self) -> tuple[str, ...]:
        """The texts of the items that may be drawn."""
        return tuple(entry.text for entry in self.active)

    def find(self, item_id: str) -> DeckItem | None:
        """The item with this id, retired or not; `None` for an id this deck never issued."""
        return next((entry for entry in self.entries if entry.id == item_id), None)

    def __len__(self) -> int:
        return len(self.active)


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

    def __init__(
        self,
        language: str,
        messages: dict[str, str],
        decks: dict[str, Deck],
        rules: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        self.language = language
        self.messages = messages
        self.decks = decks
        #: `rules/<name>.toml` as parsed TOML: how this language reads people's words (free text)
        #: and lays out menus; each engine module that reads one validates it at start-up.
        self.rules = dict(rules or {})
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

    def rule_table(self, name: str) -> dict[str, Any]:
        try:
            return self.rules[name]
        except KeyError:
            raise PromptError(f"no rules {name!r} in prompts/{self.language}/rules") from None

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


def _deck_item(path: Path, item_id: str, value: object) -> DeckItem:
    where = f"{path.name}: item {item_id!r}"
    if not ITEM_ID.match(item_id):
        raise PromptError(f"{where}: ids look like 'dr-016' (two letters, a dash, a number)")
    tags: frozenset[str] = frozenset()
    retired = False
    if isinstance(value, dict):
        unknown = value.keys() - {"text", "tags", "retired"}
        if unknown:
            raise PromptError(f"{where}: unknown fields {sorted(unknown)}")
        text, raw_tags, retired = (
            value.get("text"),
            value.get("tags", []),
            value.get("retired", False),
        )
        if not isinstance(raw_tags, list) or not all(isinstance(tag, str) for tag in raw_tags):
            raise PromptError(f"{where}: tags must be a list of words")
        if not set(raw_tags) <= DECK_TAGS:
            raise PromptError(f"{where}: unknown tags {sorted(set(raw_tags) - DECK_TAGS)}")
        if not isinstance(retired, bool):
            raise PromptError(f"{where}: retired must be true or false")
        tags = frozenset(raw_tags)
    else:
        text = value
    if not isinstance(text, str):
        raise PromptError(f"{where}: the text is missing")
    text = text.strip()
    if not text:
        raise PromptError(f"{where}: the text is empty")
    if "\n" in text:
        raise PromptError(f"{where}: an item is one line")
    if "{" in text or "}" in text:
        raise PromptError(f"{where}: deck items take no placeholders")
    return DeckItem(item_id, text, tags, retired)


def _load_deck(path: Path) -> Deck:
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))  # a repeated id fails here
    except tomllib.TOMLDecodeError as error:
        raise PromptError(f"{path.name}: {error}") from error
    raw_items = table.get("items")
    if set(table) != {"items"} or not isinstance(raw_items, dict):
        raise PromptError(f"{path.name}: a deck is one [items] table of `id = text` lines")
    entries = tuple(_deck_item(path, item_id, value) for item_id, value in raw_items.items())
    prefixes = {entry.id.split("-")[0] for entry in entries}
    if len(prefixes) > 1:
        raise PromptError(f"{path.name}: one id prefix per deck, found {sorted(prefixes)}")
    seen: set[str] = set()
    for entry in entries:
        key = entry.text.casefold()
        if key in seen:
            raise PromptError(f"{path.name}: item {entry.id!r} repeats an earlier text")
        seen.add(key)
    if not any(not entry.retired for entry in entries):
        raise PromptError(f"{path.name}: the deck is empty")
    return Deck(path.stem, entries)


def _check_decks(decks: dict[str, Deck]) -> None:
    """Ids are unique across decks, so the registry of ids ever issued is one flat list."""
    owner: dict[str, str] = {}
    for deck in decks.values():
        for entry in deck.entries:
            if entry.id in owner:
                raise PromptError(f"item id {entry.id!r} is in {owner[entry.id]} and {deck.name}")
            owner[entry.id] = deck.name


def _load_rules(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise PromptError(f"rules/{path.name}: {error}") from error


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
    decks = {path.stem: _load_deck(path) for path in sorted((folder / "decks").glob("*.toml"))}
    _check_decks(decks)
    rules = {path.stem: _load_rules(path) for path in sorted((folder / "rules").glob("*.toml"))}
    # parses every placeholder: fails on bad braces
    prompts = Prompts(language, messages, decks, rules)
    return prompts
