"""The console adapter, driven the way a person uses it: `python -m bot console` on stdin/stdout."""

from __future__ import annotations

import asyncio
import os
import re
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest

ROOT = Path(__file__).resolve().parents[1]


class ConsoleSession:
    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.transcript = ""
        #: Where the next wait looks from: the end of the last match, not the end of what was
        #: read — one read can bring that line and the next together.
        self.searched_to = 0

    async def type(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write((line + "\n").encode())
        await self.process.stdin.drain()

    async def wait_for(self, pattern: str, within: float = 20.0) -> re.Match[str]:
        """Read output until `pattern` appears in what was printed since the last match."""
        (match,) = await self.wait_for_all(pattern, within=within)
        return match

    async def wait_for_all(self, *patterns: str, within: float = 20.0) -> list[re.Match[str]]:
        """Read output until every pattern appears since the last match, in any order: the
        reply to the person typing and what the outbox prints for their partner race."""
        assert self.process.stdout is not None
        start = self.searched_to
        regexes = [re.compile(pattern) for pattern in patterns]
        deadline = asyncio.get_running_loop().time() + within
        while not all(matches := [regex.search(self.transcript, start) for regex in regexes]):
            remaining = deadline - asyncio.get_running_loop().time()
            missing = [
                regex.pattern for regex, match in zip(regexes, matches, strict=True) if not match
            ]
            if remaining <= 0:
                raise AssertionError(f"{missing} not printed; got:\n{self.transcript}")
            try:
                chunk = await asyncio.wait_for(self.process.stdout.read(4096), remaining)
            except TimeoutError:
                raise AssertionError(f"{missing} not printed; got:\n{self.transcript}") from None
            if not chunk:
                raise AssertionError(f"console ended before {missing}:\n{self.transcript}")
            self.transcript += chunk.decode()
        found = [match for match in matches if match is not None]
        self.searched_to = max(match.end() for match in found)
        return found


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


async def test_a_line_read_together_with_the_one_before_it_is_still_found() -> None:
    """The outbox's line for a partner can arrive in the same read as the reply before it (CI
    once waited 20 s for "Sam just joined you" that had already been printed)."""
    output = asyncio.StreamReader()
    output.feed_data(
        "Nearer: You're connected with Alex.\nNearer → alex: Sam just joined\n".encode()
    )
    output.feed_eof()
    session = ConsoleSession(cast(asyncio.subprocess.Process, SimpleNamespace(stdout=output)))
    await session.wait_for("connected with Alex")
    await session.wait_for("Nearer → alex: Sam just joined")
    with pytest.raises(AssertionError, match="console ended"):
        await session.wait_for("connected with Alex")  # each line is found once


async def test_two_partners_pair_in_the_console(console: ConsoleSession, tmp_path: Path) -> None:
    await console.wait_for("You are Alex")
    await console.type("/start")
    await console.wait_for(r"Hi Alex, I'm Nearer")
    await console.type("/pair")
    code = (await console.wait_for(r"/pair ([a-z0-9]{16})")).group(1)
    await console.type("/as Sam")
    await console.wait_for("You are now Sam")
    await console.type(f"/pair {code}")
    await console.wait_for_all("connected with Alex", r"Nearer → alex: Sam just joined you")
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
    await console.wait_for(r"(?m)^Nearer(?: \[\d+\])?: ")  # its reply, not a line for Alex
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
    to_alex = "Sam sent you a repair attempt"  # after "Nearer → alex [n]: " (it has buttons)
    await console.wait_for_all("Sent to Alex", rf"Nearer → alex \[\d+\]: {to_alex}")
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
