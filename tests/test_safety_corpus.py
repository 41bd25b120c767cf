"""Screening against labelled corpora: every `tests/safety_corpus/*.tsv` file is held to recall
≥ 95 % and false alarms ≤ 5 %. The figures per file and per concern are printed (`pytest -s`
shows them) so BENCHMARKS.md can quote them.

A held-out file (`*_heldout*.tsv`, written by someone who never saw the patterns, the model or
the tuning files) that does not reach the goal yet is named in `NOT_YET_AT_GOAL` with a floor at
the figures it had when it arrived: its goal test is then a strict expected failure, so it turns
red the day the goal is met and the entry must go, and the floor keeps it from sliding back
meanwhile. Issue 14 stays open until the goal is met on a held-out file.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.engine.safety import Concern, screen

CORPUS = Path(__file__).resolve().parent / "safety_corpus"
FILES = sorted(CORPUS.glob("*.tsv"))
RECALL_GOAL = 0.95
FALSE_ALARM_GOAL = 0.05
#: Files short of the goal → (least recall, most false alarms) they may show: floors at their
#: latest figures, so they never slide back. The first held-out file (2026-12-02) was read
#: while tuning and became `en_tuning_b.tsv`; `en_heldout_b.tsv` (322 messages by a second
#: independent writer) arrived after the model was trained: recall 64.3 %, false alarms 0.7 %.
#: The others were written on 2026-12-02 by independent writers who saw no code, pattern or
#: corpus, and added after everything else here was tuned and trained. Their figures as they
#: stand (they arrived at: en_c 79.1 % / 4.4 %, en_d 76.2 % / 1.8 %; the other languages, with
#: their tables alone, es 33.3 % / 5.0 %, pt 25.6 / 3.8, de 20.0 / 6.3, fr 34.4 / 3.8, ru 31.1 /
#: 3.8, ar 34.4 / 2.5). With a model per language, tables extended on 1,600 new messages per
#: language and 1,600 more English messages in training (2026-12-02 afternoon), recall rose
#: 7–8 points in English and 38–58 in the others; false alarms rose too, past the goal in German
#: and Russian (tests/safety_corpus/README.md). On 2026-12-03, with thresholds chosen on fresh
#: batches and 600 more messages per language written into the tables and models, every file's
#: false alarms came within the goal and recall rose up to 9 points (BENCHMARKS.md).
NOT_YET_AT_GOAL: dict[str, tuple[float, float]] = {
    # With the meaning model (2026-12-04; `safety_meaning`) en_heldout_c and es_heldout reached
    # the goal and left this list, pt_heldout later that day; the others rose 4–16 points of
    # recall. Retraining on a new batch moves a held-out file's figures by a message or two
    # either way (the head is retrained on every language at once), so each floor is the figure
    # as it stands after the last retraining, and a file near the goal crosses it both ways:
    # on the evening of 2026-12-04 en_heldout_b went 95.3 → 94.7 → 94.7 → 95.3 % (the goal) over
    # three retrainings and 94.7 → 94.2 → 94.2 % over the night's three; fr_heldout's false
    # alarms 7.5 → 5.0 (the goal) → 6.2 → 7.5 %, then 3.8 → 5.0 → 5.0 % (the goal since).
    "en_heldout_d.tsv": (0.938, 0.019),
    # 87.8 % before the Arabic and Arabizi batches of the afternoon of 2026-12-04, 84.4–87.8 %
    # after each retraining since; 88.9 % with Arabic's own meaning bars (2026-12-05).
    "ar_heldout.tsv": (0.888, 0.013),
    # (en_tuning_c, _d, _e, _k, _l and _o, short of the goal since the word model stopped flagging
    # 7–8-word English messages alone, are past it with the meaning model; ru_heldout and the
    # last tuning files short of it, most by a message, since the bars for short messages were
    # chosen on cross-validation: `safety.MEANING_SHORT`; en_heldout_b and de_heldout since long
    # messages are weighed by the two models' odds: `safety.MEANING_ALONE`.)
}
EXPECTED_FAILURE = pytest.mark.xfail(
    strict=True, reason="held-out goal not reached yet (issue 14): see NOT_YET_AT_GOAL"
)


@dataclass(frozen=True)
class Labelled:
    line: int
    concern: Concern | None  # None: an ordinary message
    text: str


@dataclass
class Tally:
    """What screening made of one corpus: counts per concern, and the messages it got wrong."""

    concerning: Counter[Concern] = field(default_factory=Counter)
    caught: Counter[Concern] = field(default_factory=Counter)
    rightly: Counter[Concern] = field(default_factory=Counter)
    ordinary: int = 0
    false_alarms: int = 0
    missed: list[Labelled] = field(default_factory=list)
    flagged: list[tuple[Labelled, Concern]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return sum(self.caught.values()) / max(1, sum(self.concerning.values()))

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / max(1, self.ordinary)

    @property
    def right_concern_rate(self) -> float:
        return sum(self.rightly.values()) / max(1, sum(self.caught.values()))


def read_corpus(path: Path) -> list[Labelled]:
    """The messages of one file; a malformed line fails loudly rather than being skipped."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows and rows[0] == ["label", "concern", "text"], f"{path.name}: header"
    messages = []
    for number, row in enumerate(rows[1:], start=2):
        if not row:
            continue
        assert len(row) == 3, f"{path.name}:{number}: three columns, tab-separated"
        label, concern, text = row
        assert label in {"concern", "ordinary"}, f"{path.name}:{number}: label {label!r}"
        assert text.strip(), f"{path.name}:{number}: empty text"
        if label == "concern":
            messages.append(Labelled(number, Concern(concern), text))
        else:
            assert concern in {"", "ordinary"}, f"{path.name}:{number}: ordinary with a concern"
            messages.append(Labelled(number, None, text))
    return messages


