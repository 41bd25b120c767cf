"""The Discord adapter's `send` for the outbox, and its answers when the engine is slow: every
Discord error becomes the delivery result the outbox acts on."""

# ruff: noqa: F811  (pytest fixtures imported from the harness)

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from bot.adapters.discord import DiscordAdapter, DiscordSettings, DiscordTexts
from bot.config import ConfigError
from bot.engine.events import (
    Address,
    Button,
    Chart,
    DeliveryStatus,
    Inbound,
    Outbound,
    PrivateChatLink,
)
from bot.engine.parameters import CommandSpec
from tests.adapters.discord_harness import CHANNEL, fake_discord  # noqa: F401  (fixture)
from tests.adapters.fake_discord import (
    BOT_ID,
    DEFERRED_MESSAGE,
    TOKEN,
    FakeDiscord,
    FakeUser,
)
from tests.support.world import shared_prompts

MENU = [CommandSpec("help", "this list"), CommandSpec("pair", "invite your partner")]
TEXTS = DiscordTexts.worded(shared_prompts().say)


class Engine:
    """Stands in for the engine: answers every event with `replies`, after `delay` seconds."""

    def __init__(self) -> None:
        self.delay = 0.0
        self.seen: list[Inbound] = []

    async def __call__(self, inbound: Inbound) -> list[Outbound]:
        self.seen.append(inbound)
        await asyncio.sleep(self.delay)
        return [Outbound(inbound.reply_address, f"You said {inbound.text or inbound.button}")]


@pytest.fixture
async def stand_in() -> Engine:
    return Engine()


@pytest.fixture
async def discord_adapter(
    fake_discord: FakeDiscord, stand_in: Engine
) -> AsyncIterator[DiscordAdapter]:
    settings = DiscordSettings(token=TOKEN, api_base_url=f"{fake_discord.api_url}/v10")
    running = DiscordAdapter(settings, commands=MENU, texts=TEXTS, ack_deadline=0.2)
    await running.start(stand_in)
    fake_discord.bot_answered = lambda: running.answered(within=10)
    await asyncio.wait_for(fake_discord.connected.wait(), timeout=10)
    yield running
    await running.stop()


def to(user: FakeUser, text: str, **fields: object) -> Outbound:
    return Outbound(Address("discord", f"user:{user.id}"), text, **fields)  # type: ignore[arg-type]


async def test_a_dm_is_opened_and_sent(
    discord_adapter: DiscordAdapter, fake_discord: FakeDiscord
) -> None:
    sam = fake_discord.user("Sam")
    result = await discord_adapter.send(to(sam, "Alex appreciates you", silent=True))
    assert result.status is DeliveryStatus.OK
    [message] = fake_discord.dms_to(sam)
    assert result.platform_message_id == str(message.id)
    assert message.content == "Alex appreciates you" and message.silent
    assert message.allowed_mentions == {"parse": []}, "nothing a person wrote can ping anyone"


async def test_closed_dms_50007_make_the_chat_unreachable(
    discord_adapter: DiscordAdapter, fake_discord: FakeDiscord
) -> None:
    sam = fake_discord.user("Sam")
    fake_discord.close_dms(sam, times=1)
    result = await discord_adapter.send(to(sam, "hello"))
    assert result.status is DeliveryStatus.UNREACHABLE
    assert "50007" in result.detail


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (403, 50013, DeliveryStatus.UNREACHABLE),  # missing permissions in the channel
        (403, 50001, DeliveryStatus.UNREACHABLE),  # missing access
        (404, 10003, DeliveryStatus.UNREACHABLE),  # unknown channel
        (503, 0, DeliveryStatus.TRANSIENT),
        (400, 50035, DeliveryStatus.TRANSIENT),
    ],
)
async def test_channel_errors_become_delivery_results(
    discord_adapter: DiscordAdapter,
    fake_discord: FakeDiscord,
    status: int,
    code: int,
    expected: DeliveryStatus,
) -> None:
    fake_discord.fail_next(CHANNEL, status, code)
    result = await discord_adapter.send(Outbound(Address("discord", str(CHANNEL)), "For you both"))
    assert result.status is expected
    again = await discord_adapter.send(Outbound(Address("discord", str(CHANNEL)), "For you both"))
    assert again.status is DeliveryStatus.OK


