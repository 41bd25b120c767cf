"""Safety screening: notices words that suggest someone is at risk, and who.

A match never blocks anyone and never diagnoses; it makes the engine answer with care and where
to find help, keep the message away from the partner, and hold nudges. The `Concern` says who is
at risk, because that decides the reply: "he pulled a knife on me" needs different words from
"I'm afraid I'll hurt him".

The patterns live in one table per language, `bot/engine/safety_words/<code>.py`, each a
`Language`; every table is read for every message, because people write in whichever language
they like. Of their ~4,400 patterns only those whose words the message holds are tried
(`regex_anchors`: one linear pass finds them), which took the tables from 3.6 ms to 0.02 ms for
a 200-character message with the same answers. A language added later brings its own table
and its own corpus in `tests/safety_corpus/`.

Beside the tables runs a small linear model trained on the labelled corpus (see "the model"
below): the tables are precise but miss phrasings nobody wrote a pattern for, the model
generalises from families of words and weighs context; `decide` combines them, and for most
ordinary messages the model alone is read, which keeps screening cheap. For a message they leave
ordinary but the word model finds half-concerning, a multilingual sentence encoder reads what it
says (`safety_meaning`; see `MEANING_ALONE`): on text by new writers it caught 6–20 points more.

Text is folded first (see `fold`), so the tables are written in that folded form. Every pattern
is bounded (no `*`, `+` or open `{n,}`): each match attempt does a fixed amount of work, so
screening stays linear in the message length however a message repeats itself
(`tests/test_safety.py` checks this structurally, `./nearer bench safety` measures it).
"""

from __future__ import annotations

import importlib
import json
import math
import pkgutil
import re
import sys
import threading
import unicodedata
import zlib
from array import array
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Literal

from bot.engine.regex_anchors import AnchoredSearch, compiled_with_anchors


class Concern(StrEnum):
    """Who is at risk, which decides the reply (never a diagnosis)."""

    SELF_HARM = "self_harm"  # thoughts of suicide or of hurting oneself
    IN_DANGER = "in_danger"  # being hurt, threatened or forced; a child at risk
    MIGHT_HURT = "might_hurt"  # afraid of hurting someone else
    CONTROLLED = "controlled"  # being controlled, watched, isolated or put down


# When a message suggests more than one, the most urgent answer is given.
URGENCY = (Concern.SELF_HARM, Concern.IN_DANGER, Concern.MIGHT_HURT, Concern.CONTROLLED)


@dataclass(frozen=True)
class Language:
    """One language's patterns, in folded form (see `fold`).

    `statements` are someone saying it of their own life ("I want to die", "he hits me") and
    always count. `mentions` are words that usually mean a concern ("suicidal", "abusive") but
    are ordinary in `asides` — a film, the news, prevention work. `set_aside` holds, per
    concern, what makes its statements ordinary: a danger long past ("my ex was abusive but I'm
    safe now"), thoughts of dying that are over ("years ago, therapy helped"), a play fight.
    `spellings` are common misspellings and shorthands, each read as the word the patterns use
    ("wnat" → "want", "s h" → "self harm"), so the patterns need not spell every typo.
    """

    code: str
    statements: Mapping[Concern, Sequence[str]]
    mentions: Mapping[Concern, Sequence[str]] = field(default_factory=dict)
    asides: Sequence[str] = ()
    set_aside: Mapping[Concern, Sequence[str]] = field(default_factory=dict)
    spellings: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Screening:
    concern: Concern


# -- folding -----------------------------------------------------------------------------------

_APOSTROPHES = re.compile(r"['’‘`´ʼ]")
# A capital I written for an l inside a word ("kiII", "wiII"); the pronoun I stands alone.
_I_FOR_L = re.compile(r"(?<=[a-z])I{1,4}")
# Letters typed apart ("s u i c i d e", "d.i.e", "h e  h i t  m e"): three or more
# single characters in a row are one word; a pair is one word where double spaces part words.
_SPACED_RUN = re.compile(r"(?<![\w.-])\w(?:[ .-]\w){2,}(?![\w-])")
_LETTER_GAPS = re.compile(r"[ .-]")
_SPACED_PAIR = re.compile(r"(?:^|(?<=  ))\w \w(?= {2}|$)")
# A word with a digit or symbol in it, up to 30 characters each side: only these can be disguised,
# and the bound keeps the scan linear even through one enormous word.
_TOKEN = re.compile(r"(?<![\w@$!|*])[\w@$!|*]{0,30}[0-9@$!|*][\w@$!|*]{0,30}(?![\w@$!|*])")
_DISGUISED = re.compile(r"[a-z]")
_LEET_CHARS = re.compile(r"[0134579@$!|*]")
# Numbers with a unit or a time are left as they are: "4am", "300kms", "2nd".
_NUMBER_WITH_UNIT = re.compile(
    r"\d{1,9}(?:am|pm|st|nd|rd|th|s|k|km|kms|kg|lb|lbs|h|hr|hrs|min|mins|x|d|g|m|mb|gb|yo)"
)
_LEET = str.maketrans("0134579@$!|", "oieastgasil")
# Arabic written in Latin letters uses digits for letters Latin lacks (3 ع, 7 ح, 5 خ, 9 ق): a word
# with these and two or more letters is read as a disguise only when that spells a word of the
# tables ("d3ad" → "dead"; "x3" stays a disguise as before).
_ARABIZI_DIGITS = re.compile(r"[3579]")
# Words people hide behind asterisks ("k*ll", "s*icide"); the first that fits is read.
_STARRED_WORDS = (
    "kill",
    "killing",
    "killed",
    "die",
    "dying",
    "dead",
    "suicide",
    "suicidal",
    "myself",
    "rape",
    "raped",
    "murder",
    "hurt",
    "abuse",
    "abused",
    "abusive",
    "harm",
    "hang",
    "stab",
    "cut",
    "cutting",
)
_NOT_WORD = re.compile(r"[\W_]+")
_STRETCHED = re.compile(r"([^\W\d_])\1{2,}")
_TWO_AS_TO = re.compile(r"\b(want|wanna|going|got|have|need|ready|plan|wish) 2\b")