def tally(messages: list[Labelled]) -> Tally:
    result = Tally()
    for message in messages:
        screening = screen(message.text)
        if message.concern is None:
            result.ordinary += 1
            if screening is not None:
                result.false_alarms += 1
                result.flagged.append((message, screening.concern))
            continue
        result.concerning[message.concern] += 1
        if screening is None:
            result.missed.append(message)
            continue
        result.caught[message.concern] += 1
        if screening.concern is message.concern:
            result.rightly[message.concern] += 1
    return result


def report(name: str, result: Tally) -> str:
    lines = [
        f"{name}: recall {result.recall:.1%} ({sum(result.caught.values())}/"
        f"{sum(result.concerning.values())}), false alarms {result.false_alarm_rate:.1%} "
        f"({result.false_alarms}/{result.ordinary}), right concern {result.right_concern_rate:.1%}"
    ]
    for concern in Concern:
        total = result.concerning[concern]
        if total:
            caught, rightly = result.caught[concern], result.rightly[concern]
            lines.append(
                f"  {concern.value:<11} recall {caught / total:6.1%} ({caught}/{total}), "
                f"right concern {rightly / max(1, caught):6.1%}"
            )
    lines += [f"  missed   line {m.line}: {m.text}" for m in result.missed]
    lines += [f"  flagged  line {m.line} as {c.value}: {m.text}" for m, c in result.flagged]
    return "\n".join(lines)


def test_there_is_a_corpus_of_at_least_300_english_messages() -> None:
    english = [path for path in FILES if path.name.startswith("en_")]
    assert english, "tests/safety_corpus/en_*.tsv"
    assert len(read_corpus(CORPUS / "en_tuning.tsv")) >= 300


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(path, marks=EXPECTED_FAILURE) if path.name in NOT_YET_AT_GOAL else path
        for path in FILES
    ],
    ids=[path.name for path in FILES],
)
def test_screening_reaches_the_goal_on_every_corpus(path: Path) -> None:
    messages = read_corpus(path)
    assert any(m.concern for m in messages) and any(m.concern is None for m in messages)
    result = tally(messages)
    summary = report(path.name, result)
    print("\n" + summary)
    assert result.recall >= RECALL_GOAL, summary
    assert result.false_alarm_rate <= FALSE_ALARM_GOAL, summary


