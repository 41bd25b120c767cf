"""Brings the database schema up to date at start-up in a short-lived child process.

Alembic, with Mako (and Pygments, where it is installed) behind it, is 6 to 10 MB that a running
bot would otherwise hold for the rest of its life after the one upgrade it needs at start-up; the
child (`python -m bot.schema`) loads it, upgrades and exits, like the city index
(`bot/engine/city_index.py`). The database address goes to it on stdin, never on its command
line, where `ps` would show a password. An in-memory SQLite database exists only in this
process, so it is upgraded here, on a thread.

The child logs as the parent would (the same level, secrets redacted) and writes to the same
stderr; a failed upgrade fails the start with `SchemaUpgradeError` after the child's own error.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys

from sqlalchemy.engine import Engine

from storage.db import Database, in_memory_url


class SchemaUpgradeError(RuntimeError):
    """The child could not bring the schema up to date (its error is on stderr, above)."""


async def upgrade_schema(engine: Engine) -> None:
    """Apply every migration not yet applied to the database `engine` talks to."""
    url = engine.url.render_as_string(hide_password=False)
    if in_memory_url(url):
        await asyncio.to_thread(_upgrade_here, engine)
        return
    level = logging.getLevelName(logging.getLogger().getEffectiveLevel())
    if not isinstance(level, str) or level.startswith("Level "):
        level = "INFO"  # a level without a name: the usual one
    # Anything the child prints goes to stderr: this process's stdout may be someone's data.
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.schema", stdin=asyncio.subprocess.PIPE, stdout=sys.stderr
    )
    await child.communicate(json.dumps({"url": url, "log_level": level}).encode())
    if child.returncode != 0:
        raise SchemaUpgradeError(
            f"the database schema could not be brought up to date (exit code {child.returncode})"
        )


def _upgrade_here(engine: Engine) -> None:
    from storage.migrate import upgrade  # Alembic: only a process that upgrades loads it

    upgrade(engine)


def main() -> None:
    """The child: read the address and log level from stdin, upgrade, exit."""
    from bot.logs import configure_logging

    said = sys.stdin.read()
    if not said.strip():
        # The parent was stopped (kill -9 at start-up) before it said what to upgrade: its next
        # start upgrades. Nothing to do, and nothing to report with a traceback.
        raise SystemExit(1)
    request = json.loads(said)
    configure_logging(str(request["log_level"]))
    _upgrade_here(Database(str(request["url"])).engine)


if __name__ == "__main__":
    main()
