"""`/help` that fits on a phone screen: one line per group of practices and a few buttons, with
the full list (every menu command, grouped, then the rest) one tap away.

The groups are data (`prompts/<lang>/rules/help.toml`); a command in no group is still listed in
the full list, so a new practice shows up without touching this file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from prompts import PromptError, Prompts

RULES = "help"
#: The label of a practice's button, shared with the free-text answers.
LABEL = "companion.practice.{command}"


@dataclass(frozen=True)
class HelpGroup:
    title_key: str
    commands: tuple[str, ...]


@dataclass(frozen=True)
class HelpMenu:
    groups: tuple[HelpGroup, ...]
    buttons: tuple[str, ...]

    def ungrouped(self, menu: Iterable[str]) -> list[str]:
        """Menu commands no group names, in menu order: the full list's "and also"."""
        grouped = {command for group in self.groups for command in group.commands}
        return [command for command in menu if command not in grouped]


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise PromptError(f"rules/{RULES}.toml: {where} must be a list of command names")
    return tuple(value)


def load_help_menu(prompts: Prompts, menu: Iterable[str]) -> HelpMenu:
    """The groups of `prompts`' language, checked against the engine's menu at start-up."""
    table = prompts.rule_table(RULES)
    known = set(menu)
    problems: list[str] = []
    groups: list[HelpGroup] = []
    for raw in table.get("group", []):
        title = raw.get("title")
        commands = _strings(raw.get("commands"), f"group {title!r} commands")
        if not isinstance(title, str) or not prompts.has(title):
            problems.append(f"group title {title!r} is not a message")
            continue
        missing = [command for command in commands if command not in known]
        problems += [f"group {title!r}: /{command} is not in the menu" for command in missing]
        groups.append(HelpGroup(title, commands))
    buttons = _strings(table.get("buttons", []), "buttons")
    for command in buttons:
        if command not in known:
            problems.append(f"button /{command} is not in the menu")
        elif not prompts.has(LABEL.format(command=command)):
            problems.append(f"button /{command} has no label {LABEL.format(command=command)}")
    if not groups:
        problems.append("needs at least one [[group]]")
    if problems:
        raise PromptError(f"rules/{RULES}.toml:\n  " + "\n  ".join(problems))
    return HelpMenu(tuple(groups), buttons)
