"""Free-text answers (`bot/engine/companion.py`): how many everyday messages of the labelled sets
get a relevant answer, and what choosing one costs on the per-message path.

- Quality: `tests/companion_corpus/en.tsv` (the set the rules were written with) and
  `en_heldout.tsv` (written afterwards): relevant answers and the share left to the generic
  pointer.
- Time: the median CPU time per message of `topic_of()` over the whole set, and the worst
  message; plus a 4,000-character message (the longest the engine takes) of ordinary prose
  that matches nothing, which walks every pattern and every word.
"""

from __future__ import annotations

import statistics
import time

from bot.engine.companion import load_companion
from bot.engine.flows import default_flows
from bot.engine.router import Router
from tests.support.world import shared_prompts
from tests.test_companion_corpus import labelled, score

PROSE = "The parcel arrived on the wrong street and the neighbour kept it in the garage. "


def _cpu_us(function: object, argument: str, repeat: int = 50) -> float:
    runs = []
    for _ in range(repeat):
        start = time.process_time_ns()
        function(argument)  # type: ignore[operator]
        runs.append(time.process_time_ns() - start)
    return statistics.median(runs) / 1000


def run() -> None:
    companion = load_companion(shared_prompts(), Router(default_flows()).commands)
    print("Free-text answers (bot/engine/companion.py)")
    for name in ("en", "en_heldout"):
        result = score(companion, labelled(name))
        print(
            f"  {name}.tsv: {result.total} messages, relevant {result.relevant / result.total:.1%},"
            f" generic fallback {result.fallback / result.total:.1%}"
        )
    messages = [message for _expected, message in labelled("en")]
    times = [_cpu_us(companion.topic_of, message) for message in messages]
    print(
        f"  per message (median of the set): {statistics.median(times):.1f} µs CPU;"
        f" worst message {max(times):.1f} µs"
    )
    long = (PROSE * 60)[:4000]
    long_time = _cpu_us(companion.topic_of, long)
    print(f"  a 4,000-character message that fits no topic: {long_time:.0f} µs")
