"""`python -m bot run` as operators start it, talking long polling to a local fake Bot API."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from pathlib import Path

from tests.adapters.fake_telegram import BOT_USERNAME, FakeTelegram

ROOT = Path(__file__).resolve().parents[2]
ALEX, SAM = 111, 222


async def test_two_people_pair_through_a_running_bot_which_then_stops_cleanly(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_"))},
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "NEARER_DATA_DIR": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("DATABASE_URL", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run",
        cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    try:
        await fake.wait_for(lambda: fake.calls_to("getUpdates"), within=60, what="polling")
        alex, sam = fake.user(ALEX, "Alex"), fake.user(SAM, "Sam")
        alex.says("/pair")
        await fake.wait_for_text(ALEX, f"https://t.me/{BOT_USERNAME}?start=", within=20)
        code = re.search(r"\?start=([a-z0-9]{16})", fake.texts(ALEX))
        assert code is not None
        sam.says(f"/start {code.group(1)}")
        await fake.wait_for_text(SAM, "You're connected with Alex", within=20)
        await fake.wait_for_text(ALEX, "Sam just joined you", within=20)

        process.send_signal(signal.SIGTERM)
        exit_code = await asyncio.wait_for(process.wait(), 30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.stdout is not None
    output = (await process.stdout.read()).decode()
    assert exit_code == 0, output
    assert "Traceback" not in output, output
    assert fake.token.split(":", 1)[1] not in output
    assert "Telegram bot @NearerTestBot is live (long polling)" in output
    # The last fetched updates were confirmed on the way out, so a restart does not redo them.
    last_poll = fake.calls_to("getUpdates")[-1]
    assert last_poll.params.get("timeout") == 0