async def test_a_long_rate_limit_comes_back_as_retry_after(
    discord_adapter: DiscordAdapter, fake_discord: FakeDiscord
) -> None:
    fake_discord.fail_next(CHANNEL, 429, 0, retry_after=75.0)
    result = await discord_adapter.send(Outbound(Address("discord", str(CHANNEL)), "later"))
    assert result.status is DeliveryStatus.RETRY_AFTER
    assert result.retry_after == pytest.approx(75.0)


async def test_a_short_rate_limit_is_waited_out(
    discord_adapter: DiscordAdapter, fake_discord: FakeDiscord
) -> None:
    fake_discord.fail_next(CHANNEL, 429, 0, retry_after=0.2)
    result = await discord_adapter.send(Outbound(Address("discord", str(CHANNEL)), "soon"))
    assert result.status is DeliveryStatus.OK
    assert [m.content for m in fake_discord.messages_in(CHANNEL)] == ["soon"]


async def test_a_network_failure_is_transient(
    discord_adapter: DiscordAdapter, fake_discord: FakeDiscord
) -> None:
    await fake_discord.close()
    result = await discord_adapter.send(Outbound(Address("discord", str(CHANNEL)), "anyone there?"))
    assert result.status is DeliveryStatus.TRANSIENT


async def test_an_address_that_is_not_discords_is_unreachable(
    discord_adapter: DiscordAdapter,
) -> None:
    result = await discord_adapter.send(Outbound(Address("discord", "c-somewhere"), "hello"))
    assert result.status is DeliveryStatus.UNREACHABLE


async def test_charts_and_exports_arrive_as_files(
    discord_adapter: DiscordAdapter, fake_discord: FakeDiscord
) -> None:
    sam = fake_discord.user("Sam")
    chart = Chart("progress.png", "in words", png=b"\x89PNG\r\n\x1a\nfake")
    result = await discord_adapter.send(to(sam, "Your last weeks", attachment=chart))
    assert result.status is DeliveryStatus.OK
    [message] = fake_discord.dms_to(sam)
    assert message.files == [("progress.png", b"\x89PNG\r\n\x1a\nfake")]


async def test_long_text_is_split_and_buttons_go_on_the_last_piece(
    discord_adapter: DiscordAdapter, fake_discord: FakeDiscord
) -> None:
    sam = fake_discord.user("Sam")
    paragraph = "We talked for a long time about the garden. " * 30
    buttons = ((Button("Thank them", "appreciate:thanks:1"),),)
    result = await discord_adapter.send(to(sam, f"{paragraph}\n\n{paragraph}", buttons=buttons))
    assert result.status is DeliveryStatus.OK
    pieces = fake_discord.dms_to(sam)
    assert len(pieces) == 2 and all(len(m.content) <= 2000 for m in pieces)
    assert not pieces[0].buttons()
    assert pieces[1].buttons() == [("Thank them", "nearer:appreciate:thanks:1")]


async def test_a_message_in_the_shared_channel_pings_nobody(
    discord_adapter: DiscordAdapter, fake_discord: FakeDiscord
) -> None:
    alex = fake_discord.user("Alex")
    nudge = Outbound(
        Address("discord", str(CHANNEL)),
        f"Twenty minutes together tonight? @everyone <@{alex.id}>",
        private=False,
    )
    assert (await discord_adapter.send(nudge)).status is DeliveryStatus.OK
    [message] = fake_discord.messages_in(CHANNEL)
    assert message.content.startswith("Twenty minutes")
    assert message.allowed_mentions is not None
    assert message.allowed_mentions.get("parse", []) == []
    assert not message.allowed_mentions.get("users")


