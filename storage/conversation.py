"""Conversation state: the question each person's chat is waiting on (`Pending`), and the
platform update ids already handled (a redelivered update is processed once)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy import select as select_columns

from storage.base import StoreBase
from storage.models import Pending, ProcessedUpdate

_PENDING = Pending.__table__  # type: ignore[attr-defined]

# The statements every message runs, as Core: an ORM round trip costs several times a Core one
# (see storage/DESIGN.md), and these rows are read or written whole, never edited in place.
_PENDING_OF = select_columns(_PENDING).where(_PENDING.c.person_id == bindparam("person_id"))
_CLEAR_PENDING = _PENDING.delete().where(_PENDING.c.person_id == bindparam("person_id"))


def _replace_pending(insert: Any) -> Any:
    statement = insert(_PENDING)
    return statement.on_conflict_do_update(
        index_elements=[_PENDING.c.person_id],
        set_={name: statement.excluded[name] for name in ("flow", "step", "data", "started_at")},
    )


def _note_update(insert: Any) -> Any:
    # Says whether it inserted by RETURNING a row: PostgreSQL's driver reports no row count.
    table = ProcessedUpdate.__table__  # type: ignore[attr-defined]
    return insert(table).on_conflict_do_nothing().returning(table.c.update_id)


class ConversationQueries(StoreBase):
    # Pending rows are only ever read whole or replaced whole, through Core: the objects handed
    # out are snapshots (changing one changes nothing; `set_pending` does).

    def pending(self, person_id: int) -> Pending | None:
        row = self.run(_PENDING_OF, {"person_id": person_id}).first()
        if row is None:
            return None
        return Pending.model_construct(
            person_id=row.person_id,
            flow=row.flow,
            step=row.step,
            data=row.data,
            started_at=row.started_at,
        )

    def set_pending(
        self, person_id: int, flow: str, step: str, data: dict[str, Any], now: datetime
    ) -> Pending:
        values: dict[str, Any] = {
            "person_id": person_id,
            "flow": flow,
            "step": step,
            "data": data,
            "started_at": now,
        }
        self.run(self.upsert(_replace_pending), values)
        return Pending.model_construct(**values)

    def clear_pending(self, person_id: int) -> None:
        self.run(_CLEAR_PENDING, {"person_id": person_id})

    def first_time_seen(self, platform: str, update_id: str, now: datetime) -> bool:
        """Record an update id; `False` if it was processed before (a redelivery).

        Runs for every platform update: one `INSERT … ON CONFLICT DO NOTHING RETURNING`, whose
        answer says whether it is new (no look-up first, no savepoint; a concurrent insert of
        the same id by another worker on PostgreSQL waits for it, then counts as seen)."""
        row = {"platform": platform, "update_id": update_id, "processed_at": now}
        return self.run(self.upsert(_note_update), row).first() is not None
