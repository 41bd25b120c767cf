"""`/dream`: one question on values and the future for both partners, answered privately.

The couple shares one open round. A typed answer is shown back first (`preview`) and kept on
[Send]; it stays with the bot until the partner has answered too; then both are sent both
answers, once (idempotency keys per couple, question and round). Before that the partner only
hears that it is their turn, never what was written.
"""

from __future__ import annotations

from typing import Any

from bot.engine import kinds, preview
from bot.engine.flow import Command, Flow, is_id
from bot.engine.own_cards import draw_ours, question_text
from bot.engine.preview import Confirmed
from bot.engine.turn import ButtonRows, Turn, rows
from bot.engine.waiting import never_mind
from storage.models import DreamRound, Entry, Pending
from storage.people import PersonRow

DECK = "dreams"


class DreamFlow(Flow):
    name = "dream"

    def commands(self) -> list[Command]:
        return [Command("dream", self.dream, "help.dream", parameters=())]

    def dream(self, turn: Turn, argument: str) -> None:
        dream = turn.store.open_dream_round(turn.person)
        if dream is None:
            question_id, _question = draw_ours(turn, DECK)
            dream = turn.store.add_dream_round(turn.person, question_id, turn.now)
        self._show(turn, dream)

    def _show(self, turn: Turn, dream: DreamRound) -> None:
        """The open question, or where things stand if I already answered it."""
        answers = self._answers(turn, dream)
        question = self._question(turn, dream)
        if turn.person_id in answers:
            turn.done()
            if turn.partner is None:
                turn.reply("dream.waiting_solo", question=question)
            else:
                turn.reply("dream.waiting", question=question, partner=turn.name_of(turn.partner))
            return
        turn.expect(self.name, "answer", {"round": dream.id})
        buttons: ButtonRows = rows(never_mind(turn))
        if not answers:
            buttons = rows(
                turn.button("dream.other_question", self.payload("swap", dream.id or 0)),
                never_mind(turn),
            )
        turn.reply("dream.question", question=question, buttons=buttons)

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        dream = self._our_open_round(turn, argument)
        if dream is None or action not in ("answer", "swap"):
            turn.reply("dream.no_longer_open")
            return
        if action == "swap" and not self._answers(turn, dream):
            dream.question, _question = draw_ours(turn, DECK)
        self._show(turn, dream)

    def on_text(self, turn: Turn, pending: Pending, text: str) -> None:
        # The answer reaches the partner at the reveal: shown back first, like every such word.
        preview.show(turn, self.name, pending.step, pending.data, text)

    def on_confirmed(self, turn: Turn, confirmed: Confirmed) -> None:
        self._answer(turn, confirmed.data, confirmed.text)

    def _answer(self, turn: Turn, data: dict[str, Any], text: str) -> None:
        turn.done()
        round_id = data.get("round")
        dream = (
            turn.store.open_dream_round_for_update(round_id) if isinstance(round_id, int) else None
        )
        if dream is None or not self._is_ours(turn, dream):
            turn.reply("dream.no_longer_open")
            return
        answers = self._answers(turn, dream)
        if turn.person_id in answers:
            self._show(turn, dream)
            return
        answers[turn.person_id] = turn.store.add_entry(
            turn.person,
            kinds.DREAM_ANSWER,
            text,
            turn.now,
            data={"question": dream.question, "round": dream.id},
        )
        partner = turn.partner
        if partner is None:
            turn.reply("dream.kept_solo")
        elif partner.id in answers:
            reveal(turn, dream, turn.person, partner, answers)
            turn.reply("dream.both_answered", partner=turn.name_of(partner))
        else:
            turn.reply("dream.kept", partner=turn.name_of(partner))
            invite_to_answer(turn, dream, turn.person, partner)

    # -- helpers -----------------------------------------------------------------------------

    def _our_open_round(self, turn: Turn, argument: str) -> DreamRound | None:
        if not is_id(argument):
            return None
        dream = turn.store.dream_round(int(argument))
        if dream is None or dream.revealed_at is not None or not self._is_ours(turn, dream):
            return None
        return dream

    @staticmethod
    def _is_ours(turn: Turn, dream: DreamRound) -> bool:
        if turn.person.couple_id is not None:
            return dream.couple_id == turn.person.couple_id
        return dream.couple_id is None and dream.person_id == turn.person_id

    @staticmethod
    def _answers(turn: Turn, dream: DreamRound) -> dict[int, Entry]:
        people = [turn.person_id] + ([turn.partner.id] if turn.partner and turn.partner.id else [])
        return turn.store.dream_answers(dream, people, kinds.DREAM_ANSWER)

    @staticmethod
    def _question(turn: Turn, dream: DreamRound) -> str:
        return question_text(turn, DECK, dream.question) or turn.say("dream.question_missing")


def invite_to_answer(turn: Turn, dream: DreamRound, author: PersonRow, partner: PersonRow) -> None:
    """Tell the partner it is their turn: the question, never the answer (once per round)."""
    with turn.speaking_to(partner):  # the question (by its id) and button in their language
        turn.tell(
            partner,
            "dream.your_turn",
            partner=turn.name_of(author),
            question=question_text(turn, DECK, dream.question)
            or turn.say("dream.question_missing"),
            buttons=rows(turn.button("dream.answer_now", f"{DreamFlow.name}:answer:{dream.id}")),
            idempotency_key=f"dream-turn:{dream.id}:{partner.id}",
            carries=(author,),  # their name; after pairing, the joiner is the one acting
        )


def reveal(
    turn: Turn, dream: DreamRound, me: PersonRow, partner: PersonRow, answers: dict[int, Entry]
) -> None:
    """Both have answered: each gets both answers, once; the answers are now shared entries."""
    assert me.id is not None and partner.id is not None
    dream.revealed_at = turn.now
    answers[me.id].recipient_id = partner.id
    answers[partner.id].recipient_id = me.id
    for viewer, other in ((me, partner), (partner, me)):
        assert viewer.id is not None and other.id is not None
        with turn.speaking_to(viewer):  # the question by its id, in each one's language
            question = question_text(turn, DECK, dream.question) or turn.say(
                "dream.question_missing"
            )
            turn.tell(
                viewer,
                "dream.reveal",
                question=question,
                mine=answers[viewer.id].body,
                partner=turn.name_of(other),
                theirs=answers[other.id].body,
                idempotency_key=f"dream-reveal:{dream.couple_id}:{dream.question}:{dream.id}:{viewer.id}",
                carries=(me, partner),  # both answers, whoever answered last
            )


def carry_solo_dream(turn: Turn, inviter: PersonRow, joiner: PersonRow) -> None:
    """After pairing: a question either answered while solo becomes the couple's open question,
    and the one who has not answered it yet hears it is their turn."""
    assert inviter.id is not None and joiner.id is not None and inviter.couple_id is not None
    rounds = [r for r in (turn.store.solo_dream_round(p.id or 0) for p in (inviter, joiner)) if r]
    if not rounds:
        return
    people = (inviter.id, joiner.id)
    answered = [r for r in rounds if turn.store.dream_answers(r, people, kinds.DREAM_ANSWER)]
    chosen = (answered or rounds)[0]
    for other in rounds:
        if other is not chosen:
            turn.store.drop_dream_round(other)
    chosen.couple_id, chosen.person_id = inviter.couple_id, None
    answers = turn.store.dream_answers(chosen, people, kinds.DREAM_ANSWER)
    for waiting, author in ((inviter, joiner), (joiner, inviter)):
        if author.id in answers and waiting.id not in answers:
            invite_to_answer(turn, chosen, author, waiting)
