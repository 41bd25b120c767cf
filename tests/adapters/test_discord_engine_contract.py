"""What the engine promises the Discord adapter, checked on the engine alone (no Discord): private
replies can stay in place, a person who only ever used a server channel can still be reached
privately, and a question that waits for free text says so."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from bot.adapters.discord.sending import MAX_MESSAGE
from bot.adapters.discord.views import submitted_text
from bot.adapters.text import split_text
from bot.engine import Chat, Inbound, Outbound, Sender
from bot.engine.events import Chart, PrivateChatLink
from tests.support.world import World

CHANNEL = "555"


def from_channel(user_id: str, name: str, text: str = "", button: str | None = None) -> Inbound:
    return Inbound(
        "discord",
        Chat(CHANNEL, "group"),
        Sender(user_id, name),
        text=text,
        button=button,
        private_chat_id=f"user:{user_id}",
        private_replies=True,
    )


async def test_private_replies_stay_in_the_channel_when_the_platform_can_hide_them(
    tmp_path: Path,
) -> None:
    world = World.on_sqlite(tmp_path)
    try:
        replies = await world.engine.handle(from_channel("1", "Alex", "/pair"))
        assert replies and all(r.address.chat_id == CHANNEL and r.private for r in replies)
        assert "/pair " in replies[0].text
        assert not world.take_outbox("discord", "user:1"), "nothing moved to the DMs"
    finally:
        await world.db.dispose()


async def test_someone_seen_only_in_a_channel_can_be_told_things_privately(
    tmp_path: Path,
) -> None:
    world = World.on_sqlite(tmp_path)
    try:
        invite = await world.engine.handle(from_channel("1", "Alex", "/pair"))
        code = invite[0].text.split("/pair ")[1].split()[0]
        await world.engine.handle(from_channel("2", "Sam", f"/pair {code}"))
        told = world.take_outbox("discord", "user:1")
        assert any("Sam just joined you" in message.text for message in told)
    finally:
        await world.db.dispose()


async def test_a_question_waiting_for_free_text_is_marked_and_others_are_not(
    tmp_path: Path,
) -> None:
    world = World.on_sqlite(tmp_path)
    try:
        asked = await world.engine.handle(from_channel("1", "Alex", "/appreciate"))
        assert asked[-1].awaits_text == "appreciate"
        helped = await world.engine.handle(from_channel("1", "Alex", "/help"))
        assert all(reply.awaits_text is None for reply in helped)
        sent = await world.engine.handle(from_channel("1", "Alex", "Your laugh"))
        assert all(reply.awaits_text is None for reply in sent)
    finally:
        await world.db.dispose()


@given(st.text(alphabet=st.sampled_from("ab \n."), max_size=5000))
def test_split_text_keeps_every_word_and_every_piece_fits(text: str) -> None:
    pieces = split_text(text, MAX_MESSAGE)
    assert all(len(piece) <= 2000 for piece in pieces)
    assert all(piece.strip() for piece in pieces) or pieces == [""]
    assert "".join("".join(pieces).split()) == "".join(text.split())


def test_a_modal_answer_is_found_in_rows_and_labels() -> None:
    legacy = {"components": [{"type": 1, "components": [{"type": 4, "value": "in a row"}]}]}
    labelled = {"components": [{"type": 10}, {"type": 18, "component": {"type": 4, "value": "x"}}]}
    assert submitted_text(legacy) == "in a row"
    assert submitted_text(labelled) == "x"
    assert submitted_text({"components": []}) == ""


def test_outbound_extra_survives_the_outbox_round_trip() -> None:
    from bot.engine.events import Address, outbound_from_payload, outbound_to_payload

    outbound = Outbound(
        Address("discord", CHANNEL),
        "hi",
        awaits_text="dream",
        private_chat=PrivateChatLink("Open", "care"),
        attachment=Chart("p.png", "in words", request=b"{}"),
    )
    assert outbound_from_payload(outbound_to_payload(outbound)) == outbound
