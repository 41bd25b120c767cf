"""The Discord adapter's own configuration, read from the environment once at start-up."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from bot.config import ConfigError, secret

DISCORD_API_BASE = "https://discord.com/api/v10"
_VERSIONED = re.compile(r"/v\d+$")


@dataclass(frozen=True)
class DiscordSettings:
    token: str
    #: Where REST calls go (`discord.http.Route.BASE`); `None` = Discord's own. The gateway URL
    #: is then taken from that API's `GET /gateway/bot`, so both come from the same place.
    api_base_url: str | None = None
    #: Sync slash commands to this one server only (instant, for development); `None` = global.
    guild_id: int | None = None
    #: Sharding for large bots; `None` = ask Discord how many shards (`GET /gateway/bot`).
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None

    @classmethod
    def from_env(cls) -> DiscordSettings | None:
        """Settings from `DISCORD_*` variables; `None` when no bot token is set."""
        token = secret("DISCORD_BOT_TOKEN")
        if token is None:
            return None
        if token.count(".") < 2 or any(character.isspace() for character in token):
            raise ConfigError(
                "DISCORD_BOT_TOKEN does not look like a bot token (copy it from the Bot page of "
                "your application in the Discord developer portal)"
            )
        shard_count = _whole_number("DISCORD_SHARD_COUNT", minimum=1)
        shard_ids = _shard_ids(os.environ.get("DISCORD_SHARD_IDS", ""))
        if shard_ids is not None and (
            shard_count is None or any(shard >= shard_count for shard in shard_ids)
        ):
            raise ConfigError(
                "DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT, and every id must be below it "
                "(e.g. DISCORD_SHARD_COUNT=4 DISCORD_SHARD_IDS=0,1)"
            )
        return cls(
            token=token,
            api_base_url=_api_base_url(os.environ.get("DISCORD_API_BASE_URL", "")),
            guild_id=_snowflake("DISCORD_GUILD_ID"),
            shard_count=shard_count,
            shard_ids=shard_ids,
        )


def _api_base_url(raw: str) -> str | None:
    """`http://proxy:8080/api` or `…/api/v10` → `…/api/v10` (the version discord.py speaks)."""
    value = raw.strip().rstrip("/")
    if not value:
        return None
    if not value.startswith(("http://", "https://")):
        raise ConfigError(f"DISCORD_API_BASE_URL must start with http:// or https://, not {raw!r}")
    return value if _VERSIONED.search(value) else f"{value}/v10"


def _snowflake(name: str) -> int | None:
    value = os.environ.get(name, "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise ConfigError(f"{name} must be a Discord id (digits only), not {value!r}")
    return int(value)


def _whole_number(name: str, *, minimum: int) -> int | None:
    value = os.environ.get(name, "").strip()
    if not value:
        return None
    if not value.isdigit() or int(value) < minimum:
        raise ConfigError(f"{name} must be a whole number of at least {minimum}, not {value!r}")
    return int(value)


def _shard_ids(raw: str) -> tuple[int, ...] | None:
    parts = [part.strip() for part in raw.split(",") if part.strip()]
    if not parts:
        return None
    if not all(part.isdigit() for part in parts):
        raise ConfigError(f"DISCORD_SHARD_IDS must be shard numbers like 0,1,2, not {raw!r}")
    return tuple(int(part) for part in parts)
