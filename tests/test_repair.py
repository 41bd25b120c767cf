"""Repair after a fight (`/repair`): a private kit of phrases, each sent in one tap exactly as
its button reads (a phrase with a blank is finished and shown back first), and the partner's
one-tap "I'm in" or "Not yet, but thank you"."""

from __future__ import annotations

from sqlmodel import select

from bot.engine import kinds
from storage.models import Entry, Identity
from tests.support.couples import button, couple, restart
from tests.support.world import World, texts


def attempts(world: World) -> list[Entry]:
    return list(
        world.db.transaction(
            lambda s: s.exec(select(Entry).where(Entry.kind == kinds.REPAIR)).all()
        )
    )


async def test_a_phrase_goes_in_one_tap_and_the_partner_answers_in_one(world: World) -> None:
    alex, sam = await couple(world)
    kit = await alex.says("/repair")
    assert "repair kit" in texts(kit) and "Nothing goes to Sam until you tap" in texts(kit)
    section = await alex.taps("Let's start again")
    labels = [b.label for r in section for row in r.buttons for b in row]
    assert "Can we start that over?" in labels and "Back to the kit" in labels
    assert "• Can we start that over?" in texts(section)  # whole, whatever a label shows
    assert sam.inbox() == []  # choosing a section sends nothing

    sent = await alex.taps("Can we start that over?")
    assert "Sent to Sam" in texts(sent) and "“Can we start that over?”" in texts(sent)
    to_sam = sam.inbox()
    assert "Alex sent you a repair attempt" in texts(to_sam)
    assert "“Can we start that over?”" in texts(to_sam)
    [attempt] = attempts(world)
    assert attempt.body == "Can we start that over?" and attempt.data["phrase"] == "rp-001"

    assert "isn't open anymore" in texts(await alex.presses(button(to_sam, "I'm in")))
    answered = await sam.presses(button(to_sam, "I'm in"))
    assert "told Alex you're in" in texts(answered)
    assert "answered: I'm in" in texts(alex.inbox())
    assert "already answered" in texts(await sam.presses(button(to_sam, "Not yet")))
    assert attempts(world)[0].data["reply"] == "in"
    assert alex.inbox() == []


