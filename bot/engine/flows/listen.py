"""`/listen`: a guided listening turn across the partners' private chats.

One partner shares (a prompt from the `listening_prompts` deck if they like); the other is asked,
privately, to reflect it back in their own words and name the feeling; the sharer says whether
they felt heard. "Partly" or "not yet" invites a short clarification round (at most
`MAX_ROUNDS` in all); then the listener is offered the next turn. Started in a shared space, it
carries on in the private chats. Whoever starts may ask to listen first instead: the partner is
invited to share. After reflecting, the listener may add a validation ("That makes sense,
because…"). A reflection that sounds like advice (rules per language in `listen.rules.advice`)
gets a gentle hint to reflect first, and can still be sent.

State: each person's next step is in `pending` (sharer: `share` / `clarify`, listener: `reflect`,
then `validate`); what they wrote is an `Entry` (`listen_share` / `listen_reflection` /
`listen_validation`) naming the other as recipient. Every typed share, addition, reflection and
validation is shown back first (`preview`) and goes on [Send].
"""

from __future__ import annotations

from typing import Any

from bot.engine import gentle_support, kinds, preview
from bot.engine.coaching import gives_advice, word_list
from bot.engine.decks import draw
from bot.engine.flow import Command, Flow, is_id
from bot.engine.flows.answers import answer_buttons
from bot.engine.limits import may_reach_partner
from bot.engine.preview import Confirmed
from bot.engine.shared_space import answered_in_shared_space, private_chat_ready
from bot.engine.turn import Turn, rows
from storage.models import Entry, Pending
from storage.people import PersonRow

PROMPTS = "listening_prompts"
#: Share, reflect, "not yet", clarify… at most this many rounds, then a gentle face-to-face hint.
MAX_ROUNDS = 3
ANSWERS = ("yes", "partly", "not_yet")
_HOW = {"partly": "listen.how_partly", "not_yet": "listen.how_not_yet"}


