"""Loads and validates the bot's words at start-up, so a typo fails the boot, not a user's chat.

Messages live in TOML tables (`[pair] code_created = "…{code}…"`, addressed as `pair.code_created`);
every `*.toml` file in a language folder is merged, so each practice can own its own file.

A message that counts something is a table of plural forms chosen by one of its numbers:
`hugs = { plural = "count", one = "{count} hug", other = "{count} hugs" }`. The forms are the
language's CLDR plural categories (Babel knows them: English `one`/`other`, Russian
`one`/`few`/`many`/`other`, Arabic all six); `other` is always there, and every category a
whole number can fall into in that language must be written. A form may leave the number out
("one day" is often said without a 1).

Every language is checked against English at start-up (`load_catalog`): the same keys, the same
placeholders, the same decks with the same item ids, the same rules files; `python -m
prompts.check <code>` lists every difference at once, for whoever is translating. The bot runs
that check in a short-lived child (`load_checked_catalog`) and then holds each language's
messages and rules, reading a deck when it is first drawn from.

Decks are TOML files in `decks/`, one `[items]` table whose keys are the items' stable ids
(`dr-016 = "…"`, or `dr-016 = { text = "…", tags = ["tender"] }`). Stored state (an open
question, a button, which items a couple has seen) names items by id, never by position, so a
deck can be reordered, rewritten or translated line by line. An item that should no longer be
drawn is kept with `retired = true`: an open question that names it still reads the same.
"""

from __future__ import annotations

import json
import re
import string
import subprocess
import sys
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale, localedata
from babel.plural import PluralRule

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


@dataclass(frozen=True, slots=True)
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


#: CLDR's plural categories, the only keys a plural message may have besides `plural`.
PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")
#: Unicode isolates: a name or number inserted into right-to-left text keeps its own direction
#: (an English name in Arabic, an Arabic name in a German sentence) and does not reorder the
#: words around it.
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


@dataclass(frozen=True)
class Plural:
    """A message with one form per plural category, chosen by the number named `variable`."""

    variable: str
    forms: dict[str, str]

    def placeholders(self) -> set[str]:
        names: set[str] = set()
        for form in self.forms.values():
            names |= placeholders(form)
        return names | {self.variable}


Message = str | Plural


@dataclass(frozen=True)
class LanguageInfo:
    """What start-up knows of a language: its code (the folder), its own name, its locale.

    Only the locale's plural rule and direction are kept: Babel's whole locale data (some 2 MB a
    language once unpickled) is read again lazily, when a date or time is first formatted in that
    language, instead of being held from start-up for every language Nearer can speak."""

    code: str
    #: The language's name in itself ("Español"), shown on the `/language` buttons.
    name: str
    #: Babel's locale name for plurals, dates, times and numbers (`pt_BR` for the `pt` folder).
    locale_name: str
    plural: PluralRule
    rtl: bool

    @classmethod
    def of(cls, code: str, name: str, locale_name: str) -> LanguageInfo:
        """Read the facts from Babel's locale data, then let the data go."""
        locale = Locale.parse(locale_name)
        info = cls(
            code, name, str(locale), locale.plural_form, locale.character_order == "right-to-left"
        )
        del locale
        localedata.clear_caches()
        return info

    @property
    def locale(self) -> Locale:
        """Babel's locale (its data loads on first use and stays for this language)."""
        return _locale(self.locale_name)

    def facts(self) -> dict[str, Any]:
        """What `from_facts` needs, as JSON: how the start-up check's child passes it on."""
        return {
            "code": self.code,
            "name": self.name,
            "locale": self.locale_name,
            "plural": dict(self.plural.rules),
            "rtl": self.rtl,
        }

    @classmethod
    def from_facts(cls, facts: Mapping[str, Any]) -> LanguageInfo:
        """A language as `facts` describe it, without reading Babel's locale data."""
        return cls(
            str(facts["code"]),
            str(facts["name"]),
            str(facts["locale"]),
            PluralRule(facts["plural"]),
            bool(facts["rtl"]),
        )


@cache
def _locale(name: str) -> Locale:
    return Locale.parse(name)


def required_plural_forms(rule: PluralRule) -> frozenset[str]:
    """The forms a plural message must have under `rule`: `other`, and every category a whole
    number up to a million falls into (Spanish, French and Portuguese `many` is for millions:
    "1 000 000 de câlins")."""
    found = {rule(number) for number in range(0, 1001)}
    found |= {rule(number) for number in (10_000, 100_000, 1_000_000)}
    return frozenset(found | {"other"})


