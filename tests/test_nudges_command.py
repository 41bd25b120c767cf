"""The /nudges command: the list in one's own time, moving a nudge to another time or day, switching
one off and on by command or button, and kind examples for what it cannot read (when nudges
actually arrive is in test_nudges.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.support.couples import couple, payloads
from tests.support.nudges import local, of_kind, paired, plan_row, run_clock
from tests.support.world import World, texts


async def test_nudges_off_points_to_pause_and_the_button_pauses(world: World) -> None:
    alex, _sam = await couple(world)
    replies = await alex.says("/nudges off")
    assert "/pause" in texts(replies) and "cmd:pause" in payloads(replies)
    assert "paused" in texts(await alex.taps("Pause")).lower()
    assert "/resume" in texts(await alex.says("/nudges on"))


async def test_a_new_couple_gets_gentle_defaults_listed_in_their_own_time(world: World) -> None:
    alex, _sam = await paired(world, zones=("Europe/Berlin", "America/New_York"))
    listing = texts(await alex.says("/nudges"))
    assert "in your time (Europe/Berlin)" in listing
    assert "Hug reminder: every day at 08:00" in listing
    assert "Appreciation prompt: every day at 20:30" in listing
    assert "Time together: every day at 18:30 (only when you're both awake)" in listing
    assert "Dream question: every Wednesday at 19:30" in listing
    assert "Weekly look back: every Sunday at 19:00" in listing
    assert "Date night: every Monday at 19:00" in listing


async def test_someone_not_paired_is_told_reminders_start_with_a_partner(world: World) -> None:
    replies = await world.person("Kim").says("/nudges")
    assert "once you're connected" in texts(replies)


async def test_moving_a_nudge_into_quiet_hours_is_refused_with_an_explanation(world: World) -> None:
    alex, _sam = await paired(world)
    await alex.says("/quiet 22:00-07:00")
    reply = texts(await alex.says("/nudges hug 06:30"))
    assert "inside your quiet hours (22:00–07:00)" in reply
    assert plan_row(world, "Alex", "hug").minute_of_day == 8 * 60


async def test_moving_a_nudge_takes_effect_from_the_next_morning(world: World) -> None:
    alex, _sam = await paired(world, zones=("Europe/Berlin", "UTC"))
    reply = texts(await alex.says("/nudges hug 7:15"))
    assert "Hug reminder every day at 07:15. Next one: tomorrow at 07:15." in reply
    got = await run_clock(world, [alex], local("Europe/Berlin", 2026, 11, 3, 9))
    assert [h.at for h in of_kind(got["Alex"], "hug")] == [
        local("Europe/Berlin", 2026, 11, 3, 7, 15)
    ]


async def test_a_weekly_nudge_can_move_to_another_day(world: World) -> None:
    alex, _sam = await paired(world)
    reply = texts(await alex.says("/nudges dreams fri 21:00"))
    assert "Dream question every Friday at 21:00. Next one: Friday at 21:00." in reply
    assert plan_row(world, "Alex", "dream").next_due_at == datetime(2026, 11, 6, 21, tzinfo=UTC)


async def test_switching_a_nudge_off_and_on_by_command_and_button(world: World) -> None:
    alex, _sam = await paired(world)
    assert "is off" in texts(await alex.says("/nudges hug off"))
    assert plan_row(world, "Alex", "hug").next_due_at is None
    listing = await alex.says("/nudges")
    assert "Hug reminder: off" in texts(listing)
    reply = await alex.taps("Hug reminder: on")
    assert "back on: every day at 08:00" in texts(reply)
    await alex.says("/nudges")
    assert "is off" in texts(await alex.taps("Appreciation prompt: off"))
    got = await run_clock(
        world, [alex], world.clock.now + timedelta(days=1), every=timedelta(hours=1)
    )
    assert of_kind(got["Alex"], "hug") and not of_kind(got["Alex"], "appreciate")


async def test_bad_nudge_settings_get_a_kind_example(world: World) -> None:
    alex, _sam = await paired(world)
    assert "/nudges hug 07:30" in texts(await alex.says("/nudges snuggles 07:30"))
    assert "/nudges hug 07:30" in texts(await alex.says("/nudges hug 25:61"))
    assert "/nudges hug 07:30" in texts(await alex.says("/nudges hug at breakfast"))
    assert "doesn't need a day" in texts(await alex.says("/nudges hug monday 07:00"))
    await alex.says("/nudges hug off")
    assert "already off" in texts(await alex.says("/nudges hug off"))
    assert "stale" in texts(await alex.presses("nudges:off:cuddles"))
