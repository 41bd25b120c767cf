"""Reading a day and a time for date night from what people type: "friday", "fri 7:30pm",
"next friday at 19:00", "tomorrow 8pm". The day words are data (`date.day_words.*` in
`prompts/<lang>/dates.toml`); times are read as `/quiet` reads them.

A date night is weekly, so "next friday" and "this friday" both mean Fridays; "today" and
"tomorrow" become the weekday they fall on in the person's own zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.engine.text import ascii_digits
from bot.engine.typed_words import words as words_of
from bot.engine.zones import parse_clock
from prompts import Prompts

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TOKEN = re.compile(r"\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|[^\W\d_]+", re.IGNORECASE)


@dataclass(frozen=True)
class DayAndTime:
    """What was understood; either part may be missing."""

    weekday: int | None
    minute: int | None


def _phrases(prompts: Prompts, key: str) -> list[list[str]]:
    text = prompts.say(f"date.day_words.{key}")
    return [phrase.split() for phrase in text.casefold().split(",") if phrase.strip()]


def weekday_of_word(prompts: Prompts, word: str) -> int | None:
    """The weekday (Monday = 0) one typed word names in this language ("fri", "viernes")."""
    folded = word.casefold()
    for number, name in enumerate(WEEKDAY_NAMES):
        if [folded] in _phrases(prompts, name):
            return number
    return None


def _clock(token: str) -> int | None:
    cleaned = token.casefold().replace(".", ":").replace("h", ":").replace("a:m:", "am")
    cleaned = cleaned.replace("p:m:", "pm").replace(" ", "")
    return parse_clock(cleaned)


def read_day_and_time(prompts: Prompts, text: str, local_now: datetime) -> DayAndTime:
    """The weekday (Monday = 0) and minute of day in `text`, as far as they can be read."""
    tokens = [token.strip() for token in _TOKEN.findall(ascii_digits(text).casefold()[:200])]
    words = [token for token in tokens if token.isalpha()]
    weekday: int | None = None
    for number, name in enumerate(WEEKDAY_NAMES):
        if any(_found(words, phrase) for phrase in _phrases(prompts, name)):
            weekday = number
            break
    if weekday is None:
        for key, ahead in (("today", 0), ("tomorrow", 1)):
            if any(_found(words, phrase) for phrase in _phrases(prompts, key)):
                weekday = (local_now + timedelta(days=ahead)).weekday()
                break
    found = [
        (t, m) for t, m in ((t, _clock(t)) for t in tokens if not t.isalpha()) if m is not None
    ]
    minute = found[0][1] if found else None
    if minute is not None and _in_the_evening(prompts, words, found[0][0], minute):
        minute += 12 * 60
    return DayAndTime(weekday, minute)


def _in_the_evening(prompts: Prompts, words: list[str], token: str, minute: int) -> bool:
    """Whether an hour from 1 to 11 without am/pm is said to be after noon ("8 in the evening",
    "a las 8 de la noche"): the language's `clock.after_noon` words (`rules/words.toml`)."""
    if not 60 <= minute < 12 * 60 or any(mark in token for mark in ("am", "pm", "a:m", "p:m")):
        return False
    return any(_found(words, phrase.split()) for phrase in words_of(prompts, "clock", "after_noon"))


def _found(words: list[str], phrase: list[str]) -> bool:
    return any(words[i : i + len(phrase)] == phrase for i in range(len(words)))
