"""The page in the person's language: their `Prompts` where Nearer has that language, English
for any word a translation lacks, and the writing direction for `<html dir>`."""

from __future__ import annotations

import logging
from functools import lru_cache

from prompts import PromptError, Prompts, load_prompts

log = logging.getLogger(__name__)

#: Languages written right to left.
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur"})


@lru_cache(maxsize=16)
def _prompts_for(language: str) -> Prompts | None:
    try:
        return load_prompts(language)
    except (PromptError, OSError, ValueError):
        return None


class Words:
    """`say` in `language`, falling back to `english` (the instance's own language) key by
    key."""

    def __init__(self, language: str, english: Prompts) -> None:
        wanted = language if _clean(language) else english.language
        found = None if wanted == english.language else _prompts_for(wanted)
        #: The person's own language where Nearer has it, else the fallback's.
        self.prompts = found if found is not None else english
        self.english = english
        self.language = self.prompts.language

    @property
    def direction(self) -> str:
        """`rtl` or `ltr` for `<html dir>`: the language's own say where its `Prompts` knows
        (Babel's locale, once languages carry one), else the known right-to-left scripts."""
        if getattr(self.prompts, "rtl", False) is True:
            return "rtl"
        return "rtl" if self.language.split("-")[0] in RIGHT_TO_LEFT else "ltr"

    def say(self, key: str, /, **values: object) -> str:
        if self.prompts is not self.english and self.prompts.has(key):
            return self.prompts.say(key, **values)
        return self.english.say(key, **values)


def _clean(language: str) -> bool:
    """A language code as stored on `Person.language` ("en", "pt-BR"), never a path."""
    return 0 < len(language) <= 8 and all(c.isalnum() or c == "-" for c in language)
