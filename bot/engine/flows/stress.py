"""`/stress`: a stress-reducing conversation about stress from outside the relationship.

One partner asks and says who talks first; the other answers "Ready now" or "Not right now".
Then each talks for about `TURN_MINUTES` while the other listens and takes their side (tips and
an opener from the `stress_openers` deck go to the listener). A timer switches the turns halfway
and ends the conversation; either may switch early or stop. The talking itself happens face to
face or on a call: the bot carries no words between them, only the turns.

State is one `Entry` (`stress_talk`, no words) of the one who asked, naming the partner; its
`step` counts the moves, and a timer only acts on the step it was started for, so an early
switch leaves the old timer with nothing to do.
"""

from __future__ import annotations

from typing import Any

from bot.engine import kinds
from bot.engine.decks import draw
from bot.engine.flow import Command, Flow, is_id
from bot.engine.shared_space import private_chat_ready
from bot.engine.turn import ButtonRows, Turn, rows
from storage.models import Entry
from storage.people import PersonRow

DECK = "stress_openers"
#: Each partner's turn, in minutes (the switch comes halfway through the conversation).
TURN_MINUTES = 15
#: Where a conversation stands (`data["state"]`).
INVITED, FIRST, SECOND, DONE, DECLINED = "invited", "first", "second", "done", "declined"


