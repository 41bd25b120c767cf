"""The words a regular expression cannot match without, so that thousands of patterns can be
tried only where they have a chance.

Screening runs about 4,400 patterns on every message. Tried one alternation after another they
cost about 1.5 ms a message, almost all of it patterns whose words are nowhere in the text. Each
pattern has a set of *anchors*: literal strings of which every match contains at least one
("kill myself" in `\\bi (?:want|need) to kill myself`, {"hit", "hits", "punched"} in
`(?:he|she) (?:hit|hits|punched) me`). One Aho-Corasick pass over the text (pyahocorasick, linear
in the text's length) says which anchors it holds, and only their patterns are run: the same
answer at a fortieth of the cost.

The anchors are read from the pattern's own parse tree (`re._parser`, the parser `re.compile`
uses): parts that match a short list of strings are multiplied out and joined with their
neighbours ("my (?:wife|husband)" → {"my wife", "my husband"}); an alternation whose every branch
has anchors has their union; a group repeated at least once has its own. Lookarounds, optional
parts and open classes (`\\w`, `.`) give none. Of the candidates in a row the one whose shortest
string has most letters is kept; a pattern whose best anchors have fewer than `SHORTEST` letters
has none and is always run.
"""

from __future__ import annotations

import re
import re._compiler as sre_compile  # type: ignore[import-not-found,import-untyped,unused-ignore]
import re._constants as sre  # type: ignore[import-not-found,import-untyped,unused-ignore]
import re._parser as sre_parse  # type: ignore[import-not-found,import-untyped,unused-ignore]
from collections.abc import Callable, Iterable, Iterator
from itertools import product
from typing import Any, Generic, TypeVar

import ahocorasick

#: Anchors with fewer letters than this (spaces not counted) are found in nearly every message,
#: so they would filter nothing.
SHORTEST = 3
#: Lists of more strings than this are not kept (a pattern's alternatives multiply).
AT_MOST = 64

_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}

Key = TypeVar("Key")


def anchors(pattern: str) -> frozenset[str] | None:
    """Strings of which every match of `pattern` contains one; `None` when no such set of
    strings of at least `SHORTEST` letters is known (the pattern must always be tried)."""
    return _anchors_of(sre_parse.parse(pattern))


def _anchors_of(parsed: Any) -> frozenset[str] | None:
    if parsed.state.flags & re.IGNORECASE:  # "(?i)…": a literal stands for its other cases too
        return None
    return _sequence(parsed)[1]


def compiled_with_anchors(pattern: str) -> tuple[re.Pattern[str], frozenset[str] | None]:
    """`re.compile(pattern)` and `anchors(pattern)` from one parse (parsing is most of the cost
    of both, and the tables are compiled while someone waits for an answer)."""
    parsed = sre_parse.parse(pattern)
    found = _anchors_of(parsed)  # before compiling: the compiler may rework the tree
    compiled: re.Pattern[str] = sre_compile.compile(parsed)
    return compiled, found


#: What a part of a pattern can match when that is a short list of strings (`None` otherwise),
#: and the anchors every match of it holds (`None` when none are known).
_Reading = tuple[frozenset[str] | None, frozenset[str] | None]

_EMPTY = frozenset({""})


def _product(first: frozenset[str] | None, then: frozenset[str] | None) -> frozenset[str] | None:
    """Every string of `first` followed by every string of `then`, while there are few."""
    if first is None or then is None or len(first) * len(then) > AT_MOST:
        return None
    return frozenset(a + b for a, b in product(first, then))


def _sequence(items: Iterable[tuple[Any, Any]]) -> _Reading:
    """Parts in a row: neighbours with short lists of strings are joined ("my " + {"wife",
    "husband"} → {"my wife", "my husband"}), since a longer anchor is found in fewer messages;
    of the candidates the one whose shortest string has most letters is kept."""
    candidates: list[frozenset[str]] = []
    joined: frozenset[str] = _EMPTY  # the strings of the parts since the last open part
    whole: frozenset[str] | None = _EMPTY
    for op, argument in _letters_joined(items):
        exact, required = (frozenset({argument}), None) if op is _WORD else _item(op, argument)
        whole = _product(whole, exact)
        if exact is not None:
            longer = _product(joined, exact)
            if longer is None:  # too many strings: start again from this part
                candidates.append(joined)
                longer = exact
            joined = longer
            continue
        candidates.append(joined)
        joined = _EMPTY
        if required is not None:
            candidates.append(required)
    candidates.append(joined)
    usable = [found for found in candidates if _letters(found) >= SHORTEST]
    best = max(usable, key=lambda found: (_letters(found), -len(found)), default=None)
    return whole, best


