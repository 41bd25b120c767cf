"""Safety screening: how well it recognises the labelled corpora, and how long `screen()` takes on
messages of 1k, 10k and 100k characters, ordinary and adversarial.

- Quality: every `tests/safety_corpus/*.tsv` file, with recall, false alarms and how often the
  right concern (which picks the reply) was named, per file and per concern. The model is
  trained on the tuning files, so these say what is covered; the generalisation figures that
  follow score each tuning file after the first with a model trained on the others (the tables
  were tuned on the first only).
- Time: the median CPU time of several `screen()` calls on each message. Adversarial messages
  repeat the pieces patterns are built from ("he has been has been …", "i want to i want to …",
  spaced and disguised letters, one 100k-letter word), which is where a backtracking pattern
  would go quadratic or worse. Linear means the time per character stays flat from 1k to
  100k; the last line compares the worst 100k time with ten times the same message's 10k time.

The engine refuses messages over 4,000 characters before screening them, so 10k and 100k only show
that no message can stall the event loop, not an everyday cost.
"""

from __future__ import annotations

import functools
import os
import platform
import statistics
import time
import tracemalloc
from collections.abc import Callable

from bot.engine import safety_meaning
from bot.engine.safety import compiled_patterns, fold, models, screen
from bot.engine.safety_words import _train
from tests.test_safety_corpus import FILES, read_corpus, report, tally

LENGTHS = (1_000, 10_000, 100_000)
ORDINARY = (
    "We had a lovely walk by the river and talked about the holiday. He made dinner, I did the "
    "dishes, and we laughed about the dog stealing a sock. Tomorrow is busy but we'll manage. "
)
# Messages that read the tables as well as the model.
CONCERNING = (
    "he checks my phone every night and I'm scared of what he'll do if I go out",
    "I've been thinking about ending it",
)
# name → a piece repeated to the length wanted
MESSAGES: dict[str, str] = {
    "ordinary prose": ORDINARY,
    "ordinary, mixed scripts": "Мы гуляли у реки. 今日はいい天気でした。 Nous avons dîné. ",
    "he has been … (partner + filler)": "he has been ",
    "i want to … (urge openings)": "i want to ",
    "my partner … (subjects)": "my partner ",
    "afraid of what … (fear openings)": "im afraid of what ",
    "he said that he … (threat openings)": "he said that he ",
    "k*ll d1e (disguised words)": "k*ll d1e m3 ",
    "s u i c (spaced letters)": "s u i c ",
    "one long word": "a",
    "punctuation only": "!?*. ",
}