class Prompts:
    """One language's messages and decks."""

    def __init__(
        self,
        language: str,
        messages: dict[str, Message],
        decks: Mapping[str, Deck],
        rules: dict[str, dict[str, Any]] | None = None,
        info: LanguageInfo | None = None,
    ) -> None:
        self.language = language
        self.messages = messages
        self.decks = decks
        #: `rules/<name>.toml` as parsed TOML: how this language reads people's words (free text)
        #: and lays out menus; each engine module that reads one validates it at start-up.
        self.rules = dict(rules or {})
        self.info = info or LanguageInfo.of(language, language, language)
        # Most messages have none or the same few: one shared frozenset each (thousands of
        # messages in seven languages).
        shared: dict[frozenset[str], frozenset[str]] = {}
        self._placeholders = {
            key: shared.setdefault(names, names)
            for key, text in messages.items()
            for names in [
                frozenset(text.placeholders() if isinstance(text, Plural) else placeholders(text))
            ]
        }
        self._isolate = self.info.rtl

    @property
    def locale(self) -> Locale:
        return self.info.locale

    @property
    def rtl(self) -> bool:
        return self.info.rtl

    def say(self, key: str, /, **values: object) -> str:
        """The message `key` filled with `values` (every placeholder must be given)."""
        try:
            message = self.messages[key]
        except KeyError:
            raise PromptError(f"no message {key!r} in prompts/{self.language}") from None
        missing = self._placeholders[key] - values.keys()
        if missing:
            raise PromptError(f"message {key!r} needs {sorted(missing)}")
        if isinstance(message, Plural):
            template = self._plural_form(key, message, values[message.variable])
        else:
            template = message
        if self._isolate:
            values = {name: _isolated(value) for name, value in values.items()}
        return template.format(**values)

    def _plural_form(self, key: str, message: Plural, number: object) -> str:
        if not isinstance(number, int | float) or isinstance(number, bool):
            raise PromptError(f"message {key!r} counts {message.variable!r}: give a number")
        category = self.info.plural(number)
        return message.forms.get(category) or message.forms["other"]

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


def _isolated(value: object) -> object:
    """`value` wrapped in isolates when it is text or a number (right-to-left languages).

    A link is left bare: chat apps find where it ends by looking for white space, and an
    isolate glued to it would become part of the address they open."""
    if isinstance(value, str) and value.startswith(("http://", "https://", "tg://")):
        return value
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return f"{FIRST_STRONG_ISOLATE}{value}{POP_DIRECTIONAL_ISOLATE}"
    return value


def _plural(key: str, table: dict[str, Any], source: Path) -> Plural:
    variable = table.get("plural")
    where = f"{source.name}: message {key!r}"
    if not isinstance(variable, str) or not variable.isidentifier():
        raise PromptError(f"{where}: `plural` names the number that chooses the form")
    forms = {name: value for name, value in table.items() if name != "plural"}
    unknown = forms.keys() - set(PLURAL_CATEGORIES)
    if unknown:
        raise PromptError(f"{where}: {sorted(unknown)} are not plural categories")
    if "other" not in forms:
        raise PromptError(f"{where}: the `other` form is missing")
    cleaned: dict[str, str] = {}
    for name, form in forms.items():
        if not isinstance(form, str) or not form.strip():
            raise PromptError(f"{where}: the {name!r} form must be text")
        cleaned[name] = form.strip("\n")
        placeholders(cleaned[name])  # fails on bad braces
    return Plural(variable, cleaned)


def _flatten(table: dict[str, Any], prefix: str, source: Path, into: dict[str, Message]) -> None:
    for name, value in table.items():
        key = sys.intern(f"{prefix}{name}")  # one string per key for all the languages
        if isinstance(value, dict) and "plural" in value:
            if key in into:
                raise PromptError(f"{source.name}: message {key!r} is defined twice")
            into[key] = _plural(key, value, source)
        elif isinstance(value, dict):
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


class _DecksOnFirstUse(Mapping[str, Deck]):
    """A language's decks, each read from its file the first time it is drawn from, then kept.

    Only for a catalog whose every deck the start-up check has already read and checked against
    English (`load_checked_catalog`): decks are most of a language's words, and a bot idles with
    most languages unused."""

    def __init__(self, folder: Path) -> None:
        self._paths = {path.stem: path for path in sorted(folder.glob("*.toml"))}
        self._loaded: dict[str, Deck] = {}

    def __getitem__(self, name: str) -> Deck:
        deck = self._loaded.get(name)
        if deck is None:
            deck = self._loaded[name] = _load_deck(self._paths[name])
        return deck

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)


