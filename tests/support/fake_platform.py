"""A chat platform at the network edge, for outbox tests and benchmarks: an `Adapter` whose
`send` answers the way Telegram's Bot API does — 429 "retry after" whenever its rate limits are
broken (and, if asked, at random), "unreachable" for chats that blocked the bot — and records
every message it accepted."""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable

from bot.adapters.base import Handler
from bot.engine.events import DeliveryResult, DeliveryStatus, Outbound
from bot.rate_limits import RateLimits, Window


class _Window:
    """Every send time, counted over a sliding window: an independent check of the outbox."""

    def __init__(self, window: Window) -> None:
        self.window = window
        self.times: deque[float] = deque()

    def full(self, now: float) -> bool:
        while self.times and self.times[0] <= now - self.window.period:
            self.times.popleft()
        return len(self.times) >= self.window.count

    def add(self, now: float) -> None:
        self.times.append(now)


class FakePlatform:
    def __init__(
        self,
        platform: str,
        limits: RateLimits,
        *,
        group_chats: frozenset[str] = frozenset(),
        random_429: float = 0.0,
        retry_after: float = 1.0,
        latency: float = 0.0,
        seed: int = 7,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.platform = platform
        self.rate_limits = limits
        self.group_chats = group_chats
        self.random_429 = random_429
        self.retry_after = retry_after
        self.latency = latency
        self.clock = clock
        self.unreachable: set[str] = set()
        self.fail_once: set[str] = set()
        self.accepted: list[tuple[float, Outbound]] = []
        self.rate_limited = 0
        self.random_limited = 0
        self._random = random.Random(seed)
        self._overall = _Window(limits.overall)
        self._chats: dict[str, list[_Window]] = defaultdict(list)

    async def start(self, handler: Handler) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def send(self, outbound: Outbound) -> DeliveryResult:
        now = self.clock()
        chat = outbound.address.chat_id
        answer = self._answer(chat, outbound, now)
        if self.latency:
            await asyncio.sleep(self.latency)
        return answer

    def _answer(self, chat: str, outbound: Outbound, now: float) -> DeliveryResult:
        if chat in self.unreachable:
            return DeliveryResult(DeliveryStatus.UNREACHABLE, detail="Forbidden: bot was blocked")
        if outbound.text in self.fail_once:
            self.fail_once.discard(outbound.text)
            return DeliveryResult(DeliveryStatus.TRANSIENT, detail="connection reset")
        windows = self._chats[chat]
        if not windows:
            windows.append(_Window(self.rate_limits.per_chat))
            if chat in self.group_chats:
                windows.append(_Window(self.rate_limits.per_group))
        if self._overall.full(now) or any(window.full(now) for window in windows):
            self.rate_limited += 1
            return DeliveryResult(DeliveryStatus.RETRY_AFTER, retry_after=self.retry_after)
        if self.random_429 and self._random.random() < self.random_429:
            self.random_limited += 1
            return DeliveryResult(DeliveryStatus.RETRY_AFTER, retry_after=self.retry_after)
        self._overall.add(now)
        for window in windows:
            window.add(now)
        self.accepted.append((now, outbound))
        return DeliveryResult.ok(str(len(self.accepted)))

    # -- what happened ---------------------------------------------------------------------------

    def texts_to(self, chat: str) -> list[str]:
        return [
            outbound.text for _at, outbound in self.accepted if outbound.address.chat_id == chat
        ]

    def duplicates(self) -> list[str]:
        counts = Counter(outbound.text for _at, outbound in self.accepted)
        return [text for text, number in counts.items() if number > 1]

    def rate(self) -> float:
        """Accepted messages per second, comparable with the overall limit: the time from the
        first to the last, plus the last window's own length (a full window may go at once)."""
        if not self.accepted:
            return 0.0
        span = self.accepted[-1][0] - self.accepted[0][0] + self.rate_limits.overall.period
        return len(self.accepted) / span
