"""How much one person can ask of the bot, and of their partner.

Two limits, both on the engine's clock (never the wall clock), so tests and several workers agree:

- `RateLimiter`: a token bucket per sender, checked before an event touches the database. A burst
  (about 20 messages) is fine, then one message every few seconds; what goes past it is dropped
  unread. The first dropped message gets one kind "slow down", then the bot stays quiet about it
  for a while instead of answering every dropped message. It lives in memory, per process: with
  several workers a sender's burst is at most one burst per worker.
- `may_reach_partner`: a daily cap on the messages a person's words send to their partner (an
  appreciation, a `/talk` or `/listen` share, a reflection), counted on the person's row in the
  person's own calendar day. Beyond it: one kind line, nothing stored, nothing sent.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.engine.turn import Turn
from bot.engine.zones import local_time


class Admission(enum.Enum):
    """What to do with one incoming event."""

    HANDLE = "handle"
    #: Dropped, and the sender hears (once) that they are going too fast.
    SLOW_DOWN = "slow_down"
    #: Dropped without a word (they were already told).
    DROP = "drop"


@dataclass
class _Bucket:
    tokens: float
    #: Seconds (the clock's timestamp) of the last refill.
    refilled_at: float
    #: Until when a dropped message gets no answer (the sender was just told to slow down).
    quiet_until: float = 0.0


class RateLimiter:
    """A token bucket per sender: `burst` messages at once, refilled at `per_minute`.

    Checked for every event, so it works in plain seconds (one `timestamp()` per call)."""

    SWEEP_EVERY_SECONDS = 60.0

    def __init__(
        self, *, per_minute: float, burst: int, quiet_for: timedelta = timedelta(minutes=5)
    ) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.quiet_for = quiet_for.total_seconds()
        self._buckets: dict[tuple[str, str], _Bucket] = {}
        self._next_sweep = 0.0

    def admit(self, sender: tuple[str, str], now: datetime) -> Admission:
        """Take one token for `sender` (platform, platform user id) if there is one."""
        at = now.timestamp()
        if at >= self._next_sweep:
            self._sweep(at)
        bucket = self._buckets.get(sender)
        if bucket is None:
            bucket = self._buckets[sender] = _Bucket(self.burst, at)
        else:
            self._refill(bucket, at)
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return Admission.HANDLE
        if at < bucket.quiet_until:
            return Admission.DROP
        bucket.quiet_until = at + self.quiet_for
        return Admission.SLOW_DOWN

    def _refill(self, bucket: _Bucket, at: float) -> None:
        if at > bucket.refilled_at:
            bucket.tokens = min(self.burst, bucket.tokens + (at - bucket.refilled_at) * self.rate)
            bucket.refilled_at = at

    def _sweep(self, at: float) -> None:
        """Forget senders whose bucket is full again and who are not being kept quiet, at most
        once a minute, so memory follows the people active right now, not everyone ever seen."""
        self._next_sweep = at + self.SWEEP_EVERY_SECONDS
        for sender, bucket in list(self._buckets.items()):
            self._refill(bucket, at)
            if bucket.tokens >= self.burst and at >= bucket.quiet_until:
                del self._buckets[sender]

    def __len__(self) -> int:
        return len(self._buckets)


def may_reach_partner(turn: Turn) -> bool:
    """The guard before a person's words go to their partner: `True` counts one more message for
    today; `False` (past today's cap) has already said so kindly and ended the waiting question,
    and the caller stores and sends nothing."""
    person = turn.person
    today = local_time(person, turn.now).date()
    sent_today = person.partner_messages_count if person.partner_messages_on == today else 0
    if sent_today >= turn.settings.partner_messages_per_day:
        turn.done()
        turn.reply("limits.partner_daily_cap", partner=turn.name_of(turn.partner))
        return False
    turn.person = turn.store.count_partner_message(person, today, sent_today + 1)
    return True
