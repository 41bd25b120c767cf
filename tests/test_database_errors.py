"""A failed statement's error is logged (the engine logs what went wrong with an event), so it
must not carry what the statement was writing: people's words stay out of the logs."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from tests.support.world import World

WORDS = "I have been feeling lonely since the move"


async def test_a_failed_statement_does_not_carry_the_words_it_was_writing(world: World) -> None:
    def write_into_nowhere(session: Session) -> None:
        session.execute(text("INSERT INTO no_such_table (body) VALUES (:body)"), {"body": WORDS})

    with pytest.raises(DBAPIError) as failure:
        world.db.transaction(write_into_nowhere)
    assert "no_such_table" in str(failure.value)  # the statement is there, to debug with
    assert WORDS not in str(failure.value)
