"""Content checks for the practice decks in prompts/en/decks (TOML: `id = "text"`).

Checked on the items that can be drawn (retired ones keep their old words on purpose).
"""

from __future__ import annotations

import itertools
import re
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from prompts.loader import Deck, load_prompts

MINIMUM_ITEMS = {
    "dreams": 130,
    "appreciation_prompts": 70,
    "quality_time": 50,
    "new_experiences": 50,
    "checkin_reflections": 20,
    "listening_prompts": 20,
    "touch_ideas": 15,
    "nudge_hug": 8,
    "nudge_appreciation": 8,
    "nudge_together": 8,
    "nudge_dream": 8,
    "nudge_progress": 8,
    "nudge_date": 8,
    "love_maps": 80,
    "repair_phrases": 40,
    "ritual_prompts": 30,
    "stress_openers": 30,
    "nudge_ritual": 8,
    # Long-distance mode: the same practices for couples who live apart.
    "quality_time_apart": 20,
    "touch_ideas_apart": 10,
    "nudge_hug_apart": 8,
    "nudge_together_apart": 8,
    "nudge_date_apart": 8,
}

MAX_LENGTH = 200
GENDERED = re.compile(r"\b(he|she|his|her|husband|wife|boyfriend|girlfriend)\b", re.IGNORECASE)
#: Two items this alike (normalised word sequences) read as the same item twice.
NEAR_DUPLICATE = 0.8
#: Wording that assumes a shared home, owning one, money to spend or able bodies.
NARROW = re.compile(
    r"\b(living room floor|on the floor|shared space|both home|home again|room in a future home"
    r"|bouldering|archery|pickleball|stroll around the block)\b",
    re.IGNORECASE,
)
#: The listening prompts are read by the sharer, so they never speak as the listener.
LISTENER_VOICE = re.compile(r"\b(me|I|my|I'm|I've)\b")
#: Items that could hurt a couple going through a hard time: tagged so they are held back.
MUST_BE_TENDER = [
    "How does your partner help you feel safe?",
    "When you picture the two of you much older, what are you doing on an ordinary afternoon?",
]
WORD = re.compile(r"[a-z0-9']+")

DECKS = sorted(MINIMUM_ITEMS)


def deck(name: str) -> Deck:
    return load_prompts("en").deck(name)


def tokens(text: str) -> list[str]:
    return WORD.findall(text.casefold().replace("’", "'"))


def similarity(a: str, b: str) -> float:
    """How alike two items read: difflib's ratio over their lower-cased word sequences."""
    return SequenceMatcher(None, tokens(a), tokens(b), autojunk=False).ratio()


def test_the_decks_are_all_here() -> None:
    assert sorted(load_prompts("en").decks) == DECKS


@pytest.mark.parametrize("name", DECKS)
def test_minimum_count(name: str) -> None:
    count = len(deck(name))
    assert count >= MINIMUM_ITEMS[name], f"{name}: {count} items, need {MINIMUM_ITEMS[name]}"


@pytest.mark.parametrize("name", DECKS)
def test_line_length(name: str) -> None:
    too_long = [item for item in deck(name).items if len(item) > MAX_LENGTH]
    assert not too_long, f"{name}: items over {MAX_LENGTH} characters: {too_long}"


@pytest.mark.parametrize("name", DECKS)
def test_no_gendered_words(name: str) -> None:
    bad = [item for item in deck(name).items if GENDERED.search(item)]
    assert not bad, f"{name}: gendered wording in {bad}"


def test_the_similarity_measure_sees_a_near_duplicate() -> None:
    assert similarity("Host a tiny tasting at home.", "Host a tiny tasting, at home!") == 1.0
    assert (
        similarity(
            "When do you feel most like yourself?",
            "When did you feel most like yourself this week?",
        )
        > 0.7
    )
    assert similarity("What does loyalty mean to you?", "Which song would you pick?") < 0.5


def test_no_two_items_read_as_the_same_within_or_across_decks() -> None:
    prompts = load_prompts("en")
    items = [(entry.id, entry.text) for d in prompts.decks.values() for entry in d.active]
    close = [
        (round(similarity(a, b), 2), a_id, b_id)
        for (a_id, a), (b_id, b) in itertools.combinations(items, 2)
        if similarity(a, b) >= NEAR_DUPLICATE
    ]
    assert not close, f"near-duplicates (similarity >= {NEAR_DUPLICATE}): {close}"


def test_touch_ideas_offer_something_other_than_the_hug_itself() -> None:
    hugs = [item for item in deck("touch_ideas").items if re.search(r"\bhug", item, re.I)]
    assert not hugs, f"'Another way to be close' shows the hug again: {hugs}"


def test_listening_prompts_speak_to_the_sharer_who_reads_them() -> None:
    bad = [item for item in deck("listening_prompts").items if LISTENER_VOICE.search(item)]
    assert not bad, f"prompts that speak as the listener: {bad}"


@pytest.mark.parametrize("name", DECKS)
def test_items_fit_couples_apart_on_any_budget_and_in_any_body(name: str) -> None:
    bad = [item for item in deck(name).items if NARROW.search(item)]
    assert not bad, f"{name}: items that assume too much: {bad}"


def test_items_that_could_hurt_in_a_hard_time_are_tagged_tender() -> None:
    prompts = load_prompts("en")
    entries = {entry.text: entry for d in prompts.decks.values() for entry in d.active}
    for text in MUST_BE_TENDER:
        assert "tender" in entries[text].tags, text


def test_the_readme_gives_each_deck_its_real_size() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for name, loaded in load_prompts("en").decks.items():
        tender = sum(1 for entry in loaded.active if "tender" in entry.tags)
        retired = sum(1 for entry in loaded.entries if entry.retired)
        row = f"| `{name}` | {len(loaded)} | {tender} | {retired} |"
        assert row in readme, f"README.md should list {row}"


def test_repair_phrases_fit_on_a_button_as_they_are() -> None:
    """A fixed phrase is its own button label, so its sender sees exactly what goes (Discord
    cuts a label at 80 characters)."""
    too_long = [item for item in deck("repair_phrases").items if len(item) > 80]
    assert not too_long, too_long


def test_a_repair_phrase_to_finish_ends_in_an_ellipsis_and_is_tagged() -> None:
    for entry in deck("repair_phrases").active:
        assert (entry.text.endswith("…")) == ("finish" in entry.tags), entry.id


def test_every_repair_section_and_ritual_kind_has_items() -> None:
    from prompts.loader import REPAIR_SECTIONS, RITUAL_KINDS

    for name, sections in (("repair_phrases", REPAIR_SECTIONS), ("ritual_prompts", RITUAL_KINDS)):
        for section in sections:
            count = sum(1 for entry in deck(name).active if section in entry.tags)
            assert count >= 5, (name, section, count)
