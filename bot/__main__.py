"""`python -m bot run | console | migrate`: the one way to start Nearer."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys

from bot.config import Config, ConfigError
from bot.logs import configure_logging
from prompts import PromptError
from storage.db import Database


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("run", help="run every adapter whose token is set (console when none)")
    commands.add_parser("console", help="chat with Nearer in this terminal")
    commands.add_parser("migrate", help="bring the database schema up to date")
    arguments = parser.parse_args(argv)
    # Everything Nearer writes (the database, charts, exports) holds people's words: owner-only.
    os.umask(0o077)
    command = arguments.command or "run"
    try:
        config = Config.from_env()
    except ConfigError as error:
        print(f"Configuration problem: {error}", file=sys.stderr)
        return 2
    # The console is a conversation: keep library chatter out of it unless asked for.
    console = command == "console"
    configure_logging(config.log_level if not console else "WARNING")
    try:
        if command == "migrate":
            from storage.migrate import upgrade  # Alembic: `run` upgrades in a child (bot.schema)

            upgrade(Database(config.database_url).engine)
            print("Database is up to date.")
            return 0
        from bot.app import serve

        asyncio.run(serve(config, console_only=console))
    except ConfigError as error:
        # Raised by adapters at start-up (a token the platform refuses): say so, no traceback.
        print(f"Configuration problem: {error}", file=sys.stderr)
        return 2
    except PromptError as error:
        print(f"The prompt files have a problem: {error}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
