"""Check-in: five quick questions, answered by button or typed digit, a gentle reading, one
practice to try and the trend since last time; private, solo-friendly and restart-safe."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot.engine import kinds
from bot.engine.flows.checkin import QUESTION_KEYS, parse_score
from storage.models import Entry
from tests.support.couples import couple, restart
from tests.support.exports import export_of
from tests.support.world import Person, World, shared_prompts, texts


def checkins(world: World) -> list[Entry]:
    return list(
        world.db.transaction(
            lambda s: s.exec(
                select(Entry).where(Entry.kind == kinds.CHECKIN).order_by(Entry.id)  # type: ignore[arg-type]
            ).all()
        )
    )


async def answer_all(person: Person, scores: list[int]) -> str:
    """Tap each score; returns the text of the final reading."""
    replies = await person.says("/checkin")
    for score in scores:
        replies = await person.taps(str(score))
    return texts(replies)


async def test_checkin_asks_five_questions_with_buttons_one_to_five(world: World) -> None:
    alex, _sam = await couple(world)
    replies = await alex.says("/checkin")
    assert "only you see them" in texts(replies)
    assert "(1/5)" in texts(replies)
    assert [label for label, _ in alex.last_buttons] == [
        "1 · mostly logistics",
        "2",
        "3",
        "4",
        "5 · we really talk",
        "Never mind",
    ]
    seen = []
    for number in range(1, 5):
        replies = await alex.taps("3")
        seen.append(texts(replies))
        assert f"({number + 1}/5)" in texts(replies)
    assert len(set(seen)) == 4  # a different question each time


async def test_finished_checkin_is_stored_with_scores_and_total(world: World) -> None:
    alex, sam = await couple(world)
    reading = await answer_all(alex, [4, 2, 3, 5, 4])
    assert "18 out of 25" in reading
    [entry] = checkins(world)
    assert entry.data == {"scores": [4, 2, 3, 5, 4], "total": 18}
    assert entry.recipient_id is None
    assert sam.inbox() == []  # a check-in is private


async def test_a_typed_digit_works_as_well_as_a_button(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/checkin")
    for typed in ("5", "4/5", "three", "2 - could be better", " 1 "):
        replies = await alex.says(typed)
    assert "15 out of 25" in texts(replies)
    assert checkins(world)[0].data["scores"] == [5, 4, 3, 2, 1]


async def test_anything_but_a_score_gets_a_kind_nudge_and_the_same_question(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/checkin")
    for not_a_score in ("I don't know", "7", "0", "12", "3.5"):
        replies = await alex.says(not_a_score)
        assert "number from 1 to 5" in texts(replies)
        assert "(1/5)" in texts(replies)
    assert checkins(world) == []


@pytest.mark.parametrize(
    ("typed", "score"),
    [
        ("1", 1),
        ("5", 5),
        ("4/5", 4),
        ("3 out of 5", 3),
        ("Four.", 4),
        ("2!", 2),
        ("٤", 4),
        ("٣/٥", 3),
    ],
)
def test_parse_score_reads_what_people_type(typed: str, score: int) -> None:
    assert parse_score(shared_prompts(), typed) == score


@pytest.mark.parametrize("typed", ["", "6", "0", "10", "3.5", "many", "-2", "15"])
def test_parse_score_refuses_what_is_not_one_to_five(typed: str) -> None:
    assert parse_score(shared_prompts(), typed) is None


async def test_a_double_tap_counts_once_and_asks_the_current_question(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/checkin")
    first_question = alex.last_buttons
    await alex.taps("4")
    replies = await alex.presses(first_question[2][1])  # the same question's "3" again
    assert "Got that one already" in texts(replies)
    assert "(2/5)" in texts(replies)
    for _ in range(4):
        replies = await alex.taps("5")
    assert checkins(world)[0].data["scores"] == [4, 5, 5, 5, 5]


async def test_a_button_from_a_finished_checkin_is_stale(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/checkin")
    old = alex.last_buttons
    for _ in range(5):
        await alex.taps("3")
    replies = await alex.presses(old[0][1])
    assert "earlier check-in" in texts(replies)
    assert len(checkins(world)) == 1


async def test_made_up_checkin_buttons_get_a_kind_answer(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/checkin")
    for payload in (
        "checkin:score",
        "checkin:score:1:9",
        "checkin:score:x:y",
        "checkin:nope:1:1",
        "checkin:score:4:2",
    ):
        assert texts(await alex.presses(payload))
    assert checkins(world) == []


async def test_the_reading_suggests_the_practice_for_the_lowest_sign(world: World) -> None:
    alex, _sam = await couple(world)
    expected = {0: "/dream", 1: "/together", 2: "/hug", 3: "/talk", 4: "/listen"}
    for lowest, command in expected.items():
        scores = [4] * 5
        scores[lowest] = 1
        reading = await answer_all(alex, scores)
        assert f"One thing to try: {command}" in reading


async def test_all_good_scores_suggest_naming_what_is_good(world: World) -> None:
    alex, _sam = await couple(world)
    reading = await answer_all(alex, [5, 4, 5, 4, 5])
    assert "/appreciate" in reading and "23 out of 25" in reading
    assert "warm place" in reading


async def test_low_scores_get_a_gentle_not_clinical_reading(world: World) -> None:
    alex, _sam = await couple(world)
    reading = await answer_all(alex, [1, 2, 1, 2, 1])
    assert "far apart" in reading and "7 out of 25" in reading
    for clinical in ("disorder", "symptom", "diagnos", "fail", "score is bad"):
        assert clinical not in reading.lower()


async def test_the_trend_compares_with_my_last_checkin(world: World) -> None:
    alex, sam = await couple(world)
    first = await answer_all(alex, [2, 2, 2, 2, 2])
    assert "first check-in" in first
    await answer_all(sam, [5, 5, 5, 5, 5])  # the partner's check-in is not my trend
    world.clock.advance(days=7)
    better = await answer_all(alex, [3, 3, 3, 3, 3])
    assert "up from 10 last time" in better
    world.clock.advance(days=7)
    worse = await answer_all(alex, [2, 3, 2, 3, 2])
    assert "down from 15 last time" in worse
    same = await answer_all(alex, [2, 3, 2, 3, 2])
    assert "same as last time" in same.lower()


async def test_each_reading_offers_a_reflection_without_repeats(world: World) -> None:
    alex, _sam = await couple(world)
    deck = set(shared_prompts().deck("checkin_reflections").items)
    seen = []
    for _ in range(4):
        reading = await answer_all(alex, [3, 3, 3, 3, 3])
        line = next(part for part in reading.split("\n\n") if part.startswith("Something to sit"))
        seen.append(line.removeprefix("Something to sit with: "))
    assert all(item in deck for item in seen)
    assert len(set(seen)) == 4


async def test_a_solo_person_can_check_in_and_lonely_suggests_talk(world: World) -> None:
    kim = world.person("Kim")
    reading = await answer_all(kim, [4, 4, 4, 4, 1])
    assert "/talk" in reading and "/listen" not in reading
    [entry] = checkins(world)
    assert entry.couple_id is None and entry.data["total"] == 17


async def test_a_checkin_survives_a_restart_halfway(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/checkin")
    await alex.taps("2")
    await alex.taps("3")
    world = restart(world, alex)
    replies = await alex.says("4")
    assert "(4/5)" in texts(replies)
    await alex.taps("5")
    reading = texts(await alex.taps("1"))
    assert "15 out of 25" in reading
    assert checkins(world)[0].data["scores"] == [2, 3, 4, 5, 1]


async def test_checkin_from_the_shared_space_continues_privately(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/start")
    replies = await alex.says("/checkin", group="g-us")
    assert "sent you something privately" in texts(replies)
    assert "(1/5)" not in texts(replies)
    assert "(1/5)" in texts(alex.inbox())
    assert sam.inbox() == []


async def test_a_command_in_the_middle_of_a_checkin_works_and_closes_it(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/checkin")
    assert "/checkin" in texts(await alex.says("/help"))
    assert "(2/5)" not in texts(await alex.says("3"))  # no longer taken as an answer
    assert "(1/5)" in texts(await alex.says("/checkin"))


def test_every_question_has_words() -> None:
    prompts = shared_prompts()
    assert len(QUESTION_KEYS) == 5
    for key in QUESTION_KEYS:
        assert prompts.say(key)


async def test_a_number_typed_in_the_shared_space_is_not_taken_as_an_answer(
    world: World,
) -> None:
    alex, _sam = await couple(world)
    await alex.says("/checkin")
    replies = await alex.says("2", group="g-us")
    assert "waiting for your answer in our private chat" in texts(replies)
    assert "(1/5)" not in texts(replies)
    assert "(2/5)" in texts(await alex.says("4"))  # the private chat carries on at question 1
    for _ in range(4):
        await alex.taps("4")
    assert checkins(world)[0].data["scores"] == [4, 4, 4, 4, 4]


def notes(world: World) -> list[Entry]:
    return list(
        world.db.transaction(
            lambda s: s.exec(select(Entry).where(Entry.kind == kinds.CHECKIN_NOTE)).all()
        )
    )


async def test_every_question_says_what_one_and_five_mean(world: World) -> None:
    alex, _sam = await couple(world)
    prompts = shared_prompts()
    await alex.says("/checkin")
    ends = []
    for number in range(1, 6):
        labels = [label for label, _ in alex.last_buttons if label != "Never mind"]
        assert labels[0] == f"1 · {prompts.say(f'checkin.q{number}_low')}"
        assert labels[-1] == f"5 · {prompts.say(f'checkin.q{number}_high')}"
        assert labels[1:4] == ["2", "3", "4"]
        ends.append((labels[0], labels[-1]))
        await alex.taps("3")
    assert len(set(ends)) == 5  # each question has its own ends
    assert checkins(world)[0].data["scores"] == [3, 3, 3, 3, 3]


async def test_a_sentence_typed_during_the_checkin_is_kept_and_the_question_asked_again(
    world: World,
) -> None:
    alex, sam = await couple(world)
    await alex.says("/checkin")
    await alex.taps("2")
    said = "Honestly we barely talk since the baby came, and I miss us."
    replies = await alex.says(said)
    assert "kept it with your check-in, just for you" in texts(replies)
    assert "number from 1 to 5" not in texts(replies)
    assert "(2/5)" in texts(replies)  # the same question, asked again
    [note] = notes(world)
    assert (note.body, note.recipient_id, note.data) == (said, None, {"question": 2})
    assert sam.inbox() == []
    for _ in range(4):
        await alex.taps("4")
    assert checkins(world)[0].data["scores"] == [2, 4, 4, 4, 4]
    document = await export_of(alex)
    assert said in str(document)
    assert said not in str(await export_of(sam))


async def test_forget_removes_the_checkin_notes(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/checkin")
    await alex.says("we had a big fight last night and I can't think straight")
    await alex.says("/forget")
    assert "gone" in texts(await alex.taps("delete it all"))
    assert notes(world) == []


@pytest.mark.parametrize(
    "typed", ["I feel so lonely lately", "ugh, it's complicated with work", "כן, אני מתגעגעת אליו"]
)
async def test_sentences_in_any_words_are_notes_and_short_answers_are_not(
    world: World, typed: str
) -> None:
    alex, _sam = await couple(world)
    await alex.says("/checkin")
    for not_a_note in ("ok", "hmm", "7", "❤️", "3.5"):
        assert "number from 1 to 5" in texts(await alex.says(not_a_note))
    assert "just for you" in texts(await alex.says(typed))
    assert [note.body for note in notes(world)] == [typed]
