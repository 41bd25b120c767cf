"""What start-up does in short-lived children so the running bot does not hold it: the schema
upgrade (Alembic), the full check of every language (every deck, Babel's locale data), and
python-telegram-bot's own webhook server. The memory itself is measured by `./nearer bench
memory`; these tests hold the behaviour: the same catalog, the same failures, the same schema.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect

from bot.schema import SchemaUpgradeError, upgrade_schema
from prompts.loader import (
    PROMPTS_ROOT,
    PromptError,
    load_catalog,
    load_checked_catalog,
)
from storage.db import Database

ROOT = Path(__file__).resolve().parent.parent


def test_the_checked_catalog_says_everything_the_full_catalog_says() -> None:
    full, checked = load_catalog(), load_checked_catalog()
    assert checked.codes == full.codes
    numbers = [*range(0, 1001), 1.5, 0.5, 10_000, 100_000, 1_000_000, 2_000_000]
    for code in full.codes:
        ours, theirs = checked.get(code), full.get(code)
        assert ours.messages == theirs.messages
        assert ours.rules == theirs.rules
        assert (ours.info.name, ours.info.locale_name, ours.rtl) == (
            theirs.info.name,
            theirs.info.locale_name,
            theirs.rtl,
        )
        assert [ours.info.plural(n) for n in numbers] == [theirs.info.plural(n) for n in numbers]
        assert sorted(ours.decks) == sorted(theirs.decks)
        for name in theirs.decks:
            assert ours.deck(name) == theirs.deck(name)


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    write(tmp_path / "languages.toml", '[en]\nname = "English"\n[ru]\nname = "Русский"\n')
    write(tmp_path / "en" / "core.toml", '[core]\nhello = "Hi {name}"\n')
    write(tmp_path / "en" / "decks" / "dreams.toml", '[items]\ndr-001 = "One?"\n')
    write(tmp_path / "ru" / "core.toml", '[core]\nhello = "Привет, {name}"\n')
    write(tmp_path / "ru" / "decks" / "dreams.toml", '[items]\ndr-001 = "Один?"\n')
    return tmp_path


def test_a_translation_that_differs_from_english_stops_the_start_as_it_always_did(
    root: Path,
) -> None:
    write(root / "ru" / "core.toml", '[core]\nhello = "Привет, {nme}"\n')
    with pytest.raises(PromptError) as full:
        load_catalog(root)
    with pytest.raises(PromptError) as checked:
        load_checked_catalog(root)
    assert str(checked.value) == str(full.value)
    assert "'core.hello' uses ['nme'], which English does not give" in str(checked.value)


def test_a_broken_deck_stops_the_start_though_the_bot_reads_decks_later(root: Path) -> None:
    write(root / "ru" / "decks" / "dreams.toml", '[items]\ndr-001 = "Один?"\ndr-002 = "Два?"\n')
    with pytest.raises(PromptError, match="deck 'dreams': item dr-002 is not in English"):
        load_checked_catalog(root)


def test_a_deck_is_read_when_it_is_first_drawn_from(root: Path) -> None:
    catalog = load_checked_catalog(root)
    write(root / "ru" / "decks" / "dreams.toml", '[items]\ndr-001 = "Один? Правда?"\n')
    assert catalog.get("ru").deck("dreams").items == ("Один? Правда?",)
    assert len(catalog.get("ru").decks) == 1


async def test_the_schema_upgrade_in_a_child_builds_the_schema(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'nearer.db'}")
    await upgrade_schema(database.engine)
    await upgrade_schema(database.engine)  # at head: nothing left to do, no error
    tables = set(inspect(database.engine).get_table_names())
    assert {"alembic_version", "couple", "person"} <= tables
    await database.dispose()


async def test_a_schema_upgrade_that_fails_stops_the_start() -> None:
    # Nothing listens on port 1: the child cannot connect and says so on stderr.
    database = Database("postgresql://nearer@127.0.0.1:1/nearer")
    with pytest.raises(SchemaUpgradeError):
        await upgrade_schema(database.engine)
    await database.dispose()


#: A bot as `serve()` builds it, migrated, with the Telegram adapter imported: what it loaded.
PROBE = """
import asyncio, json, sys, tempfile
from pathlib import Path
import bot.adapters.telegram
from bot.app import Nearer
from bot.config import Config

async def main(folder):
    config = Config(data_dir=folder, database_url=f"sqlite:///{folder / 'nearer.db'}",
                    log_level="WARNING", language="en", nudge_grace_minutes=120)
    app = Nearer(config)
    await app.migrate()
    await app.db.dispose()
    loaded = sorted({name.split(".")[0] for name in sys.modules})
    print(json.dumps({"loaded": loaded, "languages": list(app.catalog.codes)}))

with tempfile.TemporaryDirectory() as name:
    asyncio.run(main(Path(name)))
"""


def test_the_running_bot_holds_neither_alembic_nor_tornado() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert not {"alembic", "mako", "tornado"} & set(answer["loaded"])
    assert answer["languages"] == list(load_catalog(PROMPTS_ROOT).codes)


def test_a_schema_child_whose_parent_died_before_speaking_exits_quietly() -> None:
    """kill -9 of the bot between starting the schema child and writing to it leaves the child
    an empty stdin: it exits without a traceback in the log (tests/reliability found one)."""
    child = subprocess.run(
        [sys.executable, "-m", "bot.schema"],
        input="",
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert child.returncode == 1
    assert "Traceback" not in child.stderr