def test_the_tuning_corpus_mostly_names_who_is_at_risk_rightly() -> None:
    """On the corpus the patterns were tuned on, the concern (which picks the reply) is right for
    at least nine caught messages in ten; held-out files only report it."""
    result = tally(read_corpus(CORPUS / "en_tuning.tsv"))
    assert result.right_concern_rate >= 0.9, report("en_tuning.tsv", result)


@pytest.mark.parametrize("name", sorted(NOT_YET_AT_GOAL))
def test_held_out_figures_never_slide_below_todays(name: str) -> None:
    least_recall, most_false_alarms = NOT_YET_AT_GOAL[name]
    result = tally(read_corpus(CORPUS / name))
    summary = report(name, result)
    print("\n" + summary)
    assert result.recall >= least_recall, summary
    assert result.false_alarm_rate <= most_false_alarms, summary


WORDS = Path(__file__).resolve().parents[1] / "bot" / "engine" / "safety_words"
SHIPPED_MODELS = sorted(
    path.name.removeprefix("_model_").removesuffix(".bin") for path in WORDS.glob("_model_*.bin")
)


def test_every_language_nearer_speaks_has_a_model() -> None:
    """Every language Nearer speaks brings its own labelled messages and a model trained on
    them (its tables alone caught a fifth to a third of its held-out messages)."""
    from bot.engine.safety_words import _train
    from prompts.loader import language_infos

    assert sorted(_train.LANGUAGES) == SHIPPED_MODELS == sorted(language_infos())


@pytest.mark.parametrize("code", SHIPPED_MODELS)
def test_the_shipped_model_is_what_training_on_the_tuning_files_gives(code: str) -> None:
    """Same corpus, same weights: each language's model in the repository is reproducible, and a
    tuning file added or changed without retraining (`python -m bot.engine.safety_words._train
    --all`) is noticed. Held-out files are never trained on. Weights may differ by a rounding
    step between machines (numpy's exp is vectorised differently per CPU), so they are compared
    to 0.002."""
    from bot.engine.safety import load_model
    from bot.engine.safety_words import _train

    sources = _train.tuning_files(code)
    assert sources and not [path for path in sources if "heldout" in path.name]
    trained, header = load_model(_train.render(_train.train(_train.read(sources)), sources, code))
    shipped, shipped_header = load_model(_train.model_path(code).read_bytes())
    assert header == {**shipped_header, "bias": header["bias"]}, "retrain: other files"
    assert trained.bias == pytest.approx(shipped.bias, abs=0.002)
    assert trained.words == shipped.words, "retrain: other words"
    differences = [abs(a - b) for a, b in zip(trained.table, shipped.table, strict=True)]
    assert max(differences) <= 2, "retrain the model"


def test_no_held_out_message_is_also_a_tuning_message() -> None:
    """Writers who never saw each other's files still meet on common phrasings ("he makes me do
    stuff in bed i dont want to…"); a held-out message that is also in a tuning file is trained
    on, and its held-out figure flatters. Compared as people would read them: case and the
    spaces around them aside."""

    def texts(path: Path) -> set[str]:
        return {message.text.strip().casefold() for message in read_corpus(path)}

    held_out = set().union(*(texts(path) for path in FILES if "heldout" in path.name))
    shared = {path.name: sorted(texts(path) & held_out) for path in FILES if "tuning" in path.name}
    assert not {name: found for name, found in shared.items() if found}


def test_files_marked_not_yet_at_goal_exist() -> None:
    """A mark for a held-out file that was renamed or removed would silently test nothing."""
    assert all((CORPUS / name).exists() for name in NOT_YET_AT_GOAL)
