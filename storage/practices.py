"""The shared practices' own rows: dream rounds, the couple's list of ideas, the date-night plan.
"Ours" means the couple's when paired and the person's own while solo."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, update
from sqlmodel import col, select

from storage.base import StoreBase
from storage.models import BucketItem, DatePlan, DreamRound, Entry
from storage.people import PersonRow


def _our_items(person: PersonRow) -> ColumnElement[bool]:
    if person.couple_id is not None:
        return col(BucketItem.couple_id) == person.couple_id
    return (col(BucketItem.person_id) == person.id) & col(BucketItem.couple_id).is_(None)


class PracticeQueries(StoreBase):
    # -- dreams --------------------------------------------------------------------------------

    def open_dream_round(self, person: PersonRow) -> DreamRound | None:
        """The unrevealed round of this person's couple, or their own solo round."""
        query = select(DreamRound).where(col(DreamRound.revealed_at).is_(None))
        if person.couple_id is not None:
            query = query.where(DreamRound.couple_id == person.couple_id)
        else:
            query = query.where(
                DreamRound.person_id == person.id, col(DreamRound.couple_id).is_(None)
            )
        return self.session.exec(query.order_by(col(DreamRound.opened_at).desc())).first()

    def dream_round(self, round_id: int, *, lock: bool = False) -> DreamRound | None:
        """One round; `lock` holds its row (PostgreSQL) so two answers cannot both miss the
        reveal."""
        query = select(DreamRound).where(DreamRound.id == round_id)
        if lock and self.on_postgresql:
            query = query.with_for_update()
        return self.session.exec(query).first()

    def open_dream_round_for_update(self, round_id: int) -> DreamRound | None:
        found = self.dream_round(round_id, lock=True)
        if found is None or found.revealed_at is not None:
            return None
        return found

    def add_dream_round(self, person: PersonRow, question: str, now: datetime) -> DreamRound:
        dream = DreamRound(
            couple_id=person.couple_id,
            person_id=None if person.couple_id is not None else person.id,
            question=question,
            opened_at=now,
        )
        self.session.add(dream)
        self.session.flush()
        return dream

    def solo_dream_round(self, person_id: int) -> DreamRound | None:
        return self.session.exec(
            select(DreamRound).where(
                DreamRound.person_id == person_id,
                col(DreamRound.couple_id).is_(None),
                col(DreamRound.revealed_at).is_(None),
            )
        ).first()

    def dream_answers(
        self, dream: DreamRound, person_ids: Iterable[int], kind: str
    ) -> dict[int, Entry]:
        """Each person's answer to this round, by person id (at most one each: the first)."""
        entries = self.session.exec(
            select(Entry)
            .where(
                col(Entry.person_id).in_(list(person_ids)),
                Entry.kind == kind,
                col(Entry.created_at) >= dream.opened_at,
            )
            .order_by(col(Entry.created_at), col(Entry.id))
        ).all()
        answers: dict[int, Entry] = {}
        for entry in entries:
            if entry.data.get("round") == dream.id:
                answers.setdefault(entry.person_id, entry)
        return answers

    def drop_dream_round(self, dream: DreamRound) -> None:
        """Remove a round nobody needs (of two solo rounds, the one not carried into a couple)."""
        self.session.delete(dream)

    # -- ideas ---------------------------------------------------------------------------------

    def bucket_list(self, person: PersonRow) -> Sequence[BucketItem]:
        """Our list: open items oldest first, then done ones most recent first."""
        items = self.session.exec(
            select(BucketItem).where(_our_items(person)).order_by(col(BucketItem.id))
        ).all()
        still_open = [item for item in items if item.done_at is None]
        done = sorted(
            (item for item in items if item.done_at is not None),
            key=lambda item: item.done_at or item.added_at,
            reverse=True,
        )
        return [*still_open, *done]

    def our_bucket_item(self, person: PersonRow, item_id: int) -> BucketItem | None:
        """An item of our list; `None` for anyone else's (a button can be forged)."""
        return self.session.exec(
            select(BucketItem).where(BucketItem.id == item_id, _our_items(person))
        ).first()

    def add_bucket_item(
        self, person: PersonRow, text: str, now: datetime, deck_item: str | None = None
    ) -> BucketItem:
        item = BucketItem(
            couple_id=person.couple_id,
            person_id=person.id or 0,
            text=text,
            deck_item=deck_item,
            added_at=now,
        )
        self.session.add(item)
        self.session.flush()
        return item

    def bring_solo_items_to_couple(self, person_ids: Iterable[int], couple_id: int) -> None:
        """A solo person's bucket list becomes the couple's when they pair."""
        self.session.execute(
            update(BucketItem)
            .where(
                col(BucketItem.person_id).in_(list(person_ids)), col(BucketItem.couple_id).is_(None)
            )
            .values(couple_id=couple_id)
        )

    # -- date night ----------------------------------------------------------------------------

    def date_plan(self, couple_id: int) -> DatePlan | None:
        return self.session.get(DatePlan, couple_id)

    def save_date_plan(
        self, planner: PersonRow, weekday: int, minute_of_day: int, now: datetime
    ) -> DatePlan:
        """Create or change the couple's weekly date night, in the planner's time zone; active
        again."""
        assert planner.couple_id is not None
        plan = self.session.get(DatePlan, planner.couple_id)
        if plan is None:
            plan = DatePlan(
                couple_id=planner.couple_id,
                weekday=weekday,
                minute_of_day=minute_of_day,
                timezone=planner.timezone,
                updated_at=now,
            )
            self.session.add(plan)
        plan.planned_by = planner.id
        plan.weekday, plan.minute_of_day = weekday, minute_of_day
        plan.timezone, plan.active, plan.updated_at = planner.timezone, True, now
        self.session.flush()
        return plan

    def propose_date_plan(
        self, proposer: PersonRow, weekday: int, minute_of_day: int, now: datetime
    ) -> DatePlan:
        """Suggest a day and time for the couple's date night; an agreed plan stays until
        accepted (a couple with none yet gets an inactive row holding the suggestion)."""
        assert proposer.couple_id is not None
        plan = self.session.get(DatePlan, proposer.couple_id)
        if plan is None:
            plan = DatePlan(
                couple_id=proposer.couple_id,
                weekday=weekday,
                minute_of_day=minute_of_day,
                timezone=proposer.timezone,
                active=False,
                updated_at=now,
            )
            self.session.add(plan)
        plan.proposed_by, plan.proposed_timezone = proposer.id, proposer.timezone
        plan.proposed_weekday, plan.proposed_minute = weekday, minute_of_day
        self.session.flush()
        return plan

    @staticmethod
    def settle_date_proposal(plan: DatePlan, now: datetime, *, accepted: bool) -> None:
        """The partner answered: a yes makes the suggestion the plan; either way it stops
        waiting."""
        if accepted and plan.proposed_weekday is not None and plan.proposed_minute is not None:
            plan.weekday, plan.minute_of_day = plan.proposed_weekday, plan.proposed_minute
            plan.timezone = plan.proposed_timezone or plan.timezone
            plan.planned_by, plan.active, plan.updated_at = plan.proposed_by, True, now
        plan.proposed_by = plan.proposed_weekday = plan.proposed_minute = None
        plan.proposed_timezone = None

    def date_plans_by_couple(self, couple_ids: Iterable[int]) -> dict[int, DatePlan]:
        ids = sorted(set(couple_ids))
        if not ids:
            return {}
        plans = self.session.exec(select(DatePlan).where(col(DatePlan.couple_id).in_(ids))).all()
        return {plan.couple_id: plan for plan in plans}