#: A run of literal characters, joined (`_letters_joined`).
_WORD = object()


def _letters_joined(items: Iterable[tuple[Any, Any]]) -> Iterator[tuple[Any, Any]]:
    """The parts of a sequence with each run of literal characters as one part (`_WORD`, the
    string): a pattern is mostly letters, and joining them one at a time was most of the work."""
    letters: list[str] = []
    for op, argument in items:
        if op is sre.LITERAL:
            letters.append(chr(argument))
            continue
        if letters:
            yield _WORD, "".join(letters)
            letters = []
        yield op, argument
    if letters:
        yield _WORD, "".join(letters)


def _letters(strings: frozenset[str]) -> int:
    return min(len(string.replace(" ", "")) for string in strings)


def _item(op: Any, argument: Any) -> _Reading:
    if op is sre.LITERAL:
        return frozenset({chr(argument)}), None
    if op is sre.AT:  # \b, ^, $: they match no characters
        return _EMPTY, None
    if op is sre.SUBPATTERN:  # (group, add flags, remove flags, sequence)
        if argument[1] or argument[2]:
            return None, None  # inline flags (case-insensitive…) change what a literal matches
        return _sequence(argument[-1])
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(argument)
    if op is sre.BRANCH:  # (None, [sequence, …])
        branches = [_sequence(branch) for branch in argument[1]]
        exact: frozenset[str] | None = frozenset()
        required: frozenset[str] | None = frozenset()
        for branch_exact, branch_required in branches:
            exact = None if exact is None or branch_exact is None else exact | branch_exact
            # every branch must bring anchors, or a match may hold none of them
            required = (
                None if required is None or branch_required is None else required | branch_required
            )
        if exact is not None and len(exact) > AT_MOST:
            exact = None
        return exact, required
    if op in _REPEATS:  # (least, most, sequence)
        least, most, body = argument
        body_exact, body_required = _sequence(body)
        exact = None
        if body_exact is not None and most <= 3:
            exact = frozenset()
            for times in range(least, most + 1):
                power: frozenset[str] | None = _EMPTY
                for _ in range(times):
                    power = _product(power, body_exact)
                if power is None:
                    exact = None
                    break
                exact |= power
        # an optional part may be absent: its words are no anchor
        return exact, body_required if least >= 1 else None
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in argument) and len(argument) <= 8:
        return frozenset(chr(code) for _, code in argument), None  # [kc]
    return None, None  # ., \w, other classes, lookarounds, back-references


class AnchoredSearch(Generic[Key]):
    """Many patterns, each filed under a key (the group it belongs to), searched together:
    `candidates(text)` gives, per key, the patterns worth running on `text` — those whose
    anchors it contains and those that have none."""

    def __init__(
        self, patterns: Iterable[tuple[Key, re.Pattern[str], frozenset[str] | None]]
    ) -> None:
        """`patterns`: (key, compiled pattern, its anchors: see `compiled_with_anchors`)."""
        automaton: Any = ahocorasick.Automaton()
        by_anchor: dict[str, list[tuple[Key, re.Pattern[str]]]] = {}
        self.unanchored: dict[Key, list[re.Pattern[str]]] = {}
        for key, compiled, found in patterns:
            if found is None:
                self.unanchored.setdefault(key, []).append(compiled)
                continue
            for anchor in found:
                by_anchor.setdefault(anchor, []).append((key, compiled))
        for anchor, filed in by_anchor.items():
            automaton.add_word(anchor, tuple(filed))
        if by_anchor:
            automaton.make_automaton()
        self._automaton = automaton
        self._anchored = bool(by_anchor)

    def finds(self, text: str) -> Callable[[Key], bool]:
        """A question for one text: does any pattern filed under this key match it? The anchors
        are looked for once, however many keys are asked about."""
        candidates = self.candidates(text)

        def found(key: Key) -> bool:
            return any(pattern.search(text) for pattern in candidates.get(key, ())) or any(
                pattern.search(text) for pattern in self.unanchored.get(key, ())
            )

        return found

    def candidates(self, text: str) -> dict[Key, set[re.Pattern[str]]]:
        """Per key, the patterns whose anchors occur in `text`, without the unanchored ones
        (`self.unanchored`, to be tried always)."""
        found: dict[Key, set[re.Pattern[str]]] = {}
        if not self._anchored:
            return found
        for _, filed in self._automaton.iter(text):
            for key, compiled in filed:
                found.setdefault(key, set()).add(compiled)
        return found
