"""`/repair`: a private kit of repair attempts, for after (or in the middle of) a fight.

The kit is the `repair_phrases` deck, in sections (`REPAIR_SECTIONS`). Each phrase is its own
button, labelled with exactly the words that go: one tap sends it to the partner (within the
daily cap of words to the partner). A phrase ending in "…" (tagged `finish`) is completed by its
sender first and shown back as a whole through `preview`. The partner answers with one tap,
"I'm in" or "Not yet, but thank you", and the sender is told. Each attempt is an `Entry`
(`repair`) naming the partner as recipient; the reply is kept in its data, once.
"""

from __future__ import annotations

from bot.engine import kinds, preview
from bot.engine.events import Button
from bot.engine.flow import Command, Flow, is_id
from bot.engine.limits import may_reach_partner
from bot.engine.preview import Confirmed
from bot.engine.shared_space import answered_in_shared_space, private_chat_ready
from bot.engine.turn import Turn, rows
from bot.engine.waiting import never_mind
from prompts.loader import FINISH_TAG, REPAIR_SECTIONS, DeckItem
from storage.models import Pending
from storage.people import PersonRow

DECK = "repair_phrases"
#: The partner's one-tap answers.
REPLIES = ("in", "not_yet")


class RepairFlow(Flow):
    name = "repair"

    def commands(self) -> list[Command]:
        return [Command("repair", self.kit, "help.repair", parameters=())]

    def kit(self, turn: Turn, argument: str = "") -> None:
        partner = self._reachable_partner(turn)
        if partner is None or not private_chat_ready(turn):
            return
        turn.reply(
            "repair.kit",
            partner=turn.name_of(partner),
            buttons=rows(
                *(
                    turn.button(f"repair.section_{section}", self.payload("section", section))
                    for section in REPAIR_SECTIONS
                )
            ),
        )

    def _reachable_partner(self, turn: Turn) -> PersonRow | None:
        partner = turn.partner
        if partner is None or partner.id is None:
            turn.reply("repair.needs_partner")
            return None
        if turn.store.private_identity(partner.id) is None:
            turn.reply("repair.partner_unreachable", partner=turn.name_of(partner))
            return None
        return partner

    # -- buttons ---------------------------------------------------------------------------

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action == "kit":
            self.kit(turn)
        elif action == "section" and argument in REPAIR_SECTIONS:
            self._section(turn, argument)
        elif action == "say":
            self._say(turn, argument)
        elif action == "reply":
            entry_id, _, answer = argument.partition(":")
            self._reply(turn, entry_id, answer)
        else:
            turn.reply("repair.stale")

    def _section(self, turn: Turn, section: str) -> None:
        partner = self._reachable_partner(turn)
        if partner is None:
            return
        phrases = [e for e in turn.prompts.deck(DECK).active if section in e.tags]
        turn.reply(
            "repair.section",
            section=turn.say(f"repair.section_{section}"),
            # In the text too: a platform may shorten a long button label on a small screen.
            phrases="\n".join(turn.say("repair.phrase_line", phrase=e.text) for e in phrases),
            partner=turn.name_of(partner),
            buttons=rows(
                *(Button(e.text, self.payload("say", e.id)) for e in phrases),
                turn.button("repair.back", self.payload("kit")),
                per_row=1,
            ),
        )

    def _say(self, turn: Turn, item_id: str) -> None:
        phrase = self._phrase(turn, item_id)
        if phrase is None:
            turn.reply("repair.stale")
            return
        if self._reachable_partner(turn) is None:
            return
        if FINISH_TAG in phrase.tags:
            turn.expect(self.name, "finish", {"phrase": phrase.id})
            turn.reply("repair.finish_ask", phrase=phrase.text, buttons=rows(never_mind(turn)))
            return
        self._send(turn, phrase, phrase.text)

    # -- a phrase to finish ----------------------------------------------------------------

    def on_text(self, turn: Turn, pending: Pending, text: str) -> None:
        if answered_in_shared_space(turn):
            return
        phrase = self._phrase(turn, pending.data.get("phrase"))
        if pending.step != "finish" or phrase is None:
            turn.done()
            turn.reply("repair.stale")
            return
        preview.show(turn, self.name, "finish", {"phrase": phrase.id}, finished(phrase.text, text))

    def on_confirmed(self, turn: Turn, confirmed: Confirmed) -> None:
        phrase = self._phrase(turn, confirmed.data.get("phrase"))
        if confirmed.step != "finish" or phrase is None:
            turn.reply("repair.stale")
            return
        if self._reachable_partner(turn) is None:
            return
        self._send(turn, phrase, confirmed.text)

    # -- sending and answering ---------------------------------------------------------------

    def _send(self, turn: Turn, phrase: DeckItem, text: str) -> None:
        partner = turn.partner
        assert partner is not None
        if not may_reach_partner(turn):
            return
        attempt = turn.store.add_entry(
            turn.person,
            kinds.REPAIR,
            text,
            turn.now,
            recipient_id=partner.id,
            data={"phrase": phrase.id, "reply": None},
        )
        # The phrase goes as its sender chose it (their words); the frame and buttons are the
        # partner's language.
        with turn.speaking_to(partner):
            turn.tell(
                partner,
                "repair.for_partner",
                partner=turn.name,
                phrase=text,
                buttons=rows(
                    turn.button("repair.im_in", self.payload("reply", f"{attempt.id}:in")),
                    turn.button("repair.not_yet", self.payload("reply", f"{attempt.id}:not_yet")),
                ),
            )
        turn.reply("repair.sent", partner=turn.name_of(partner), phrase=text)

    def _reply(self, turn: Turn, entry_id: str, answer: str) -> None:
        attempt = turn.store.entry_of(int(entry_id), kinds.REPAIR) if is_id(entry_id) else None
        author = turn.partner
        if (
            attempt is None
            or answer not in REPLIES
            or attempt.recipient_id != turn.person_id
            or author is None
            or attempt.person_id != author.id
        ):
            turn.reply("repair.stale")
            return
        if attempt.data.get("reply"):
            turn.reply("repair.already_answered")
            return
        attempt.data = {**attempt.data, "reply": answer}
        turn.reply(f"repair.replied_{answer}", partner=turn.name_of(author))
        turn.tell(
            author,
            f"repair.partner_{answer}",
            partner=turn.name,
            idempotency_key=f"repair-reply:{attempt.id}",
        )

    @staticmethod
    def _phrase(turn: Turn, item_id: object) -> DeckItem | None:
        """A phrase of the kit that may still be sent (a button may be old or made up)."""
        if not isinstance(item_id, str):
            return None
        found = turn.prompts.deck(DECK).find(item_id)
        return found if found is not None and not found.retired else None


def finished(phrase: str, typed: str) -> str:
    """The phrase completed with what its sender typed; typing the whole sentence works too."""
    stem = phrase.removesuffix("…").rstrip()
    typed = typed.strip()
    if typed.casefold().startswith(stem.casefold()):
        return typed
    return f"{stem} {typed}"
