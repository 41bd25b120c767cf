"""`/talk`: an "I"-statement coach. The person writes what is bothering them, the coach notices
accusing words ("you never…", blame, labels) and guides them to "I feel … when … I need …".

Privacy is the point: what they write and the draft are an `Entry` (kind `talk_draft`) only its
author sees; the partner gets the draft only when the author presses "Send to my partner". Steps
live in `pending` (`{"draft_id", "hinted"}`), the pieces in the entry, so a restart loses nothing.
"""

from __future__ import annotations

from typing import Any

from bot.engine import care, kinds
from bot.engine.coaching import (
    Coaching,
    JoinRules,
    Pattern,
    coaching_for,
    is_vague_need,
    situation_needs_when,
    word_list,
)
from bot.engine.flow import Command, Flow, is_id
from bot.engine.flows.answers import answer_buttons
from bot.engine.limits import may_reach_partner
from bot.engine.shared_space import answered_in_shared_space, private_chat_ready
from bot.engine.turn import ButtonRows, Turn, rows
from bot.engine.waiting import never_mind
from storage.models import Entry, Pending

#: The feeling words offered as buttons; each has a message `talk.feeling.<id>`.
FEELINGS = (
    "hurt",
    "lonely",
    "unheard",
    "overwhelmed",
    "worried",
    "frustrated",
    "sad",
    "unappreciated",
    "disconnected",
)
PARTS = ("feeling", "situation", "need", "missed", "own")
#: A draft's shape: "I feel … when … I need …" (the default) or "I miss … I'd love …".
MISS_SHAPE = "miss"
_HEARD = {
    Pattern.ABSOLUTE: "talk.heard_absolute",
    Pattern.BLAME: "talk.heard_blame",
    Pattern.NAME_CALLING: "talk.heard_name_calling",
    Pattern.DEMAND: "talk.heard_demand",
}
#: Pieces longer than this are trimmed so a draft stays a message, not a letter.
MAX_PART = 600


