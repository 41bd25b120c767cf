"""`/checkin`: five quick 1–5 questions on the signs of drifting apart, a gentle reading, one
practice to try, and how it compares with the person's last check-in.

Answers are private. The scores gathered so far live in `pending`, so a restart mid-way loses
nothing; the finished check-in is an `Entry` (kind `checkin`, data `{"scores", "total"}`) that
the person's trend and the couple's progress report read. A sentence typed instead of a number
is the person's own words: it is kept as a private note (`checkin_note`, exported and forgotten
like every entry) and the question is asked again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.engine import gentle_support, kinds
from bot.engine.decks import draw
from bot.engine.events import Button
from bot.engine.flow import Command, Flow, is_id
from bot.engine.shared_space import answered_in_shared_space, private_chat_ready
from bot.engine.text import ascii_digits
from bot.engine.turn import ButtonRows, Turn
from bot.engine.typed_words import words
from bot.engine.waiting import never_mind
from prompts import Prompts
from storage.models import Pending

QUESTIONS = 5
LOWEST, HIGHEST = 1, 5
#: Every question's message key, in order; each asks about one sign of drifting apart, worded so
#: that 5 means "close" (surface-level talk, together but apart, missing intimacy, avoided
#: conversations, lonely together).
QUESTION_KEYS = ("checkin.q1", "checkin.q2", "checkin.q3", "checkin.q4", "checkin.q5")
#: What 1 and 5 mean for each question, shown on its first and last button.
SCALE_KEYS = tuple((f"{key}_low", f"{key}_high") for key in QUESTION_KEYS)
#: Typed text with at least this many words (or characters) is a sentence worth keeping.
NOTE_FROM_WORDS, NOTE_FROM_CHARACTERS = 4, 25
#: The practice to suggest when a question scores lowest, by question.
SUGGESTIONS = (
    "checkin.suggest_talk_deeper",
    "checkin.suggest_together",
    "checkin.suggest_closeness",
    "checkin.suggest_hard_talks",
    "checkin.suggest_lonely",
)
#: A check-in this high all round gets an invitation to name what is good instead.
ALL_GOOD_FROM = 4
CLOSE_FROM, MIXED_FROM = 20, 14
REFLECTIONS = "checkin_reflections"

_LEADING_SCORE = re.compile(r"^\s*([1-5])(?:\s*/\s*5)?(?![0-9.,/])")


def parse_score(prompts: Prompts, text: str) -> int | None:
    """A typed answer: "4", "4/5", "3 out of 5", "4 - pretty good", "four" (the number words are
    the language's own, `rules/words.toml`); `None` when it is not 1–5."""
    text = ascii_digits(text)
    match = _LEADING_SCORE.match(text)
    if match:
        return int(match.group(1))
    first_word = text.strip().split(maxsplit=1)[0].casefold().strip(".!,") if text.strip() else ""
    numbers = words(prompts, "checkin", "numbers")
    return numbers.index(first_word) + 1 if first_word in numbers else None


class CheckinFlow(Flow):
    name = "checkin"

    def commands(self) -> list[Command]:
        return [Command("checkin", self.start, "help.checkin", parameters=())]

    def start(self, turn: Turn, argument: str) -> None:
        if not private_chat_ready(turn):
            return
        turn.reply("checkin.intro")
        self._ask(turn, [])

    def _ask(self, turn: Turn, scores: list[int]) -> None:
        number = len(scores) + 1
        turn.expect(self.name, f"q{number}", {"scores": scores})
        scale = _scale(turn, number, lambda score: self.payload("score", f"{number}:{score}"))
        if number == 1:
            scale = (*scale, (never_mind(turn),))
        question = turn.say(QUESTION_KEYS[number - 1])
        turn.reply("checkin.question", number=number, question=question, buttons=scale)

    # -- answers -----------------------------------------------------------------------------

    def on_text(self, turn: Turn, pending: Pending, text: str) -> None:
        if answered_in_shared_space(turn):
            return
        scores = _scores_of(pending)
        if scores is None:
            turn.done()
            turn.reply("checkin.stale")
            return
        score = parse_score(turn.prompts, text)
        if score is None and is_a_sentence(text):
            # Their own words, said while thinking about us: kept for them, never dropped.
            turn.store.record_entry(
                turn.person, kinds.CHECKIN_NOTE, text, turn.now, data={"question": len(scores) + 1}
            )
            turn.reply("checkin.note_kept")
            self._ask(turn, scores)
            return
        if score is None:
            turn.reply("checkin.need_number")
            self._ask(turn, scores)
            return
        self._record(turn, scores, score)

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        number_text, _, score_text = argument.partition(":")
        pending = turn.store.pending(turn.person_id)
        scores = _scores_of(pending) if pending is not None and pending.flow == self.name else None
        if action != "score" or not (is_id(number_text) and is_id(score_text)):
            turn.reply("common.stale_button")
            return
        number, score = int(number_text), int(score_text)
        if scores is None or not LOWEST <= score <= HIGHEST or number > len(scores) + 1:
            turn.reply("checkin.stale")
            return
        if number <= len(scores):  # a double tap, or a tap on an earlier question
            turn.reply("checkin.already_counted")
            self._ask(turn, scores)
            return
        self._record(turn, scores, score)

    def _record(self, turn: Turn, scores: list[int], score: int) -> None:
        scores = [*scores, score]
        if len(scores) < QUESTIONS:
            self._ask(turn, scores)
        else:
            self._finish(turn, scores)

    # -- the reading ---------------------------------------------------------------------------

    def _finish(self, turn: Turn, scores: list[int]) -> None:
        turn.done()
        previous = turn.store.latest_entry_data(turn.person_id, kinds.CHECKIN, 1)
        total = sum(scores)
        turn.store.record_entry(
            turn.person, kinds.CHECKIN, "", turn.now, data={"scores": scores, "total": total}
        )
        parts = [
            self._reading(turn, total),
            self._trend(turn, total, previous_total(previous[0] if previous else None)),
        ]
        parts.append(turn.say(self._suggestion(turn, scores)))
        support = gentle_support.after_checkin(turn)  # low for a while, or a sharp fall
        if support is not None:
            parts.append(support)
        _index, reflection = draw(turn, REFLECTIONS)
        parts.append(turn.say("checkin.reflection", reflection=reflection))
        turn.reply_text("\n\n".join(parts))

    @staticmethod
    def _reading(turn: Turn, total: int) -> str:
        if total >= CLOSE_FROM:
            return turn.say("checkin.reading_close", total=total)
        if total >= MIXED_FROM:
            return turn.say("checkin.reading_mixed", total=total)
        return turn.say("checkin.reading_far", total=total)

    @staticmethod
    def _trend(turn: Turn, total: int, previous: int | None) -> str:
        if previous is None:
            return turn.say("checkin.trend_first")
        if total > previous:
            return turn.say("checkin.trend_up", previous=previous)
        if total < previous:
            return turn.say("checkin.trend_down", previous=previous)
        return turn.say("checkin.trend_same")

    @staticmethod
    def _suggestion(turn: Turn, scores: list[int]) -> str:
        """The practice for the sign that scored lowest (the first, on a tie)."""
        lowest = min(scores)
        if lowest >= ALL_GOOD_FROM:
            return "checkin.suggest_appreciate"
        key = SUGGESTIONS[scores.index(lowest)]
        if key == "checkin.suggest_lonely" and turn.partner is None:
            return "checkin.suggest_lonely_solo"  # listening needs two
        return key


def is_a_sentence(text: str) -> bool:
    """Words someone typed to say something (not a stray "7" or "ok"): worth keeping as a note."""
    stripped = text.strip()
    if not any(character.isalpha() for character in stripped):
        return False
    return len(stripped.split()) >= NOTE_FROM_WORDS or len(stripped) >= NOTE_FROM_CHARACTERS


def _scale(turn: Turn, number: int, payload: Callable[[int], str]) -> ButtonRows:
    """The 1–5 buttons read as a scale: 1 and 5 say what they mean for this question."""
    low_key, high_key = SCALE_KEYS[number - 1]
    low = Button(
        turn.say("checkin.scale_end", score=LOWEST, meaning=turn.say(low_key)), payload(LOWEST)
    )
    high = Button(
        turn.say("checkin.scale_end", score=HIGHEST, meaning=turn.say(high_key)), payload(HIGHEST)
    )
    middle = (Button(str(score), payload(score)) for score in range(LOWEST + 1, HIGHEST))
    return ((low,), tuple(middle), (high,))


def previous_total(data: dict[str, Any] | None) -> int | None:
    """The total of an earlier check-in entry (its `data`), tolerating rows written by older
    versions."""
    if not data:
        return None
    total = data.get("total")
    if isinstance(total, int):
        return total
    scores = data.get("scores")
    if isinstance(scores, list) and all(isinstance(score, int) for score in scores):
        return sum(scores)
    return None


def _scores_of(pending: Pending | None) -> list[int] | None:
    """The scores gathered so far, or `None` if the stored state is not a check-in in progress."""
    if pending is None:
        return None
    scores = pending.data.get("scores")
    if not isinstance(scores, list) or len(scores) >= QUESTIONS:
        return None
    if not all(isinstance(score, int) and LOWEST <= score <= HIGHEST for score in scores):
        return None
    return list(scores)
