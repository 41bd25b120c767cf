"""`/journal`: the appreciations I wrote and received, newest first, a few at a time."""

from __future__ import annotations

from bot.engine import kinds
from bot.engine.flow import Command, Flow, is_id
from bot.engine.local_text import long_date
from bot.engine.turn import Turn, rows
from bot.engine.zones import local_time
from storage.models import Entry

PAGE_SIZE = 5
#: Long entries are shortened in the list so a page still fits on a phone screen.
SHOWN_CHARACTERS = 300


class JournalFlow(Flow):
    name = "journal"

    def commands(self) -> list[Command]:
        return [Command("journal", self.journal, "help.journal", parameters=())]

    def journal(self, turn: Turn, argument: str) -> None:
        self._show(turn, 0)

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action != "page" or not is_id(argument):
            turn.reply("common.stale_button")
            return
        self._show(turn, int(argument))

    def _show(self, turn: Turn, page: int) -> None:
        entries, more = turn.store.journal_page(
            turn.person_id, kinds.APPRECIATION, page * PAGE_SIZE, PAGE_SIZE
        )
        if not entries:
            turn.reply("journal.empty" if page == 0 else "journal.no_more")
            return
        lines = [turn.say("journal.title", page=page + 1)]
        lines += [self._line(turn, entry) for entry in entries]
        buttons = []
        if more:
            buttons.append(turn.button("journal.older", self.payload("page", page + 1)))
        if page > 0:
            buttons.append(turn.button("journal.newer", self.payload("page", page - 1)))
        turn.reply_text("\n\n".join(lines), buttons=rows(*buttons))

    def _line(self, turn: Turn, entry: Entry) -> str:
        day = long_date(turn.prompts, local_time(turn.person, entry.created_at).date())
        text = entry.body
        if len(text) > SHOWN_CHARACTERS:
            text = text[: SHOWN_CHARACTERS - 1].rstrip() + "…"
        if entry.person_id != turn.person_id:
            author = turn.store.person(entry.person_id)
            return turn.say("journal.received", author=turn.name_of(author), day=day, text=text)
        recipient = turn.store.person(entry.recipient_id) if entry.recipient_id else None
        if recipient is not None:
            return turn.say(
                "journal.written", recipient=turn.name_of(recipient), day=day, text=text
            )
        if entry.data.get("kept_for_partner"):
            return turn.say("journal.kept", day=day, text=text)
        return turn.say("journal.written_earlier", day=day, text=text)
