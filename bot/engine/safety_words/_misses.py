"""Scores a corpus file as screening does and lists what it gets wrong; keeps table work honest.

    python -m bot.engine.safety_words._misses FILE...           # screen(): figures, misses, alarms
    python -m bot.engine.safety_words._misses --tables FILE...  # the tables alone
    python -m bot.engine.safety_words._misses --save STATE.json [--language es]
    python -m bot.engine.safety_words._misses --check STATE.json [--language es]

The first two score a fresh batch when it arrives (before anything learns from it, that is the
honest figure) and show a helper extending a table which messages to write patterns for. A
held-out file is refused: whoever reads its misses has made it tuning data.

`--save` records what the tables alone make of every tuning file of a language (or of all
languages), `--check` says which of those rulings changed since: a table extended on one batch
must not lose a catch nor gain a false alarm anywhere else.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from pathlib import Path

from bot.engine.safety import MODEL_CLASSES, _read_form, _ruled, screen
from bot.engine.safety_words._train import CORPUS, LANGUAGES, read


def _flags(path: Path, tables_only: bool) -> list[tuple[str, int, bool]]:
    """(text, class index, flagged) for each message of the file."""
    rows = []
    for text, label in read([path]):
        found = _ruled(_read_form(text)) if tables_only else screen(text)
        rows.append((text, label, found is not None))
    return rows


def report(path: Path, tables_only: bool) -> None:
    """Recall and false alarms, then every miss (with its concern) and every false alarm."""
    if "heldout" in path.name:
        sys.exit(f"{path.name} is a held-out file: its misses are never read")
    rows = _flags(path, tables_only)
    concerning = [row for row in rows if row[1]]
    ordinary = [row for row in rows if not row[1]]
    caught = sum(flagged for _, _, flagged in concerning)
    alarms = sum(flagged for _, _, flagged in ordinary)
    how = "tables alone" if tables_only else "screen()"
    print(
        f"{path.name} ({how}): recall {caught / max(1, len(concerning)):.1%} "
        f"({caught}/{len(concerning)}), false alarms {alarms / max(1, len(ordinary)):.1%} "
        f"({alarms}/{len(ordinary)})"
    )
    for text, label, flagged in concerning:
        if not flagged:
            concern = MODEL_CLASSES[label]
            print(f"MISS\t{concern.value if concern else ''}\t{text}")
    for text, _, flagged in ordinary:
        if flagged:
            print(f"ALARM\t\t{text}")


def _state(codes: list[str]) -> dict[str, list[bool]]:
    return {
        path.name: [flagged for _, _, flagged in _flags(path, tables_only=True)]
        for code in codes
        for path in sorted(CORPUS.glob(f"{code}_tuning*.tsv"))
    }


def check(saved: dict[str, list[bool]], codes: list[str]) -> int:
    """Prints each tuning message whose tables-alone ruling changed; how many did."""
    changed = 0
    for name, now in _state(codes).items():
        before = saved.get(name)
        if before is None:
            continue
        for (text, label), was, flagged in zip(read([CORPUS / name]), before, now, strict=True):
            if was != flagged:
                changed += 1
                what = (
                    ("LOST CATCH" if was else "caught")
                    if label
                    else ("cleared" if was else "NEW ALARM")
                )
                print(f"{what}\t{name}\t{text}")
    print(f"{changed} rulings changed")
    return changed


def main() -> None:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `… | head` ends the listing quietly
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--tables", action="store_true", help="the tables alone")
    parser.add_argument("--language", choices=LANGUAGES, help="for --save/--check (default all)")
    parser.add_argument("--save", type=Path, metavar="STATE")
    parser.add_argument("--check", type=Path, metavar="STATE")
    arguments = parser.parse_args()
    codes = [arguments.language] if arguments.language else list(LANGUAGES)
    if arguments.save:
        arguments.save.write_text(json.dumps(_state(codes)))
        print(f"saved the tables' rulings on the {', '.join(codes)} tuning files")
    elif arguments.check:
        saved = json.loads(arguments.check.read_text())
        sys.exit(1 if check(saved, codes) else 0)
    for path in arguments.files:
        report(path, arguments.tables)


if __name__ == "__main__":
    main()
