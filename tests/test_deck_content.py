"""Content checks for the practice decks in prompts/en/decks.

Decks are plain UTF-8 text: one item per line, '#' starts a comment line, blank lines are ignored.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DECKS_DIR = Path(__file__).resolve().parent.parent / "prompts" / "en" / "decks"

MINIMUM_ITEMS = {
    "dreams.txt": 130,
    "appreciation_prompts.txt": 70,
    "quality_time.txt": 50,
    "new_experiences.txt": 50,
    "checkin_reflections.txt": 20,
    "listening_prompts.txt": 20,
    "touch_ideas.txt": 15,
    "nudge_hug.txt": 8,
    "nudge_appreciation.txt": 8,
    "nudge_together.txt": 8,
    "nudge_dream.txt": 8,
    "nudge_progress.txt": 8,
    "nudge_date.txt": 8,
}

MAX_LENGTH = 200
GENDERED = re.compile(
    r"\b(he|she|his|her|husband|wife|boyfriend|girlfriend)\b",
    re.IGNORECASE,
)

DECKS = sorted(MINIMUM_ITEMS)


def raw_lines(name: str) -> list[str]:
    return (DECKS_DIR / name).read_text(encoding="utf-8").splitlines()


def items(name: str) -> list[str]:
    return [
        line.strip()
        for line in raw_lines(name)
        if line.strip() and not line.strip().startswith("#")
    ]


@pytest.mark.parametrize("name", DECKS)
def test_deck_exists(name: str) -> None:
    assert (DECKS_DIR / name).is_file(), f"missing deck {name}"


@pytest.mark.parametrize("name", DECKS)
def test_minimum_count(name: str) -> None:
    count = len(items(name))
    assert count >= MINIMUM_ITEMS[name], f"{name}: {count} items, need {MINIMUM_ITEMS[name]}"


@pytest.mark.parametrize("name", DECKS)
def test_no_duplicates(name: str) -> None:
    seen: dict[str, str] = {}
    duplicates = []
    for item in items(name):
        key = item.casefold()
        if key in seen:
            duplicates.append(item)
        seen[key] = item
    assert not duplicates, f"{name}: duplicate items {duplicates}"


@pytest.mark.parametrize("name", DECKS)
def test_line_length(name: str) -> None:
    too_long = [item for item in items(name) if len(item) > MAX_LENGTH]
    assert not too_long, f"{name}: items over {MAX_LENGTH} characters: {too_long}"


@pytest.mark.parametrize("name", DECKS)
def test_no_braces(name: str) -> None:
    bad = [line for line in raw_lines(name) if "{" in line or "}" in line]
    assert not bad, f"{name}: lines with braces: {bad}"


@pytest.mark.parametrize("name", DECKS)
def test_no_gendered_words(name: str) -> None:
    bad = [item for item in items(name) if GENDERED.search(item)]
    assert not bad, f"{name}: gendered wording in {bad}"


@pytest.mark.parametrize("name", DECKS)
def test_lines_are_stripped(name: str) -> None:
    bad = [
        (number, line)
        for number, line in enumerate(raw_lines(name), start=1)
        if line != line.strip()
    ]
    assert not bad, f"{name}: lines with leading or trailing whitespace: {bad}"
