"""The /nudges command: the list in one's own time, moving a nudge to another time or day, switching
one off and on by command or button, and kind examples for what it cannot read (when nudges
actually arrive is in test_nudges.py)."""

from __future__ import annotations

from tests.support.couples import couple, payloads
from tests.support.world import World, texts


async def test_nudges_off_points_to_pause_and_the_button_pauses(world: World) -> None:
    alex, _sam = await couple(world)
    replies = await alex.says("/nudges off")
    assert "/pause" in texts(replies) and "cmd:pause" in payloads(replies)
    assert "paused" in texts(await alex.taps("Pause")).lower()
    assert "/resume" in texts(await alex.says("/nudges on"))
