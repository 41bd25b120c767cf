"""How the meaning model's bars by length (`safety.MEANING_SHORT`, `Thresholds.meaning_bar`) were
chosen: the whole screen() path under grouped cross-validation over every tuning file.

    python -m bot.engine.safety_words._bars     # about half an hour on two cores

Each tuning file is judged by word models and a head trained without it (the eight folds of
`_train_meaning --folds`), through the tables, the word model, its second opinion and then the
meaning model, so the figures are what screen() would do on text like it that it never saw.
Prints the shipped bars' recall and false alarms, then, for each length and for English, Arabic
and the other languages apart, what each other rule (the two models' mean, their odds as screen()
weighs long messages, or each on its own) and bar would catch and flag on top of them. Only
tuning files are read, never a held-out one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from bot.engine import safety
from bot.engine.safety_words._train import LANGUAGES, read, train, tuning_files
from bot.engine.safety_words._train_meaning import FOLDS, corpus, sources, train_head

#: Lengths in words: [from, to) of each row of the sweep.
LENGTHS = ((3, 5), (5, 7), (7, 9), (9, 13), (13, 1 << 30))
BARS = (0.6, 0.65, 0.7, 0.72, 0.74, 0.76, 0.8, 0.85, 0.9, 0.95)


@dataclass(frozen=True)
class Unseen:
    """Per tuning message, what screen() knows of it before the meaning model is asked, from
    models that never saw its file."""

    concerning: NDArray[np.bool_]
    before: NDArray[np.bool_]  # flagged by the tables and the word model already
    eligible: NDArray[np.bool_]  # the word model knows enough of it for the meaning model to speak
    words: NDArray[np.int64]
    language: NDArray[np.str_]  # the language whose model judged it
    worded: NDArray[np.float64]  # the word model's likelihood
    meant: NDArray[np.float64]  # the head's


def unseen() -> Unseen:
    paths = sources()
    names = [path.name for path in paths]
    texts = [text for path in paths for text, _ in read([path])]
    meanings, labels, owners = corpus(paths)
    count = len(labels)
    before = np.zeros(count, dtype=bool)
    eligible = np.zeros(count, dtype=bool)
    words = np.zeros(count, dtype=np.int64)
    language = np.full(count, "", dtype="<U2")
    worded = np.zeros(count)
    meant = np.zeros(count)
    shipped = safety.models
    for fold in range(FOLDS):
        held = set(names[fold::FOLDS])
        inside = np.array([owner in held for owner in owners])
        head = train_head(meanings[~inside], [labels[i] for i in np.flatnonzero(~inside)])
        meant[inside] = 1 - head.probabilities(meanings[inside])[:, 0]
        known = {
            code: train(read([path for path in tuning_files(code) if path.name not in held]))
            for code in LANGUAGES
        }
        safety.models = lambda known=known: known  # type: ignore[assignment,misc]
        try:
            for index in np.flatnonzero(inside):
                verdict, judgement = _before_meaning(texts[index])
                before[index] = verdict
                if judgement is not None:
                    limits = safety.thresholds_for(judgement.language)
                    eligible[index] = (
                        judgement.knows_enough and judgement.familiar >= limits.familiar
                    )
                    words[index] = judgement.words
                    language[index] = judgement.language
                    worded[index] = judgement.likelihood
        finally:
            safety.models = shipped  # type: ignore[assignment]
    concerning = np.array(labels) != 0
    return Unseen(concerning, before, eligible, words, language, worded, meant)


def _before_meaning(text: str) -> tuple[bool, safety.Judgement | None]:
    """screen()'s verdict before the meaning model is asked, and the word model's judgement its
    bars read."""
    folded = safety._read_form(text)
    judgement = safety.judge(folded)
    return safety.before_meaning(folded, judgement) is not None, judgement


def odds_mean(worded: NDArray[np.float64], meant: NDArray[np.float64]) -> NDArray[np.float64]:
    """`safety.odds_mean` of each message's two likelihoods."""
    low, high = safety.SURE_LIMIT, 1 - safety.SURE_LIMIT
    first, second = np.clip(worded, low, high), np.clip(meant, low, high)
    odds = np.sqrt(first / (1 - first) * second / (1 - second))
    return odds / (1 + odds)  # type: ignore[no-any-return]


def shipped_flags(seen: Unseen) -> NDArray[np.bool_]:
    """What screen() flags with the shipped bars (`safety.Thresholds.meaning_bar`)."""
    spoken = np.zeros(seen.words.size, dtype=bool)
    for index in np.flatnonzero(seen.eligible):
        limits = safety.thresholds_for(str(seen.language[index]))
        bar = limits.meaning_bar(int(seen.words[index]))
        spoken[index] = (
            bar is not None
            and seen.worded[index] >= bar.least
            and bar.reached(float(seen.worded[index]), float(seen.meant[index]))
        )
    return seen.before | spoken


def figures(flagged: NDArray[np.bool_], seen: Unseen) -> str:
    concerning, ordinary = flagged[seen.concerning], flagged[~seen.concerning]
    return (
        f"recall {concerning.mean():.2%} ({concerning.sum()}/{concerning.size}), "
        f"false alarms {ordinary.mean():.2%} ({ordinary.sum()}/{ordinary.size})"
    )


def sweep(seen: Unseen) -> None:
    base = shipped_flags(seen)
    print(f"without the meaning model: {figures(seen.before, seen)}")
    print(f"shipped bars: {figures(base, seen)}")
    asked = seen.worded >= safety.MEANING_ASK
    rules: dict[str, NDArray[np.float64]] = {
        "mean": (seen.worded + seen.meant) / 2,
        "each": np.minimum(seen.worded, seen.meant),
        "odds": np.where(asked, odds_mean(seen.worded, seen.meant), 0.0),
    }
    english, arabic = seen.language == "en", seen.language == "ar"
    groups = (("English", english), ("Arabic", arabic), ("others", ~english & ~arabic))
    for group, members in groups:
        for low, high in LENGTHS:
            inside = members & (seen.words >= low) & (seen.words < high)
            print(f"{group}, {low}–{min(high - 1, 99)} words: caught / flagged on top of shipped")
            for name, score in rules.items():
                cells = []
                for bar in BARS:
                    spoken = seen.before | (seen.eligible & (score >= bar))
                    flagged = np.where(inside, spoken, base)
                    caught = int(flagged[seen.concerning].sum() - base[seen.concerning].sum())
                    alarms = int(flagged[~seen.concerning].sum() - base[~seen.concerning].sum())
                    cells.append(f"{bar:.2f} {caught:+d}/{alarms:+d}")
                print(f"  {name}: " + "  ".join(cells))


if __name__ == "__main__":
    sweep(unseen())