class ListenFlow(Flow):
    name = "listen"

    def commands(self) -> list[Command]:
        return [Command("listen", self.start, "help.listen", parameters=())]

    # -- the sharer ----------------------------------------------------------------------------

    def start(self, turn: Turn, argument: str) -> None:
        partner = self._reachable_partner(turn)
        if partner is None or not private_chat_ready(turn):
            return
        turn.expect(self.name, "share", {"round": 1})
        turn.reply(
            "listen.ask_share",
            partner=turn.name_of(partner),
            buttons=rows(
                turn.button("listen.give_prompt", self.payload("prompt")),
                turn.button("listen.listen_first", self.payload("listen_first")),
                turn.button("listen.cancel", self.payload("cancel")),
            ),
        )

    def _listen_first(self, turn: Turn) -> None:
        """The one who started would rather listen: the partner is invited to share first."""
        if self._sharing(turn) is None:
            turn.reply("listen.stale")
            return
        partner = self._reachable_partner(turn)
        if partner is None:
            turn.done()
            return
        turn.done()
        with turn.speaking_to(partner):
            turn.tell(
                partner,
                "listen.invited_to_share",
                partner=turn.name,
                buttons=rows(
                    turn.button("listen.accept_sharing", self.payload("swap")),
                    turn.button("listen.not_now", self.payload("not_now")),
                ),
            )
        turn.reply("listen.invitation_sent", partner=turn.name_of(partner))

    def _not_now(self, turn: Turn) -> None:
        partner = turn.partner
        turn.reply("listen.not_now_ok")
        if partner is not None:
            turn.tell(partner, "listen.partner_not_now", partner=turn.name)

    def _reachable_partner(self, turn: Turn) -> PersonRow | None:
        partner = turn.partner
        if partner is None or partner.id is None:
            turn.reply("listen.needs_partner")
            return None
        if turn.store.private_identity(partner.id) is None:
            turn.reply("listen.partner_unreachable", partner=turn.name_of(partner))
            return None
        return partner

    def on_text(self, turn: Turn, pending: Pending, text: str) -> None:
        if answered_in_shared_space(turn):
            return
        if pending.step in ("share", "clarify"):
            if self._reachable_partner(turn) is None:
                turn.done()
                return
            preview.show(turn, self.name, pending.step, pending.data, text)
        elif pending.step == "reflect":
            if sounds_like_advice(turn, text):
                turn.reply("listen.sounds_like_advice", partner=turn.name_of(turn.partner))
            preview.show(turn, self.name, pending.step, pending.data, text)
        elif pending.step == "validate":
            preview.show(turn, self.name, pending.step, pending.data, text)
        else:
            turn.done()
            turn.reply("listen.stale")

    def on_confirmed(self, turn: Turn, confirmed: Confirmed) -> None:
        if confirmed.step in ("share", "clarify"):
            self._share(turn, confirmed.data, confirmed.text)
        elif confirmed.step == "reflect":
            self._reflect(turn, confirmed.data, confirmed.text)
        elif confirmed.step == "validate":
            self._validate(turn, confirmed.data, confirmed.text)
        else:
            turn.reply("listen.stale")

    def _share(self, turn: Turn, step_data: dict[str, Any], text: str) -> None:
        partner = self._reachable_partner(turn)
        if partner is None:
            turn.done()
            return
        if not may_reach_partner(turn):
            return
        round_number = _int(step_data.get("round")) or 1
        clarifies = _int(step_data.get("share_id"))
        share = turn.store.add_entry(
            turn.person,
            kinds.LISTEN_SHARE,
            text,
            turn.now,
            recipient_id=partner.id,
            data={
                "prompt": step_data.get("prompt"),
                "round": round_number,
                "clarifies": clarifies,
            },
        )
        assert share.id is not None
        with turn.speaking_to(partner):  # the listener's buttons, in their language
            ready = (
                (turn.button("listen.ready_to_reflect", self.payload("reflect", share.id)),),
                *answer_buttons(turn, share.id, written=False),
            )
        if clarifies:
            turn.tell(
                partner,
                "listen.clarified_for_listener",
                partner=turn.name,
                share=text,
                buttons=ready,
            )
        else:
            turn.tell(partner, "listen.for_listener", partner=turn.name, share=text, buttons=ready)
        self._await_reflection(turn, partner, share)
        turn.done()
        turn.reply("listen.shared", partner=turn.name_of(partner))

    def _await_reflection(self, turn: Turn, listener: PersonRow, share: Entry) -> None:
        """The listener's next text is their reflection, unless they are busy with something else
        (then the "ready to reflect" button starts it)."""
        assert listener.id is not None
        busy = turn.store.pending(listener.id)
        if busy is None or (busy.flow == self.name and busy.step in ("reflect", "validate")):
            turn.store.set_pending(
                listener.id, self.name, "reflect", {"share_id": share.id}, turn.now
            )

    # -- the listener --------------------------------------------------------------------------

    def _reflect(self, turn: Turn, step_data: dict[str, Any], text: str) -> None:
        share = self._share_for_me(turn, _int(step_data.get("share_id")))
        speaker = turn.partner
        if share is None or speaker is None or share.person_id != speaker.id:
            turn.done()
            turn.reply("listen.stale")
            return
        if not may_reach_partner(turn):
            return
        advice = sounds_like_advice(turn, text)
        reflection = turn.store.add_entry(
            turn.person,
            kinds.LISTEN_REFLECTION,
            text,
            turn.now,
            recipient_id=speaker.id,
            data={
                "share_id": share.id,
                "round": share.data.get("round", 1),
                "felt_heard": None,
                "sounded_like_advice": advice,
            },
        )
        assert reflection.id is not None
        with turn.speaking_to(speaker):  # the speaker's buttons, in their language
            answers = rows(
                *(
                    turn.button(key, self.payload("heard", f"{reflection.id}:{answer}"))
                    for key, answer in (
                        ("listen.heard_yes", "yes"),
                        ("listen.heard_partly", "partly"),
                        ("listen.heard_not_yet", "not_yet"),
                    )
                ),
                per_row=3,
            )
        if not turn.tell(
            speaker, "listen.for_speaker", partner=turn.name, reflection=text, buttons=answers
        ):
            turn.reply("listen.partner_unreachable", partner=turn.name_of(speaker))
            return
        # Advice is not praised as listening; either way, validating is the next step.
        sent_key = "listen.reflection_sent_plain" if advice else "listen.reflection_sent"
        turn.expect(self.name, "validate", {"reflection_id": reflection.id})
        turn.reply(sent_key, partner=turn.name_of(speaker))
        turn.reply(
            "listen.ask_validation",
            partner=turn.name_of(speaker),
            buttons=rows(turn.button("listen.skip_validation", self.payload("skip"))),
        )

    def _validate(self, turn: Turn, step_data: dict[str, Any], text: str) -> None:
        """ "That makes sense, because…": sent to the speaker beside the reflection."""
        reflection_id = _int(step_data.get("reflection_id"))
        reflection = (
            turn.store.entry_of(reflection_id, kinds.LISTEN_REFLECTION)
            if reflection_id is not None
            else None
        )
        speaker = turn.partner
        if (
            reflection is None
            or speaker is None
            or reflection.person_id != turn.person_id
            or reflection.recipient_id != speaker.id
        ):
            turn.done()
            turn.reply("listen.stale")
            return
        if not may_reach_partner(turn):
            return
        turn.store.add_entry(
            turn.person,
            kinds.LISTEN_VALIDATION,
            text,
            turn.now,
            recipient_id=speaker.id,
            data={"reflection_id": reflection.id},
        )
        if not turn.tell(speaker, "listen.validation_for_speaker", partner=turn.name, text=text):
            turn.reply("listen.partner_unreachable", partner=turn.name_of(speaker))
            return
        turn.done()
        turn.reply("listen.validation_sent", partner=turn.name_of(speaker))

    def _skip_validation(self, turn: Turn) -> None:
        pending = turn.store.pending(turn.person_id)
        if pending is not None and pending.flow == self.name and pending.step == "validate":
            turn.done()
            turn.reply("listen.validation_skipped")
            return
        turn.reply("listen.stale")

    def _share_for_me(self, turn: Turn, share_id: int | None) -> Entry | None:
        if share_id is None:
            return None
        share = turn.store.entry_of(share_id, kinds.LISTEN_SHARE)
        return share if share is not None and share.recipient_id == turn.person_id else None

    # -- buttons -------------------------------------------------------------------------------

    def on_button(self, turn: Turn, action: str, argument: str) -> None:
        if action == "prompt":
            self._offer_prompt(turn)
        elif action == "cancel":
            self._cancel(turn)
        elif action == "reflect":
            self._ready_to_reflect(turn, argument)
        elif action == "heard":
            reflection_id, _, answer = argument.partition(":")
            self._felt_heard(turn, _int(reflection_id), answer)
        elif action == "swap":
            self.start(turn, "")
        elif action == "listen_first":
            self._listen_first(turn)
        elif action == "not_now":
            self._not_now(turn)
        elif action == "skip":
            self._skip_validation(turn)
        else:
            turn.reply("common.stale_button")

    def _sharing(self, turn: Turn) -> Pending | None:
        pending = turn.store.pending(turn.person_id)
        if pending is None or pending.flow != self.name or pending.step not in ("share", "clarify"):
            return None
        return pending

    def _offer_prompt(self, turn: Turn) -> None:
        pending = self._sharing(turn)
        if pending is None:
            turn.reply("listen.stale")
            return
        _index, prompt = draw(turn, PROMPTS)
        turn.expect(self.name, pending.step, {**pending.data, "prompt": prompt})
        turn.reply(
            "listen.prompt",
            prompt=prompt,
            buttons=rows(
                turn.button("listen.another_prompt", self.payload("prompt")),
                turn.button("listen.cancel", self.payload("cancel")),
            ),
        )

    def _cancel(self, turn: Turn) -> None:
        if self._sharing(turn) is not None:
            turn.done()
        turn.reply("listen.cancelled")

    def _ready_to_reflect(self, turn: Turn, argument: str) -> None:
        share = self._share_for_me(turn, _int(argument))
        speaker = turn.partner
        if share is None or speaker is None or share.person_id != speaker.id:
            turn.reply("listen.stale")
            return
        turn.expect(self.name, "reflect", {"share_id": share.id})
        turn.reply("listen.ask_reflection", partner=turn.name_of(speaker))

    def _felt_heard(self, turn: Turn, reflection_id: int | None, answer: str) -> None:
        reflection = (
            turn.store.entry_of(reflection_id, kinds.LISTEN_REFLECTION)
            if reflection_id is not None
            else None
        )
        listener = turn.partner
        if reflection is None or answer not in ANSWERS:
            turn.reply("listen.stale")
            return
        if reflection.recipient_id != turn.person_id:
            turn.reply("listen.not_yours")
            return
        if reflection.data.get("felt_heard"):
            turn.reply("listen.already_answered")
            return
        if listener is None or reflection.person_id != listener.id:
            turn.reply("listen.stale")
            return
        reflection.data = {**reflection.data, "felt_heard": answer}
        listener_name = turn.name_of(listener)
        with turn.speaking_to(listener):  # the listener's button, in their language
            their_turn = rows(turn.button("listen.my_turn", self.payload("swap")))
        if answer == "yes":
            turn.done()
            turn.reply("listen.felt_heard", partner=listener_name)
            turn.tell(listener, "listen.partner_felt_heard", partner=turn.name, buttons=their_turn)
            return
        round_number = _int(reflection.data.get("round")) or 1
        if round_number >= MAX_ROUNDS:
            turn.done()
            turn.reply("listen.enough_rounds")
            turn.tell(
                listener, "listen.partner_enough_rounds", partner=turn.name, buttons=their_turn
            )
            if answer == "not_yet":
                gentle_support.after_not_yet(turn)
            return
        turn.expect(
            self.name,
            "clarify",
            {"share_id": reflection.data.get("share_id"), "round": round_number + 1},
        )
        turn.reply("listen.ask_clarify", partner=listener_name)
        with turn.speaking_to(listener):
            turn.tell(
                listener,
                "listen.partner_clarifying",
                partner=turn.name,
                how=turn.say(_HOW[answer]),
            )
        if answer == "not_yet":
            gentle_support.after_not_yet(turn)


def sounds_like_advice(turn: Turn, text: str) -> bool:
    """Whether a reflection reads like a fix ("you should just call her doctor"): caring, but
    not yet listening. The phrases are this language's `listen.rules.advice`."""
    return gives_advice(
        text,
        word_list(turn.say("listen.rules.advice")),
        word_list(turn.say("listen.rules.reflecting")),
    )


def _int(value: Any) -> int | None:
    """An id or number from stored JSON or a button, or `None` if it is anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and is_id(value) and len(value) < 12:
        return int(value)
    return None
