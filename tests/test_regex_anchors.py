"""The anchors that let screening try only the patterns whose words a message holds: each must be
truly required (a wrong anchor would silently skip a pattern that matches), and screening with
them must say exactly what trying every pattern says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.engine import safety
from bot.engine.regex_anchors import AnchoredSearch, anchors, compiled_with_anchors

CORPUS = Path(__file__).parent / "safety_corpus"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # words in a row are joined with the short lists of words around them
        (r"\bi (?:want|need) to kill myself", {"i want to kill myself", "i need to kill myself"}),
        (
            r"\bhe (?:hit|choked) (?:me|us)\b",
            {"he hit me", "he hit us", "he choked me", "he choked us"},
        ),
        (r"(?:kill|end) my ?self", {"kill myself", "kill my self", "end myself", "end my self"}),
        (r"[kc]ill myself", {"kill myself", "cill myself"}),
        ("умереть|сдохнуть", {"умереть", "сдохнуть"}),
        # an open part (\w, .) breaks the row; the longer side is kept
        (r"\bmy (?:wife|husband) (?:\w{1,9} ){0,3}hits? me", {"my wife ", "my husband "}),
        (r"(?:pills|\w{1,5}) now", {" now"}),
        # one branch with no anchor of its own leaves the whole alternation without one
        (r"(?:pills|\w{1,5})", None),
        (r"(?:pills|\w{1,5}|rope)", None),
        # a part repeated at least once brings its anchors; an optional one does not
        (r"(?:gun |knife ){1,9}", {"gun ", "knife "}),
        (r"(?:really \w{1,5} )?dying", {"dying"}),
        # lookarounds promise nothing about the match
        (r"(?=suicide)\w{1,9}", None),
        (r"(?!film )about dying", {"about dying"}),
        # fewer than SHORTEST letters filter nothing (spaces are not letters)
        (r"\bme\b", None),
        (r"(?:he|she) \w{1,9} me", None),
        # a case-insensitive group can match letters its source does not show
        (r"(?i:Kill) me", None),
        (r"(?i)kill me", None),
    ],
)
def test_anchors_are_the_words_every_match_holds(pattern: str, expected: set[str] | None) -> None:
    found = anchors(pattern)
    assert (None if found is None else set(found)) == expected


def test_a_pattern_with_no_anchor_is_always_tried() -> None:
    search = AnchoredSearch(
        [("a", *compiled_with_anchors(r"\w{1,3} me")), ("a", *compiled_with_anchors("kill"))]
    )
    found = search.finds("hug me")
    assert found("a")
    assert not search.finds("hi")("a")
    assert search.finds("skill")("a")  # an anchor is found inside a word too
    assert not found("b")


def _sample() -> list[str]:
    """Every fifth message of every tuning file (held-out files are not read here), in the form
    the tables read."""
    texts: list[str] = []
    for path in sorted(CORPUS.glob("*_tuning*.tsv")):
        lines = path.read_text(encoding="utf-8").splitlines()[1:]
        texts += [line.split("\t", 2)[2] for line in lines[::5]]
    return texts


def test_screening_with_anchors_rules_as_trying_every_pattern_does() -> None:
    """Every pattern of every table tried on each message, against the anchored search."""
    kinds: dict[tuple[str, safety.Concern | None], list[re.Pattern[str]]] = {}
    for kind, compiled, _ in safety._table_patterns(safety.languages()):
        kinds.setdefault(kind, []).append(compiled)

    def tried_everywhere(folded: str) -> safety.Concern | None:
        def found(kind: tuple[str, safety.Concern | None]) -> bool:
            return any(pattern.search(folded) for pattern in kinds.get(kind, ()))

        for concern in safety.URGENCY:
            noticed = found(("statement", concern)) or (
                found(("mention", concern)) and not found(("aside", None))
            )
            if noticed and not found(("set aside", concern)):
                return concern
        return None

    sample = _sample()
    assert len(sample) > 3_000
    differ = []
    flagged = 0
    for text in sample:
        folded = safety._read_form(text)
        expected = tried_everywhere(folded)
        flagged += expected is not None
        if safety._ruled(folded) != expected:
            differ.append(text)
    assert differ == []
    assert flagged > len(sample) // 3  # the sample holds plenty the tables match
