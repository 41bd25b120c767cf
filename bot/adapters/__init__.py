"""Chat adapters: one file per platform, each a thin translation around the engine."""

from bot.adapters.base import Adapter, Handler

__all__ = ["Adapter", "Handler"]
