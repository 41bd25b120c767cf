"""`/rituals`: a couple designs its own rituals of connection, one per kind (`RITUAL_KINDS`:
saying goodbye, meeting again, going to sleep, when one is ill, special days).

Both partners see the same rituals and either may write, rewrite or remove one. A ritual is the
couple's (`Ritual`, one per couple and kind) and names who wrote its current words; written
words reach the partner, so they are shown back first (`preview`) and the partner is told once
kept. Ideas to start from come from the `ritual_prompts` deck, tagged by kind. Shown in private
chats only: started in a shared space, it carries on privately.
"""

from __future__ import annotations

import secrets

from bot.engine import preview
from bot.engine.flow import Command, Flow
from bot.engine.preview import Confirmed
from bot.engine.shared_space import answered_in_shared_space, private_chat_ready
from bot.engine.turn import Turn, rows
from bot.engine.waiting import never_mind
from prompts.loader import RITUAL_KINDS
from storage.models import Pending
from storage.people import PersonRow
from storage.practice_models import Ritual

DECK = "ritual_prompts"


class RitualsFlow(Flow):
    name = "rituals"

    def commands(self) -> list[Command]:
        return [Command("rituals", self.overview, "help.rituals", parameters=())]

    def overview(self, turn: Turn, argument: str = "") -> None:
        partner = self._partner(turn)
        if partner is None or not private_chat_ready(turn):
            return
        assert turn.person.couple_id is not None
        kept = {ritual.kind: ritual for ritual in turn.store.our_rituals(turn.person.couple_id)}
        lines = []
        for kind in RITUAL_KINDS:
            label = turn.say(f"rituals.kind_{kind}")
            ritual = kept.get(kind)
            if ritual is None:
                lines.append(turn.say("rituals.line_empty", kind=label))
            else:
                lines.append(turn.say("rituals.line", kind=label, text=ritual.text))
        turn.done()
        turn.reply(
            "rituals.list",
            rituals="\n".join(lines),
            buttons=rows(
                *(
                    turn.button(f"rituals.kind_{kind}", self.payload("kind", kind))
                    for kind in RITUAL_KINDS
                )
            ),
        )

    def _partner(self, turn: Turn) -> PersonRow | None:
        partner = turn.partner
        if partner is None or turn.person.couple_id is None:
            turn.done()
            turn.reply("rituals.needs_partner")
            return None
        return partner

    # -- buttons ---------------------------------------------------------------------------

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action == "list":
            self.overview(turn)
            return
        if argument not in RITUAL_KINDS or action not in ("kind", "remove", "removed", "keep"):
            turn.reply("rituals.stale")
            return
        partner = self._partner(turn)
        if partner is None:
            return
        if action == "kind":
            self._one(turn, argument, partner)
        elif action == "remove":
            self._ask_to_remove(turn, argument, partner)
        elif action == "removed":
            self._remove(turn, argument, partner)
        else:
            turn.reply("rituals.kept")

    def _one(self, turn: Turn, kind: str, partner: PersonRow) -> None:
        """One ritual: as it is now, an idea to start from, and a waiting question for words."""
        assert turn.person.couple_id is not None
        label = turn.say(f"rituals.kind_{kind}")
        ritual = turn.store.our_ritual(turn.person.couple_id, kind)
        if ritual is None:
            turn.reply("rituals.none_yet", kind=label)
        else:
            turn.reply(
                "rituals.current", kind=label, text=ritual.text, author=self._author(turn, ritual)
            )
        ideas = [entry.text for entry in turn.prompts.deck(DECK).active if kind in entry.tags]
        turn.expect(self.name, "write", {"kind": kind})
        buttons = [
            turn.button("rituals.another_idea", self.payload("kind", kind)),
            turn.button("rituals.back", self.payload("list")),
        ]
        if ritual is not None:
            buttons.append(turn.button("rituals.remove", self.payload("remove", kind)))
        turn.reply(
            "rituals.idea",
            idea=secrets.choice(ideas),
            partner=turn.name_of(partner),
            buttons=rows(*buttons, never_mind(turn)),
        )

    def _author(self, turn: Turn, ritual: Ritual) -> str:
        if ritual.person_id == turn.person_id:
            return turn.say("rituals.author_you")
        return turn.name_of(turn.partner)

    def _ask_to_remove(self, turn: Turn, kind: str, partner: PersonRow) -> None:
        assert turn.person.couple_id is not None
        if turn.store.our_ritual(turn.person.couple_id, kind) is None:
            turn.reply("rituals.stale")
            return
        turn.done()
        turn.reply(
            "rituals.remove_ask",
            kind=turn.say(f"rituals.kind_{kind}"),
            partner=turn.name_of(partner),
            buttons=rows(
                turn.button("rituals.remove_yes", self.payload("removed", kind)),
                turn.button("rituals.remove_keep", self.payload("keep", kind)),
            ),
        )

    def _remove(self, turn: Turn, kind: str, partner: PersonRow) -> None:
        assert turn.person.couple_id is not None
        if not turn.store.remove_ritual(turn.person.couple_id, kind):
            turn.reply("rituals.stale")
            return
        turn.reply("rituals.removed")
        with turn.speaking_to(partner):
            turn.tell(
                partner,
                "rituals.removed_for_partner",
                partner=turn.name,
                kind=turn.say(f"rituals.kind_{kind}"),
            )

    # -- writing -----------------------------------------------------------------------------

    def on_text(self, turn: Turn, pending: Pending, text: str) -> None:
        if answered_in_shared_space(turn):
            return
        if pending.data.get("kind") not in RITUAL_KINDS:
            turn.done()
            turn.reply("rituals.stale")
            return
        # The partner sees the ritual: shown back first, like every word that reaches them.
        preview.show(turn, self.name, "write", {"kind": pending.data["kind"]}, text)

    def on_confirmed(self, turn: Turn, confirmed: Confirmed) -> None:
        kind = confirmed.data.get("kind")
        partner = self._partner(turn)
        if partner is None:
            return
        if not isinstance(kind, str) or kind not in RITUAL_KINDS:
            turn.reply("rituals.stale")
            return
        assert turn.person.couple_id is not None
        turn.store.save_ritual(
            turn.person.couple_id, turn.person_id, kind, confirmed.text, turn.now
        )
        turn.reply("rituals.saved", partner=turn.name_of(partner))
        with turn.speaking_to(partner):
            turn.tell(
                partner,
                "rituals.for_partner",
                partner=turn.name,
                kind=turn.say(f"rituals.kind_{kind}"),
                text=confirmed.text,
            )
