"""Resident memory: Nearer idle with both adapters running, and after 10,000 couples were active.

Each figure comes from a fresh Python process (`python -m benchmarks.memory <stage>`), so what one
stage imported or cached never counts in another; each reads its own `VmRSS` (resident now) and
`VmHWM` (the peak) from `/proc/self/status`.

* **bare** — `python -c pass`, and **imports** — the bot's modules and both platform libraries
  imported, nothing built: the floors the other figures stand on.
* **idle** — Nearer as `python -m bot run` wires it (`Nearer(config)`, migrations,
  `build_platform_adapters`, `app.start()`: outbox, heartbeat) with both tokens set. Telegram runs
  on the offline Bot API of `benchmarks/telegram.py` (polling getUpdates, which answers empty).
  Discord really logs in, syncs its slash commands and connects to a gateway: the local fake
  Discord of `tests/adapters/fake_discord.py`, run in a *separate* process so its memory is not
  counted.
* **active** — the idle bot, then `NEARER_BENCH_COUPLES` couples (default 10,000, so 20,000
  people) paired through the engine (`/pair`, `/pair <code>`), and every person does a check-in
  answer (`/checkin`, one score) and an appreciation (which reaches the partner through the
  outbox, paced at Telegram's 30 a second, so most are still queued at the end, as in a real
  burst). Events go straight to `Engine.handle` as the Telegram platform, 64 people at a time.

Warnings and errors logged in a stage are printed after the figures. Under full CPU load
discord.py may log "Can't keep up, shard ID 0 websocket is 41.3s behind": a known race in its
latency figure when the gateway answers a heartbeat instantly, as the local fake does
(Rapptz/discord.py#10448, not in 2.7.1), not a stalled event loop (that has its own warning,
"heartbeat blocked").

`NEARER_BENCH_COUPLES` shrinks the active stage (the full run takes 9–11 minutes on 2 cores).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
COUPLES = int(os.environ.get("NEARER_BENCH_COUPLES", "10000"))
#: People handled side by side in the active stage (each person's own events stay in order).
LANES = 64
CODE = re.compile(r"(?:/pair |start=)([a-z0-9]{16})")
DISCORD_NAMES = ("DISCORD_BOT_TOKEN", "DISCORD_API_BASE_URL", "DISCORD_GUILD_ID",
                 "DISCORD_SHARD_COUNT", "DISCORD_SHARD_IDS")  # fmt: skip
#: The fake Discord, in its own process: prints its API address, serves until stdin closes.
FAKE_DISCORD = """
import asyncio, sys
from tests.adapters.fake_discord import FakeDiscord

