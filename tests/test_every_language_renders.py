"""Every message and every deck item of every language Nearer speaks, rendered once.

Start-up already checks each translation against English (keys, placeholders, plural forms, deck
ids: `prompts/loader.py`); this renders them all, with every plural form reached, so a template
that only breaks when filled (a stray brace, a form that drops a value) fails here first.
"""

from __future__ import annotations

import pytest

from prompts import load_catalog
from prompts.loader import Plural, Prompts

CATALOG = load_catalog()
#: Numbers that reach every plural form of the shipped languages (Arabic needs all of these).
COUNTS = (0, 1, 2, 3, 5, 11, 21, 100, 101, 1000)


def values_for(prompts: Prompts, key: str, count: int) -> dict[str, object]:
    message = prompts.messages[key]
    counted = message.variable if isinstance(message, Plural) else None
    return {name: (count if name == counted else f"‹{name}›") for name in prompts.expects(key)}


@pytest.mark.parametrize("language", CATALOG.codes)
def test_every_message_renders_with_every_plural_form(language: str) -> None:
    prompts = CATALOG.get(language)
    rendered = 0
    for key, message in prompts.messages.items():
        counts = COUNTS if isinstance(message, Plural) else (1,)
        for count in counts:
            text = prompts.say(key, **values_for(prompts, key, count))
            assert text.strip(), key
            for name in prompts.expects(key):
                if isinstance(message, Plural) and name == message.variable:
                    continue
                assert f"‹{name}›" in text, f"{language}: {key} drops {{{name}}}"
            rendered += 1
    assert rendered >= len(CATALOG.english.messages)


@pytest.mark.parametrize("language", CATALOG.codes)
def test_every_deck_item_is_there_with_the_english_ids(language: str) -> None:
    prompts = CATALOG.get(language)
    for name, deck in CATALOG.english.decks.items():
        theirs = prompts.deck(name)
        for entry in deck.entries:
            found = theirs.find(entry.id)
            assert found is not None and found.text.strip(), f"{language}: {entry.id}"
            assert "{" not in found.text


def test_right_to_left_languages_isolate_what_they_insert() -> None:
    for prompts in CATALOG:
        text = prompts.say("common.your_partner") if prompts.has("common.your_partner") else ""
        assert "\u2066" not in text  # no stray left-to-right isolates in plain texts
        if prompts.rtl:
            key = next(key for key in prompts.messages if "name" in prompts.expects(key))
            said = prompts.say(key, **values_for(prompts, key, 1))
            assert "\u2068‹name›\u2069" in said
