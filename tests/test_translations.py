"""Languages as data: plural forms, isolates, and every translation checked against English.

The per-person choice of language (first contact, `/language`, partners who speak different
languages) is in `test_language.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.loader import (
    FIRST_STRONG_ISOLATE,
    POP_DIRECTIONAL_ISOLATE,
    PromptError,
    differences,
    load_catalog,
    load_prompts,
)


def write_language(root: Path, code: str, body: str, deck: str = "") -> None:
    (root / code / "decks").mkdir(parents=True, exist_ok=True)
    (root / code / "core.toml").write_text(body, encoding="utf-8")
    if deck:
        (root / code / "decks" / "dreams.toml").write_text(deck, encoding="utf-8")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "languages.toml").write_text(
        '[en]\nname = "English"\n[ru]\nname = "Русский"\n[ar]\nname = "العربية"\n',
        encoding="utf-8",
    )
    write_language(
        tmp_path,
        "en",
        '[core]\nhello = "Hi {name}"\n'
        'hugs = { plural = "count", one = "{count} hug", other = "{count} hugs" }\n',
        deck='[items]\ndr-001 = "One?"\ndr-002 = { text = "Two?", tags = ["tender"] }\n',
    )
    return tmp_path


def test_english_chooses_its_plural_form_by_the_number(root: Path) -> None:
    english = load_prompts("en", root)
    assert english.say("core.hugs", count=1) == "1 hug"
    assert english.say("core.hugs", count=0) == "0 hugs"
    assert english.say("core.hugs", count=21) == "21 hugs"


def test_russian_has_three_forms_for_whole_numbers(root: Path) -> None:
    write_language(
        root,
        "ru",
        '[core]\nhello = "Привет, {name}"\nhugs = { plural = "count", one = "{count} объятие",'
        ' few = "{count} объятия", many = "{count} объятий", other = "{count} объятия" }\n',
        deck='[items]\ndr-001 = "Один?"\ndr-002 = { text = "Два?", tags = ["tender"] }\n',
    )
    russian = load_catalog(root).get("ru")
    said = [russian.say("core.hugs", count=n) for n in (1, 2, 5, 21, 22, 25, 111)]
    assert said == [
        "1 объятие",
        "2 объятия",
        "5 объятий",
        "21 объятие",
        "22 объятия",
        "25 объятий",
        "111 объятий",
    ]


def test_a_russian_plural_without_few_fails_at_start_up(root: Path) -> None:
    write_language(
        root,
        "ru",
        '[core]\nhello = "Привет, {name}"\n'
        'hugs = { plural = "count", one = "{count} объятие", other = "{count} объятий" }\n',
    )
    with pytest.raises(PromptError, match=r"needs the plural forms \['few', 'many'\]"):
        load_prompts("ru", root)


def test_a_plural_needs_its_number(root: Path) -> None:
    with pytest.raises(PromptError, match="give a number"):
        load_prompts("en", root).say("core.hugs", count="many")


def test_a_translation_is_checked_against_english_and_every_difference_is_named(
    root: Path,
) -> None:
    write_language(
        root,
        "ru",
        '[core]\nhello = "Привет, {nme}"\nextra = "Лишнее"\n',
        deck='[items]\ndr-001 = "Один?"\ndr-003 = "Три?"\n',
    )
    problems = differences(load_prompts("ru", root), load_prompts("en", root))
    assert "missing message 'core.hugs'" in problems
    assert "message 'core.extra' is not in English" in problems
    assert "'core.hello' uses ['nme'], which English does not give" in problems
    assert "'core.hello' leaves out ['name']" in problems
    assert "deck 'dreams': missing item dr-002" in problems
    assert "deck 'dreams': item dr-003 is not in English" in problems
    with pytest.raises(PromptError, match="does not match English"):
        load_catalog(root)


def test_a_plural_form_may_leave_its_number_out(root: Path) -> None:
    write_language(
        root,
        "ar",
        '[core]\nhello = "مرحبا {name}"\nhugs = { plural = "count", zero = "لا عناق",'
        ' one = "عناق واحد", two = "عناقان", few = "{count} عناقات",'
        ' many = "{count} عناقًا", other = "{count} عناق" }\n',
        deck='[items]\ndr-001 = "واحد؟"\ndr-002 = { text = "اثنان؟", tags = ["tender"] }\n',
    )
    arabic = load_catalog(root).get("ar")
    assert arabic.rtl
    assert arabic.say("core.hugs", count=2) == "عناقان"
    three = f"{FIRST_STRONG_ISOLATE}3{POP_DIRECTIONAL_ISOLATE}"
    assert arabic.say("core.hugs", count=3) == f"{three} عناقات"


def test_names_inside_right_to_left_text_are_isolated_and_left_to_right_text_is_untouched(
    root: Path,
) -> None:
    write_language(
        root,
        "ar",
        '[core]\nhello = "مرحبا {name}"\nhugs = { plural = "count", zero = "0", one = "1",'
        ' two = "2", few = "{count}", many = "{count}", other = "{count}" }\n',
        deck='[items]\ndr-001 = "واحد؟"\ndr-002 = { text = "اثنان؟", tags = ["tender"] }\n',
    )
    catalog = load_catalog(root)
    assert catalog.get("ar").say("core.hello", name="Sam") == "مرحبا \u2068Sam\u2069"
    assert catalog.get("en").say("core.hello", name="سارة") == "Hi سارة"


def test_platform_codes_find_the_nearest_language_or_english(root: Path) -> None:
    write_language(
        root,
        "ru",
        '[core]\nhello = "Привет, {name}"\nhugs = { plural = "count", one = "{count} объятие",'
        ' few = "{count} объятия", many = "{count} объятий", other = "{count} объятия" }\n',
        deck='[items]\ndr-001 = "Один?"\ndr-002 = { text = "Два?", tags = ["tender"] }\n',
    )
    catalog = load_catalog(root)
    assert catalog.codes == ("en", "ru")  # Arabic is listed but has no folder: not offered
    assert catalog.match("ru") == "ru"
    assert catalog.match("ru-RU") == "ru"
    assert catalog.match("RU_ru") == "ru"
    assert catalog.match("ar-EG") == "en"
    assert catalog.match("ja") == "en"
    assert catalog.match(None) == "en"
    assert catalog.get("ja").language == "en"


def test_the_shipped_languages_all_match_english() -> None:
    catalog = load_catalog()
    assert catalog.codes[0] == "en"
    for prompts in catalog:
        assert prompts.info.name


def test_the_words_nearer_reads_are_each_languages_own_and_checked_at_start_up() -> None:
    from bot.engine.coaching import coaching_for
    from bot.engine.typed_words import load_words
    from prompts.loader import Prompts

    english = load_prompts("en")
    assert coaching_for(english).sounds_like_a_complaint("you never listen")
    german_rules = {
        **english.rules,
        "coaching": {
            **english.rules["coaching"],
            "accusations": {
                "absolute": [r"\bdu (?:hörst )?nie\b"],
                "blame": [r"\bdeine schuld\b"],
                "name_calling": [r"\bdu bist so {insults}"],
                "demand": [r"\bdu solltest\b"],
            },
            "parts": {**english.rules["coaching"]["parts"], "insults": "(?:egoistisch|faul)"},
        },
    }
    german = Prompts("de", english.messages, english.decks, german_rules)
    assert coaching_for(german).sounds_like_a_complaint("Du bist so egoistisch")
    assert not coaching_for(german).sounds_like_a_complaint("you never listen")

    broken = {**german_rules, "coaching": {**german_rules["coaching"], "warm": "(unclosed"}}
    with pytest.raises(PromptError, match="warm"):
        coaching_for(Prompts("de", english.messages, english.decks, broken))
    no_numbers = {**english.rules, "words": {"together": english.rules["words"]["together"]}}
    with pytest.raises(PromptError, match=r"\[checkin\]"):
        load_words(Prompts("de", english.messages, english.decks, no_numbers))


def test_every_shipped_language_passes_the_checks_its_engine_modules_run_at_start_up() -> None:
    """Each module that reads a language's rules checks them at start-up; run them all for every
    language, so a translation missing a section fails here and not at someone's boot."""
    from bot.engine.coaching import coaching_for
    from bot.engine.companion import load_companion
    from bot.engine.flows import default_flows
    from bot.engine.help_menu import load_help_menu
    from bot.engine.places import load_place_words
    from bot.engine.router import Router
    from bot.engine.typed_words import load_words

    commands = Router(default_flows()).commands
    for prompts in load_catalog():
        coaching_for(prompts)
        load_words(prompts)
        load_companion(prompts, commands)
        load_place_words(prompts)
        load_help_menu(prompts, commands)


def test_german_nouns_keep_their_capital_in_a_draft_and_english_words_follow_the_template() -> None:
    from bot.engine.coaching import coaching_for

    catalog = load_catalog()
    if "de" in catalog.codes:
        assert coaching_for(catalog.get("de")).tidy_need("Hilfe beim Abwasch") == (
            "Hilfe beim Abwasch"
        )
    assert coaching_for(catalog.english).tidy_need("More help with bedtime") == (
        "more help with bedtime"
    )