class StressFlow(Flow):
    name = "stress"

    def commands(self) -> list[Command]:
        return [Command("stress", self.start, "help.stress", parameters=())]

    def start(self, turn: Turn, argument: str = "") -> None:
        partner = self._reachable_partner(turn)
        if partner is None or not private_chat_ready(turn):
            return
        turn.reply(
            "stress.intro",
            minutes=TURN_MINUTES,
            buttons=rows(
                turn.button("stress.me_first", self.payload("invite", "me")),
                turn.button(
                    "stress.them_first",
                    self.payload("invite", "them"),
                    partner=turn.name_of(partner),
                ),
            ),
        )

    def _reachable_partner(self, turn: Turn) -> PersonRow | None:
        partner = turn.partner
        if partner is None or partner.id is None:
            turn.reply("stress.needs_partner")
            return None
        if turn.store.private_identity(partner.id) is None:
            turn.reply("stress.partner_unreachable", partner=turn.name_of(partner))
            return None
        return partner

    # -- buttons ---------------------------------------------------------------------------

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action == "invite" and argument in ("me", "them"):
            self._invite(turn, argument)
            return
        if action not in ("ready", "later", "switch", "stop"):
            turn.reply("stress.stale")
            return
        talk = self._ours(turn, argument)
        partner = turn.partner
        if talk is None or partner is None:
            turn.reply("stress.stale")
            return
        state = talk.data.get("state")
        if action in ("ready", "later"):
            if state != INVITED or talk.person_id == turn.person_id:
                turn.reply("stress.already" if state in (FIRST, SECOND) else "stress.stale")
            elif action == "ready":
                self._move(turn, talk, FIRST)
            else:
                self._set(talk, state=DECLINED)
                turn.reply("stress.declined", partner=turn.name_of(partner))
                turn.tell(partner, "stress.partner_declined", partner=turn.name)
        elif state not in (FIRST, SECOND):
            turn.reply("stress.stale")
        elif action == "switch":
            self._move(turn, talk, SECOND if state == FIRST else DONE)
        else:
            self._set(talk, state=DONE)
            turn.reply("stress.stopped")
            turn.tell(partner, "stress.partner_stopped", partner=turn.name)

    def _invite(self, turn: Turn, who: str) -> None:
        partner = self._reachable_partner(turn)
        if partner is None:
            return
        first = turn.person if who == "me" else partner
        talk = turn.store.add_entry(
            turn.person,
            kinds.STRESS_TALK,
            "",
            turn.now,
            recipient_id=partner.id,
            data={"state": INVITED, "first": first.id, "step": 0},
        )
        turn.reply("stress.invited", partner=turn.name_of(partner))
        with turn.speaking_to(partner):
            who_first = (
                turn.say("stress.you_first")
                if first is partner
                else turn.say("stress.they_first", partner=turn.name)
            )
            turn.tell(
                partner,
                "stress.invitation",
                partner=turn.name,
                who_first=who_first,
                minutes=TURN_MINUTES,
                buttons=rows(
                    turn.button("stress.ready", self.payload("ready", talk.id or 0)),
                    turn.button("stress.later", self.payload("later", talk.id or 0)),
                ),
            )

    # -- the turns -------------------------------------------------------------------------

    def on_timer(self, turn: Turn, data: dict[str, Any]) -> None:
        talk_id, step = data.get("talk"), data.get("step")
        talk = turn.store.entry_of(talk_id, kinds.STRESS_TALK) if isinstance(talk_id, int) else None
        if talk is None or talk.data.get("step") != step:
            return  # switched or stopped early, or forgotten: this timer has nothing to do
        state = talk.data.get("state")
        if state in (FIRST, SECOND):
            self._move(turn, talk, SECOND if state == FIRST else DONE)

    def _move(self, turn: Turn, talk: Entry, state: str) -> None:
        """Start the first turn, switch to the second, or finish; tell both; time the next."""
        people = self._both(turn, talk)
        if people is None:
            self._set(talk, state=DONE)
            return
        first, second = people
        step = int(talk.data.get("step") or 0) + 1
        self._set(talk, state=state, step=step)
        if state == DONE:
            for person in (first, second):
                turn.tell(
                    person, "stress.finished", idempotency_key=f"stress-done:{talk.id}:{person.id}"
                )
            return
        speaker, listener = (first, second) if state == FIRST else (second, first)
        key = "started" if state == FIRST else "switched"
        with turn.speaking_to(speaker):
            turn.tell(
                speaker,
                f"stress.{key}_speaker",
                partner=turn.name_of(listener),
                minutes=TURN_MINUTES,
                buttons=self._controls(turn, talk),
                idempotency_key=f"stress:{talk.id}:{step}:{speaker.id}",
                carries=(first, second),
            )
        with turn.speaking_to(listener):  # the opener drawn from the listener's own deck
            turn.tell(
                listener,
                f"stress.{key}_listener",
                partner=turn.name_of(speaker),
                minutes=TURN_MINUTES,
                opener=draw(turn, DECK)[1],
                buttons=self._controls(turn, talk),
                idempotency_key=f"stress:{talk.id}:{step}:{listener.id}",
                carries=(first, second),
            )
        turn.start_timer(self.name, TURN_MINUTES * 60, {"talk": talk.id, "step": step})

    def _controls(self, turn: Turn, talk: Entry) -> ButtonRows:
        return rows(
            turn.button("stress.switch_now", self.payload("switch", talk.id or 0)),
            turn.button("stress.stop", self.payload("stop", talk.id or 0)),
        )

    def _both(self, turn: Turn, talk: Entry) -> tuple[PersonRow, PersonRow] | None:
        """(who talks first, who talks second), while both are still each other's partner."""
        asker = turn.store.person(talk.person_id)
        invited = turn.store.person(talk.recipient_id) if talk.recipient_id is not None else None
        if asker is None or invited is None or asker.couple_id is None:
            return None
        if asker.couple_id != invited.couple_id:
            return None
        return (asker, invited) if talk.data.get("first") == asker.id else (invited, asker)

    def _ours(self, turn: Turn, argument: str) -> Entry | None:
        """The conversation a button names, if this person is in it with their partner now."""
        if not is_id(argument):
            return None
        talk = turn.store.entry_of(int(argument), kinds.STRESS_TALK)
        partner = turn.partner
        if talk is None or partner is None:
            return None
        mine = {talk.person_id, talk.recipient_id} == {turn.person_id, partner.id}
        return talk if mine else None

    @staticmethod
    def _set(talk: Entry, **changes: Any) -> None:
        talk.data = {**talk.data, **changes}
