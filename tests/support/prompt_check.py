"""Checks that every message the engine asks for exists and gets all its placeholders.

A test, not a start-up step (it parses source files): run by tests/test_prompt_usage.py.
Reads the engine's source: each `x.say("key", name=…)` / `x.reply("key", …)` /
`x.tell(person, "key", …)` call with a literal key is checked against the loaded prompts.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from prompts import PromptError, Prompts

ENGINE_ROOT = Path(__file__).resolve().parent.parent.parent / "bot" / "engine"
_KEY_POSITION = {"say": 0, "reply": 0, "tell": 1, "button": 0}


def _used_keys(root: Path) -> Iterator[tuple[str, set[str], bool, str]]:
    """Yield (key, keyword names given, whether **kwargs was used, where) for each literal use."""
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            position = _KEY_POSITION.get(node.func.attr)
            if position is None or len(node.args) <= position:
                continue
            key_node = node.args[position]
            if not (isinstance(key_node, ast.Constant) and isinstance(key_node.value, str)):
                continue
            names = {kw.arg for kw in node.keywords if kw.arg is not None}
            splat = any(kw.arg is None for kw in node.keywords)
            where = f"{path.relative_to(root.parent.parent)}:{node.lineno}"
            yield key_node.value, names, splat, where


def check_prompt_usage(prompts: Prompts, root: Path = ENGINE_ROOT) -> int:
    """Raise `PromptError` listing every broken use; return how many uses were checked."""
    problems: list[str] = []
    count = 0
    for key, names, splat, where in _used_keys(root):
        if "." not in key:
            continue  # not a message key (e.g. a plain word passed to an unrelated method)
        count += 1
        if not prompts.has(key):
            problems.append(f"{where}: no message {key!r}")
            continue
        missing = prompts.expects(key) - names
        if missing and not splat:
            problems.append(f"{where}: {key!r} needs {sorted(missing)}")
    if problems:
        raise PromptError("prompts do not match the code:\n  " + "\n  ".join(problems))
    return count
