"""Answering what a partner sent: a received I-statement (`/talk`) or listening share (`/listen`)
gets one-tap answers that reach its sender ("Thank you for telling me", "Can we talk tonight?",
"I need a little time"), and an I-statement may be answered in writing. "Can we talk tonight?"
is a question, so it reaches its writer with one-tap answers of its own ("Yes, tonight works",
"Not tonight — tomorrow?"), which go back to whoever asked it.

Buttons carry the received entry's id (`answer:<choice>:<entry id>`); an answer goes only from
that entry's recipient to its writer, while they are still partners, so a forged or stale button
sends nothing; the same holds for the answers to "tonight?" (`answer:tonight_yes:<answer id>`),
given only by the person that question reached, once. Each answer is an `Entry` (kind `answer`,
data `{"to_entry", "quick"}`) holding the words that reached the partner, exported and forgotten
like every entry. Written words are shown back first (`preview`).
"""

from __future__ import annotations

from typing import Any

from bot.engine import kinds, preview
from bot.engine.flow import Flow, is_id
from bot.engine.limits import may_reach_partner
from bot.engine.preview import Confirmed
from bot.engine.shared_space import answered_in_shared_space
from bot.engine.turn import ButtonRows, Turn, rows
from storage.models import Entry, Pending
from storage.people import PersonRow

#: One-tap answers, in the order they are shown; each has `answer.quick.<id>` (what the partner
#: reads) and `answer.button.<id>` (its label).
QUICK = ("thanks", "tonight", "time")
WRITE = "write"
#: The one-tap answer that asks something back, and the answers it can be given.
TONIGHT = "tonight"
TONIGHT_REPLIES = ("tonight_yes", "tonight_no")
#: How many of one's latest answers are checked for a repeated tap.
RECENT_ANSWERS = 100
#: What can be answered: words a partner chose to send.
ANSWERABLE = (kinds.TALK_DRAFT, kinds.LISTEN_SHARE)


def answer_buttons(turn: Turn, received_id: int, *, written: bool) -> ButtonRows:
    """The answers offered under a received message (`written` adds "Write back")."""
    choices = [
        turn.button(f"answer.button.{quick}", f"{AnswerFlow.name}:{quick}:{received_id}")
        for quick in QUICK
    ]
    if written:
        choices.append(
            turn.button("answer.button.write", f"{AnswerFlow.name}:{WRITE}:{received_id}")
        )
    return rows(*choices, per_row=1)


