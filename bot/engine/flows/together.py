"""`/together`: an idea for twenty undistracted minutes today, counted once the couple did it."""

from __future__ import annotations

from datetime import timedelta

from bot.engine import kinds
from bot.engine.decks import draw, item, resolve_id
from bot.engine.flow import Command, Flow
from bot.engine.shared_space import in_our_shared_space
from bot.engine.turn import Turn, rows

DECK = "quality_time"
#: Both partners may tap "We did it" for the same idea; within this window it counts once.
SAME_TIME_TOGETHER = timedelta(hours=20)


class TogetherFlow(Flow):
    name = "together"

    def commands(self) -> list[Command]:
        return [Command("together", self.together, "help.together", parameters=())]

    def together(self, turn: Turn, argument: str) -> None:
        self._offer(turn)

    def _offer(self, turn: Turn) -> None:
        idea_id, idea = draw(turn, DECK)
        turn.reply(
            "together.offer",
            idea=idea,
            private=False,
            buttons=rows(
                turn.button("together.will_do", self.payload("yes", idea_id)),
                turn.button("together.another", self.payload("next")),
            ),
        )

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action == "next":
            self._offer(turn)
            return
        idea_id = resolve_id(DECK, argument)  # an old button may still carry a position
        idea = item(turn, DECK, idea_id)
        if idea_id is None or idea is None or action not in ("yes", "did"):
            turn.reply("common.stale_button")
            return
        if action == "yes":
            self._plan(turn, idea_id, idea)
        else:
            self._did(turn, idea_id, idea)

    def _plan(self, turn: Turn, idea_id: str, idea: str) -> None:
        did_it = rows(turn.button("together.we_did_it", self.payload("did", idea_id)))
        turn.reply("together.planned", idea=idea, buttons=did_it, private=False)
        partner = turn.partner
        if partner is not None and not in_our_shared_space(turn):
            turn.tell(partner, "together.invited", partner=turn.name, idea=idea, buttons=did_it)

    def _did(self, turn: Turn, idea_id: str, idea: str) -> None:
        recent = turn.store.our_recent_entries(
            turn.person, kinds.TOGETHER, turn.now - SAME_TIME_TOGETHER
        )
        if any(resolve_id(DECK, entry.data.get("idea")) == idea_id for entry in recent):
            turn.reply("together.already_counted", private=False)
            return
        turn.store.add_entry(turn.person, kinds.TOGETHER, idea, turn.now, data={"idea": idea_id})
        turn.reply("together.counted", private=False)
