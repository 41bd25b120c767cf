"""The console adapter, driven the way a person uses it: `python -m bot console` on stdin/stdout."""

from __future__ import annotations

import asyncio
import os
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


class ConsoleSession:
    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.transcript = ""

    async def type(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write((line + "\n").encode())
        await self.process.stdin.drain()

    async def wait_for(self, pattern: str, within: float = 20.0) -> re.Match[str]:
        """Read output until `pattern` appears in what was printed since the last match."""
        assert self.process.stdout is not None
        start = len(self.transcript)
        regex = re.compile(pattern)
        deadline = asyncio.get_running_loop().time() + within
        while not (match := regex.search(self.transcript, start)):
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                raise AssertionError(f"{pattern!r} not printed; got:\n{self.transcript}")
            chunk = await asyncio.wait_for(self.process.stdout.read(4096), remaining)
            if not chunk:
                raise AssertionError(f"console ended before {pattern!r}:\n{self.transcript}")
            self.transcript += chunk.decode()
        return match


@pytest.fixture
async def console(tmp_path: Path):
    env = {**os.environ, "NEARER_DATA_DIR": str(tmp_path), "PYTHONUNBUFFERED": "1"}
    for name in ("TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN", "DATABASE_URL"):
        env.pop(name, None)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "console",
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(ROOT)},
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    session = ConsoleSession(process)
    yield session
    if process.returncode is None:
        process.kill()
        await process.wait()


async def test_two_partners_pair_in_the_console(console: ConsoleSession, tmp_path: Path) -> None:
    await console.wait_for("You are Alex")
    await console.type("/start")
    await console.wait_for(r"Hi Alex, I'm Nearer")
    await console.type("/pair")
    code = (await console.wait_for(r"/pair ([a-z0-9]{16})")).group(1)
    await console.type("/as Sam")
    await console.wait_for("You are now Sam")
    await console.type(f"/pair {code}")
    await console.wait_for("connected with Alex")
    await console.wait_for(r"Nearer → alex: Sam just joined you")
    await console.type("/unpair")
    menu = (await console.wait_for(r"(\d+)\.1\) Yes, unpair")).group(1)
    await console.type(f"{menu}.1")
    await console.wait_for("no longer connected")
    assert console.process.stdin is not None
    console.process.stdin.close()  # Ctrl-D
    await console.wait_for("Bye for now")
    assert await asyncio.wait_for(console.process.wait(), 20) == 0
    assert (tmp_path / "nearer.db").exists()


async def test_console_saves_files_and_prints_where(console: ConsoleSession) -> None:
    await console.wait_for("You are Alex")
    await console.type("/export")
    path = (await console.wait_for(r"\[file saved: (.+?)\]")).group(1)
    content = await asyncio.to_thread(Path(path).read_text)
    assert content.startswith("{")


async def test_console_explains_how_to_switch_and_rejects_odd_names(
    console: ConsoleSession,
) -> None:
    await console.wait_for("You are Alex")
    await console.type("/as")
    await console.wait_for(r"/as <name> switches")
    await console.type("/as " + "x" * 80)
    await console.wait_for("Pick a short name")
    await console.type("/quit")
    await console.wait_for("Bye for now")


async def test_after_forget_no_file_of_mine_stays_in_the_data_folder(
    console: ConsoleSession, tmp_path: Path
) -> None:
    await console.wait_for("You are Alex")
    await console.type("/export")
    path = Path((await console.wait_for(r"\[file saved: (.+?)\]")).group(1))
    assert await asyncio.to_thread(path.exists)
    await console.type("/forget")
    menu = (await console.wait_for(r"(\d+)\.1\) Yes, delete it all")).group(1)
    await console.type(f"{menu}.1")
    await console.wait_for("Everything of yours is gone")
    await console.type("/quit")
    await console.wait_for("Bye for now")
    assert not await asyncio.to_thread(path.exists)
    assert await asyncio.to_thread(lambda: list((tmp_path / "files").glob("*"))) == []


async def test_a_buttons_number_keeps_pressing_it_after_newer_menus_appear(
    console: ConsoleSession,
) -> None:
    await console.wait_for("You are Alex")
    await console.type("/pair")
    code = (await console.wait_for(r"/pair ([a-z0-9]{16})")).group(1)
    await console.type("/as Sam")
    await console.type(f"/pair {code}")
    await console.wait_for("connected with Alex")
    await console.type("/unpair")
    unpair = (await console.wait_for(r"(\d+)\.1\) Yes, unpair")).group(1)
    assert f"[{unpair}]: End your connection" in console.transcript
    await console.type("/help")  # a newer menu, with buttons of its own
    newer = (await console.wait_for(r"(\d+)\.1\) 🌤 Check in")).group(1)
    assert int(newer) > int(unpair) and f"[{newer}]: Here's what we can do" in console.transcript
    await console.type("1")  # a bare number is words, not a button
    await console.wait_for(r"Nearer")
    await console.type("99.1")
    await console.wait_for(r"There's no button 99\.1 for Sam")
    await console.type(f"{unpair}.1")  # still the unpair menu's first button
    await console.wait_for("no longer connected")
    assert "Everything Nearer can do" not in console.transcript
    await console.type("/quit")
    await console.wait_for("Bye for now")


async def test_the_repair_kit_works_with_numbers_in_the_console(console: ConsoleSession) -> None:
    await console.wait_for("You are Alex")
    await console.type("/pair")
    code = (await console.wait_for(r"/pair ([a-z0-9]{16})")).group(1)
    await console.type("/as Sam")
    await console.wait_for("You are now Sam")
    await console.type(f"/pair {code}")
    await console.wait_for("connected with Alex")
    await console.type("/repair")
    section = (await console.wait_for(r"(\d+\.\d+)\) Let's start again")).group(1)
    await console.type(section)
    phrase = (await console.wait_for(r"(\d+\.\d+)\) Can we start that over\?")).group(1)
    await console.type(phrase)
    await console.wait_for("Sent to Alex")
    to_alex = "Sam sent you a repair attempt"  # after "Nearer → alex [n]: " (it has buttons)
    if to_alex not in console.transcript:  # the outbox may print it after the reply
        await console.wait_for(to_alex)
    assert re.search(rf"Nearer → alex \[\d+\]: {to_alex}", console.transcript)
    assert "“Can we start that over?”" in console.transcript.split(to_alex, 1)[1]


async def test_the_zone_question_in_the_console_mentions_no_location_button(
    console: ConsoleSession,
) -> None:
    await console.wait_for("You are Alex")
    await console.type("/start")
    await console.wait_for(r"where are you\?")
    await console.type("berlin")
    await console.wait_for("Europe/Berlin")
    assert "share your location" not in console.transcript
    assert "Share my location" not in console.transcript
