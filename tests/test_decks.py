"""Deck drawing: no repeats until a deck is exhausted, shared by a couple, kept per owner."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from sqlmodel import Session, select

from bot.engine import kinds
from bot.engine.decks import deck_owner, draw, item
from bot.engine.settings import EngineSettings
from bot.engine.turn import Turn
from storage.models import Person
from storage.store import Store
from tests.support.couples import couple
from tests.support.world import World, shared_prompts

T = TypeVar("T")
NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def in_turn(world: World, person: Person, work: Callable[[Turn], T]) -> T:
    """Run `work` inside one transaction, as a flow would."""

    def run(session: Session) -> T:
        turn = Turn(Store(session), shared_prompts(), EngineSettings(), NOW, person)
        return work(turn)

    return world.db.transaction(run)


def test_a_full_deck_is_drawn_without_a_single_repeat(world: World) -> None:
    couple = Person(id=1, couple_id=7, created_at=NOW)
    deck = shared_prompts().deck("dreams")
    rng = random.Random(3)
    drawn = [
        in_turn(world, couple, lambda t: draw(t, "dreams", rng=rng)[0]) for _ in range(len(deck))
    ]
    assert sorted(drawn) == sorted(entry.id for entry in deck.active)


def test_the_deck_reshuffles_after_it_is_exhausted_without_showing_the_last_item_again(
    world: World,
) -> None:
    person = Person(id=2, created_at=NOW)
    size = len(shared_prompts().deck("touch_ideas"))
    rng = random.Random(11)
    first_round = [
        in_turn(world, person, lambda t: draw(t, "touch_ideas", rng=rng)[0]) for _ in range(size)
    ]
    second_round = [
        in_turn(world, person, lambda t: draw(t, "touch_ideas", rng=rng)[0])
        for _ in range(size - 1)
    ]
    assert second_round[0] != first_round[-1]
    assert len(set(second_round)) == size - 1


def test_partners_share_one_position_so_neither_sees_what_the_other_already_saw(
    world: World,
) -> None:
    alex = Person(id=3, couple_id=9, created_at=NOW)
    sam = Person(id=4, couple_id=9, created_at=NOW)
    size = len(shared_prompts().deck("quality_time"))
    drawn = [
        in_turn(world, alex if n % 2 else sam, lambda t: draw(t, "quality_time")[0])
        for n in range(size)
    ]
    assert len(set(drawn)) == size


def test_a_solo_person_and_another_couple_have_their_own_positions(world: World) -> None:
    solo = Person(id=5, created_at=NOW)
    other = Person(id=6, couple_id=10, created_at=NOW)
    assert deck_owner(solo) == "p5" and deck_owner(other) == "c10"
    size = len(shared_prompts().deck("touch_ideas"))
    for _ in range(size):
        in_turn(world, solo, lambda t: draw(t, "touch_ideas"))
    seen_by_other = in_turn(world, other, lambda t: t.store.deck_seen("c10", "touch_ideas"))
    assert seen_by_other == []


def test_draw_returns_the_text_of_the_id_it_names(world: World) -> None:
    person = Person(id=8, created_at=NOW)
    item_id, text = in_turn(world, person, lambda t: draw(t, "new_experiences"))
    assert item_id.startswith("ne-")
    assert in_turn(world, person, lambda t: item(t, "new_experiences", item_id)) == text
    assert in_turn(world, person, lambda t: item(t, "new_experiences", "ne-999")) is None
    assert in_turn(world, person, lambda t: item(t, "new_experiences", 10_000)) is None


def test_an_old_button_carrying_a_position_still_names_the_item_it_showed(world: World) -> None:
    person = Person(id=9, created_at=NOW)
    assert in_turn(world, person, lambda t: item(t, "quality_time", "0")) == in_turn(
        world, person, lambda t: item(t, "quality_time", "qt-001")
    )


def test_positions_stored_before_ids_are_not_mistaken_for_items(world: World) -> None:
    person = Person(id=10, created_at=NOW)
    in_turn(world, person, lambda t: t.store.set_deck_seen("p10", "touch_ideas", [0, 1, 2]))
    item_id, _text = in_turn(world, person, lambda t: draw(t, "touch_ideas"))
    assert in_turn(world, person, lambda t: t.store.deck_seen("p10", "touch_ideas")) == [item_id]


def _record(world: World, name: str) -> Person:
    def find(session: Session) -> Person:
        return session.exec(select(Person).where(Person.display_name == name)).one()

    return world.db.transaction(find)


def _checkins(world: World, person: Person, totals: list[int]) -> None:
    for total in totals:
        in_turn(
            world,
            person,
            lambda t, total=total: t.store.add_entry(
                person, kinds.CHECKIN, "", NOW, data={"total": total}
            ),
        )


async def test_after_two_low_check_ins_tender_items_are_held_back_for_the_couple(
    world: World,
) -> None:
    await couple(world)
    alex, sam = _record(world, "Alex"), _record(world, "Sam")
    deck = shared_prompts().deck("dreams")
    tender = {entry.id for entry in deck.active if "tender" in entry.tags}
    assert tender
    _checkins(world, sam, [9, 10])  # the same "low" as gentle_support: two in a row <= 10
    drawn = {in_turn(world, alex, lambda t: draw(t, "dreams")[0]) for _ in range(len(deck) + 5)}
    assert drawn and not drawn & tender
    _checkins(world, sam, [18])  # easing again: every item is fair
    rng = random.Random(5)
    later = {
        in_turn(world, alex, lambda t: draw(t, "dreams", rng=rng)[0]) for _ in range(len(deck))
    }
    assert later & tender
