"""`/unpair` keeps its promise: each keeps what they wrote and the ideas they added."""

from __future__ import annotations

from tests.support.couples import couple, invite_code
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
