"""What Nearer writes to disk holds people's words: owner-only files (0600) and folders (0700),
whatever the umask of the shell that started it."""

from __future__ import annotations

import asyncio
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.db import Database

ROOT = Path(__file__).resolve().parents[1]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The common default: new files readable by everyone."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


async def test_the_sqlite_database_and_its_folder_are_owner_only(
    tmp_path: Path, open_umask: None
) -> None:
    data = tmp_path / "data" / "nested"
    db = Database(f"sqlite:///{data / 'nearer.db'}")
    db.create_all()
    await db.run(lambda session: None)  # a write: the -wal and -shm files exist now
    try:
        files = [data / "nearer.db", data / "nearer.db-wal", data / "nearer.db-shm"]
        assert all(path.exists() for path in files)
        assert {path.name: oct(mode(path)) for path in files} == {
            path.name: "0o600" for path in files
        }
        assert oct(mode(data)) == "0o700"
        assert oct(mode(data.parent)) == "0o700"
    finally:
        await db.dispose()


def test_a_database_left_world_readable_is_tightened(tmp_path: Path, open_umask: None) -> None:
    database = tmp_path / "nearer.db"
    database.touch(mode=0o644)
    Path(f"{database}-wal").touch(mode=0o644)
    Database(f"sqlite:///{database}").create_all()
    assert oct(mode(database)) == "0o600"
    assert oct(mode(Path(f"{database}-wal"))) == "0o600"


async def test_the_console_keeps_data_and_saved_files_owner_only(tmp_path: Path) -> None:
    """`./nearer` as a person runs it from a shell with umask 022: the data folder, the
    database and a saved file (an export; charts are saved the same way) are owner-only."""
    data = tmp_path / "data"
    env = {**os.environ, "NEARER_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    for name in ("TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN", "DATABASE_URL"):
        env.pop(name, None)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "console",
        cwd=tmp_path, env=env, umask=0o022,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    output, _ = await asyncio.wait_for(process.communicate(b"/start\n/export\n"), 60)
    saved = [line for line in output.decode().splitlines() if "[file saved: " in line]
    assert saved, output.decode()
    path = Path(saved[0].split("[file saved: ", 1)[1].rstrip("]"))
    assert oct(mode(path)) == "0o600"
    assert oct(mode(path.parent)) == "0o700"
    assert oct(mode(data)) == "0o700"
    for name in ("nearer.db", "nearer.db-wal", "nearer.db-shm"):
        if (data / name).exists():
            assert oct(mode(data / name)) == "0o600", name