# Arabic letters written several ways read as one: tatweel (the stretching stroke) dropped, alef
# maqsura as ya, ta marbuta as ha, alef wasla as alef, Persian ya and kaf as Arabic ones. Hamza on
# alef, waw or ya and the harakat are combining marks, which `strip_marks` drops anyway.
_ARABIC_FORMS = str.maketrans({"\u0640": None, "ى": "ي", "ة": "ه", "ٱ": "ا", "ی": "ي", "ک": "ك"})


def strip_marks(text: str) -> str:
    """Accents and other combining marks dropped ("fiancé" → "fiance", "ё" → "е", Arabic
    harakat and hamza seats), width and compatibility forms unified, Arabic letter variants
    unified (see `_ARABIC_FORMS`), zero-width characters removed; letters of every script are
    kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(
        ch
        for ch in decomposed
        if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf"  # zero-width
    ).translate(_ARABIC_FORMS)


def _join_spaced(match: re.Match[str]) -> str:
    letters = _LETTER_GAPS.sub("", match.group())
    # Russian, Arabic and other scripts have many one-letter words ("а я в шоке", "и я с ним"):
    # a short run of them is joined only when it spells a word of the tables.
    if len(letters) <= 4 and not letters.isascii() and letters not in _vocabulary():
        return match.group()
    return _split_words(letters)


_ESCAPE = re.compile(r"\\[a-zA-Z]")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


@cache
def _vocabulary() -> frozenset[str]:
    """The words the tables are written in, to split a run of spaced-out letters back into
    words ("i w a n t t o d i e" → "i want to die")."""
    words = {"i", "a"}
    for table in languages():
        for group in (*table.statements.values(), *table.mentions.values()):
            for pattern in group:
                words.update(_LETTERS.findall(_ESCAPE.sub(" ", strip_marks(pattern))))
        words.update(word for right in table.spellings.values() for word in right.split())
    return frozenset(words)


def _split_words(letters: str) -> str:
    """Letters that were typed apart, as the fewest words of the tables' vocabulary that spell
    them exactly; unchanged when they are one word or no such split exists. Bounded: runs of
    over 60 letters are left alone, and words are at most 20 letters."""
    vocabulary = _vocabulary()
    if not 6 <= len(letters) <= 60 or letters in vocabulary:
        return letters
    best: list[list[str] | None] = [[]] + [None] * len(letters)
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - 20), end):
            before = best[start]
            if before is not None and letters[start:end] in vocabulary:
                candidate = [*before, letters[start:end]]
                current = best[end]
                if current is None or len(candidate) < len(current):
                    best[end] = candidate
    found = best[-1]
    return " ".join(found) if found else letters


def _undisguise(match: re.Match[str]) -> str:
    """A word written with digits or symbols for letters ("d1e", "k!ll", "k*ll") read plainly;
    plain numbers and numbers with units are left alone."""
    token = match.group()
    if token.strip("$") == "":
        return " money "  # "he takes all my $$"
    core = token.strip("!|*")
    if (
        not _DISGUISED.search(core)
        or not _LEET_CHARS.search(core)
        or _NUMBER_WITH_UNIT.fullmatch(core)
    ):
        return token
    plain = core.replace("11", "ll").translate(_LEET)
    if (
        _ARABIZI_DIGITS.search(core)
        and len(_DISGUISED.findall(core)) >= 2
        and "*" not in plain
        and plain not in _vocabulary()
    ):
        return token  # Arabic in Latin letters ("3ayez amoot", "7ayati"), not a disguise
    if "*" in plain:
        shape = re.compile(
            "".join(
                re.escape(part) if part[0] != "*" else f".{{1,{len(part) + 1}}}"
                for part in re.findall(r"\*+|[^*]+", plain)
            )
        )
        plain = next((word for word in _STARRED_WORDS if shape.fullmatch(word)), plain)
    return plain


def fold(text: str) -> str:
    """The form the tables read: lower-case words of any script separated by single spaces,
    accents and apostrophes dropped, disguises undone ("d1e", "k*ll", "s u i c i d e"),
    stretched letters shortened ("dieeee"), and "2" read as "to" after "want"."""
    text = _I_FOR_L.sub(lambda match: "l" * len(match.group()), text)
    text = _APOSTROPHES.sub("", strip_marks(text.casefold()))
    text = _SPACED_PAIR.sub(_join_spaced, _SPACED_RUN.sub(_join_spaced, text))
    text = _TOKEN.sub(_undisguise, text)
    words = _NOT_WORD.sub(" ", text).strip()
    words = _STRETCHED.sub(r"\1", words)  # "soooo" → "so", "dieeee" → "die"
    return _TWO_AS_TO.sub(r"\1 to", words)


# -- the tables --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Compiled:
    patterns: AnchoredSearch[_Kind]
    spellings: dict[str, str]
    misspelt: re.Pattern[str]


def languages() -> list[Language]:
    """Every table in `bot/engine/safety_words/`, one module per language code."""
    from bot.engine import safety_words

    found = []
    for module in sorted(pkgutil.iter_modules(safety_words.__path__), key=lambda m: m.name):
        if module.name.startswith("_"):  # the model's weights and its training, not a table
            continue
        table = importlib.import_module(f"{safety_words.__name__}.{module.name}").LANGUAGE
        assert isinstance(table, Language) and table.code == module.name, module.name
        found.append(table)
    return found


_NOTHING = "(?!)"  # a pattern that never matches, for an empty list of misspellings

#: Which list of a table a pattern comes from: ("statement" | "mention" | "set aside", concern),
#: or ("aside", None).
_Kind = tuple[str, Concern | None]


def _table_patterns(
    tables: Sequence[Language],
) -> Iterator[tuple[_Kind, re.Pattern[str], frozenset[str] | None]]:
    """Every pattern of every table, compiled to read " " + the folded text, with its kind and
    its anchors (see `regex_anchors`).

    Most patterns start at a word (`\\b…`); in folded text a word starts after a space, so those
    are read as that space, which `re` finds with a fast scan. The tables are written with their
    accents; the text they read has none."""
    for table in tables:
        lists: list[tuple[_Kind, Sequence[str]]] = [
            *((("statement", c), table.statements.get(c, ())) for c in URGENCY),
            *((("mention", c), table.mentions.get(c, ())) for c in URGENCY),
            *((("set aside", c), table.set_aside.get(c, ())) for c in URGENCY),
            (("aside", None), table.asides),
        ]
        for kind, patterns in lists:
            for pattern in patterns:
                source = strip_marks(pattern)
                if source.startswith(r"\b"):
                    source = f" (?:{source[2:]})"
                yield kind, *compiled_with_anchors(source)


@cache
def _compiled() -> _Compiled:
    tables = languages()
    return _Compiled(
        patterns=AnchoredSearch(_table_patterns(tables)),
        spellings={wrong: right for t in tables for wrong, right in t.spellings.items()},
        misspelt=re.compile(
            r"\b(?:"
            + (
                "|".join(
                    re.escape(wrong)
                    for wrong in sorted(
                        (w for t in tables for w in t.spellings), key=len, reverse=True
                    )
                )
                or _NOTHING
            )
            + r")\b"
        ),
    )


def compiled_patterns() -> list[re.Pattern[str]]:
    """Every pattern screening runs, one per table entry, for the checks that keep them linear."""
    return [
        re.compile(strip_marks(pattern))
        for table in languages()
        for group in (*table.statements.values(), *table.mentions.values())
        for pattern in group
    ] + [
        re.compile(strip_marks(pattern))
        for table in languages()
        for pattern in (*table.asides, *(p for ps in table.set_aside.values() for p in ps))
    ]


def _read_form(text: str) -> str:
    """The folded text with common misspellings read as the words the tables use, behind one
    space (patterns that start at a word look for that space)."""
    tables = _compiled()
    return " " + tables.misspelt.sub(lambda m: tables.spellings[m.group()], fold(text))


def _ruled(folded: str) -> Concern | None:
    """The most urgent concern the tables find in the read form of a message."""
    found = _compiled().patterns.finds(folded)
    for concern in URGENCY:
        noticed = found(("statement", concern)) or (
            found(("mention", concern)) and not found(("aside", None))
        )
        if noticed and not found(("set aside", concern)):
            return concern
    return None


# -- the model ---------------------------------------------------------------------------------
#
# The tables are exact but brittle: a phrasing nobody wrote a pattern for is missed, and an
# ordinary look-alike nobody excluded is flagged. Beside them runs a small linear model per
# language (a multinomial logistic regression over the words, word pairs and triples and the
# letter pieces of the read form), trained offline on that language's labelled corpus by
# `python -m bot.engine.safety_words._train` (same corpus, same weights) and shipped as
# `safety_words/_model_<code>.bin`. It generalises from families of phrasings ("he" … "throat",
# "not allowed" … "friends") and weighs context the tables cannot ("in the film", "years ago",
# "safe now").
#
# The decision keeps the tables as the precise path and stays explainable:
# - each message is judged by the model of the language that knows most of its words; text no
#   model knows enough of — fewer than KNOWN_ENOUGH words it has seen — is left to the tables;
# - otherwise a table match counts when the model finds it at least plausible (p ≥ RULES_NEED)
#   or the message is short (VETO_WORDS): the model vetoes matches it is confident are ordinary
#   ("my ex used to hit me but I'm safe and happy now with my wife");
# - and the model alone counts when it is confident (p ≥ MODEL_ALONE; SHORT_ALONE for messages
#   shorter than ALONE_WORDS, never below SHORT_WORDS) about text it knows enough
#   words of (FAMILIAR), naming the concern it weighs highest — this is what catches phrasings no
#   pattern was written for. The bar stays well above even because most messages are everyday
#   ones, and feelings words ("lonely", "invisible", "hurt") lean towards concern in a corpus of
#   crises.
# The tables run only when the model leaves room for a concern, so most ordinary messages cost
# one pass of dictionary look-ups.

MODEL_CLASSES: tuple[Concern | None, ...] = (
    None,
    Concern.SELF_HARM,
    Concern.IN_DANGER,
    Concern.MIGHT_HURT,
    Concern.CONTROLLED,
)
# The thresholds below are chosen by `python -m bot.engine.safety_words._train --sweep`: each
# tuning file judged by a model trained on the others, the best recall within 3 % false alarms,
# never letting the model speak alone below 0.8 nor for fewer than 9 words (see the sweep).
# 2026-12-02 afternoon, with en_tuning_m to _p and letter pieces: recall 74.2 % at 2.4 % false
# alarms on the unseen tuning files; on held-out files no threshold was chosen with,
# `en_heldout_b` 86.5 % / 1.3 %, `_c` 87.3 % / 2.2 %, `_d` 83.8 % / 4.5 % (that morning 80.1,
# 79.1 and 76.2 % recall).
RULES_NEED = 0.1
MODEL_ALONE = 0.8
#: The model may overrule a table's match only in messages of at least this many words: in
#: fewer, one topic word decides ("he pushed me to the ground" reads like sport to it), and the
#: tables know short phrasings well.
VETO_WORDS = 11
#: The model alone may speak for messages of at least this many words at MODEL_ALONE: in fewer,
#: a word or two it links with crises weighs more ("we drove 300 kms yesterday", "I hit him up
#: on WhatsApp").
ALONE_WORDS = 9
#: Shorter messages, down to SHORT_WORDS words, the model alone may flag only when it is very
#: sure (SHORT_ALONE; never, by default). Short crises are where the tables miss most on fresh
#: text ("how many paracetamol is too many", "he makes me sleep on the floor"), but the models
#: are as sure of some short everyday complaints ("I hit him up on WhatsApp", "nobody cares what
#: I think"), so a language turns it on only where fresh short text showed it safe.
SHORT_ALONE = math.inf
SHORT_WORDS = 3
#: The model alone speaks only for messages it has seen this share of the words of: on unfamiliar
#: text (technical words, another register) common words decide, and they lean towards concern.
FAMILIAR = 0.7
#: Below this many words it has seen (and in one-word messages) a model does not know the text
#: well enough to judge it.
KNOWN_ENOUGH = 2


#: The meaning model (`safety_meaning`) speaks with the word model: a message the decision above
#: left ordinary is flagged when the two models' likelihoods together reach the bar for its
#: length. The word model knows the corpus's phrasings, the meaning model what a message says in
#: words neither has seen; each alone is sure of look-alikes the other is not, so they speak
#: together. From the language's `alone_words` (English's 9) they are weighed as odds: the
#: message is flagged when the geometric mean of the two models' odds reaches the odds of
#: MEANING_ALONE (a likelihood of 0.74 from each, or 0.99 from one and 0.1 from the other). Until
#: 2026-12-05 it was their plain mean at 0.65, which one model's doubt held down however sure the
#: other was: "packed my stuff in boxes for the charity shop. in case i stop replying, thats
#: why", judged by models that never saw its file, reads 0.997 to the meaning model and 0.11 to
#: the word model: mean 0.55, together by odds 0.86. Chosen by `_bars` (the whole screen() path
#: under grouped eight-fold cross-validation over the 164 tuning files, 48,570 messages, each
#: judged by word models and a head that never saw its file): with MEANING_ASK, odds at 0.74
#: catch 77 more and flag 23 fewer than the mean at 0.65 (recall 90.45 → 90.74 %, false alarms
#: 3.11 → 3.00 %; German +24 / −1, French +21 / −6, English +11 / −5, Portuguese +11 / −1,
#: Russian +9 / −6, Spanish +1 / −4); at 0.72 +112 / −6, but the last 35 caught cost 17 flagged,
#: a trade the bars below were not given either. On ten fresh batches by new writers, none learnt
#: from (1,799 messages, seven of them terse), +2 caught and as many flagged (one more in German,
#: one fewer in Spanish). Arabic keeps the mean at MEANING_ALONE_MEAN (`Thresholds.weigh_odds`):
#: the meaning model reads it least well (dialects, Arabizi; on the cross-validation it tells
#: Arabic concerns from ordinary messages with an AUC of 0.92, every other language 0.97–0.98),
#: and there the odds traded about as many catches as they gained (+78 / −69 caught, +7 flagged,
#: before the floor below).
#: The meaning model is asked about a long message only when the word model gives it at least
#: MEANING_ASK, so that its certainty alone never flags a long message: "I reach for your hand and
#: you pull away", an "I"-statement drafted in /talk, reads 0.99 to the meaning model and under
#: 0.1 to the word model. Without the floor the odds caught 43 more on the cross-validation
#: (+120 / −15) but flagged that sentence. The encoder now reads 2.7 % of corpus messages (2.5 %
#: with the mean alone).
#: Short messages are where one word decides for a model ("to finish my thought", an answer
#: inside /talk, reads 1.00 to the meaning model as an ending; "I hit him up on WhatsApp" 0.98 to
#: the word model), so there one model's certainty must not carry the other: below
#: `alone_words`, from MEANING_WORDS words, the plain mean at MEANING_SHORT, and from
#: MEANING_FEW_WORDS to MEANING_WORDS - 1 words each model on its own at MEANING_FEW (in so few
#: words the meaning model is sure of one heavy word, "he beat me to it" 1.00, and the word model
#: must agree); below that the tables alone decide. These two were chosen on the night of
#: 2026-12-04 by the same cross-validation, length by length, for recall per false alarm, then
#: held to the tests' everyday sentences: recall 89.3 → 90.4 %, false alarms 3.00 → 3.11 % (+299
#: caught, +24 flagged); on the ten fresh batches 91.7 → 93.1 %, 1.8 → 2.0 %. The bars before
#: (each model at 0.85 for 7–8 words, at 0.95 for 5–6, nothing under 5) held back short messages
#: most: of 5–6 words 82.0 % were caught, of 9–12 93.7 %. The mean below 7 words at 0.85 caught a
#: little more (90.6 %) but flagged "he beat me to it" and "I pushed him away for years" (0.86)
#: (tests/safety_corpus/README.md, "Bars by length" and "Odds for long messages").
MEANING_ALONE = 0.74
MEANING_ASK = 0.1
MEANING_ALONE_MEAN = 0.65
MEANING_SHORT = 0.85
MEANING_WORDS = 7
MEANING_FEW = 0.80
MEANING_FEW_WORDS = 3
#: A likelihood is read within [SURE_LIMIT, 1 - SURE_LIMIT] before its odds are taken, so that
#: a model's 1.00 is very sure, not infinitely so.
SURE_LIMIT = 1e-4


def odds_mean(first: float, second: float) -> float:
    """The likelihood whose odds are the geometric mean of the two likelihoods' odds: 0.74 and
    0.74 give 0.74, 0.99 and 0.1 give 0.77, 0.5 and 0.3 give 0.40."""
    a = min(max(first, SURE_LIMIT), 1 - SURE_LIMIT)
    b = min(max(second, SURE_LIMIT), 1 - SURE_LIMIT)
    odds = math.sqrt(a / (1 - a) * b / (1 - b))
    return odds / (1 + odds)


@dataclass(frozen=True)
class MeaningBar:
    """From `words` words on, how the word model and the meaning model speak together (see
    `MEANING_ALONE`): by `rule` — "each" model on its own, their "mean", or their "odds"
    (`odds_mean`) — which must reach `bar`."""

    words: int
    rule: Literal["each", "mean", "odds"]
    bar: float

    @property
    def least(self) -> float:
        """The word model's likelihood below which the bar is out of reach whatever the meaning
        model says (for the odds, MEANING_ASK: see `MEANING_ALONE`), so it is not asked."""
        if self.rule == "odds":
            return MEANING_ASK
        if self.rule == "mean":
            return 2 * self.bar - 1
        return self.bar

    def reached(self, worded: float, meaning: float) -> bool:
        if self.rule == "odds":
            sure = odds_mean(worded, meaning)
        elif self.rule == "mean":
            sure = (worded + meaning) / 2
        else:
            sure = min(worded, meaning)
        return sure >= self.bar


#: The length of the letter sequences the model reads inside words (see `model_features`).
PIECE = 4


def model_features(words: Sequence[str]) -> set[str]:
    """What the model reads: each word, each pair and each triple of words in a row, and each run
    of `PIECE` letters inside a word, its edges marked ("<умер", "мере", "ерет", "еть>"). The
    pieces are what let a model trained on a thousand messages know "умру" from "умереть" and
    "getötet" from "töten" — Russian, German, Arabic and the Romance languages bend words far
    more than English — and they read misspellings half right. Chosen by the sweep on the
    tuning files: +2 to +7 points of recall in every language but Arabic (−0.6), at the same
    false alarms."""
    features = set(words)
    features.update(f"{a} {b}" for a, b in pairwise(words))
    features.update(f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:], strict=False))
    for word in words:
        marked = f"<{word}>"
        if len(marked) > PIECE:
            features.update("#" + marked[at : at + PIECE] for at in range(len(marked) - PIECE + 1))
    return features


#: Each language's model keeps its weights in this many buckets: a feature's bucket is a stable
#: hash of it (`feature_hash`), so no feature's text is held in memory. 45,000 features as a dict
#: of strings took 11 MB per language (75 MB for seven); as buckets of 16-bit thousandths (the
#: training rounds weights to three decimals anyway) a language takes 1.4 MB. Collisions are
#: learnt around: training hashes the same way.
BUCKETS = 1 << 17
#: The words a model was trained on, as a bitset of this many bits (the top bits of a word's
#: hash): enough to say how much of a message it knows (`familiar`) with ~1 % false "known".
WORD_BITS = 1 << 20
_WORD_SHIFT = 32 - WORD_BITS.bit_length() + 1


def feature_hash(feature: str) -> int:
    """A stable 32-bit hash (CRC-32: Python's own `hash` of a string changes per process)."""
    return zlib.crc32(feature.encode("utf-8"))


def word_bit(word_hash: int) -> int:
    """Where a word sits in a model's bitset of known words: the top bits of its hash (the
    bottom ones pick buckets)."""
    return word_hash >> _WORD_SHIFT


@dataclass(frozen=True)
class Model:
    """One language's weights: per bucket of hashed features, one weight per class of
    `MODEL_CLASSES` in thousandths; `bias` is the features-free score; `words` is the bitset of
    the words it was trained on."""

    bias: tuple[float, ...]
    table: Sequence[int]  # BUCKETS × len(MODEL_CLASSES), signed 16-bit thousandths
    words: bytes  # WORD_BITS / 8

    def weights(self, feature: str) -> tuple[float, ...] | None:
        """The weights a feature's bucket holds (None when empty), to explain a judgement."""
        at = (feature_hash(feature) & (BUCKETS - 1)) * len(MODEL_CLASSES)
        row = self.table[at : at + len(MODEL_CLASSES)]
        return tuple(value / 1000 for value in row) if any(row) else None

    def seen(self, bits: Sequence[int]) -> int:
        """How many of the words (by `word_bit`) the model was trained on."""
        words = self.words
        return sum((words[bit >> 3] >> (bit & 7)) & 1 for bit in bits)

    def scores(self, hashes: Sequence[int]) -> list[float]:
        """The score of each class for the hashed features of a message."""
        s0 = s1 = s2 = s3 = s4 = 0
        table = self.table
        mask = BUCKETS - 1
        for hashed in hashes:
            at = (hashed & mask) * 5
            s0 += table[at]
            s1 += table[at + 1]
            s2 += table[at + 2]
            s3 += table[at + 3]
            s4 += table[at + 4]
        b0, b1, b2, b3, b4 = self.bias
        return [b0 + s0 / 1000, b1 + s1 / 1000, b2 + s2 / 1000, b3 + s3 / 1000, b4 + s4 / 1000]


_MAGIC = b"nearer-safety-model 1\n"


def dump_model(model: Model, header: Mapping[str, object]) -> bytes:
    """The shipped form: a magic line, a JSON line (what it was trained on, the bias), then the
    table and the word bitset, zlib-compressed (most buckets of a small language are empty)."""
    head = {**header, "bias": list(model.bias), "buckets": BUCKETS, "word_bits": WORD_BITS}
    table = array("h", model.table)
    if sys.byteorder != "little":
        table.byteswap()
    payload = zlib.compress(table.tobytes() + model.words, 9)
    return _MAGIC + json.dumps(head, ensure_ascii=False).encode("utf-8") + b"\n" + payload


def load_model(data: bytes) -> tuple[Model, dict[str, object]]:
    """A model and its header from its shipped form (see `dump_model`)."""
    if not data.startswith(_MAGIC):
        raise ValueError("not a screening model")
    head_line, _, payload = data[len(_MAGIC) :].partition(b"\n")
    head = json.loads(head_line)
    if head["buckets"] != BUCKETS or head["word_bits"] != WORD_BITS:
        raise ValueError("a model of another shape: retrain the models")
    raw = zlib.decompress(payload)
    split = BUCKETS * len(MODEL_CLASSES) * 2
    if len(head["bias"]) != len(MODEL_CLASSES) or len(raw) != split + WORD_BITS // 8:
        raise ValueError("a truncated or mis-shaped model: retrain the models")
    table: Sequence[int]
    if sys.byteorder == "little":
        table = memoryview(raw)[:split].cast("h")  # read in place: no second copy
    else:
        table = array("h", raw[:split])
        table.byteswap()
    bias = tuple(float(value) for value in head["bias"])
    return Model(bias, table, raw[split:]), head


_MODEL_FILE = re.compile(r"_model_([a-z]{2,3})\.bin")


@cache
def models() -> dict[str, Model]:
    """Every shipped model by language code, English first: one per language with enough
    labelled messages of its own (`safety_words/_model_<code>.bin`). A model per language, not
    one for all: words shared between languages mean different things ("die" is German's "the",
    "me" is Spanish and French), and one language's everyday messages would teach the model
    that another's words of danger are ordinary. Loaded on the first screened message."""
    found: dict[str, Model] = {}
    package = resources.files("bot.engine.safety_words")
    for entry in sorted(package.iterdir(), key=lambda e: (e.name != "_model_en.bin", e.name)):
        named = _MODEL_FILE.fullmatch(entry.name)
        if named and entry.is_file():
            found[named.group(1)] = load_model(entry.read_bytes())[0]
    return found


def model(code: str = "en") -> Model | None:
    """The shipped model of one language, or None when it has none."""
    return models().get(code)


@dataclass(frozen=True)
class Judgement:
    """What a model makes of a message: how likely it is concerning, which concern it weighs
    highest, whether it knows enough of the words to say, and whose model it was."""

    likelihood: float
    concern: Concern
    knows_enough: bool
    words: int
    familiar: float = 1.0  # the share of its words the model has seen
    language: str = "en"
    classes: tuple[float, ...] = ()  # its probability of each of MODEL_CLASSES


def judge(folded: str, weights: Model | None = None, language: str = "en") -> Judgement | None:
    """A model's view of the read form of a message: the given model, or else the shipped model
    that knows the most of its words (None without any; English first among equals)."""
    words = folded.split()
    bits = [word_bit(feature_hash(word)) for word in words]
    if weights is None:
        known = models()
        if not known:
            return None
        language, weights = max(known.items(), key=lambda item: item[1].seen(bits))
    seen = weights.seen(bits)
    totals = weights.scores([feature_hash(feature) for feature in model_features(words)])
    top = max(totals)
    exps = [math.exp(score - top) for score in totals]
    total = sum(exps)
    likelihood = 1 - exps[0] / total
    best = max(range(1, len(exps)), key=exps.__getitem__)
    concern = MODEL_CLASSES[best]
    assert concern is not None
    return Judgement(
        likelihood,
        concern,
        seen >= min(KNOWN_ENOUGH, len(words)) and len(words) > 1,
        len(words),
        seen / max(1, len(words)),
        language,
        tuple(value / total for value in exps),
    )


@dataclass(frozen=True)
class Thresholds:
    """How `decide` weighs one language's model against the tables (see the notes above
    `MODEL_CLASSES`); chosen per language by the sweep, because a model trained on 1,000
    messages is less sure of itself than one trained on 4,000."""

    rules_need: float = RULES_NEED
    model_alone: float = MODEL_ALONE
    veto_words: int = VETO_WORDS
    alone_words: int = ALONE_WORDS
    familiar: float = FAMILIAR
    short_alone: float = SHORT_ALONE
    short_words: int = SHORT_WORDS
    weigh_odds: bool = True  # long messages: the models' odds (else their mean; see MEANING_ALONE)
    #: The language's own meaning bars, over the ones every language has (`meaning_bar`).
    meaning_bars: tuple[MeaningBar, ...] = ()

    def meaning_bar(self, words: int) -> MeaningBar | None:
        """The bar the two models must reach together for a message of this many words (None:
        too short for the meaning model to speak). Every language has each model on its own at
        MEANING_FEW from MEANING_FEW_WORDS, their mean at MEANING_SHORT from MEANING_WORDS, and
        from `alone_words` their odds at MEANING_ALONE (or, without `weigh_odds`, their mean at
        MEANING_ALONE_MEAN); a bar of the language's own takes over from its length on, until
        the next longer one (and over a shared one of the same length)."""
        shared = (
            MeaningBar(MEANING_FEW_WORDS, "each", MEANING_FEW),
            MeaningBar(MEANING_WORDS, "mean", MEANING_SHORT),
            MeaningBar(self.alone_words, "odds", MEANING_ALONE)
            if self.weigh_odds
            else MeaningBar(self.alone_words, "mean", MEANING_ALONE_MEAN),
        )
        chosen = None
        for bar in sorted((*shared, *self.meaning_bars), key=lambda bar: bar.words):
            if words >= bar.words:
                chosen = bar
        return chosen

    def alone_needs(self, words: int) -> float | None:
        """How sure the model must be to flag a message of this many words on its own (None:
        never); never less sure for a short message than for a long one."""
        if words >= self.alone_words:
            return self.model_alone
        if words >= self.short_words:
            return max(self.short_alone, self.model_alone)
        return None


#: Per language with a model of its own: the best recall within 3 % false alarms on text neither
#: the tables nor the model had seen. French: `_train --sweep --language fr` (tuning files the
#: model being scored was not trained on), run before the tables were extended on the fourth to
#: seventh batches — a sweep after every file has been tuned into the tables finds them perfect
#: and cannot see what the model adds on phrasings they do not know (on its fresh batch of
#: 2026-12-03 no other setting did better: 65.5 % / 3.0 %). The others (2026-12-03):
#: `_train --sweep-on <code>_tuning_h.tsv`, a fresh batch scored with the shipped tables and model
#: before either learnt from it (Russian gave up 5 points of recall there for false alarms
#: 5.2 → 3.0 %). English's are the module's constants above.
THRESHOLDS: dict[str, Thresholds] = {
    "en": Thresholds(),
    "es": Thresholds(0.1, 0.85, 7, 7, 0.6),
    "pt": Thresholds(0.2, 0.8, 7, 7, 0.7),
    "de": Thresholds(0.5, 0.8, 7, 7, 0.8),
    "fr": Thresholds(0.4, 0.95, 9, 7, 0.7),
    "ru": Thresholds(0.2, 0.9, 7, 7, 0.6),
    # Arabic's own meaning bars, chosen by `_bars` on Arabic alone (2026-12-05): the meaning
    # model reads Arabic least well, and the two models' mean let through what each alone doubted.
    # From 5 words their mean at 0.75 (+43 caught, +4 flagged over each at 0.80), from 13 at 0.55
    # (+127 / +18 over 0.65; at 0.50 the last 74 would cost 20): Arabic recall 82.1 → 85.7 %,
    # false alarms 3.5 → 4.1 % under cross-validation; on the four fresh Arabic batches, none
    # learnt from (650 messages), 86.2 → 88.5 % and 2.7 → 3.1 %.
    "ar": Thresholds(
        0.3,
        0.85,
        7,
        7,
        0.5,
        weigh_odds=False,
        meaning_bars=(MeaningBar(5, "mean", 0.75), MeaningBar(13, "mean", 0.55)),
    ),
}


def thresholds_for(code: str) -> Thresholds:
    """A language's thresholds; English's for a language without its own."""
    return THRESHOLDS.get(code) or THRESHOLDS["en"]


def decide(ruled: Callable[[], Concern | None], judgement: Judgement | None) -> Concern | None:
    """The tables and the model together (see the notes above `MODEL_CLASSES`)."""
    if judgement is None or not judgement.knows_enough:
        return ruled()
    limits = thresholds_for(judgement.language)
    needs = limits.alone_needs(judgement.words)
    if (
        needs is not None
        and judgement.likelihood >= needs
        and judgement.familiar >= limits.familiar
    ):
        return ruled() or judgement.concern
    if (
        judgement.words < limits.veto_words
        or judgement.familiar < limits.familiar  # another language: shared words only
        or judgement.likelihood >= limits.rules_need
    ):
        return ruled()
    return None


_PREPARING = threading.Lock()


def ready() -> bool:
    """Whether the tables are compiled and the models loaded (see `prepare`)."""
    meaning = sys.modules.get("bot.engine.safety_meaning")  # imported by `prepare`, not before
    return (
        _compiled.cache_info().currsize > 0
        and models.cache_info().currsize > 0
        and meaning is not None
        and meaning.ready()
    )


def prepare() -> None:
    """Compile the tables and load the models now (about 3 s and 24 MB, once per process).

    They are built on first use, not at start-up, so an idle bot stays small; the engine calls
    this in a worker thread before the first message's transaction, so building them never
    holds the database thread (on SQLite, everyone else's messages behind it). One build at a
    time: people writing at once wait for the same one."""
    from bot.engine import safety_meaning  # numpy and the encoder: not in an idle bot's memory

    with _PREPARING:
        _compiled()
        models()
        safety_meaning.prepare()


def screen(text: str) -> Screening | None:
    """The most urgent concern the text suggests; `None` for ordinary messages.

    A zero-width space is read both ways: dropped, as inside a disguised word ("ki\u200bll"),
    and as a space, as between words ("i\u200bwant\u200bto\u200bdie", which dropping would
    glue into one unknown word)."""
    found = _screen(text)
    if found is None and "\u200b" in text:
        found = _screen(text.replace("\u200b", " "))
    return found


def _screen(text: str) -> Screening | None:
    folded = _read_form(text)
    judgement = judge(folded)
    concern = before_meaning(folded, judgement)
    if concern is None and judgement is not None:
        concern = _by_meaning(text, judgement)
    return Screening(concern) if concern else None


def before_meaning(folded: str, judgement: Judgement | None) -> Concern | None:
    """What the tables and the word model (with its second opinion) make of the read form of a
    message, before the meaning model is asked; `_bars` replays it under cross-validation."""
    read: list[Concern | None] = []

    def ruled() -> Concern | None:
        if not read:
            read.append(_ruled(folded))
        return read[0]

    concern = decide(ruled, judgement)
    if concern is None and judgement is not None and not read:  # the model alone said ordinary
        concern = _second_opinion(folded, judgement, ruled)
    return concern


#: A command at the start of a message ("/talk it's your fault we never see friends"): the bot's
#: word, not the person's. The meaning model reads what follows it — with "/talk" in front, it
#: read that everyday reproach as being cut off from friends (0.97, and 0.50 without). The tables
#: and the word model still read the whole text, so "/kill myself" is never cut short.
_LEADING_COMMAND = re.compile(r"\A\s*/\w+(?:@\w+)?\s+")


def _by_meaning(text: str, judgement: Judgement) -> Concern | None:
    """The word model and the meaning model together (see `MEANING_ALONE`): the concern they
    weigh highest between them when together they reach the bar for the message's length in its
    language (`Thresholds.meaning_bar`). The meaning model is asked only when the word model's
    likelihood leaves that bar in reach (`MeaningBar.least`)."""
    limits = thresholds_for(judgement.language)
    bar = limits.meaning_bar(judgement.words)
    if (
        bar is None
        or not judgement.knows_enough
        or judgement.familiar < limits.familiar
        or judgement.likelihood < bar.least
    ):
        return None
    from bot.engine import safety_meaning

    meant = safety_meaning.probabilities(_LEADING_COMMAND.sub("", text, count=1))
    if meant is None:
        return None
    if not bar.reached(judgement.likelihood, 1 - meant[0]):
        return None
    both = [(a + b) / 2 for a, b in zip(judgement.classes, meant, strict=True)]
    return MODEL_CLASSES[max(range(1, len(both)), key=both.__getitem__)]


def _second_opinion(
    folded: str, judgement: Judgement, ruled: Callable[[], Concern | None]
) -> Concern | None:
    """When the chosen model found a message plainly ordinary, a table's match still stands if
    the words that model does not know belong to another language whose model finds the message
    plausible. People mix languages ("hoy fue un día larguísimo en el trabajo y la verdad es que
    I want to kill myself"): the model that knows most of the words knows only the ordinary part,
    and alone it would silence the part that matters (measured by a review: 150 English crises
    behind a 10-word Spanish opening, 0 caught without this, 149 with it; ordinary messages of
    every tuning file flagged no more). The tables are read only when another model knows
    enough of the rest, so a message in one language stays one pass of look-ups."""
    known = models()
    chosen = known.get(judgement.language)
    if chosen is None:
        return None
    unknown = [
        bit
        for bit in (word_bit(feature_hash(word)) for word in folded.split())
        if not chosen.seen((bit,))
    ]
    others = [
        (code, other)
        for code, other in known.items()
        if code != judgement.language and other.seen(unknown) >= KNOWN_ENOUGH
    ]
    if not others or ruled() is None:
        return None
    for code, other in others:
        view = judge(folded, other, code)
        limits = thresholds_for(code)
        if view is not None and view.likelihood >= limits.rules_need:
            return ruled()
    return None
