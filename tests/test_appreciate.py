"""Appreciation: written once, shown back, delivered to the partner on Send, kept while solo
(reading them back with /journal is in test_journal.py)."""

from __future__ import annotations

from sqlmodel import select

from bot.engine import kinds
from storage.models import Entry
from tests.support.couples import couple, invite_code, restart
from tests.support.world import Person, World, send_button, texts


def appreciations(world: World) -> list[Entry]:
    return list(
        world.db.transaction(
            lambda s: s.exec(select(Entry).where(Entry.kind == kinds.APPRECIATION)).all()
        )
    )


async def test_partner_sees_an_inline_appreciation_right_away(world: World) -> None:
    alex, sam = await couple(world)
    replies = await alex.says("/appreciate the way you made soup when I was ill")
    assert "Sent to Sam" in texts(replies)
    delivered = sam.inbox()
    assert len(delivered) == 1
    assert "Alex appreciates you" in delivered[0].text
    assert "the way you made soup when I was ill" in delivered[0].text
    assert not delivered[0].silent
    [entry] = appreciations(world)
    assert entry.recipient_id is not None and entry.couple_id is not None


async def test_appreciate_offers_a_prompt_and_takes_the_next_message_as_the_text(
    world: World,
) -> None:
    alex, sam = await couple(world)
    asked = await alex.says("/appreciate")
    assert "What's one thing you appreciate about Sam?" in texts(asked)
    await alex.taps("Another prompt")
    await alex.sends("You always notice when I'm tired")
    assert "You always notice when I'm tired" in texts(sam.inbox())


async def test_appreciation_in_quiet_hours_arrives_silently_not_later(world: World) -> None:
    alex, sam = await couple(world)
    await sam.says("/quiet 08:00-10:00")  # the world's clock says 09:00 UTC
    await alex.says("/appreciate your laugh")
    [message] = sam.inbox()
    assert message.silent
    assert "your laugh" in message.text


async def test_appreciation_waits_across_a_restart_between_prompt_and_text(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/appreciate")
    restart(world, alex, sam)
    preview = await alex.says("How patient you were with my parents")
    restart(world, alex, sam)
    assert "Sent to Sam" in texts(await alex.presses(send_button(preview)))
    assert "How patient you were with my parents" in texts(sam.inbox())


async def test_cancelling_the_prompt_sends_nothing(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/appreciate")
    await alex.taps("Never mind")
    reply = await alex.says("just chatting")
    assert "not sure what that's for" in texts(reply)
    assert sam.inbox() == []


async def test_solo_appreciation_is_kept_and_delivered_when_the_partner_joins(
    world: World,
) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    kept = await alex.says("/appreciate you make every Sunday feel slow and good")
    assert "deliver it the moment your partner joins" in texts(kept)
    assert "waiting for your partner" in texts(await alex.says("/journal"))
    code = invite_code(await sam.says("/pair"))
    await alex.says(f"/pair {code}")  # Alex joins Sam's invite
    received = texts(sam.inbox())
    assert "Alex just joined you" in received
    assert "you make every Sunday feel slow and good" in received
    assert "You → Sam" in texts(await alex.says("/journal"))
    assert "Alex → you" in texts(await sam.says("/journal"))
    [entry] = appreciations(world)
    assert entry.recipient_id is not None and "kept_for_partner" not in entry.data
    await pair_again_is_harmless(world, alex, sam)


async def pair_again_is_harmless(world: World, alex: Person, sam: Person) -> None:
    """Unpairing and pairing again never delivers an old appreciation a second time."""
    await alex.says("/unpair")
    await alex.taps("yes")
    sam.inbox()
    code = invite_code(await sam.says("/pair"))
    await alex.says(f"/pair {code}")
    assert "Sunday" not in texts(sam.inbox())


async def test_an_appreciation_that_sounds_unsafe_is_never_delivered(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/appreciate")
    await alex.says("I want to kill myself")
    assert sam.inbox() == []
    assert appreciations(world) == []
