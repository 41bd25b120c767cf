"""Finds who handles an event: a command, a button payload, or free text for a pending flow."""

from __future__ import annotations

from collections.abc import Iterable

from bot.engine.flow import Command, Flow


class Router:
    def __init__(self, flows: Iterable[Flow]) -> None:
        self.flows: dict[str, Flow] = {}
        self.commands: dict[str, Command] = {}
        for flow in flows:
            if not flow.name or flow.name in self.flows:
                raise ValueError(f"flow name {flow.name!r} is empty or used twice")
            self.flows[flow.name] = flow
            for command in flow.commands():
                if command.name in self.commands:
                    raise ValueError(f"command /{command.name} is registered twice")
                self.commands[command.name] = command

    def command(self, name: str) -> Command | None:
        return self.commands.get(name)

    def flow(self, name: str) -> Flow | None:
        return self.flows.get(name)

    def menu(self) -> list[Command]:
        """The commands to list in `/help` and platform menus, in registration order."""
        return [command for command in self.commands.values() if command.in_menu]
