"""Escaping and splitting text the way Telegram measures and parses it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.adapters.telegram.formatting import (
    MAX_MESSAGE_LENGTH,
    as_html,
    split_message,
    telegram_length,
    utf16_units,
)
from bot.adapters.text import split_text


def test_html_special_characters_are_escaped_and_nothing_else() -> None:
    assert as_html('<b>hi</b> & _you_ *too* "quoted"') == (
        '&lt;b&gt;hi&lt;/b&gt; &amp; _you_ *too* "quoted"'
    )


def test_emoji_outside_the_basic_plane_count_twice_like_telegram_counts_them() -> None:
    assert telegram_length("hug 🤗") == 6
    assert telegram_length("é") == 1


def test_a_short_text_is_one_part_unchanged() -> None:
    assert split_message("Hello there.\n\nSee you.") == ["Hello there.\n\nSee you."]


def test_long_text_is_cut_between_paragraphs_first() -> None:
    first, second = "a" * 3000, "b" * 3000
    assert split_message(f"{first}\n\n{second}") == [first, second]


def test_without_paragraphs_lines_then_words_are_used() -> None:
    lines = "\n".join((f"row{n} " * 100).strip() for n in range(20))
    parts = split_message(lines)
    assert len(parts) == 3
    for part in parts:  # whole lines only: every line holds one row's words, all 100 of them
        assert all(len(set(line.split())) == 1 for line in part.split("\n"))
        assert all(len(line.split()) == 100 for line in part.split("\n"))
    words = " ".join(["word"] * 2000)
    assert all(part.startswith("word") and part.endswith("word") for part in split_message(words))


def test_a_text_without_any_boundary_is_cut_at_the_limit() -> None:
    parts = split_message("x" * 10_000)
    assert [len(part) for part in parts] == [4096, 4096, 1808]


def test_emoji_never_push_a_part_past_the_limit() -> None:
    parts = split_message("🤗" * 5000)
    assert all(telegram_length(part) <= 4096 for part in parts)
    assert "".join(parts) == "🤗" * 5000


@given(st.text(min_size=1, max_size=12_000), st.integers(min_value=2, max_value=4096))
def test_every_part_fits_and_no_word_is_lost(text: str, limit: int) -> None:
    parts = split_message(text, limit)
    assert parts
    assert all(telegram_length(part) <= limit for part in parts)
    assert "".join(text.split()) == "".join("".join(parts).split())


@given(
    st.text(st.characters(codec=None, categories=None), max_size=2100)
    | st.sampled_from(["", " ", "\n\n", "\ud83e", "🤗" * 2048, "🤗" * 2047 + "ab", "x" * 4096])
)
def test_a_text_that_fits_is_split_as_the_shared_splitter_splits_it(text: str) -> None:
    """`split_message` skips the splitter for a text that fits; the result must not differ (lone
    surrogates included: they count one unit, as `utf16_units` counts them)."""
    assert split_message(text) == split_text(text, MAX_MESSAGE_LENGTH, utf16_units)
    assert telegram_length(text) == sum(utf16_units(character) for character in text)
