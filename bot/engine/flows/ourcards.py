"""`/ourcards`: a couple adds its own questions to the `dreams` and `love_maps` decks (see
`bot/engine/own_cards.py` for how they are drawn).

A question is typed, shown back first (`preview`: the partner will be asked it) and kept on
[Send]; the partner is told. Either partner may remove any of the couple's cards. Cards belong
to the couple that added them: buttons name a card by id and find it only within the couple.
"""

from __future__ import annotations

from bot.engine import preview
from bot.engine.flow import Command, Flow, is_id
from bot.engine.own_cards import DECKS
from bot.engine.preview import Confirmed
from bot.engine.shared_space import answered_in_shared_space, private_chat_ready
from bot.engine.turn import Turn, rows
from bot.engine.waiting import never_mind
from storage.models import Pending
from storage.people import PersonRow

#: At most this many own cards per couple.
LIMIT = 200
#: As long as a deck item may be (tests/test_deck_content.py).
MAX_LENGTH = 200
#: How much of a card a "Remove" button shows.
LABEL_LENGTH = 40


class OurCardsFlow(Flow):
    name = "ourcards"

    def commands(self) -> list[Command]:
        return [Command("ourcards", self.overview, "help.ourcards", parameters=())]

    def overview(self, turn: Turn, argument: str = "") -> None:
        couple_id = self._couple(turn)
        if couple_id is None or not private_chat_ready(turn):
            return
        cards = turn.store.our_cards(couple_id)
        buttons = [turn.button(f"ourcards.add_{deck}", self.payload("add", deck)) for deck in DECKS]
        buttons += [
            turn.button(
                "ourcards.remove", self.payload("remove", card.id or 0), text=_short(card.text)
            )
            for card in cards
        ]
        if not cards:
            turn.reply("ourcards.list_empty", buttons=rows(*buttons, per_row=1))
            return
        lines = "\n".join(
            turn.say("ourcards.line", deck=turn.say(f"ourcards.deck_{card.deck}"), text=card.text)
            for card in cards
        )
        turn.reply("ourcards.list", cards=lines, buttons=rows(*buttons, per_row=1))

    def _couple(self, turn: Turn) -> int | None:
        if turn.partner is None or turn.person.couple_id is None:
            turn.done()
            turn.reply("ourcards.needs_partner")
            return None
        return turn.person.couple_id

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action == "add" and argument in DECKS:
            couple_id = self._couple(turn)
            if couple_id is None:
                return
            if len(turn.store.our_cards(couple_id)) >= LIMIT:
                turn.reply("ourcards.too_many", limit=LIMIT)
                return
            turn.expect(self.name, "add", {"deck": argument})
            turn.reply(f"ourcards.ask_{argument}", buttons=rows(never_mind(turn)))
        elif action == "remove" and is_id(argument):
            couple_id = self._couple(turn)
            card = turn.store.our_card(couple_id, int(argument)) if couple_id is not None else None
            if couple_id is None:
                return
            if card is None:
                turn.reply("ourcards.stale")
                return
            turn.store.remove_card(card)
            turn.reply("ourcards.removed", text=card.text)
        else:
            turn.reply("ourcards.stale")

    def on_text(self, turn: Turn, pending: Pending, text: str) -> None:
        if answered_in_shared_space(turn):
            return
        if pending.data.get("deck") not in DECKS:
            turn.done()
            turn.reply("ourcards.stale")
            return
        if len(text) > MAX_LENGTH:
            turn.reply("waiting.too_long", limit=MAX_LENGTH)
            return
        # The partner will be asked it: shown back first, like every word that reaches them.
        preview.show(turn, self.name, "add", {"deck": pending.data["deck"]}, " ".join(text.split()))

    def on_confirmed(self, turn: Turn, confirmed: Confirmed) -> None:
        deck = confirmed.data.get("deck")
        couple_id = self._couple(turn)
        partner: PersonRow | None = turn.partner
        if couple_id is None or partner is None:
            return
        if not isinstance(deck, str) or deck not in DECKS:
            turn.reply("ourcards.stale")
            return
        if len(turn.store.our_cards(couple_id)) >= LIMIT:
            turn.reply("ourcards.too_many", limit=LIMIT)
            return
        turn.store.add_card(couple_id, turn.person_id, deck, confirmed.text, turn.now)
        where = turn.say(f"ourcards.deck_{deck}")
        turn.reply("ourcards.added", deck=where)
        with turn.speaking_to(partner):
            turn.tell(
                partner,
                "ourcards.added_for_partner",
                partner=turn.name,
                deck=turn.say(f"ourcards.deck_{deck}"),
                text=confirmed.text,
            )


def _short(text: str) -> str:
    return text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1].rstrip() + "…"