def _message(piece: str, length: int) -> str:
    return (piece * (length // len(piece) + 1))[:length]


def _median_ms(call: Callable[[], object], repeats: int) -> float:
    """Median CPU time of this thread, in ms: on a shared machine wall time mostly measures the
    other processes (screening does no I/O, so its CPU time is its cost)."""
    timings = []
    for _ in range(repeats):
        started = time.thread_time()
        call()
        timings.append((time.thread_time() - started) * 1000)
    return statistics.median(timings)


def _quality() -> None:
    print("recognition (tests/safety_corpus/*.tsv)")
    for path in FILES:
        result = tally(read_corpus(path))
        for line in report(path.name, result).splitlines():
            if line.lstrip().startswith(("missed", "flagged")):
                continue
            print(f"  {line}")


def _timing() -> tuple[float, str]:
    screen("warm up")  # the tables are compiled on first use
    print(f"screen() CPU time, median ms ({len(compiled_patterns())} patterns)")
    print(f"  {'message':<38}" + "".join(f"{length:>10,}" for length in LENGTHS) + "  µs/char@100k")
    worst_ratio, worst_name = 0.0, ""
    for name, piece in MESSAGES.items():
        row = []
        for length in LENGTHS:
            text = _message(piece, length)
            row.append(_median_ms(functools.partial(screen, text), 9 if length < 100_000 else 3))
        ratio = row[2] / (10 * row[1])
        if ratio > worst_ratio:
            worst_ratio, worst_name = ratio, name
        cells = "".join(f"{ms:>10.2f}" for ms in row)
        print(f"  {name:<38}{cells}  {row[2] * 1000 / LENGTHS[2]:>8.2f}")
    fold_ms = _median_ms(lambda: fold(_message(ORDINARY, 100_000)), 3)
    print(f"  of which folding 100k of ordinary prose: {fold_ms:.1f} ms")
    typical_ms = _median_ms(lambda: screen(ORDINARY[:200]), 51)
    print(f"  a typical 200-character message: {typical_ms:.3f} ms")
    for text in CONCERNING:
        print(f"  {text!r}: {_median_ms(lambda text=text: screen(text), 51):.3f} ms")
    return worst_ratio, worst_name


def _memory() -> None:
    tracemalloc.start()
    loaded = models()
    size = tracemalloc.get_traced_memory()[0] / 1e6
    tracemalloc.stop()
    used = ", ".join(
        f"{code} {sum(1 for at in range(0, len(each.table), 5) if any(each.table[at : at + 5])):,}"
        for code, each in loaded.items()
    )
    print(f"models: buckets in use {used}; {size:.1f} MB once loaded (on the first message)")


def _resident_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


#: A message the words leave ordinary and the meaning model reads (tests/test_safety_meaning.py).
SIDEWAYS = (
    "there are moments with our toddler when the red mist comes down and I honestly don't trust "
    "my own hands anymore"
)


def _meaning() -> None:
    """The meaning model's cost: memory and time to load, time per message it reads, and how
    many of the corpus's messages it is asked about at all."""
    before = _resident_mb()
    started = time.perf_counter()
    safety_meaning.prepare()
    loaded = time.perf_counter() - started
    print(
        f"meaning model: loaded in {loaded:.1f} s, resident +{_resident_mb() - before:.0f} MB"
        " (on the first message)"
    )
    asked = 0
    reading = safety_meaning.probabilities

    def counted(text: str) -> tuple[float, ...] | None:
        nonlocal asked
        asked += 1
        return reading(text)

    safety_meaning.probabilities = counted  # type: ignore[assignment]
    try:
        messages = [item.text for path in FILES for item in read_corpus(path)]
        for text in messages:
            screen(text)
    finally:
        safety_meaning.probabilities = reading  # type: ignore[assignment]
    share = asked / len(messages)
    print(f"  asked about {asked:,} of {len(messages):,} corpus messages ({share:.1%})")
    one = _median_ms(lambda: screen(SIDEWAYS), 51)
    print(f"  screen() of a message it reads ({len(SIDEWAYS)} characters): {one:.2f} ms")
    long = _message(ORDINARY, 4_000)[: -len(SIDEWAYS)] + SIDEWAYS
    windows = len(safety_meaning.windows(long))
    read_long = _median_ms(lambda: safety_meaning.probabilities(long), 21)
    print(f"  4,000 characters ({windows} windows): {read_long:.2f} ms")
    # The dearest message the engine lets through: disguised words break into about 2.4 times as
    # many of the encoder's pieces as prose, and its time is linear in pieces.
    disguised = _message(MESSAGES["k*ll d1e (disguised words)"], 4_000)
    whole = _median_ms(lambda: screen(disguised), 9)
    read_disguised = _median_ms(lambda: safety_meaning.probabilities(disguised), 9)
    print(
        f"  4,000 characters of disguised words: screen() {whole:.1f} ms, of which the meaning"
        f" model {read_disguised:.1f} ms ({len(safety_meaning.windows(disguised))} windows)"
    )


def run() -> None:
    print(
        f"safety screening — {platform.processor() or platform.machine()}, {os.cpu_count()} cores,"
        f" load average {os.getloadavg()[0]:.1f}; Python {platform.python_version()}"
    )
    _memory()
    _meaning()
    # Cost first: the corpus passes below take most of the run (about 15 minutes on two cores
    # with 40,000 messages), and the figures that need a quiet machine should not wait for them.
    worst_ratio, worst_name = _timing()
    _quality()
    print("generalisation (python -m bot.engine.safety_words._train --cross-validate)")
    for code in _train.LANGUAGES:
        _train.cross_validate(_train.tuning_files(code), code)
    print(
        f"RESULT safety: worst 100k/(10×10k) time ratio {worst_ratio:.2f} ({worst_name});"
        f" {'linear' if worst_ratio < 2 else 'NOT linear'}"
    )


if __name__ == "__main__":
    run()
