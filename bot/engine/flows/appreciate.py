"""`/appreciate`: one thing I appreciate about my partner, delivered to them right away.

Typed as the answer to the question, it is shown back first (`preview`) and goes on [Send]; given
with the command (`/appreciate you made my day`) it was written on purpose and goes at once.

Delivery goes through the outbox with the entry, so it survives a crash; inside the partner's quiet
hours it arrives without a sound, never later. Written while solo, it is kept and delivered the
moment the partner joins (`deliver_kept_appreciations`, called by pairing).
"""

from __future__ import annotations

from bot.engine import kinds, preview
from bot.engine.decks import draw
from bot.engine.flow import Command, Flow
from bot.engine.limits import may_reach_partner
from bot.engine.preview import Confirmed
from bot.engine.turn import Turn, rows
from storage.models import Entry, Pending
from storage.people import PersonRow

DECK = "appreciation_prompts"


class AppreciateFlow(Flow):
    name = "appreciate"

    def commands(self) -> list[Command]:
        return [Command("appreciate", self.appreciate, "help.appreciate")]

    def appreciate(self, turn: Turn, argument: str) -> None:
        if argument:
            self._share(turn, argument)
        else:
            self._ask(turn)

    def _ask(self, turn: Turn) -> None:
        _index, prompt = draw(turn, DECK)
        turn.expect(self.name, "write")
        partner = turn.name_of(turn.partner)
        turn.reply(
            "appreciate.ask",
            partner=partner,
            prompt=prompt,
            buttons=rows(
                turn.button("appreciate.another_prompt", self.payload("prompt")),
                turn.button("common.cancel", self.payload("stop")),
            ),
        )

    def on_text(self, turn: Turn, pending: Pending, text: str) -> None:
        preview.show(turn, self.name, pending.step, pending.data, text)

    def on_confirmed(self, turn: Turn, confirmed: Confirmed) -> None:
        self._share(turn, confirmed.text)

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action == "prompt":
            self._ask(turn)
        elif action == "stop":
            turn.done()
            turn.reply("appreciate.stopped")
        else:
            turn.reply("common.stale_button")

    def _share(self, turn: Turn, text: str) -> None:
        if not may_reach_partner(turn):  # kept ones reach the partner too, at pairing
            return
        turn.done()
        partner = turn.partner
        if partner is None:
            turn.store.record_entry(
                turn.person, kinds.APPRECIATION, text, turn.now, data={"kept_for_partner": True}
            )
            turn.reply("appreciate.kept")
            return
        entry = turn.store.add_entry(
            turn.person, kinds.APPRECIATION, text, turn.now, recipient_id=partner.id
        )
        if deliver(turn, entry, turn.person, partner):
            turn.reply("appreciate.sent", partner=turn.name_of(partner))
        else:
            turn.reply("appreciate.sent_later", partner=turn.name_of(partner))


def deliver(turn: Turn, entry: Entry, author: PersonRow, partner: PersonRow) -> bool:
    """Queue one appreciation for the partner, once (keyed by the entry); `False` if unreachable."""
    return turn.tell(
        partner,
        "appreciate.received",
        author=turn.name_of(author),
        text=entry.body,
        idempotency_key=f"appreciation:{entry.id}",
        carries=(author,),  # released at pairing, it is the joiner who acts
    )


def deliver_kept_appreciations(turn: Turn, first: PersonRow, second: PersonRow) -> int:
    """After pairing: what each wrote while solo goes to the other now. Returns how many."""
    assert first.id is not None and second.id is not None
    other = {first.id: second, second.id: first}
    authors = {first.id: first, second.id: second}
    kept = turn.store.kept_for_partner(other, kinds.APPRECIATION)
    for entry in kept:
        partner = other[entry.person_id]
        entry.recipient_id = partner.id
        entry.data = {key: value for key, value in entry.data.items() if key != "kept_for_partner"}
        deliver(turn, entry, authors[entry.person_id], partner)
    return len(kept)
