"""The console adapter: try Nearer in a terminal as two (or more) partners, no token needed.

`/as Sam` switches who is typing; buttons appear numbered under the message they belong to
(`2.1`, `2.2` under message 2), and typing that number presses that button, however many menus
have appeared since. A bare number is text (a check-in answer), never a button. Files (charts,
exports) are saved under the data folder and their path is printed. Messages the outbox delivers
to someone else are shown with who they are for.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import sys
import threading
from glob import escape as glob_escape
from itertools import count
from pathlib import Path
from typing import TextIO

from bot.adapters.base import Handler
from bot.engine.events import (
    Button,
    Chat,
    DeliveryResult,
    Inbound,
    Outbound,
    Sender,
)

PLATFORM = "console"
_NAME = re.compile(r"^[\w .'-]{1,32}$")
#: `2.1`: the first button under message 2.
_CHOICE = re.compile(r"^(\d{1,9})\.(\d{1,2})$")
#: How many recent messages' buttons each chat keeps pressable.
KEEP_MENUS = 50


class ConsoleAdapter:
    platform = PLATFORM

    def __init__(
        self,
        files_dir: Path,
        *,
        stdin: TextIO | None = None,
        stdout: TextIO | None = None,
        first_person: str = "Alex",
    ) -> None:
        self._stdin = stdin or sys.stdin
        self._stdout = stdout or sys.stdout
        self._files_dir = files_dir
        self._typing = first_person
        #: Per chat: message number → its buttons, oldest first (at most `KEEP_MENUS`).
        self._buttons: dict[str, dict[int, list[Button]]] = {}
        self._shown_numbers = count(1)
        self._message_numbers = count(1)
        self._lines: asyncio.Queue[str | None] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self.finished = asyncio.Event()

    def invite_link(self, code: str) -> str | None:
        """The console has no links: a partner types `/pair <code>`."""
        return None

    def can_ask_location(self, *, private: bool) -> bool:
        """A console cannot share a location: people type their city."""
        return False

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self, handler: Handler) -> None:
        loop = asyncio.get_running_loop()
        # A daemon thread reads stdin so a blocked read never holds up shutdown.
        threading.Thread(target=self._read_lines, args=(loop,), daemon=True).start()
        self._print(
            f"Nearer console. You are {self._typing}. Type /as <name> to switch partner, "
            "a button's number (like 2.1) to press it, Ctrl-D to leave."
        )
        self._task = asyncio.create_task(self._serve(handler))

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self.finished.set()

    def _read_lines(self, loop: asyncio.AbstractEventLoop) -> None:
        try:
            for line in self._stdin:
                loop.call_soon_threadsafe(self._lines.put_nowait, line.rstrip("\n"))
        except (ValueError, OSError):
            pass
        loop.call_soon_threadsafe(self._lines.put_nowait, None)

    async def _serve(self, handler: Handler) -> None:
        try:
            while (line := await self._lines.get()) is not None:
                if line.strip().lower() in ("/quit", "/exit"):
                    break
                inbound = self._to_inbound(line)
                if inbound is None:
                    continue
                for reply in await handler(inbound):
                    await self._show(reply, to_typing_person=True)
        finally:
            self._print("Bye for now.")
            self.finished.set()

    # -- translation -------------------------------------------------------------------------

    def _to_inbound(self, line: str) -> Inbound | None:
        stripped = line.strip()
        if stripped.lower().startswith("/as"):
            name = stripped[3:].strip()
            if not name:
                self._print(f"You are {self._typing}. /as <name> switches, e.g. /as Sam.")
                return None
            if not _NAME.match(name):
                self._print("Pick a short name with letters or digits, e.g. /as Sam.")
                return None
            self._typing = name
            self._print(f"You are now {name}.")
            return None
        chat_id = self._chat_id(self._typing)
        sender = Sender(chat_id, self._typing)
        chat = Chat(chat_id, "private")
        choice = _CHOICE.match(stripped)
        if choice is not None:
            message, button = int(choice.group(1)), int(choice.group(2))
            choices = self._buttons.get(chat_id, {}).get(message, [])
            if not 1 <= button <= len(choices):
                self._print(f"There's no button {stripped} for {self._typing} any more.")
                return None
            payload = choices[button - 1].payload
            return Inbound(PLATFORM, chat, sender, button=payload)
        return Inbound(PLATFORM, chat, sender, text=line)

    @staticmethod
    def _chat_id(name: str) -> str:
        return name.strip().casefold()

    # -- output ------------------------------------------------------------------------------

    async def send(self, outbound: Outbound) -> DeliveryResult:
        await self._show(outbound, to_typing_person=False)
        return DeliveryResult.ok(str(next(self._message_numbers)))

    async def _show(self, outbound: Outbound, *, to_typing_person: bool) -> None:
        chat_id = outbound.address.chat_id
        header = (
            "Nearer"
            if to_typing_person and chat_id == self._chat_id(self._typing)
            else (f"Nearer → {chat_id}")
        )
        if outbound.edit_of:
            header += " (updated)"
        if outbound.silent:
            header += " (quietly)"
        flat = [button for row in outbound.buttons for button in row]
        if flat:
            shown = next(self._shown_numbers)
            menus = self._buttons.setdefault(chat_id, {})
            menus[shown] = flat
            while len(menus) > KEEP_MENUS:
                del menus[next(iter(menus))]
            lines = [f"{header} [{shown}]: {outbound.text}"]
            lines += [f"   {shown}.{number}) {b.label}" for number, b in enumerate(flat, 1)]
        else:
            lines = [f"{header}: {outbound.text}"]
        if outbound.attachment is not None:
            path = self._files_dir / f"{chat_id}-{outbound.attachment.filename}"
            await asyncio.to_thread(_save, path, outbound.attachment.content)
            lines.append(f"   [file saved: {path}]")
        self._print("\n".join(lines))

    async def forget_chat(self, chat_id: str) -> None:
        """Someone was forgotten: the files saved for their chat (charts, exports) go too."""
        await asyncio.to_thread(_remove_files_of, self._files_dir, chat_id)

    def note(self, text: str) -> None:
        """A line from Nearer itself (not the engine), such as where the page is."""
        self._print(text)

    def type_for_person(self, line: str) -> None:
        """Handle `line` as if the person typing had typed it (the page's link at start)."""
        self._lines.put_nowait(line)

    def _print(self, text: str) -> None:
        self._stdout.write(text + "\n")
        self._stdout.flush()


def _remove_files_of(folder: Path, chat_id: str) -> None:
    for path in folder.glob(f"{glob_escape(chat_id)}-*"):
        path.unlink(missing_ok=True)


def _save(path: Path, content: bytes) -> None:
    """Charts and exports hold people's words: owner-only, like the database."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(content)
