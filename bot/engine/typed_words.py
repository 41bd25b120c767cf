"""The short words people type after a command (`/together apart`) or as a score ("four"),
which are each language's own: `prompts/<lang>/rules/words.toml`.

Checked when the engine starts, so a missing list fails the boot rather than a person's command.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from prompts import PromptError, Prompts

RULES = "words"
#: Every list a language must give, by section.
EXPECTED = {
    "together": ("apart", "nearby", "visit", "clear"),
    "checkin": ("numbers",),
    "nudges": ("on", "off", "daily"),
    "nudge_kinds": ("hug", "appreciation", "together", "dream", "progress", "date", "ritual"),
    "clock": ("after_noon",),
}

_CHECKED: WeakKeyDictionary[Prompts, dict[str, dict[str, tuple[str, ...]]]] = WeakKeyDictionary()


def load_words(prompts: Prompts) -> dict[str, dict[str, tuple[str, ...]]]:
    """Every list of `prompts`' language, lower-cased and checked (cached per language)."""
    found = _CHECKED.get(prompts)
    if found is not None:
        return found
    table = prompts.rule_table(RULES)
    where = f"prompts/{prompts.language}/rules/{RULES}.toml"
    found = {}
    for section, names in EXPECTED.items():
        raw = table.get(section)
        if not isinstance(raw, dict):
            raise PromptError(f"{where}: the [{section}] table is missing")
        found[section] = {}
        for name in names:
            words = raw.get(name)
            if (
                not isinstance(words, list)
                or not words
                or not all(isinstance(word, str) and word.strip() for word in words)
            ):
                raise PromptError(f"{where}: {section}.{name} must be a list of words")
            found[section][name] = tuple(" ".join(word.casefold().split()) for word in words)
    if len(found["checkin"]["numbers"]) != 5:
        raise PromptError(f"{where}: checkin.numbers are the words for 1 to 5, in order")
    _CHECKED[prompts] = found
    return found


def words(prompts: Prompts, section: str, name: str) -> tuple[str, ...]:
    """One list, e.g. `words(prompts, "together", "apart")`."""
    return load_words(prompts)[section][name]