class TalkFlow(Flow):
    name = "talk"

    def commands(self) -> list[Command]:
        return [Command("talk", self.start, "help.talk")]

    # -- starting ------------------------------------------------------------------------------

    def start(self, turn: Turn, argument: str) -> None:
        if not private_chat_ready(turn):
            return
        if argument:
            self._heard(turn, argument)
            return
        waiting = turn.store.waiting_draft(turn.person_id, kinds.TALK_DRAFT)
        if waiting is not None:
            turn.done()
            turn.reply(
                "talk.waiting_draft",
                draft=waiting.body,
                buttons=self._draft_buttons(turn, waiting, fresh=False),
            )
            return
        self._ask(turn)

    def _ask(self, turn: Turn) -> None:
        turn.expect(self.name, "vent")
        turn.reply(
            "talk.ask",
            buttons=rows(turn.button("talk.miss_button", self.payload("miss")), never_mind(turn)),
        )

    def _start_missing(self, turn: Turn, said: str = "") -> None:
        """The "I miss…" shape: what they miss, then what they would love."""
        data: dict[str, Any] = {"shape": MISS_SHAPE}
        if said:
            data["said"] = said[: MAX_PART * 4]
            data["missed"] = coach(turn).tidy_missed(said)[:MAX_PART]
        draft = turn.store.add_entry(turn.person, kinds.TALK_DRAFT, "", turn.now, data=data)
        if said:
            turn.expect(self.name, "need", {"draft_id": draft.id, "hinted": False})
            turn.reply("talk.ask_need_after_missing")
            return
        turn.expect(self.name, "missed", {"draft_id": draft.id, "hinted": False})
        turn.reply("talk.ask_missed")

    def _heard(self, turn: Turn, said: str) -> None:
        """The first outpouring: kept privately, answered with a hint about its sharpest words."""
        if coach(turn).describes_control_or_fear(said):
            self._toward_support(turn)
            return
        accusations = coach(turn).find_accusations(said)
        if coach(turn).starts_with_i_miss(said) and not accusations:
            self._start_missing(turn, said)
            return
        draft = turn.store.add_entry(
            turn.person, kinds.TALK_DRAFT, "", turn.now, data={"said": said[: MAX_PART * 4]}
        )
        if accusations:
            first = accusations[0]
            turn.reply(_HEARD[first.kind], phrase=first.phrase)
        else:
            turn.reply("talk.heard_plain")
        self._ask_feeling(turn, draft, step="feeling")

    def _ask_feeling(self, turn: Turn, draft: Entry, *, step: str, hinted: bool = False) -> None:
        assert draft.id is not None
        turn.expect(self.name, step, {"draft_id": draft.id, "hinted": hinted})
        words = [
            turn.button(f"talk.feeling.{feeling}", self.payload("feel", f"{draft.id}:{feeling}"))
            for feeling in FEELINGS
        ]
        turn.reply("talk.ask_feeling", buttons=rows(*words, per_row=3))

    @staticmethod
    def _toward_support(turn: Turn) -> None:
        """Control or fear is not a wording problem: no coaching towards the partner and nothing
        more kept, but a private way to /support (its safety part first)."""
        turn.done()
        care.point_to_support(turn)
        turn.reply(
            "talk.sounds_like_control",
            buttons=rows(turn.button("care.support_button", "care:support")),
            private=True,
        )

    # -- the three pieces ----------------------------------------------------------------------

    def on_text(self, turn: Turn, pending: Pending, text: str) -> None:
        if answered_in_shared_space(turn):
            return
        if coach(turn).describes_control_or_fear(text):
            self._toward_support(turn)
            return
        if pending.step == "vent":
            self._heard(turn, text)
            return
        draft = self._draft_in(turn, pending)
        if draft is None:
            turn.done()
            turn.reply("talk.gone")
            return
        hinted = bool(pending.data.get("hinted"))
        step = pending.step
        if step in ("feeling", "edit_feeling"):
            self._on_feeling(turn, draft, text, editing=step == "edit_feeling", hinted=hinted)
        elif step in ("situation", "edit_situation"):
            self._on_situation(turn, draft, text, editing=step == "edit_situation", hinted=hinted)
        elif step in ("need", "edit_need"):
            self._on_need(turn, draft, text, step=step, hinted=hinted)
        elif step in ("missed", "edit_missed"):
            self._on_missed(turn, draft, text, editing=step == "edit_missed", hinted=hinted)
        elif step == "own":
            own = " ".join(text.split())[:MAX_PART]
            self._update(draft, own_words=own)
            draft.body = own
            self._show(turn, draft)
        else:
            turn.done()
            turn.reply("talk.gone")

    def _on_feeling(
        self, turn: Turn, draft: Entry, text: str, *, editing: bool, hinted: bool
    ) -> None:
        feeling = coach(turn).tidy_feeling(text)[:MAX_PART]
        if not feeling:
            turn.reply("talk.empty_part")
            return
        if coach(turn).sounds_like_a_thought(feeling) and not hinted:
            turn.reply("talk.feeling_is_a_thought")
            self._ask_feeling(turn, draft, step=turn_step(editing, "feeling"), hinted=True)
            return
        self._set_feeling(turn, draft, feeling, editing=editing)

    def _set_feeling(self, turn: Turn, draft: Entry, feeling: str, *, editing: bool) -> None:
        self._update(draft, feeling=feeling)
        if editing:
            self._compose(turn, draft)
            return
        turn.expect(self.name, "situation", {"draft_id": draft.id, "hinted": False})
        turn.reply("talk.ask_situation")

    def _on_situation(
        self, turn: Turn, draft: Entry, text: str, *, editing: bool, hinted: bool
    ) -> None:
        situation = coach(turn).tidy_situation(text)[:MAX_PART]
        self._on_moment(turn, draft, "situation", situation, "talk.ask_need", editing, hinted)

    def _on_missed(
        self, turn: Turn, draft: Entry, text: str, *, editing: bool, hinted: bool
    ) -> None:
        missed = coach(turn).tidy_missed(text)[:MAX_PART]
        self._on_moment(
            turn, draft, "missed", missed, "talk.ask_need_after_missing", editing, hinted
        )

    def _on_moment(
        self,
        turn: Turn,
        draft: Entry,
        part: str,
        words: str,
        ask_need: str,
        editing: bool,
        hinted: bool,
    ) -> None:
        """What happened, or what they miss: the same steps for both. An accusation is pointed
        out once; then the words are kept and the need asked (or the edited draft shown)."""
        if not words:
            turn.reply("talk.empty_part")
            return
        accusations = coach(turn).find_accusations(words)
        if accusations and not hinted:
            turn.expect(self.name, turn_step(editing, part), {"draft_id": draft.id, "hinted": True})
            turn.reply("talk.situation_hint", phrase=accusations[0].phrase)
            return
        self._update(draft, **{part: words})
        if editing:
            self._compose(turn, draft)
            return
        turn.expect(self.name, "need", {"draft_id": draft.id, "hinted": False})
        turn.reply(ask_need)

    def _on_need(self, turn: Turn, draft: Entry, text: str, *, step: str, hinted: bool) -> None:
        need = coach(turn).tidy_need(text)[:MAX_PART]
        if not need:
            turn.reply("talk.empty_part")
            return
        if not hinted and is_vague_need(need, word_list(turn.say("talk.rules.vague_needs"))):
            # "help" on its own is a start, not yet something the partner can say yes to.
            turn.expect(self.name, step, {"draft_id": draft.id, "hinted": True})
            turn.reply("talk.need_vague", need=need[:1].upper() + need[1:])
            return
        if coach(turn).find_accusations(need) and not hinted:
            turn.expect(self.name, step, {"draft_id": draft.id, "hinted": True})
            turn.reply("talk.need_hint")
            return
        self._update(draft, need=need)
        self._compose(turn, draft)

    def _compose(self, turn: Turn, draft: Entry) -> None:
        data = draft.data
        parts = _parts_of(data)
        if not all(data.get(part) for part in parts):
            turn.done()
            turn.reply("talk.gone")
            return
        if data.get("shape") == MISS_SHAPE:
            draft.body = turn.say("talk.draft_miss", missed=data["missed"], need=data["need"])
        else:
            timed = not situation_needs_when(data["situation"], join_rules(turn))
            draft.body = turn.say(
                "talk.draft_text_timed" if timed else "talk.draft_text",
                feeling=data["feeling"],
                situation=data["situation"],
                need=data["need"],
            )
        self._update(draft, own_words=None)
        self._show(turn, draft)

    def _show(self, turn: Turn, draft: Entry) -> None:
        """The finished draft in one message, with what can be done with it."""
        turn.done()
        self._update(draft, ready=True)
        parts = [turn.say("talk.draft", draft=draft.body)]
        sharp = coach(turn).find_accusations(draft.body)
        if sharp:
            parts.append(turn.say("talk.still_sharp", phrase=sharp[0].phrase))
        if turn.partner is None:
            parts.append(turn.say("talk.draft_solo"))
        else:
            parts.append(turn.say("talk.draft_private"))
        turn.reply_text("\n\n".join(parts), buttons=self._draft_buttons(turn, draft, fresh=True))

    def _draft_buttons(self, turn: Turn, draft: Entry, *, fresh: bool) -> ButtonRows:
        choices = []
        if turn.partner is not None:
            # Its Send sends to this partner only (see `_send`).
            self._update(draft, shown_for=turn.partner.id)
            choices.append(turn.button("talk.send", self.payload("send", draft.id or 0)))
        choices.append(turn.button("talk.edit", self.payload("edit", draft.id or 0)))
        choices.append(turn.button("talk.discard", self.payload("discard", draft.id or 0)))
        if fresh and turn.partner is not None:
            choices.append(turn.button("talk.keep", self.payload("keep", draft.id or 0)))
        if not fresh:
            choices.append(turn.button("talk.start_new", self.payload("new")))
        return rows(*choices)

    # -- buttons -------------------------------------------------------------------------------

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action == "new":
            if private_chat_ready(turn):
                self._ask(turn)
            return
        if action == "miss":
            pending = turn.store.pending(turn.person_id)
            if pending is None or pending.flow != self.name or pending.step != "vent":
                turn.reply("common.stale_button")
            elif private_chat_ready(turn):
                self._start_missing(turn)
            return
        draft_text, _, rest = argument.partition(":")
        draft = self._own_draft(turn, draft_text)
        if draft is None:
            turn.reply("talk.gone")
            return
        if action == "feel":
            self._on_feeling_button(turn, draft, rest)
        elif action == "send":
            self._send(turn, draft)
        elif action == "edit":
            self._offer_edit(turn, draft)
        elif action == "part" and rest in PARTS:
            self._edit_part(turn, draft, rest)
        elif action == "discard":
            turn.done()
            turn.store.delete_entry(draft)
            turn.reply("talk.discarded")
        elif action == "keep":
            turn.done()
            turn.reply("talk.kept")
        else:
            turn.reply("common.stale_button")

    def _on_feeling_button(self, turn: Turn, draft: Entry, feeling_id: str) -> None:
        pending = turn.store.pending(turn.person_id)
        if (
            feeling_id not in FEELINGS
            or pending is None
            or pending.flow != self.name
            or pending.step not in ("feeling", "edit_feeling")
            or pending.data.get("draft_id") != draft.id
        ):
            turn.reply("common.stale_button")
            return
        feeling = turn.say(f"talk.feeling.{feeling_id}")
        self._set_feeling(turn, draft, feeling, editing=pending.step == "edit_feeling")

    def _offer_edit(self, turn: Turn, draft: Entry) -> None:
        if draft.data.get("sent_at"):
            turn.reply("talk.already_sent", partner=turn.name_of(turn.partner))
            return
        parts = list(_parts_of(draft.data)) if draft.data.get("need") else []
        labels = {
            "feeling": "talk.part_feeling",
            "situation": "talk.part_situation",
            "need": "talk.part_need",
            "missed": "talk.part_missed",
            "own": "talk.part_own",
        }
        turn.reply(
            "talk.edit_which",
            buttons=rows(
                *(
                    turn.button(labels[part], self.payload("part", f"{draft.id}:{part}"))
                    for part in [*parts, "own"]
                )
            ),
        )

    def _edit_part(self, turn: Turn, draft: Entry, part: str) -> None:
        if draft.data.get("sent_at"):
            turn.reply("talk.already_sent", partner=turn.name_of(turn.partner))
            return
        if part == "feeling":
            self._ask_feeling(turn, draft, step="edit_feeling", hinted=True)
        elif part == "situation":
            turn.expect(self.name, "edit_situation", {"draft_id": draft.id, "hinted": True})
            turn.reply("talk.ask_situation")
        elif part == "need":
            turn.expect(self.name, "edit_need", {"draft_id": draft.id, "hinted": True})
            turn.reply("talk.ask_need")
        elif part == "missed":
            turn.expect(self.name, "edit_missed", {"draft_id": draft.id, "hinted": True})
            turn.reply("talk.ask_missed")
        else:
            turn.expect(self.name, "own", {"draft_id": draft.id})
            turn.reply("talk.ask_own_words")

    def _send(self, turn: Turn, draft: Entry) -> None:
        partner = turn.partner
        if draft.data.get("sent_at"):
            turn.reply("talk.already_sent", partner=turn.name_of(partner))
            return
        if not draft.data.get("ready") or not draft.body:
            turn.reply("talk.gone")
            return
        if partner is None or partner.id is None:
            turn.reply("talk.solo_kept")
            return
        shown_for = draft.data.get("shown_for")
        if shown_for is not None and shown_for != partner.id:
            # Its Send button was shown while with someone else: it is seen again first.
            turn.reply("talk.shown_for_someone_else")
            return
        if not may_reach_partner(turn):
            return
        assert draft.id is not None
        with turn.speaking_to(partner):  # their buttons, in their language
            reached = turn.tell(
                partner,
                "talk.from_partner",
                partner=turn.name,
                draft=draft.body,
                idempotency_key=f"talk-{draft.id}",
                buttons=answer_buttons(turn, draft.id, written=True),
            )
        if not reached:
            turn.reply("talk.partner_unreachable", partner=turn.name_of(partner))
            return
        turn.done()
        draft.recipient_id = partner.id
        draft.couple_id = turn.person.couple_id
        self._update(draft, sent_at=turn.now.isoformat())
        turn.reply("talk.sent", partner=turn.name_of(partner))

    # -- helpers -------------------------------------------------------------------------------

    def _draft_in(self, turn: Turn, pending: Pending) -> Entry | None:
        draft_id = pending.data.get("draft_id")
        if not isinstance(draft_id, int):
            return None
        return self._own_draft(turn, str(draft_id))

    @staticmethod
    def _own_draft(turn: Turn, draft_id: str) -> Entry | None:
        """The draft with this id if it is this person's (a button's id may be stale or forged)."""
        if not is_id(draft_id):
            return None
        draft = turn.store.entry_of(int(draft_id), kinds.TALK_DRAFT)
        return draft if draft is not None and draft.person_id == turn.person_id else None

    @staticmethod
    def _update(draft: Entry, **changes: Any) -> None:
        # A new dict, so the JSON column notices the change.
        draft.data = {**draft.data, **changes}


def _parts_of(data: dict[str, Any]) -> tuple[str, ...]:
    """The pieces a draft of this shape is made of."""
    if data.get("shape") == MISS_SHAPE:
        return ("missed", "need")
    return ("feeling", "situation", "need")


def coach(turn: Turn) -> Coaching:
    """The coaching words of the language this person writes to Nearer in."""
    return coaching_for(turn.prompts)


def join_rules(turn: Turn) -> JoinRules:
    """This language's rules for joining the feeling and the moment (`talk.rules` in prompts)."""
    return JoinRules(
        noun_time_leads=word_list(turn.say("talk.rules.noun_time_leads")),
        time_leads=word_list(turn.say("talk.rules.time_leads")),
        connectors=word_list(turn.say("talk.rules.connectors")),
        subjects=word_list(turn.say("talk.rules.subjects")),
    )


def turn_step(editing: bool, part: str) -> str:
    return f"edit_{part}" if editing else part
