"""The page in the person's language: the catalog's `Prompts` for it (every language Nearer
speaks is complete, checked against English at start-up; an unknown or stale code is English),
and the writing direction for `<html dir>`."""

from __future__ import annotations

from prompts import Catalog, Prompts


class Words:
    """`say` in one language, and how that language is written."""

    def __init__(self, prompts: Prompts) -> None:
        self.prompts = prompts
        self.language = prompts.language

    @classmethod
    def of(cls, catalog: Catalog, language: str | None) -> Words:
        """The words for a person's stored language (never a path: only a catalog key)."""
        return cls(catalog.get(language))

    @property
    def direction(self) -> str:
        """`rtl` or `ltr` for `<html dir>`, as Babel's locale for the language says."""
        return "rtl" if self.prompts.rtl else "ltr"

    def say(self, key: str, /, **values: object) -> str:
        return self.prompts.say(key, **values)