async def test_an_edit_changes_the_earlier_message_in_place(
    discord_adapter: DiscordAdapter, fake_discord: FakeDiscord
) -> None:
    address = Address("discord", str(CHANNEL))
    await discord_adapter.send(Outbound(address, "Hug for 20 seconds…", private=False, key="hug-1"))
    result = await discord_adapter.send(
        Outbound(address, "That was 20 seconds. 💛", private=False, edit_of="hug-1")
    )
    assert result.status is DeliveryStatus.OK
    [message] = fake_discord.messages_in(CHANNEL)
    assert message.content == "That was 20 seconds. 💛" and message.edits == 1


async def test_a_slow_engine_is_deferred_within_discords_three_seconds(
    discord_adapter: DiscordAdapter, fake_discord: FakeDiscord, stand_in: Engine
) -> None:
    stand_in.delay = 0.6
    alex = fake_discord.user("Alex")
    answer = await alex.slash("help", channel=CHANNEL)
    assert answer.kinds == [DEFERRED_MESSAGE]
    assert answer.callbacks[0]["data"]["flags"] & 64, "deferred privately in a channel"
    await fake_discord.settle(lambda: answer.text)
    assert answer.text == "You said /help"
    assert answer.messages[0].ephemeral and not answer.messages[0].loading


async def test_a_fast_answer_needs_no_deferral(
    discord_adapter: DiscordAdapter, fake_discord: FakeDiscord, stand_in: Engine
) -> None:
    answer = await fake_discord.user("Alex").slash("help")
    assert answer.kinds == [4] and answer.text == "You said /help"
    assert stand_in.seen[0].chat.kind == "private" and stand_in.seen[0].chat.id.startswith("user:")


async def test_a_custom_api_address_is_this_clients_alone(fake_discord: FakeDiscord) -> None:
    """discord.py's process-wide addresses stay as they are: a second client in the same
    process (another bot, another test) still talks to Discord itself."""
    from discord.gateway import DiscordWebSocket
    from discord.http import Route

    before = (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)
    settings = DiscordSettings(token=TOKEN, api_base_url=f"{fake_discord.api_url}/v10")
    running = DiscordAdapter(settings, commands=MENU, texts=TEXTS)
    await running.start(Engine())
    try:
        await asyncio.wait_for(fake_discord.connected.wait(), timeout=10)
        assert before == (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)
        # Its own requests, its gateway and its answers to interactions reach the fake.
        alex = fake_discord.user("Alex")
        answer = await alex.slash("help")
        assert answer.text == "You said /help"
        reply = Outbound(Address("discord", f"user:{alex.id}"), "hello")
        assert (await running.send(reply)).status is DeliveryStatus.OK
    finally:
        await running.stop()
    assert before == (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)


async def test_a_way_to_the_private_chat_is_a_link_to_the_bot(
    discord_adapter: DiscordAdapter, fake_discord: FakeDiscord
) -> None:
    note = Outbound(
        Address("discord", str(CHANNEL)),
        "Alex, this part is private.",
        private=False,
        private_chat=PrivateChatLink("Open a private chat"),
    )
    assert (await discord_adapter.send(note)).status is DeliveryStatus.OK
    [message] = fake_discord.messages_in(CHANNEL)
    [link] = [c for row in message.components for c in row["components"]]
    assert link["style"] == 5 and link["url"] == f"https://discord.com/users/{BOT_ID}"
    assert link["label"] == "Open a private chat"


async def test_a_token_discord_refuses_is_a_configuration_problem(
    fake_discord: FakeDiscord,
) -> None:
    settings = DiscordSettings(token="abc.def.ghi", api_base_url=f"{fake_discord.api_url}/v10")
    refused = DiscordAdapter(settings, commands=MENU, texts=TEXTS)
    with pytest.raises(ConfigError, match="DISCORD_BOT_TOKEN"):
        await refused.start(Engine())
    await refused.stop()
    assert refused.client.is_closed()