class AnswerFlow(Flow):
    name = "answer"

    # -- one tap ------------------------------------------------------------------------------

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action in TONIGHT_REPLIES:
            self._answer_tonight(turn, action, argument)
            return
        received = self._received(turn, argument)
        if received is None or action not in (*QUICK, WRITE):
            turn.reply("answer.stale")
            return
        if action == WRITE:
            if received.kind != kinds.TALK_DRAFT:
                turn.reply("answer.stale")
                return
            turn.expect(self.name, WRITE, {"to_entry": received.id})
            turn.reply("answer.ask_written", partner=turn.name_of(turn.partner))
            return
        if self._already(turn, received, action):
            turn.reply("answer.already_sent")
            return
        if not may_reach_partner(turn):
            return
        words = turn.say(f"answer.quick.{action}")
        self._deliver(turn, received, words, quick=action)

    def _answer_tonight(self, turn: Turn, action: str, argument: str) -> None:
        """Yes or "tomorrow?" to "Can we talk tonight?", back to whoever asked it, once."""
        question = self._tonight_question(turn, argument)
        if question is None:
            turn.reply("answer.stale")
            return
        if any(
            data.get("to_entry") == question.id and data.get("quick") in TONIGHT_REPLIES
            for data in turn.store.latest_entry_data(turn.person_id, kinds.ANSWER, RECENT_ANSWERS)
        ):
            turn.reply("answer.already_answered")
            return
        if not may_reach_partner(turn):
            return
        words = turn.say(f"answer.quick.{action}")
        self._deliver(turn, question, words, quick=action, key="answer.reply_from_partner")

    # -- in writing ---------------------------------------------------------------------------

    def on_text(self, turn: Turn, pending: Pending, text: str) -> None:
        if answered_in_shared_space(turn):
            return
        if pending.step != WRITE:
            turn.done()
            turn.reply("answer.stale")
            return
        preview.show(turn, self.name, WRITE, pending.data, text)

    def on_confirmed(self, turn: Turn, confirmed: Confirmed) -> None:
        received = self._received(turn, str(confirmed.data.get("to_entry", "")))
        if received is None or confirmed.step != WRITE:
            turn.reply("answer.stale")
            return
        if not may_reach_partner(turn):
            return
        self._deliver(turn, received, confirmed.text, quick=None)

    # -- helpers ------------------------------------------------------------------------------

    def _deliver(
        self,
        turn: Turn,
        received: Entry,
        words: str,
        *,
        quick: str | None,
        key: str | None = None,
    ) -> None:
        writer = turn.partner
        assert writer is not None and writer.id is not None
        if turn.store.private_identity(writer.id) is None:
            turn.reply("answer.partner_unreachable", partner=turn.name_of(writer))
            return
        data: dict[str, Any] = {"to_entry": received.id, "quick": quick}
        answer = turn.store.add_entry(
            turn.person, kinds.ANSWER, words, turn.now, recipient_id=writer.id, data=data
        )
        buttons: ButtonRows = ()
        # The writer reads it in their language: a one-tap answer is the bot's words, so it is
        # said in theirs; a written answer goes as written.
        with turn.speaking_to(writer):
            if quick == TONIGHT:
                # A question: its one-tap answers carry this answer's id.
                buttons = rows(
                    *(
                        turn.button(f"answer.button.{reply}", f"{self.name}:{reply}:{answer.id}")
                        for reply in TONIGHT_REPLIES
                    ),
                    per_row=1,
                )
            turn.tell(
                writer,
                key or ("answer.quick_from_partner" if quick else "answer.written_from_partner"),
                partner=turn.name,
                answer=turn.say(f"answer.quick.{quick}") if quick else words,
                about=_excerpt(received.body),
                buttons=buttons,
                carries=(writer,),  # their own words, quoted back to them
            )
        turn.done()
        turn.reply("answer.sent", partner=turn.name_of(writer), answer=words)

    @staticmethod
    def _received(turn: Turn, entry_id: str) -> Entry | None:
        """The entry if it reached this person from their present partner; else `None`."""
        if not is_id(entry_id):
            return None
        partner: PersonRow | None = turn.partner
        for kind in ANSWERABLE:
            entry = turn.store.entry_of(int(entry_id), kind)
            if entry is None:
                continue
            if partner is None or entry.person_id != partner.id:
                return None
            if entry.recipient_id != turn.person_id:
                return None
            if kind == kinds.TALK_DRAFT and not entry.data.get("sent_at"):
                return None
            return entry
        return None

    @staticmethod
    def _tonight_question(turn: Turn, entry_id: str) -> Entry | None:
        """The "Can we talk tonight?" this person received from their present partner."""
        if not is_id(entry_id):
            return None
        partner = turn.partner
        question = turn.store.entry_of(int(entry_id), kinds.ANSWER)
        if question is None or partner is None or question.person_id != partner.id:
            return None
        if question.recipient_id != turn.person_id or question.data.get("quick") != TONIGHT:
            return None
        return question

    @staticmethod
    def _already(turn: Turn, received: Entry, quick: str) -> bool:
        return any(
            data.get("to_entry") == received.id and data.get("quick") == quick
            for data in turn.store.latest_entry_data(turn.person_id, kinds.ANSWER, RECENT_ANSWERS)
        )


def _excerpt(text: str, limit: int = 80) -> str:
    """The start of what was answered, so the writer knows which message the answer is for."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