def load_prompts(
    language: str = DEFAULT_LANGUAGE,
    root: Path = PROMPTS_ROOT,
    *,
    infos: Mapping[str, LanguageInfo] | None = None,
    decks_on_first_use: bool = False,
) -> Prompts:
    """One language, checked on its own (plural forms included), not yet against English.

    `infos` saves reading `languages.toml` and Babel's locale data again; with
    `decks_on_first_use` the decks are read when first drawn from (see `load_checked_catalog`)."""
    folder = root / language
    if not folder.is_dir():
        raise PromptError(f"no prompts for language {language!r} in {root}")
    info = (infos if infos is not None else language_infos(root)).get(language)
    if info is None:
        raise PromptError(f"language {language!r} is not listed in prompts/languages.toml")
    messages: dict[str, Message] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            table = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise PromptError(f"{path.name}: {error}") from error
        _flatten(table, "", path, messages)
    decks: Mapping[str, Deck]
    if decks_on_first_use:
        decks = _DecksOnFirstUse(folder / "decks")
    else:
        decks = {path.stem: _load_deck(path) for path in sorted((folder / "decks").glob("*.toml"))}
        _check_decks(decks)
    rules = {path.stem: _load_rules(path) for path in sorted((folder / "rules").glob("*.toml"))}
    # parses every placeholder: fails on bad braces
    prompts = Prompts(language, messages, decks, rules, info)
    problems = _plural_problems(prompts)
    if problems:
        raise PromptError(f"prompts/{language}: " + "; ".join(problems))
    return prompts


def language_infos(root: Path = PROMPTS_ROOT) -> dict[str, LanguageInfo]:
    """`prompts/languages.toml`: every language Nearer can speak, in the order it lists them."""
    path = root / "languages.toml"
    if not path.exists():  # a bare folder of English (tests build one)
        return {DEFAULT_LANGUAGE: LanguageInfo.of(DEFAULT_LANGUAGE, "English", "en")}
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise PromptError(f"languages.toml: {error}") from error
    infos: dict[str, LanguageInfo] = {}
    for code, entry in table.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise PromptError(f"languages.toml: [{code}] needs a name")
        try:
            infos[code] = LanguageInfo.of(code, entry["name"], str(entry.get("locale", code)))
        except (ValueError, LookupError) as error:
            raise PromptError(f"languages.toml: [{code}] has an unknown locale: {error}") from error
    if DEFAULT_LANGUAGE not in infos:
        raise PromptError("languages.toml: English, the fallback, must be listed")
    return infos


def _plural_problems(prompts: Prompts) -> list[str]:
    needed = required_plural_forms(prompts.info.plural)
    problems = []
    for key, message in prompts.messages.items():
        if not isinstance(message, Plural):
            continue
        missing = needed - message.forms.keys()
        if missing:
            problems.append(f"{key!r} needs the plural forms {sorted(missing)}")
        extra = message.forms.keys() - needed - set(prompts.info.plural.tags)
        if extra:
            problems.append(f"{key!r} has forms {sorted(extra)} that {prompts.language} never uses")
    return problems


def differences(translated: Prompts, english: Prompts) -> list[str]:
    """Everything in which `translated` does not match English, one line each.

    Keys, placeholders (a plural form may leave its number out), decks, item ids and tags, and
    rules files must match; wording, plural forms and the order of lines are the language's own.
    """
    problems: list[str] = []
    for key in sorted(english.messages.keys() - translated.messages.keys()):
        problems.append(f"missing message {key!r}")
    for key in sorted(translated.messages.keys() - english.messages.keys()):
        problems.append(f"message {key!r} is not in English")
    for key in sorted(english.messages.keys() & translated.messages.keys()):
        theirs, ours = translated.expects(key), english.expects(key)
        mine = translated.messages[key]
        plural_variable = mine.variable if isinstance(mine, Plural) else None
        if plural_variable is not None and plural_variable not in ours:
            problems.append(f"{key!r} counts {plural_variable!r}, which English does not give")
        if theirs - ours:
            problems.append(f"{key!r} uses {sorted(theirs - ours)}, which English does not give")
        if isinstance(mine, Plural):
            for category, form in mine.forms.items():
                left_out = ours - placeholders(form) - {mine.variable}
                if left_out:
                    problems.append(f"{key!r} ({category}) leaves out {sorted(left_out)}")
        elif ours - theirs:
            problems.append(f"{key!r} leaves out {sorted(ours - theirs)}")
    problems.extend(_plural_problems(translated))
    for name in sorted(english.decks.keys() - translated.decks.keys()):
        problems.append(f"missing deck {name!r}")
    for name in sorted(translated.decks.keys() - english.decks.keys()):
        problems.append(f"deck {name!r} is not in English")
    for name in sorted(english.decks.keys() & translated.decks.keys()):
        ours_by_id = {entry.id: entry for entry in english.decks[name].entries}
        theirs_by_id = {entry.id: entry for entry in translated.decks[name].entries}
        for item_id in sorted(ours_by_id.keys() - theirs_by_id.keys()):
            problems.append(f"deck {name!r}: missing item {item_id}")
        for item_id in sorted(theirs_by_id.keys() - ours_by_id.keys()):
            problems.append(f"deck {name!r}: item {item_id} is not in English")
        for item_id in sorted(ours_by_id.keys() & theirs_by_id.keys()):
            ours_item, theirs_item = ours_by_id[item_id], theirs_by_id[item_id]
            if (ours_item.tags, ours_item.retired) != (theirs_item.tags, theirs_item.retired):
                problems.append(f"deck {name!r}: item {item_id} has other tags than English")
    for name in sorted(english.rules.keys() - translated.rules.keys()):
        problems.append(f"missing rules/{name}.toml")
    return problems


