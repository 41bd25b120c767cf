"""A pseudo-translation of English, for checking who reads which language word for word.

Real translations are written by people; these tests need languages that are complete by
construction and recognisable at a glance: every line English says, prefixed with a marker
(`‹de› Done.`), in a copy of the prompts folder. Decks are marked item by item (same ids), rules
are copied as they are (people still type English at the bot in these stories).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from prompts.loader import (
    PROMPTS_ROOT,
    Catalog,
    Plural,
    Prompts,
    load_catalog,
    load_prompts,
    required_plural_forms,
)

#: Babel locales of the pseudo-languages (Arabic: right to left, six plural forms).
LOCALES = {"de": "de", "ar": "ar", "pt": "pt_BR", "ru": "ru"}
NAMES = {"de": "Deutsch", "ar": "العربية", "pt": "Português (Brasil)", "ru": "Русский"}


def marker(code: str) -> str:
    return f"‹{code}› "


def _placeholder_only(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("{") and stripped.endswith("}") and stripped.count("{") == 1


def marked(code: str, text: str) -> str:
    """Every line that says something gets the marker; a line that is only `{value}` does not
    (what fills it is marked, or is someone's own words)."""
    return "\n".join(
        line if not line.strip() or _placeholder_only(line) else marker(code) + line
        for line in text.split("\n")
    )


def _toml(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string


def build_catalog(root: Path, codes: tuple[str, ...] = ("de", "ar")) -> Catalog:
    """`root` becomes a prompts folder: English copied, and each of `codes` made from it."""
    shutil.copytree(PROMPTS_ROOT / "en", root / "en")
    english = load_prompts("en", PROMPTS_ROOT)
    lines = ['[en]\nname = "English"\nlocale = "en_GB"']
    for code in codes:
        lines.append(f'[{code}]\nname = "{NAMES[code]}"\nlocale = "{LOCALES[code]}"')
        write_pseudo(root, code, english)
    (root / "languages.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_catalog(root)


def write_pseudo(root: Path, code: str, english: Prompts) -> None:
    folder = root / code
    (folder / "decks").mkdir(parents=True)
    shutil.copytree(PROMPTS_ROOT / "en" / "rules", folder / "rules")
    from babel import Locale

    needed = required_plural_forms(Locale.parse(LOCALES[code]).plural_form)
    out = []
    for key, message in english.messages.items():
        if isinstance(message, Plural):
            forms = {
                form: marked(code, message.forms.get(form, message.forms["other"]))
                for form in sorted(needed)
            }
            inner = ", ".join(f"{form} = {_toml(text)}" for form, text in forms.items())
            out.append(f'{key} = {{ plural = "{message.variable}", {inner} }}')
        else:
            out.append(f"{key} = {_toml(marked(code, message))}")
    (folder / "messages.toml").write_text("\n".join(out) + "\n", encoding="utf-8")
    for name, deck in english.decks.items():
        items = []
        for entry in deck.entries:
            fields = [f"text = {_toml(marker(code) + entry.text)}"]
            if entry.tags:
                fields.append(f"tags = {json.dumps(sorted(entry.tags))}")
            if entry.retired:
                fields.append("retired = true")
            items.append(f"{entry.id} = {{ {', '.join(fields)} }}")
        (folder / "decks" / f"{name}.toml").write_text(
            "[items]\n" + "\n".join(items) + "\n", encoding="utf-8"
        )
