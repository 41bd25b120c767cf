"""`/idea`: something new to try together, a shared bucket list, and marking items done.

`/idea` offers one from the deck; `/idea list` shows the list; `/idea add <text>` adds the
couple's own. A solo person's list becomes the couple's when they pair.
"""

from __future__ import annotations

from bot.engine import kinds
from bot.engine.decks import draw, item, resolve_id
from bot.engine.flow import Command, Flow, is_id
from bot.engine.shared_space import keep_private
from bot.engine.turn import Turn, rows
from storage.models import BucketItem

DECK = "new_experiences"
#: The list shows this many open items (each with a "Done" button) and recent done ones.
SHOWN_OPEN = 8
SHOWN_DONE = 5
MAX_OWN_IDEA_LENGTH = 300


class IdeaFlow(Flow):
    name = "idea"

    def commands(self) -> list[Command]:
        return [Command("idea", self.idea, "help.idea")]

    def idea(self, turn: Turn, argument: str) -> None:
        word, _, rest = argument.partition(" ")
        word = word.lower()
        if not argument:
            self._offer(turn)
        elif word == "list":
            self._show_list(turn)
        elif word == "add" and rest.strip():
            self._add_own(turn, rest.strip())
        else:
            turn.reply("idea.usage")

    def _offer(self, turn: Turn) -> None:
        idea_id, idea = draw(turn, DECK)
        turn.reply(
            "idea.offer",
            idea=idea,
            private=False,
            buttons=rows(
                turn.button("idea.save", self.payload("save", idea_id)),
                turn.button("idea.another", self.payload("next")),
            ),
        )

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action == "next":
            self._offer(turn)
        elif action == "list":
            self._show_list(turn)
        elif action == "save" and argument:
            self._save(turn, argument)
        elif action == "done" and is_id(argument):
            self._done(turn, int(argument))
        else:
            turn.reply("common.stale_button")

    def _save(self, turn: Turn, argument: str) -> None:
        idea_id = resolve_id(DECK, argument)  # an old button may still carry a position
        idea = item(turn, DECK, idea_id)
        if idea_id is None or idea is None:
            turn.reply("common.stale_button")
            return
        see_list = rows(turn.button("idea.see_list", self.payload("list")))
        already = any(
            entry.deck_item == idea_id and entry.done_at is None
            for entry in turn.store.bucket_list(turn.person)
        )
        if already:
            turn.reply("idea.already_saved", buttons=see_list, private=keep_private(turn))
            return
        turn.store.add_bucket_item(turn.person, idea, turn.now, deck_item=idea_id)
        turn.reply("idea.saved", idea=idea, buttons=see_list, private=keep_private(turn))

    def _add_own(self, turn: Turn, text: str) -> None:
        if len(text) > MAX_OWN_IDEA_LENGTH:
            turn.reply("idea.too_long", limit=MAX_OWN_IDEA_LENGTH)
            return
        turn.store.add_bucket_item(turn.person, text, turn.now)
        see_list = rows(turn.button("idea.see_list", self.payload("list")))
        turn.reply("idea.saved", idea=text, buttons=see_list, private=keep_private(turn))

    def _show_list(self, turn: Turn) -> None:
        items = turn.store.bucket_list(turn.person)
        still_open = [entry for entry in items if entry.done_at is None][:SHOWN_OPEN]
        done = [entry for entry in items if entry.done_at is not None][:SHOWN_DONE]
        if not still_open and not done:
            turn.reply("idea.list_empty", private=keep_private(turn))
            return
        lines = [turn.say("idea.list_title")]
        lines += [f"{number}. {entry.text}" for number, entry in enumerate(still_open, 1)]
        if not still_open:
            lines.append(turn.say("idea.list_all_done"))
        if done:
            lines.append(turn.say("idea.list_done_title"))
            lines += [f"✓ {entry.text}" for entry in done]
        buttons = [
            turn.button("idea.done_button", self.payload("done", entry.id or 0), number=number)
            for number, entry in enumerate(still_open, 1)
        ]
        turn.reply_text(
            "\n".join(lines), buttons=rows(*buttons, per_row=4), private=keep_private(turn)
        )

    def _done(self, turn: Turn, item_id: int) -> None:
        entry: BucketItem | None = turn.store.our_bucket_item(turn.person, item_id)
        if entry is None:
            turn.reply("common.stale_button")
            return
        if entry.done_at is not None:
            turn.reply("idea.already_done", idea=entry.text, private=keep_private(turn))
            return
        entry.done_at, entry.done_by = turn.now, turn.person_id
        turn.store.record_entry(
            turn.person, kinds.IDEA_DONE, entry.text, turn.now, data={"item": item_id}
        )
        turn.reply("idea.marked_done", idea=entry.text, private=keep_private(turn))
