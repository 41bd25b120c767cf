"""What only a platform knows, asked by the engine through the contract.

An adapter declares its capabilities once (Telegram knows its `t.me` deep links once getMe has
answered, and can ask for a location in a private chat; Discord and the console can do neither);
the engine asks for them by platform name while it composes a reply,
and never builds a platform's address itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol


class Capabilities(Protocol):
    """The questions the engine may ask an adapter (answered at once, without I/O)."""

    def invite_link(self, code: str) -> str | None:
        """A link that opens the bot and joins with `code`, or `None` where there is none."""
        ...

    def can_ask_location(self, *, private: bool) -> bool:
        """Whether a message can carry a "share my location" button (`Outbound.ask_location`)
        in a private chat (`private`) or a group."""
        ...


#: The running adapters by platform name, as the engine sees them.
Platforms = Mapping[str, Capabilities]


def invite_link(platforms: Platforms, code: str, *, prefer: str | None = None) -> str | None:
    """A deep link for `code`: the platform the person wrote from first, then any other."""
    names = sorted(platforms, key=lambda name: name != prefer)
    for name in names:
        # An adapter that does not declare the capability has no such links.
        ask = getattr(platforms[name], "invite_link", None)
        link = ask(code) if ask is not None else None
        if isinstance(link, str) and link:
            return link
    return None


def can_ask_location(platforms: Platforms, platform: str, *, private: bool) -> bool:
    """Whether `platform` can ask for a location there; an adapter that does not declare the
    capability cannot (so nobody is told about a button they will not see)."""
    adapter = platforms.get(platform)
    ask = getattr(adapter, "can_ask_location", None)
    return bool(ask(private=private)) if ask is not None else False
