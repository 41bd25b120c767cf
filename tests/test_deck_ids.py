"""Deck items have stable ids: stored state names items by id, an id a database may hold never
disappears, and a database from before ids keeps every couple's open question."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from prompts.legacy_positions import LEGACY_DECKS, legacy_item_id
from prompts.loader import PROMPTS_ROOT, PromptError, load_prompts
from storage.db import Database
from storage.migrate import alembic_config, upgrade
from storage.models import Person
from tests.support.databases import postgres_schema

REGISTRY = PROMPTS_ROOT / "deck_ids.txt"
BEFORE_IDS = Path(__file__).resolve().parent / "fixtures" / "decks_before_ids.json"
MIGRATION = PROMPTS_ROOT.parent / "storage" / "migrations" / "versions" / "0006_decks.py"


def registry() -> list[str]:
    lines = REGISTRY.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def deck_ids() -> dict[str, str]:
    """Every id the English decks carry (retired ones too) -> its deck."""
    prompts = load_prompts("en")
    return {entry.id: deck.name for deck in prompts.decks.values() for entry in deck.entries}


def test_every_id_ever_issued_is_still_in_a_deck() -> None:
    missing = sorted(set(registry()) - deck_ids().keys())
    assert not missing, f"ids a database may hold are gone (retire them instead): {missing}"


def test_every_id_in_the_decks_is_registered_so_it_is_never_reused() -> None:
    unregistered = sorted(deck_ids().keys() - set(registry()))
    assert not unregistered, f"add these ids to prompts/deck_ids.txt: {unregistered}"


def test_the_registry_names_each_id_once() -> None:
    ids = registry()
    assert len(ids) == len(set(ids))


def write_deck(root: Path, body: str, name: str = "dreams") -> Path:
    (root / "en" / "decks").mkdir(parents=True, exist_ok=True)
    (root / "en" / "core.toml").write_text('[core]\nhello = "Hi"\n', encoding="utf-8")
    path = root / "en" / "decks" / f"{name}.toml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        ('[items]\ndr-001 = "One?"\ndr-001 = "Two?"\n', "dreams.toml"),  # a repeated id
        ('[items]\ndr-001 = ""\n', "empty"),
        ('[items]\ndr-001 = { tags = ["tender"] }\n', "missing"),
        ('[items]\nquestion = "One?"\n', "ids look like"),
        ('[items]\ndr-001 = { text = "One?", tags = ["sad"] }\n', "unknown tags"),
        ('[items]\ndr-001 = "One?"\nqt-002 = "Two?"\n', "one id prefix"),
        ('[items]\ndr-001 = "One?"\ndr-002 = "one?"\n', "repeats"),
        ('[items]\ndr-001 = { text = "Gone?", retired = true }\n', "empty"),
        ('dr-001 = "One?"\n', "one [items] table"),
    ],
)
def test_a_broken_deck_fails_at_start_up(tmp_path: Path, body: str, complaint: str) -> None:
    write_deck(tmp_path, body)
    with pytest.raises(PromptError, match=complaint.replace("[", r"\[")):
        load_prompts("en", root=tmp_path)


def test_an_id_in_two_decks_fails_at_start_up(tmp_path: Path) -> None:
    write_deck(tmp_path, '[items]\ndr-001 = "One?"\n')
    write_deck(tmp_path, '[items]\ndr-001 = "Two?"\n', name="quality_time")
    with pytest.raises(PromptError, match="is in"):
        load_prompts("en", root=tmp_path)


def test_a_retired_item_is_never_drawn_but_still_reads(tmp_path: Path) -> None:
    write_deck(tmp_path, '[items]\ndr-001 = { text = "Old?", retired = true }\ndr-002 = "New?"\n')
    deck = load_prompts("en", root=tmp_path).deck("dreams")
    assert deck.items == ("New?",) and len(deck) == 1
    found = deck.find("dr-001")
    assert found is not None and found.text == "Old?"


def test_the_migration_carries_the_same_frozen_table_as_the_engine() -> None:
    spec = importlib.util.spec_from_file_location("migration_0006", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.LEGACY_DECKS == LEGACY_DECKS


def test_every_old_position_names_an_id_the_decks_still_carry() -> None:
    before: dict[str, list[str]] = json.loads(BEFORE_IDS.read_text(encoding="utf-8"))
    prompts = load_prompts("en")
    for deck_name, texts in before.items():
        assert LEGACY_DECKS[deck_name][1] == len(texts), deck_name
        deck = prompts.deck(deck_name)
        for position, old_text in enumerate(texts):
            item_id = legacy_item_id(deck_name, position)
            assert item_id is not None
            found = deck.find(item_id)
            assert found is not None, f"{deck_name}[{position}] -> {item_id} is gone"
            # Kept, rewritten in place, or retired with its words: never another item's words.
            other_old_texts = set(texts) - {old_text}
            assert found.text not in other_old_texts, (deck_name, position, found.text)
        assert legacy_item_id(deck_name, len(texts)) is None


@contextmanager
def database_at(backend: str, tmp_path: Path) -> Iterator[Database]:
    if backend == "sqlite":
        yield Database(f"sqlite:///{tmp_path / 'old.db'}")
    else:
        with postgres_schema() as url:
            db = Database(url)
            try:
                yield db
            finally:
                db.engine.dispose()


def test_an_old_database_keeps_every_open_question_and_what_was_seen(
    backend: str, tmp_path: Path
) -> None:
    before: dict[str, list[str]] = json.loads(BEFORE_IDS.read_text(encoding="utf-8"))
    now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    with database_at(backend, tmp_path) as db:
        config = alembic_config(db.engine.url.render_as_string(hide_password=False))
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0004_abuse")
        with db.engine.begin() as connection:
            # The person table as 0004 had it (later revisions add columns the model has).
            connection.execute(
                text(
                    "INSERT INTO person (id, display_name, timezone, paused, safety_paused,"
                    " language, created_at, partner_messages_count)"
                    " VALUES (1, '', 'UTC', false, false, 'en', :now, 0)"
                ),
                {"now": now},
            )
            connection.execute(
                text(
                    "INSERT INTO dreamround (id, couple_id, question, opened_at)"
                    " VALUES (1, 7, 15, :now), (2, 8, 500, :now), (9, 9, 3, :now)"
                ),
                {"now": now},
            )
            connection.execute(text("DELETE FROM dreamround WHERE id = 9"))
            connection.execute(
                text(
                    "INSERT INTO bucketitem (id, person_id, text, deck_index, added_at)"
                    " VALUES (1, 1, 'x', 44, :now), (2, 1, 'own idea', NULL, :now)"
                ),
                {"now": now},
            )
            connection.execute(
                text(
                    "INSERT INTO deckposition (owner, deck, seen) VALUES"
                    " ('c7', 'dreams', '[0, 15, 142]'), ('p1', 'care', '[2, -1, 1]')"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO entry (id, person_id, kind, body, data, created_at) VALUES"
                    " (1, 1, 'dream_answer', 'a', '{\"question\": 15, \"round\": 1}', :now),"
                    " (2, 1, 'together', 'b', '{\"idea\": 14}', :now),"
                    " (3, 1, 'checkin', 'c', '{\"total\": 12}', :now)"
                ),
                {"now": now},
            )
        upgrade(db.engine)
        if backend == "sqlite":  # rebuilding a SQLite table must not forget its highest id
            with db.engine.begin() as connection:
                connection.execute(
                    text(
                        "INSERT INTO dreamround (couple_id, question, opened_at)"
                        " VALUES (5, 'dr-001', :now)"
                    ),
                    {"now": now},
                )
                newest = connection.execute(text("SELECT max(id) FROM dreamround")).scalar()
                connection.execute(text("DELETE FROM dreamround WHERE couple_id = 5"))
            assert newest is not None and newest > 9, "a deleted round's id was handed out again"
        with db.engine.connect() as connection:
            questions = dict(connection.execute(text("SELECT id, question FROM dreamround")).all())
            ideas = dict(connection.execute(text("SELECT id, deck_item FROM bucketitem")).all())
            seen = dict(connection.execute(text("SELECT deck, seen FROM deckposition")).all())
            data = dict(connection.execute(text("SELECT id, data FROM entry")).all())
    prompts = load_prompts("en")
    assert questions == {1: "dr-016", 2: "dr-000"}
    dream = prompts.deck("dreams").find("dr-016")
    assert dream is not None and dream.text == before["dreams"][15]
    assert ideas == {1: "ne-045", 2: None}
    loaded = {deck: json.loads(v) if isinstance(v, str) else v for deck, v in seen.items()}
    assert loaded == {"dreams": ["dr-001", "dr-016", "dr-143"], "care": [2, -1, 1]}
    rows = {key: json.loads(v) if isinstance(v, str) else v for key, v in data.items()}
    assert rows[1] == {"question": "dr-016", "round": 1}
    assert rows[2] == {"idea": "qt-015"}
    assert rows[3] == {"total": 12}


def test_going_back_before_ids_turns_ids_into_positions_again(tmp_path: Path) -> None:
    now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    db = Database(f"sqlite:///{tmp_path / 'new.db'}")
    upgrade(db.engine)
    with db.engine.begin() as connection:
        connection.execute(Person.__table__.insert().values(id=1, created_at=now))  # type: ignore[attr-defined]
        connection.execute(
            text(
                "INSERT INTO dreamround (id, couple_id, question, opened_at)"
                " VALUES (1, 7, 'dr-016', :now), (2, 7, 'dr-999', :now)"
            ),
            {"now": now},
        )
        connection.execute(
            text("INSERT INTO deckposition (owner, deck, seen) VALUES ('c7', 'dreams', :seen)"),
            {"seen": '["dr-001", "dr-999"]'},
        )
    config = alembic_config(db.engine.url.render_as_string(hide_password=False))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004_abuse")
    with db.engine.connect() as connection:
        questions = dict(connection.execute(text("SELECT id, question FROM dreamround")).all())
        seen = connection.execute(text("SELECT seen FROM deckposition")).scalar()
    assert questions == {1: 15, 2: -1}
    assert json.loads(seen) == [0]
