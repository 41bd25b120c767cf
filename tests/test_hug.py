"""The twenty-second hug: a timer, the message edited to celebrate, one count per hug."""

from __future__ import annotations

from sqlmodel import select

from bot.engine import kinds
from storage.models import Entry, Timer
from tests.support.couples import button, couple, restart
from tests.support.world import World, shared_prompts, texts


def hugs(world: World) -> list[Entry]:
    return list(
        world.db.transaction(lambda s: s.exec(select(Entry).where(Entry.kind == kinds.HUG)).all())
    )


async def test_the_hug_message_is_edited_after_twenty_seconds_and_counts_once(
    world: World,
) -> None:
    alex, sam = await couple(world)
    assert "twenty seconds" in texts(await alex.says("/hug"))
    [started] = await alex.taps("Start the hug")
    assert started.key is not None and "20 seconds" in started.text

    world.clock.advance(seconds=19)
    await world.engine.fire_due_timers()
    assert alex.inbox() == [] and sam.inbox() == []

    world.clock.advance(seconds=1)
    await world.engine.fire_due_timers()
    [edit] = alex.inbox()
    assert edit.edit_of == started.key and "20 seconds" in edit.text
    note = sam.inbox()
    assert "Alex just shared a 20-second hug" in texts(note)

    assert "Counted" in texts(await alex.presses(button([edit], "We hugged")))
    assert "already counted" in texts(await sam.presses(button(note, "We hugged")))
    [hug] = hugs(world)
    assert hug.couple_id is not None


async def test_a_timer_fires_once_even_if_the_sweep_runs_again(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/hug")
    await alex.taps("Start the hug")
    world.clock.advance(seconds=25)
    await world.engine.fire_due_timers()
    await world.engine.fire_due_timers()
    assert len(alex.inbox()) == 1


async def test_a_hug_started_before_a_restart_still_celebrates(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/hug")
    [started] = await alex.taps("Start the hug")
    world = restart(world, alex, sam)
    world.clock.advance(seconds=20)
    await world.engine.fire_due_timers()
    [edit] = alex.inbox()
    assert edit.edit_of == started.key
    await sam.presses(button(sam.inbox(), "We hugged"))
    assert len(hugs(world)) == 1


async def test_two_hugs_count_twice(world: World) -> None:
    alex, _sam = await couple(world)
    for _ in range(2):
        await alex.says("/hug")
        await alex.taps("Start the hug")
        world.clock.advance(seconds=21)
        await world.engine.fire_due_timers()
        await alex.presses(button(alex.inbox(), "We hugged"))
    assert len(hugs(world)) == 2


async def test_closeness_ideas_come_from_the_touch_deck_without_repeats(world: World) -> None:
    alex, _sam = await couple(world)
    await alex.says("/hug")
    shown = [texts(await alex.taps("Another way to be close")).splitlines()[-1]]
    for _ in range(4):
        shown.append(texts(await alex.taps("Another idea")).splitlines()[-1])
    assert len(set(shown)) == 5


async def test_a_solo_person_can_time_a_hug(world: World) -> None:
    kim = world.person("Kim")
    await kim.says("/hug")
    await kim.taps("Start the hug")
    world.clock.advance(seconds=20)
    await world.engine.fire_due_timers()
    await kim.presses(button(kim.inbox(), "We hugged"))
    [hug] = hugs(world)
    assert hug.couple_id is None


async def test_someone_elses_hug_button_does_not_count(world: World) -> None:
    alex, _sam = await couple(world)
    kim, _lee = await couple(world, "Kim", "Lee")
    await kim.says("/hug")
    await kim.taps("Start the hug")
    world.clock.advance(seconds=20)
    await world.engine.fire_due_timers()
    kims_button = button(kim.inbox(), "We hugged")
    assert "stale" in texts(await alex.presses(kims_button))
    assert "stale" in texts(await alex.presses("hug:hugged:not-a-hug"))
    assert hugs(world) == []


async def test_a_hug_in_a_shared_space_is_edited_there_and_the_partner_is_not_messaged(
    world: World,
) -> None:
    alex, sam = await couple(world)
    await alex.says("/couple setup", group="g-home")
    sam.inbox()
    await alex.says("/hug", group="g-home")
    [started] = await alex.presses("hug:start", group="g-home")
    assert started.address.chat_id == "g-home"
    world.clock.advance(seconds=20)
    await world.engine.fire_due_timers()
    [edit] = world.take_outbox("test", "g-home")
    assert edit.edit_of == started.key
    assert sam.inbox() == []
    await sam.presses(button([edit], "We hugged"), group="g-home")
    assert len(hugs(world)) == 1


async def test_a_hug_in_some_other_group_still_lets_the_partner_confirm_privately(
    world: World,
) -> None:
    alex, sam = await couple(world)
    await alex.presses("hug:start", group="g-friends")
    world.clock.advance(seconds=20)
    await world.engine.fire_due_timers()
    assert "Alex just shared" in texts(sam.inbox())


async def test_the_whole_touch_deck_is_seen_before_any_idea_repeats(world: World) -> None:
    alex, sam = await couple(world)
    deck = set(shared_prompts().deck("touch_ideas").items)
    shown: list[str] = []
    while len(shown) < len(deck):
        person = sam if len(shown) % 2 else alex  # the couple shares one deck position
        shown.append(texts(await person.presses("hug:idea")).splitlines()[-1])
    assert set(shown) == deck
    assert texts(await alex.presses("hug:idea")).splitlines()[-1] != shown[-1]


async def test_hug_says_closeness_is_only_for_when_both_feel_like_it(world: World) -> None:
    alex, _sam = await couple(world)
    assert "Only if you both feel like it" in texts(await alex.says("/hug"))


# -- one hug per press --------------------------------------------------------------------------


def timers(world: World) -> list[Timer]:
    return list(world.db.transaction(lambda s: s.exec(select(Timer)).all()))


async def test_start_the_hug_pressed_twice_starts_one_timer(world: World) -> None:
    alex, sam = await couple(world)
    hug = await alex.says("/hug")
    start = button(hug, "Start the hug")
    await alex.presses(start)
    world.clock.advance(seconds=2)
    again = texts(await alex.presses(start))
    assert "Already hugging" in again
    world.clock.advance(seconds=1)
    await sam.presses(start)  # the partner's tap on the same hug in a shared chat
    assert len(timers(world)) == 1
    world.clock.advance(seconds=30)
    await world.engine.fire_due_timers()
    assert texts(sam.inbox()).count("just shared a 20-second hug") == 1


async def test_after_a_hug_a_new_one_can_start(world: World) -> None:
    alex, _sam = await couple(world)
    start = button(await alex.says("/hug"), "Start the hug")
    await alex.presses(start)
    world.clock.advance(seconds=21)
    await world.engine.fire_due_timers()
    assert "Hugging now" in texts(await alex.presses(start))
    assert len(timers(world)) == 2


async def test_a_hug_timer_that_never_fired_does_not_block_the_next_hug(world: World) -> None:
    alex, _sam = await couple(world)
    start = button(await alex.says("/hug"), "Start the hug")
    await alex.presses(start)
    world.clock.advance(minutes=5)  # the heartbeat was down: the timer never fired
    assert "Hugging now" in texts(await alex.presses(start))