class Catalog:
    """Every language Nearer speaks, each checked against English; English is the fallback."""

    def __init__(self, languages: dict[str, Prompts]) -> None:
        if DEFAULT_LANGUAGE not in languages:
            raise PromptError("the catalog needs English, the fallback")
        self._languages = dict(languages)

    @property
    def english(self) -> Prompts:
        return self._languages[DEFAULT_LANGUAGE]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self._languages)

    @property
    def infos(self) -> tuple[LanguageInfo, ...]:
        return tuple(prompts.info for prompts in self._languages.values())

    def get(self, code: str | None) -> Prompts:
        """The language `code` (a folder name), or English when it is unknown or `None`."""
        if code is not None and code in self._languages:
            return self._languages[code]
        return self.english

    def match(self, platform_code: str | None) -> str:
        """The language for a platform's code (Telegram's `pt-br`, Discord's `es-ES`),
        falling back to English: the exact folder first, then the primary subtag."""
        if not platform_code:
            return DEFAULT_LANGUAGE
        code = platform_code.strip().replace("_", "-").lower()
        if code in self._languages:
            return code
        primary = code.split("-", 1)[0]
        return primary if primary in self._languages else DEFAULT_LANGUAGE

    def __iter__(self) -> Any:
        return iter(self._languages.values())


def load_catalog(root: Path = PROMPTS_ROOT, only: tuple[str, ...] | None = None) -> Catalog:
    """Load and check every language listed in `languages.toml` that has a folder.

    Raises `PromptError` naming every difference from English, so a half-done translation fails
    the boot rather than a person's chat."""
    infos = language_infos(root)  # Babel's locale data once, not once per language
    english = load_prompts(DEFAULT_LANGUAGE, root, infos=infos)
    languages = {DEFAULT_LANGUAGE: english}
    for code in infos:
        if code == DEFAULT_LANGUAGE or not (root / code).is_dir():
            continue
        if only is not None and code not in only:
            continue
        translated = load_prompts(code, root, infos=infos)
        problems = differences(translated, english)
        if problems:
            shown = "\n  ".join(problems[:40])
            more = f"\n  … and {len(problems) - 40} more" if len(problems) > 40 else ""
            raise PromptError(f"prompts/{code} does not match English:\n  {shown}{more}")
        languages[code] = translated
    return Catalog(languages)


def load_checked_catalog(root: Path | None = None) -> Catalog:
    """The catalog a long-running bot holds: every language checked in full, as `load_catalog`
    checks it, but in a short-lived child process (`python -m prompts.startup`).

    The check reads every deck of every language and Babel's locale data for each (together
    some 7 MB that Python keeps after it is freed); here only each language's messages and rules
    are read, with the language facts the child found, and a deck when it is first drawn from.
    A broken catalog raises `PromptError` with the child's complaint, as `load_catalog` would.
    """
    root = root if root is not None else PROMPTS_ROOT
    try:
        done = subprocess.run(
            [sys.executable, "-m", "prompts.startup", str(root)],
            capture_output=True,
            check=False,
            timeout=300,
        )
        answer = json.loads(done.stdout.decode("utf-8"))
    except (OSError, subprocess.SubprocessError, ValueError):
        # No child to be had (or it died without answering): check here, holding it all.
        return load_catalog(root)
    if "error" in answer:
        raise PromptError(str(answer["error"]))
    infos = {str(facts["code"]): LanguageInfo.from_facts(facts) for facts in answer["languages"]}
    return Catalog(
        {code: load_prompts(code, root, infos=infos, decks_on_first_use=True) for code in infos}
    )
