"""`/together`: an idea for twenty undistracted minutes today, counted once the couple did it.

For a couple living apart the ideas come from `quality_time_apart` (a call, the same film at
once) with a countdown to the next visit; `/together apart|nearby|visit …` changes that setting
(`bot.engine.flows.distance`).
"""

from __future__ import annotations

from datetime import timedelta

from bot.engine import kinds
from bot.engine.decks import draw, item, resolve_id
from bot.engine.distance import countdown, deck_for, lives_apart
from bot.engine.events import Button
from bot.engine.flow import Command, Flow
from bot.engine.flows import distance
from bot.engine.shared_space import in_our_shared_space
from bot.engine.turn import Turn, rows

DECK = "quality_time"
#: Drawn instead while the couple lives apart; its ids (`qa-…`) are its own, so a button
#: pressed after switching still names the idea it showed.
APART_DECK = deck_for(DECK, apart=True)
#: Both partners may tap "We did it" for the same idea; within this window it counts once.
SAME_TIME_TOGETHER = timedelta(hours=20)


class TogetherFlow(Flow):
    name = "together"

    def commands(self) -> list[Command]:
        # Free text: `apart`, `nearby`, `visit <day>` (see flows/distance.py).
        return [Command("together", self.together, "help.together")]

    def together(self, turn: Turn, argument: str) -> None:
        if argument.strip():
            distance.change_setting(turn, argument)
            return
        self._offer(turn)

    def _offer(self, turn: Turn) -> None:
        buttons = None
        if lives_apart(turn):
            idea_id, idea = draw(turn, APART_DECK)
            buttons = self._offer_buttons(turn, idea_id)
            until_visit = countdown(turn)
            if until_visit:
                turn.reply(
                    "together.offer_apart_countdown",
                    idea=idea,
                    countdown=until_visit,
                    private=False,
                    buttons=buttons,
                )
            else:
                turn.reply("together.offer_apart", idea=idea, private=False, buttons=buttons)
            return
        idea_id, idea = draw(turn, DECK)
        turn.reply(
            "together.offer", idea=idea, private=False, buttons=self._offer_buttons(turn, idea_id)
        )

    def _offer_buttons(self, turn: Turn, idea_id: str) -> tuple[tuple[Button, ...], ...]:
        return rows(
            turn.button("together.will_do", self.payload("yes", idea_id)),
            turn.button("together.another", self.payload("next")),
        )

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action == "next":
            self._offer(turn)
            return
        idea_id = resolve_id(DECK, argument)  # an old button may still carry a position
        idea = item(turn, DECK, idea_id) or item(turn, APART_DECK, idea_id)
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
            with turn.speaking_to(partner):  # the idea (by its id) and button in their language
                theirs = item(turn, DECK, idea_id) or item(turn, APART_DECK, idea_id) or idea
                turn.tell(
                    partner,
                    "together.invited",
                    partner=turn.name,
                    idea=theirs,
                    buttons=rows(turn.button("together.we_did_it", self.payload("did", idea_id))),
                )

    def _did(self, turn: Turn, idea_id: str, idea: str) -> None:
        recent = turn.store.our_recent_entries(
            turn.person, kinds.TOGETHER, turn.now - SAME_TIME_TOGETHER
        )
        if any(resolve_id(DECK, entry.data.get("idea")) == idea_id for entry in recent):
            turn.reply("together.already_counted", private=False)
            return
        turn.store.record_entry(turn.person, kinds.TOGETHER, idea, turn.now, data={"idea": idea_id})
        turn.reply("together.counted", private=False)
