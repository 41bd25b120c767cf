"""What a person did while solo that becomes shared when their partner joins.

Pairing calls `carry_solo_practices` right after the couple is formed, in the same transaction:
kept appreciations are delivered, bucket lists merge, an answered dream question becomes
the couple's open question, and two people pairing again get their shared history back. A couple
is only formed once both people have said so (a code handed over and sent back, or the inviter's
yes to a group press: see `pairing.py`), so nothing kept for a future partner ever reaches someone
who merely pressed a button.
"""

from __future__ import annotations

from bot.engine.flows.appreciate import deliver_kept_appreciations
from bot.engine.flows.dream import carry_solo_dream
from bot.engine.turn import Turn
from storage.people import PersonRow


def carry_solo_practices(turn: Turn, inviter: PersonRow, joiner: PersonRow) -> None:
    """Release what each kept for a partner to the other; both must already be a couple."""
    assert inviter.id is not None and joiner.id is not None and inviter.couple_id is not None
    deliver_kept_appreciations(turn, inviter, joiner)
    turn.store.bring_solo_items_to_couple((inviter.id, joiner.id), inviter.couple_id)
    carry_solo_dream(turn, inviter, joiner)
    if turn.store.bring_back_our_history(inviter.id, joiner.id, inviter.couple_id):
        # Not greeted as strangers: /unpair promised each keeps what they wrote.
        # Whoever acts now (the joiner with a code, the inviter saying yes) hears it here.
        for person in (inviter, joiner):
            if person.id == turn.person_id:
                turn.reply("pair.together_again")
            else:
                turn.tell(person, "pair.together_again")
