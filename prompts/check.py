"""`python -m prompts.check [code …]`: every way a translation differs from English, at once.

For translators: the boot stops at the first broken language; this lists all that is left to do.
"""

from __future__ import annotations

import sys

from prompts.loader import (
    DEFAULT_LANGUAGE,
    PROMPTS_ROOT,
    PromptError,
    differences,
    language_infos,
    load_prompts,
)


def main(argv: list[str]) -> int:
    english = load_prompts(DEFAULT_LANGUAGE)
    codes = argv or [
        code
        for code in language_infos()
        if code != DEFAULT_LANGUAGE and (PROMPTS_ROOT / code).is_dir()
    ]
    failed = 0
    for code in codes:
        try:
            problems = differences(load_prompts(code), english)
        except PromptError as error:
            problems = [str(error)]
        print(f"{code}: {'matches English' if not problems else f'{len(problems)} differences'}")
        for problem in problems:
            print(f"  {problem}")
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
