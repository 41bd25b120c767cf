"""`python -m prompts.startup [root]`: the start-up check of every language, run as a child.

It loads and checks the whole catalog as `load_catalog` does, then prints one JSON line: each
language's facts (`LanguageInfo.facts`), or `{"error": …}` with the `PromptError` that would
have stopped the boot. The bot (`load_checked_catalog`) reads that and holds only what it needs;
what the check itself read (every deck, Babel's locale data) goes with this process.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from prompts.loader import PROMPTS_ROOT, PromptError, load_catalog


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else PROMPTS_ROOT
    try:
        catalog = load_catalog(root)
    except PromptError as error:
        print(json.dumps({"error": str(error)}))
        return 3
    print(json.dumps({"languages": [info.facts() for info in catalog.infos]}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
