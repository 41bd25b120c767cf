"""`/unpair`: asked first, can be cancelled, explained when not paired, old buttons do nothing, and
it keeps its promise: each keeps what they wrote and the ideas they added (what the partner is
told is in test_silent_exit.py)."""

from __future__ import annotations

from tests.support.couples import code_of, couple, invite_code
from tests.support.world import World, texts


async def test_each_keeps_their_own_ideas_after_unpairing_and_they_return_on_pairing_again(
    world: World,
) -> None:
    alex, sam = await couple(world)
    await alex.says("/idea add ALEX-POTTERY")
    await sam.says("/idea add SAM-NIGHT-SWIM")
    await alex.says("/date")
    await alex.taps("Friday")
    await alex.taps("19:00")

    promise = texts(await alex.says("/unpair"))
    assert "ideas" in promise and "date-night plan" in promise
    await alex.taps("yes, unpair")

    alex_list, sam_list = texts(await alex.says("/idea list")), texts(await sam.says("/idea list"))
    assert "ALEX-POTTERY" in alex_list and "SAM-NIGHT-SWIM" not in alex_list
    assert "SAM-NIGHT-SWIM" in sam_list and "ALEX-POTTERY" not in sam_list

    await alex.says(f"/pair {invite_code(await sam.says('/pair'))}")
    together = texts(await sam.says("/idea list"))
    assert "ALEX-POTTERY" in together and "SAM-NIGHT-SWIM" in together


async def test_pairing_again_brings_back_what_the_two_did_together(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/appreciate OUR-FIRST-THANKS")
    await alex.says("/unpair")
    await alex.taps("yes, unpair")
    welcome = await sam.says(f"/pair {invite_code(await alex.says('/pair'))}")
    assert "Welcome back, you two" in texts(welcome)
    assert "Welcome back, you two" in texts(alex.inbox())
    assert "OUR-FIRST-THANKS" in texts(await sam.says("/journal"))
    world.clock.advance(minutes=1)
    assert "Nothing is logged yet" not in texts(await alex.says("/progress"))


async def test_unpair_asks_first_and_both_keep_their_entries(world: World) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    code = await code_of(world, "Alex")
    await sam.says(f"/pair {code}")
    alex.inbox()
    replies = await alex.says("/unpair")
    assert "End your connection with Sam?" in texts(replies)
    assert "Partner: Sam" in texts(await alex.says("/settings"))  # nothing changed yet
    await alex.taps("yes")
    assert "no longer connected" in texts(await alex.says("/settings")) or "not paired" in texts(
        await alex.says("/settings")
    )
    assert "Your Nearer connection has ended" in texts(sam.inbox())
    assert "not paired yet" in texts(await sam.says("/settings"))


async def test_unpair_can_be_cancelled(world: World) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    await sam.says(f"/pair {await code_of(world, 'Alex')}")
    await alex.says("/unpair")
    assert "nothing changed" in texts(await alex.taps("never mind"))
    assert "Partner: Sam" in texts(await alex.says("/settings"))


async def test_unpair_when_not_paired_explains(world: World) -> None:
    assert "not connected" in texts(await world.person("Alex").says("/unpair"))


async def test_a_stale_unpair_button_does_nothing(world: World) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    await sam.says(f"/pair {await code_of(world, 'Alex')}")
    await alex.says("/unpair")
    stale = alex.last_buttons
    await alex.taps("yes")
    await sam.says(f"/pair {await code_of(world, 'Alex')}")  # a new couple
    replies = await alex.presses(stale[0][1])
    assert "stale" in texts(replies)
    assert "Partner: Sam" in texts(await alex.says("/settings"))
