"""Whatever a person types or presses, the engine answers kindly and never raises."""

from __future__ import annotations

import asyncio
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine import Chat, Inbound, Sender
from tests.support.world import World

COMMANDS = [
    "start",
    "help",
    "pair",
    "unpair",
    "timezone",
    "quiet",
    "settings",
    "pause",
    "resume",
    "export",
    "forget",
    "nonsense",
    "",
]

texts_typed = st.one_of(
    st.text(max_size=300),
    st.builds(lambda c, a: f"/{c} {a}", st.sampled_from(COMMANDS), st.text(max_size=80)),
    st.sampled_from(["\u202eevil", "مرحبا حبيبي", "👩‍❤️‍👨" * 50, "\x00\x1b[31m", "a" * 5000]),
)
buttons_pressed = st.one_of(
    st.text(max_size=64),
    st.builds(
        lambda f, a, x: f"{f}:{a}:{x}",
        st.sampled_from(["pair", "privacy", "welcome", "prefs", "x"]),
        st.sampled_from(["unpair", "keep", "forget", ""]),
        st.text(max_size=12),
    ),
)
event = st.tuples(
    st.sampled_from(["u1", "u2", "u3"]),
    st.booleans(),
    st.one_of(texts_typed, buttons_pressed),
    st.booleans(),
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(events=st.lists(event, min_size=1, max_size=12))
def test_engine_never_raises_and_always_answers(tmp_path_factory, events) -> None:
    folder: Path = tmp_path_factory.mktemp("prop")

    async def scenario() -> None:
        world = World.on_sqlite(folder)
        try:
            for user, in_group, payload, is_button in events:
                chat = Chat("g-1", "group") if in_group else Chat(f"c-{user}", "private")
                inbound = Inbound(
                    "test",
                    chat,
                    Sender(user, user.upper()),
                    text="" if is_button else payload,
                    button=payload if is_button else None,
                )
                replies = await world.engine.handle(inbound)
                assert replies, f"no answer to {inbound}"
                assert all(reply.text.strip() for reply in replies)
                assert not any("Traceback" in reply.text for reply in replies)
                assert not any("went wrong" in reply.text for reply in replies), inbound
        finally:
            await world.db.dispose()

    asyncio.run(scenario())
