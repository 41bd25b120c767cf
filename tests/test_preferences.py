"""A person's own preferences: /timezone, /quiet hours, /pause and /resume, all shown back in
/settings (when nudges come is in test_nudges_command.py and test_nudges.py)."""

from __future__ import annotations

from tests.support.world import World, texts


async def test_timezone_accepts_names_and_offsets(world: World) -> None:
    alex = world.person("Alex")
    assert "now Europe/Berlin" in texts(await alex.says("/timezone europe/berlin"))
    assert "now +05:30" in texts(await alex.says("/timezone +5:30"))
    assert "now -03:00" in texts(await alex.says("/timezone UTC-3"))
    assert "now America/New_York" in texts(await alex.says("/timezone America/New York"))


async def test_invalid_timezone_gets_an_example(world: World) -> None:
    for bad in ("Mars/Olympus", "+25:00", "../../etc/passwd", "🙂", "Europe/Berlin; drop"):
        text = texts(await world.person("Alex").says(f"/timezone {bad}"))
        assert "/timezone New York" in text


async def test_timezone_without_argument_shows_the_current_one(world: World) -> None:
    assert "UTC" in texts(await world.person("Alex").says("/timezone"))


async def test_quiet_hours_are_parsed_and_shown(world: World) -> None:
    alex = world.person("Alex")
    assert "22:00–08:00" in texts(await alex.says("/quiet 22:00-08:00"))
    assert "23:30–07:00" in texts(await alex.says("/quiet 11:30pm - 7am"))
    assert "Quiet hours: 23:30–07:00" in texts(await alex.says("/settings"))
    assert "off" in texts(await alex.says("/quiet off"))
    assert "Quiet hours: none" in texts(await alex.says("/settings"))


async def test_invalid_quiet_hours_get_an_example(world: World) -> None:
    for bad in ("25:00-08:00", "22:00", "08:00-08:00", "tonight", "22:61-7"):
        assert "/quiet 22:00-08:00" in texts(await world.person("Alex").says(f"/quiet {bad}"))


async def test_pause_and_resume_show_in_settings(world: World) -> None:
    alex = world.person("Alex")
    await alex.says("/pause")
    assert "Nudges: paused" in texts(await alex.says("/settings"))
    await alex.says("/resume")
    assert "Nudges: on" in texts(await alex.says("/settings"))


async def test_quiet_hours_typed_in_arabic_indic_digits_are_read(world: World) -> None:
    alex = world.person("Alex")
    said = texts(await alex.says("/quiet ٢٢:٠٠-٠٧:٣٠"))
    assert "22:00" in said and "07:30" in said