async def test_a_phrase_with_a_blank_is_finished_and_shown_back_first(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/repair")
    await alex.taps("I'm sorry")
    ask = await alex.taps("My part in it was …")
    assert "Finish it in your own words" in texts(ask)
    assert sam.inbox() == []
    shown = await alex.says("snapping at you about the dishes.")
    assert "This goes to Sam" in texts(shown)
    assert "My part in it was snapping at you about the dishes." in texts(shown)
    assert sam.inbox() == []  # nothing until Send
    await alex.presses(next(b.payload for r in shown for row in r.buttons for b in row))
    to_sam = sam.inbox()
    assert "“My part in it was snapping at you about the dishes.”" in texts(to_sam)

    await sam.presses(button(to_sam, "Not yet"))
    assert "not yet, but thank you" in texts(alex.inbox())
    assert attempts(world)[0].data["reply"] == "not_yet"


async def test_typing_the_whole_sentence_is_not_doubled(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/repair")
    await alex.taps("I need a pause")
    await alex.taps("I'll come back at …")
    await alex.sends("I need twenty minutes to calm down; I'll come back at eight.")
    assert "“I need twenty minutes to calm down; I'll come back at eight.”" in texts(sam.inbox())


async def test_repair_needs_a_reachable_partner(world: World) -> None:
    kim = world.person("Kim")
    assert "once they've joined" in texts(await kim.says("/repair"))
    assert "I'm sorry" not in texts(await kim.presses("repair:section:sorry"))
    assert "once they've joined" in texts(await kim.presses("repair:say:rp-001"))
    assert attempts(world) == []

    alex, _sam = await couple(world)

    def unreachable(session) -> None:  # type: ignore[no-untyped-def]
        for identity in session.exec(select(Identity)).all():
            if identity.platform_user_id == "u-sam":
                identity.reachable = False

    world.db.transaction(unreachable)
    assert "can't reach Sam privately" in texts(await alex.says("/repair"))
    assert "can't reach Sam privately" in texts(await alex.presses("repair:say:rp-001"))
    assert attempts(world) == []


async def test_made_up_repair_buttons_send_nothing(world: World) -> None:
    alex, sam = await couple(world)
    kim, lee = await couple(world, "Kim", "Lee")
    await kim.says("/repair")
    await kim.taps("I appreciate you")
    await kim.taps("I love you, even when we argue.")
    [theirs] = attempts(world)
    lee.inbox()
    for payload in (
        "repair",
        "repair:say",
        "repair:say:rp-999",
        "repair:say:dr-001",  # an item of another deck
        "repair:say:../../x",
        "repair:section:nope",
        "repair:section:",
        "repair:reply",
        "repair:reply:abc:in",
        "repair:reply:²:in",
        f"repair:reply:{theirs.id}:maybe",
        f"repair:reply:{theirs.id}:in",  # Kim's attempt is for Lee, not for Alex
        "repair:whatever:1",
    ):
        assert texts(await alex.presses(payload)), payload
    assert sam.inbox() == [] and lee.inbox() == [] and kim.inbox() == []
    assert len(attempts(world)) == 1 and attempts(world)[0].data["reply"] is None


async def test_repair_from_the_shared_space_stays_private(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/start")
    replies = await alex.says("/repair", group="g-us")
    assert "sent you something privately" in texts(replies)
    assert "repair kit" in texts(alex.inbox())
    await alex.presses("repair:say:rp-016")  # "My part in it was …"
    typed = await alex.says("MY-PART", group="g-us")
    assert "private chat" in texts(typed) and "MY-PART" not in texts(typed)
    assert "MY-PART" not in texts(sam.inbox())
    assert attempts(world) == []


async def test_an_answer_button_still_works_after_a_restart(world: World) -> None:
    alex, sam = await couple(world)
    await alex.presses("repair:say:rp-036")
    world = restart(world, alex, sam)
    await sam.presses(button(sam.inbox(), "I'm in"))
    assert "answered: I'm in" in texts(alex.inbox())


async def test_forget_and_export_cover_repair_attempts(world: World) -> None:
    from tests.support.exports import export_of

    alex, sam = await couple(world)
    await alex.presses("repair:say:rp-001")
    await sam.presses(button(sam.inbox(), "I'm in"))
    alex.inbox()
    [written] = [e for e in (await export_of(alex))["written"] if e["what"] == "repair attempt"]
    assert written["text"] == "Can we start that over?" and written["reply"] == "in"
    assert written["shared_with"] == "Sam"
    [received] = [e for e in (await export_of(sam))["received"] if e["what"] == "repair attempt"]
    assert received["text"] == "Can we start that over?" and received["from"] == "Alex"

    await alex.presses("repair:say:rp-002")  # waits undelivered for Sam
    await alex.says("/forget")
    await alex.taps("delete it all")
    assert attempts(world) == []
    assert "more gently" not in texts(sam.inbox())


async def test_repair_attempts_count_towards_the_daily_cap(world: World) -> None:
    from tests.support.limits import DAILY_CAP

    world.settings.partner_messages_per_day = 2
    alex, sam = await couple(world)
    await alex.presses("repair:say:rp-001")
    await alex.presses("repair:say:rp-002")
    assert DAILY_CAP in texts(await alex.presses("repair:say:rp-003"))
    assert len(sam.inbox()) == 2 and len(attempts(world)) == 2


async def test_after_unpairing_old_repair_buttons_send_nothing(world: World) -> None:
    alex, sam = await couple(world)
    await alex.presses("repair:say:rp-001")
    to_sam = sam.inbox()
    await alex.says("/unpair")
    await alex.taps("yes")
    sam.inbox()
    assert "isn't open anymore" in texts(await sam.presses(button(to_sam, "I'm in")))
    assert "once they've joined" in texts(await alex.presses("repair:say:rp-002"))
    assert alex.inbox() == [] and sam.inbox() == []
    assert attempts(world)[0].data["reply"] is None and len(attempts(world)) == 1
