"""`/knowme`: "how well do you know me?" (love maps). One partner answers a question about
themself, privately; the other guesses; then both are sent both, once.

A couple has at most one open round (`LoveMapRound`); whoever sends `/knowme` first is the one
it is about. The answer and the guess are `Entry` rows naming the round; each is typed, shown
back first (`preview`) and kept on [Send]. Before the reveal the guesser only hears the question,
never the answer. After it, the one it is about says with one tap how close the guess was.
Started in a shared space it carries on in the private chats; text typed there is not taken.
"""

from __future__ import annotations

from typing import Any

from bot.engine import kinds, preview
from bot.engine.flow import Command, Flow, is_id
from bot.engine.own_cards import draw_ours, question_text
from bot.engine.preview import Confirmed
from bot.engine.shared_space import answered_in_shared_space, private_chat_ready
from bot.engine.turn import Turn, rows
from bot.engine.waiting import never_mind
from storage.models import Entry, Pending
from storage.people import PersonRow
from storage.practice_models import LoveMapRound

DECK = "love_maps"
#: How close a guess was, as the one it is about says with a button.
VERDICTS = ("spot_on", "close", "not_quite")


class KnowMeFlow(Flow):
    name = "knowme"

    def commands(self) -> list[Command]:
        return [Command("knowme", self.start, "help.knowme", parameters=())]

    # -- starting --------------------------------------------------------------------------

    def start(self, turn: Turn, argument: str = "") -> None:
        partner = self._reachable_partner(turn)
        if partner is None or not private_chat_ready(turn):
            return
        couple_id = turn.person.couple_id
        assert couple_id is not None
        found = turn.store.open_lovemap_round(couple_id)
        if found is None:
            question, _text = draw_ours(turn, DECK)
            found = turn.store.add_lovemap_round(couple_id, turn.person_id, question, turn.now)
        self._show(turn, found, partner)

    def _show(self, turn: Turn, found: LoveMapRound, partner: PersonRow) -> None:
        """Where this person stands in the open round: answer it, guess it, or wait."""
        question = self._question(turn, found)
        answer = self._first(turn, found, kinds.LOVEMAP_ANSWER)
        if found.person_id == turn.person_id:
            if answer is not None:
                turn.done()
                turn.reply(
                    "knowme.waiting_for_guess", question=question, partner=turn.name_of(partner)
                )
                return
            turn.expect(self.name, "answer", {"round": found.id})
            turn.reply(
                "knowme.question",
                question=question,
                partner=turn.name_of(partner),
                buttons=rows(
                    turn.button("knowme.other_question", self.payload("swap", found.id or 0)),
                    never_mind(turn),
                ),
            )
            return
        if answer is None:
            turn.done()
            turn.reply(
                "knowme.partner_choosing",
                partner=turn.name_of(partner),
                buttons=rows(
                    turn.button("knowme.ask_me_instead", self.payload("mine", found.id or 0))
                ),
            )
            return
        turn.expect(self.name, "guess", {"round": found.id})
        turn.reply(
            "knowme.ask_guess",
            question=question,
            partner=turn.name_of(partner),
            buttons=rows(never_mind(turn)),
        )

    def _reachable_partner(self, turn: Turn) -> PersonRow | None:
        partner = turn.partner
        if partner is None or partner.id is None or turn.person.couple_id is None:
            turn.done()
            turn.reply("knowme.needs_partner")
            return None
        if turn.store.private_identity(partner.id) is None:
            turn.done()
            turn.reply("knowme.partner_unreachable", partner=turn.name_of(partner))
            return None
        return partner

    # -- buttons ---------------------------------------------------------------------------

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action == "again":
            self.start(turn)
            return
        if action == "verdict":
            guess_id, _, verdict = argument.partition(":")
            self._verdict(turn, guess_id, verdict)
            return
        if action not in ("swap", "answer", "guess", "mine"):
            turn.reply("common.stale_button")
            return
        found = self._our_open_round(turn, argument)
        partner = self._reachable_partner(turn) if found is not None else None
        if found is None or partner is None:
            if found is None:
                turn.reply("knowme.no_longer_open")
            return
        answered = self._first(turn, found, kinds.LOVEMAP_ANSWER) is not None
        if action == "swap" and found.person_id == turn.person_id and not answered:
            found.question, _text = draw_ours(turn, DECK)
        elif action == "mine" and found.person_id != turn.person_id and not answered:
            # The partner never answered theirs: it goes, and this one is about me.
            turn.store.drop_lovemap_round(found)
            self.start(turn)
            return
        self._show(turn, found, partner)

    # -- answering and guessing -------------------------------------------------------------

    def on_text(self, turn: Turn, pending: Pending, text: str) -> None:
        if answered_in_shared_space(turn):
            return
        # The answer and the guess both reach the partner at the reveal: shown back first.
        preview.show(turn, self.name, pending.step, pending.data, text)

    def on_confirmed(self, turn: Turn, confirmed: Confirmed) -> None:
        turn.done()
        found = self._round_to_write(turn, confirmed.data)
        partner = self._reachable_partner(turn) if found is not None else None
        if found is None or partner is None:
            if found is None:
                turn.reply("knowme.no_longer_open")
            return
        if confirmed.step == "answer" and found.person_id == turn.person_id:
            self._answer(turn, found, partner, confirmed.text)
        elif confirmed.step == "guess" and found.person_id == partner.id:
            self._guess(turn, found, partner, confirmed.text)
        else:
            turn.reply("knowme.no_longer_open")

    def _answer(self, turn: Turn, found: LoveMapRound, partner: PersonRow, text: str) -> None:
        if self._first(turn, found, kinds.LOVEMAP_ANSWER) is not None:
            self._show(turn, found, partner)
            return
        turn.store.add_entry(
            turn.person,
            kinds.LOVEMAP_ANSWER,
            text,
            turn.now,
            data={"round": found.id, "question": found.question},
        )
        turn.reply("knowme.kept", partner=turn.name_of(partner))
        assert partner.id is not None
        with turn.speaking_to(partner):  # the question (by its id) in their language
            turn.tell(
                partner,
                "knowme.your_guess",
                partner=turn.name,
                question=self._question(turn, found),
                buttons=rows(turn.button("knowme.guess_now", self.payload("guess", found.id or 0))),
                idempotency_key=f"knowme-turn:{found.id}",
            )
        # Their next words are the guess, unless they are in the middle of something else.
        busy = turn.store.pending(partner.id)
        if busy is None or busy.flow == self.name:  # an answer box of a round given up
            turn.store.set_pending(partner.id, self.name, "guess", {"round": found.id}, turn.now)

    def _guess(self, turn: Turn, found: LoveMapRound, subject: PersonRow, text: str) -> None:
        answer = self._first(turn, found, kinds.LOVEMAP_ANSWER)
        if answer is None or self._first(turn, found, kinds.LOVEMAP_GUESS) is not None:
            turn.reply("knowme.no_longer_open")
            return
        guess = turn.store.add_entry(
            turn.person,
            kinds.LOVEMAP_GUESS,
            text,
            turn.now,
            recipient_id=subject.id,
            data={"round": found.id, "question": found.question, "verdict": None},
        )
        answer.recipient_id = turn.person_id
        found.revealed_at = turn.now
        with turn.speaking_to(subject):  # the question and buttons in their language
            verdicts = rows(
                *(
                    turn.button(
                        f"knowme.{verdict}", self.payload("verdict", f"{guess.id}:{verdict}")
                    )
                    for verdict in VERDICTS
                ),
                per_row=3,
            )
            turn.tell(
                subject,
                "knowme.reveal_subject",
                question=self._question(turn, found),
                answer=answer.body,
                guess=guess.body,
                partner=turn.name,
                buttons=verdicts,
                idempotency_key=f"knowme-reveal:{found.id}:{subject.id}",
                carries=(subject,),
            )
        with turn.speaking_to(turn.person):
            question = self._question(turn, found)
        turn.tell(
            turn.person,
            "knowme.reveal_guesser",
            question=question,
            answer=answer.body,
            guess=guess.body,
            partner=turn.name_of(subject),
            idempotency_key=f"knowme-reveal:{found.id}:{turn.person_id}",
            carries=(subject,),
        )
        turn.reply("knowme.guessed")

    def _verdict(self, turn: Turn, guess_id: str, verdict: str) -> None:
        guess = turn.store.entry_of(int(guess_id), kinds.LOVEMAP_GUESS) if is_id(guess_id) else None
        guesser = turn.partner
        if guess is None or verdict not in VERDICTS or guess.recipient_id != turn.person_id:
            turn.reply("knowme.no_longer_open")
            return
        if guesser is None or guess.person_id != guesser.id:
            turn.reply("knowme.no_longer_open")
            return
        if guess.data.get("verdict"):
            turn.reply("knowme.already_judged", partner=turn.name_of(guesser))
            return
        guess.data = {**guess.data, "verdict": verdict}
        turn.reply("knowme.verdict_thanks", partner=turn.name_of(guesser))
        with turn.speaking_to(guesser):
            turn.tell(
                guesser,
                f"knowme.verdict_{verdict}",
                partner=turn.name,
                buttons=rows(turn.button("knowme.ask_me_one", self.payload("again"))),
                idempotency_key=f"knowme-verdict:{guess.id}",
            )

    # -- helpers -----------------------------------------------------------------------------

    def _our_open_round(self, turn: Turn, argument: str) -> LoveMapRound | None:
        if not is_id(argument) or turn.person.couple_id is None:
            return None
        found = turn.store.lovemap_round(int(argument))
        if found is None or found.revealed_at is not None:
            return None
        return found if found.couple_id == turn.person.couple_id else None

    def _round_to_write(self, turn: Turn, data: dict[str, Any]) -> LoveMapRound | None:
        round_id = data.get("round")
        if not isinstance(round_id, int) or isinstance(round_id, bool):
            return None
        found = turn.store.lovemap_round(round_id, lock=True)
        if found is None or found.revealed_at is not None:
            return None
        return found if found.couple_id == turn.person.couple_id else None

    @staticmethod
    def _first(turn: Turn, found: LoveMapRound, kind: str) -> Entry | None:
        """The round's answer (written by the one it is about) or guess (by the other)."""
        about_them = kind == kinds.LOVEMAP_ANSWER
        for entry in turn.store.lovemap_entries(found, kind):
            if (entry.person_id == found.person_id) == about_them:
                return entry
        return None

    @staticmethod
    def _question(turn: Turn, found: LoveMapRound) -> str:
        return question_text(turn, DECK, found.question) or turn.say("knowme.question_missing")