async def main():
    fake = await FakeDiscord().start()
    print(fake.api_url, flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    await fake.close()

asyncio.run(main())
"""


def memory_now() -> dict[str, float]:
    """This process's resident set now and at its peak, in MB (from /proc/self/status)."""
    figures: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            figures[name] = int(value.split()[0]) / 1024  # kB → MB
    return figures


# -- stages (each in its own process) ------------------------------------------------------------


def stage_imports() -> dict[str, Any]:
    import bot.adapters.discord
    import bot.adapters.telegram
    import bot.app  # noqa: F401

    gc.collect()
    return memory_now()


@contextlib.contextmanager
def fake_discord() -> Iterator[str]:
    """A fake Discord in a child process; yields its API address."""
    child = subprocess.Popen(
        [sys.executable, "-c", FAKE_DISCORD],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        yield child.stdout.readline().strip()
    finally:
        if child.stdin is not None:
            child.stdin.close()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()


async def start_idle(folder: Path, discord_url: str) -> tuple[Any, dict[str, Any]]:
    """Nearer with Telegram (offline) and Discord (fake gateway) running, as `serve()` starts it."""
    from benchmarks.telegram import (
        OfflineBotApi,
        bench_config,
        offline_adapter_builds,
        telegram_env,
    )
    from bot.adapters.discord import DiscordAdapter
    from bot.app import Nearer, build_platform_adapters

    app = Nearer(bench_config(folder))
    await app.migrate()
    api = OfflineBotApi()
    saved = {name: os.environ.pop(name, None) for name in DISCORD_NAMES}
    os.environ["DISCORD_BOT_TOKEN"] = (
        "MTAxMDEwMTAxMDEwMTAxMDEw.Gfake0.nearer-test-token-not-a-real-one"
    )
    os.environ["DISCORD_API_BASE_URL"] = discord_url
    try:
        with telegram_env(), offline_adapter_builds(api, [], production_limits=True):
            adapters = build_platform_adapters(app)
            for adapter in adapters:
                app.add_adapter(adapter)
            await app.start()
    finally:
        for name, value in saved.items():
            os.environ.pop(name, None)
            if value is not None:
                os.environ[name] = value
    platforms = sorted(app.adapters)
    assert platforms == ["discord", "telegram"], platforms
    discord_adapter = app.adapters["discord"]
    assert isinstance(discord_adapter, DiscordAdapter)
    await asyncio.wait_for(discord_adapter.client.wait_until_ready(), timeout=30)
    # The menu for everyone and once per language, in private chats and in groups.
    menus = 2 * (1 + len(app.catalog.codes))
    assert api.calls["getMe"] == 1 and api.calls["setMyCommands"] == menus, api.calls
    await asyncio.sleep(2.0)  # let both adapters settle into their idle loops
    return app, {"telegram_calls": dict(api.calls), "api": api}


async def _idle(folder: Path, discord_url: str) -> dict[str, Any]:
    app, info = await start_idle(folder, discord_url)
    gc.collect()
    figures: dict[str, Any] = memory_now()
    figures["telegram_calls"] = info["telegram_calls"]
    await app.stop()
    return figures


async def _active(folder: Path, discord_url: str, couples: int) -> dict[str, Any]:
    from bot.engine import Chat, Inbound, Sender

    app, info = await start_idle(folder, discord_url)
    idle = memory_now()
    engine = app.engine

    def said(user: int, text: str = "", button: str | None = None) -> Inbound:
        chat, sender = Chat(str(user), "private"), Sender(str(user), f"P{user}")
        return Inbound("telegram", chat, sender, text=text, button=button)

    replies = 0

    async def couple_lane(numbers: range) -> None:
        nonlocal replies
        for number in numbers:
            first, second = 2_000_000 + 2 * number, 2_000_001 + 2 * number
            invite = await engine.handle(said(first, "/pair"))
            replies += len(invite)
            code = CODE.search(" ".join(reply.text for reply in invite))
            assert code is not None, invite
            for event in (
                said(second, f"/pair {code.group(1)}"),
                said(first, "/checkin"),
                said(first, button="checkin:score:1:4"),
                said(second, "/checkin"),
                said(second, button="checkin:score:1:3"),
                said(first, "/appreciate Thank you for the tea this morning."),
                said(second, "/appreciate You listened so well yesterday."),
            ):
                answer = await engine.handle(event)
                replies += len(answer)  # not `+= len(await …)`: that reads `replies` first

    started = time.perf_counter()
    await asyncio.gather(*(couple_lane(range(lane, couples, LANES)) for lane in range(LANES)))
    elapsed = time.perf_counter() - started
    gc.collect()
    figures: dict[str, Any] = memory_now()
    figures["idle_VmRSS"] = idle["VmRSS"]
    figures["events"] = couples * 8
    figures["replies"] = replies
    figures["seconds"] = elapsed
    figures["outbox_sent"] = info["api"].calls["sendMessage"]
    figures["db_mb"] = (folder / "nearer.db").stat().st_size / 1e6
    await app.stop()
    return figures


def child_main(stage: str) -> None:
    """Run one stage in this (fresh) process and print its figures as one JSON line."""
    # Nearer's Telegram package before the benchmark's helpers, as in `python -m bot run`, where
    # nothing loads python-telegram-bot before it: it decides how the library loads (see
    # `bot/adapters/telegram/_library.py`).
    importlib.import_module("bot.adapters.telegram")
    from benchmarks.telegram import counting_log_problems

    with counting_log_problems() as problems:
        result = _stage(stage)
    result["problems"] = [f"{r.name}: {r.getMessage()[:160]}" for r in problems.records]
    print(json.dumps(result))


def _stage(stage: str) -> dict[str, Any]:
    if stage == "imports":
        result: dict[str, Any] = stage_imports()
    else:
        with tempfile.TemporaryDirectory(prefix="nearer-bench-mem-") as name, fake_discord() as url:
            if stage == "idle":
                result = asyncio.run(_idle(Path(name), url))
            else:
                result = asyncio.run(_active(Path(name), url, COUPLES))
    return result


# -- the parent --------------------------------------------------------------------------------


def in_fresh_process(args: list[str]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


BARE = (
    "import json; from pathlib import Path; "
    "print(json.dumps({l.split(':')[0]: int(l.split()[1]) / 1024 "
    "for l in Path('/proc/self/status').read_text().splitlines() "
    "if l.startswith(('VmRSS', 'VmHWM'))}))"
)


def run() -> None:
    bare = in_fresh_process(["-c", BARE])
    imports = in_fresh_process(["-m", "benchmarks.memory", "imports"])
    idle = in_fresh_process(["-m", "benchmarks.memory", "idle"])
    active = in_fresh_process(["-m", "benchmarks.memory", "active"])
    print("memory (each figure from a fresh process; RSS now / peak, MB)")
    print(f"  bare python -c (interpreter only):            {_mb(bare)}")
    print(f"  imports: bot, PTB, discord.py, nothing built: {_mb(imports)}")
    print(f"  idle: Telegram (offline API) + Discord (fake gateway) started: {_mb(idle)}")
    print(
        f"  active: {active['events'] // 8:,} couples ({active['events'] // 4:,} people),"
        f" {active['events']:,} events in {active['seconds']:.0f} s"
        f" ({active['events'] / active['seconds']:.0f}/s): {_mb(active)};"
        f" idle in that process {active['idle_VmRSS']:.0f}"
    )
    print(
        f"    {active['replies']:,} replies; {active['outbox_sent']:,} outbox messages delivered"
        f" meanwhile (30/s); SQLite file {active['db_mb']:.0f} MB"
    )
    for stage, figures in (("imports", imports), ("idle", idle), ("active", active)):
        for problem in sorted(set(figures["problems"]))[:5]:
            times = figures["problems"].count(problem)
            print(f"  logged in {stage} ({times}×): {problem}")


def _mb(figures: dict[str, Any]) -> str:
    return f"{figures['VmRSS']:.0f} / {figures['VmHWM']:.0f}"


if __name__ == "__main__":
    if len(sys.argv) > 1:
        child_main(sys.argv[1])
    else:
        run()
