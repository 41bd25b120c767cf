"""The stress-reducing conversation (`/stress`): one asks, the other is ready or not; a timed
turn each, switched halfway by a timer (or early by a button), with listening tips for the one
listening; nothing either says passes through the bot."""

from __future__ import annotations

from sqlmodel import select

from bot.engine import kinds
from bot.engine.flows.stress import TURN_MINUTES
from storage.models import Entry, Identity
from tests.support.couples import button, couple, restart
from tests.support.world import World, texts


def talks(world: World) -> list[Entry]:
    return list(
        world.db.transaction(
            lambda s: s.exec(select(Entry).where(Entry.kind == kinds.STRESS_TALK)).all()
        )
    )


async def tick(world: World, minutes: float) -> None:
    world.clock.advance(minutes=minutes)
    await world.engine.fire_due_timers()


async def test_a_timed_turn_each_switched_halfway(world: World) -> None:
    alex, sam = await couple(world)
    intro = texts(await alex.says("/stress"))
    assert "outside the two of you" in intro and f"about {TURN_MINUTES} minutes" in intro
    assert "I've asked Sam" in texts(await alex.taps("I'll talk first"))
    invitation = sam.inbox()
    assert "Alex would like a stress-reducing conversation" in texts(invitation)
    assert "Alex talks first" in texts(invitation)

    await sam.presses(button(invitation, "Ready now"))
    to_alex, to_sam = texts(alex.inbox()), texts(sam.inbox())
    assert "your turn to talk" in to_alex
    assert "Take their side" in to_sam and "No fixing" in to_sam and "you could ask:" in to_sam
    assert talks(world)[0].data["state"] == "first"

    await tick(world, TURN_MINUTES - 1)
    assert alex.inbox() == [] and sam.inbox() == []  # not yet halfway
    await tick(world, 1)
    to_alex, to_sam = texts(alex.inbox()), texts(sam.inbox())
    assert "Time to switch" in to_alex and "you listen" in to_alex and "you could ask:" in to_alex
    assert "Time to switch" in to_sam and "your turn to talk" in to_sam
    assert talks(world)[0].data["state"] == "second"

    await tick(world, TURN_MINUTES)
    assert "That's both of you" in texts(alex.inbox())
    assert "That's both of you" in texts(sam.inbox())
    assert talks(world)[0].data["state"] == "done"
    await tick(world, TURN_MINUTES)
    assert alex.inbox() == [] and sam.inbox() == []  # nothing more, ever


async def test_switching_early_leaves_the_old_timer_with_nothing_to_do(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/stress")
    await alex.taps("Sam first")
    invitation = sam.inbox()
    assert "You talk first" in texts(invitation)
    await sam.presses(button(invitation, "Ready now"))
    assert "your turn to talk" in texts(sam.inbox())
    controls = alex.inbox()
    await tick(world, 5)
    await alex.presses(button(controls, "Switch now"))
    assert "your turn to talk" in texts(alex.inbox())
    sam.inbox()
    await tick(world, TURN_MINUTES - 5)  # the first timer fires: already switched
    assert alex.inbox() == [] and sam.inbox() == []
    await tick(world, 5)  # the second turn's own timer
    assert "That's both of you" in texts(sam.inbox())


async def test_either_can_stop_and_a_not_now_is_passed_on_kindly(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/stress")
    await alex.taps("I'll talk first")
    invitation = sam.inbox()
    declined = await sam.presses(button(invitation, "Not right now"))
    assert "not a good moment" in texts(declined)
    assert "Sam can't right now" in texts(alex.inbox())
    assert "isn't going on" in texts(await sam.presses(button(invitation, "Ready now")))

    await alex.says("/stress")
    await alex.taps("I'll talk first")
    await sam.presses(button(sam.inbox(), "Ready now"))
    controls = sam.inbox()
    alex.inbox()
    assert "Stopped here" in texts(await sam.presses(button(controls, "We're done")))
    assert "Sam ended the conversation" in texts(alex.inbox())
    await tick(world, TURN_MINUTES * 3)
    assert alex.inbox() == [] and sam.inbox() == []


async def test_only_the_one_invited_answers_and_only_the_couple_controls(world: World) -> None:
    alex, sam = await couple(world)
    kim, lee = await couple(world, "Kim", "Lee")
    await alex.says("/stress")
    await alex.taps("I'll talk first")
    invitation = sam.inbox()
    [talk] = talks(world)
    assert "isn't going on" in texts(await alex.presses(button(invitation, "Ready now")))
    for payload in (
        f"stress:ready:{talk.id}",
        f"stress:switch:{talk.id}",
        f"stress:stop:{talk.id}",
    ):
        assert "isn't going on" in texts(await kim.presses(payload))
    for payload in (
        "stress",
        "stress:invite",
        "stress:invite:nobody",
        "stress:ready:abc",
        "stress:ready:²",
        "stress:switch:99999",
        "stress:whatever:1",
    ):
        assert texts(await alex.presses(payload)), payload
    assert talks(world)[0].data["state"] == "invited"
    assert kim.inbox() == [] and lee.inbox() == [] and alex.inbox() == []


async def test_stress_needs_a_reachable_partner(world: World) -> None:
    kim = world.person("Kim")
    assert "once your partner joins" in texts(await kim.says("/stress"))
    assert "once your partner joins" in texts(await kim.presses("stress:invite:me"))
    assert talks(world) == []

    alex, _sam = await couple(world)

    def unreachable(session) -> None:  # type: ignore[no-untyped-def]
        for identity in session.exec(select(Identity)).all():
            if identity.platform_user_id == "u-sam":
                identity.reachable = False

    world.db.transaction(unreachable)
    assert "can't reach Sam privately" in texts(await alex.says("/stress"))


async def test_the_turns_carry_on_across_a_restart_and_stop_after_unpairing(
    world: World,
) -> None:
    alex, sam = await couple(world)
    await alex.says("/stress", group="g-us")  # in a shared space, the choice comes privately
    assert "Who talks first" in texts(alex.inbox())
    await alex.presses("stress:invite:me")
    await sam.presses(button(sam.inbox(), "Ready now"))
    alex.inbox(), sam.inbox()
    world = restart(world, alex, sam)
    await tick(world, TURN_MINUTES)
    assert "Time to switch" in texts(alex.inbox())
    sam.inbox()
    await alex.says("/unpair")
    await alex.taps("yes")
    sam.inbox()
    await tick(world, TURN_MINUTES)
    assert "That's both of you" not in texts(alex.inbox() + sam.inbox())


async def test_forget_removes_the_conversation_and_its_timer_does_nothing(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/stress")
    await alex.taps("I'll talk first")
    await sam.presses(button(sam.inbox(), "Ready now"))
    await alex.says("/forget")
    await alex.taps("delete it all")
    assert talks(world) == []
    sam.inbox()
    await tick(world, TURN_MINUTES)
    assert sam.inbox() == []
