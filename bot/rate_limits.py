"""How fast each platform accepts messages, and a pacer that keeps the outbox inside it.

The pacer is plain bookkeeping over times it is given (no sleeping, no clock of its own), so the
rules are easy to test: at most N messages in any window of `period` seconds, overall, per chat
and per group chat, plus holds after a platform said "retry after N seconds".
"""

from __future__ import annotations

from collections import deque

from bot.adapters.base import RateLimits, Window

__all__ = ["Pacer", "RateLimits", "Window", "limits_for"]


def limits_for(platform: str, adapter: object) -> RateLimits | None:
    """The limits the adapter declares (its `rate_limits` capability, declared once, in the
    adapter); `None` (no pacing) for one that declares none, such as the console."""
    declared = getattr(adapter, "rate_limits", None)
    return declared if isinstance(declared, RateLimits) else None


#: Seconds kept clear of a window's edge: the platform reads its clock a moment after we read
#: ours (longer if a garbage-collection pause falls in between), and right on the edge it would
#: count one message too many. Costs about 0.5 % of throughput at 30 msg/s.
SAFETY_MARGIN = 0.005


class _Recent:
    """The last `count` send times: the oldest of them decides when the next may go."""

    __slots__ = ("times", "window")

    def __init__(self, window: Window) -> None:
        self.window = window
        self.times: deque[float] = deque(maxlen=window.count)

    def ready_at(self, now: float) -> float:
        if len(self.times) < self.window.count:
            return now
        return max(now, self.times[0] + self.window.period + SAFETY_MARGIN)

    def record(self, at: float) -> None:
        self.times.append(at)

    def idle_since(self, now: float) -> bool:
        return not self.times or self.times[-1] + self.window.period <= now


class Pacer:
    """When may the next message to a chat go, given what was sent and what the platform said."""

    def __init__(self, limits: RateLimits) -> None:
        self.limits = limits
        self._overall = _Recent(limits.overall)
        self._chats: dict[str, tuple[_Recent, ...]] = {}
        self._held_until: dict[str, float] = {}
        self._all_held_until = 0.0
        self._recent_holds: deque[float] = deque(maxlen=3)
        self._records = 0

    def ready_at(self, chat_id: str, now: float) -> float:
        """When the next message to this chat may go (a group's own limit was noted when it
        was first sent to, by `record`)."""
        ready = max(now, self._overall.ready_at(now), self._all_held_until)
        for recent in self._chats.get(chat_id, ()):
            ready = max(ready, recent.ready_at(now))
        return max(ready, self._held_until.get(chat_id, 0.0))

    def record(self, chat_id: str, is_group: bool, at: float) -> None:
        self._overall.record(at)
        windows = self._chats.get(chat_id)
        if windows is None:
            # A group chat is a chat too: both its limits apply.
            limits = self.limits
            kinds = (limits.per_chat, limits.per_group) if is_group else (limits.per_chat,)
            windows = self._chats[chat_id] = tuple(_Recent(window) for window in kinds)
        for recent in windows:
            recent.record(at)
        self._records += 1
        if self._records % 1024 == 0:
            self._forget_idle(at)

    def hold(self, chat_id: str, until: float, now: float) -> None:
        """The platform said "retry after": nothing more to this chat until then. Three holds
        within a second mean the whole bot is being throttled: everything waits."""
        self._held_until[chat_id] = max(self._held_until.get(chat_id, 0.0), until)
        self._recent_holds.append(now)
        if len(self._recent_holds) == self._recent_holds.maxlen and (
            now - self._recent_holds[0] <= 1.0
        ):
            self._all_held_until = max(self._all_held_until, until)

    def _forget_idle(self, now: float) -> None:
        """Keep memory flat: chats with nothing recent have nothing to remember."""
        idle = [c for c, windows in self._chats.items() if all(w.idle_since(now) for w in windows)]
        for chat_id in idle:
            del self._chats[chat_id]
        for chat_id in [c for c, until in self._held_until.items() if until <= now]:
            del self._held_until[chat_id]
