"""`/export`: everything of mine in readable form, and from my partner only what reached me."""

from __future__ import annotations

import json
import re
from typing import Any

from sqlmodel import SQLModel

from bot.engine.export import EXPORT_FORMAT_VERSION, INTERNAL_TABLES
from tests.support.couples import couple
from tests.support.exports import export_of
from tests.support.world import World, texts

ISO_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CLOCK = re.compile(r"^\d{2}:\d{2}$")


def every_string(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in every_string(item)]
    if isinstance(value, list):
        return [s for item in value for s in every_string(item)]
    return []


def every_key_value(value: Any) -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        return [(k, v) for k, v in value.items()] + [
            pair for item in value.values() for pair in every_key_value(item)
        ]
    if isinstance(value, list):
        return [pair for item in value for pair in every_key_value(item)]
    return []


async def test_the_partner_export_holds_the_coached_words_never_the_raw_outburst(
    world: World,
) -> None:
    alex, sam = await couple(world)
    await alex.says("/talk you are a selfish liar and I think about leaving you every night")
    await alex.taps("lonely")
    await alex.says("our evenings go by without talking")
    await alex.says("one evening a week just for us")
    await alex.taps("Send to my partner")
    delivered = texts(sam.inbox())
    assert "selfish liar" not in delivered and "one evening a week just for us" in delivered

    raw = json.dumps(await export_of(sam), ensure_ascii=False)
    assert "selfish liar" not in raw and "leaving you" not in raw
    assert "one evening a week just for us" in raw
    # Alex's own export keeps what Alex wrote, outburst included: it is theirs.
    assert "selfish liar" in json.dumps(await export_of(alex), ensure_ascii=False)


async def test_a_received_entry_shows_only_its_delivered_text(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/appreciate thank you for the soup")
    [received] = [e for e in (await export_of(sam))["received"] if e["what"] == "appreciation"]
    assert received == {
        "what": "appreciation",
        "from": "Alex",
        "at": "2026-11-02T09:00:00Z",
        "text": "thank you for the soup",
    }


async def test_the_export_is_complete_and_readable(world: World) -> None:
    alex, sam = await couple(world)
    await alex.says("/quiet 22:30-07:00")
    await alex.says("/couple setup", group="g-home")
    await alex.says("/date")
    await alex.taps("Friday")
    await alex.taps("19:00")
    await sam.presses("date:accept:4.1140")
    await alex.says("/idea add pottery class")
    await sam.says("/idea add night swim")
    question = texts(await alex.says("/dream")).splitlines()[1]
    await alex.sends("ALEX-DREAM a cabin by a lake")
    await sam.says("/dream")
    await sam.sends("SAM-DREAM a long train journey")
    await alex.says("/hug")
    await alex.taps("Start the hug")
    world.clock.advance(seconds=25)
    await world.engine.fire_due_timers()
    await alex.presses(next(b for r in alex.inbox() for row in r.buttons for b in row).payload)

    document = await export_of(alex)

    assert document["format"] == "nearer-export"
    assert document["format_version"] == EXPORT_FORMAT_VERSION
    assert ISO_INSTANT.match(document["exported_at"]), document["exported_at"]
    me = document["me"]
    assert me["quiet_hours"] == {"from": "22:30", "until": "07:00"}
    assert me["partner"] == "Sam"
    assert document["date_plan"]["day"] == "Friday"
    assert document["date_plan"]["time"] == "19:00"
    assert document["date_plan"]["planned_by"] == "me"
    ideas = {idea["text"]: idea["added_by"] for idea in document["ideas"]}
    assert ideas["pottery class"] == "me" and ideas["night swim"] == "Sam"
    assert document["shared_spaces"] == [
        {"platform": "test", "chat_id": "g-home", "linked_at": "2026-11-02T09:00:00Z"}
    ]
    [dream] = [e for e in document["written"] if e["what"] == "dream answer"]
    assert dream["question"] == question and "cabin" in dream["text"]
    [theirs] = [e for e in document["received"] if e["what"] == "dream answer"]
    assert theirs["question"] == question and "train" in theirs["text"]
    assert any(e["what"] == "hug" for e in document["written"])
    for nudge in document["nudges"]:
        assert CLOCK.match(nudge["time"]), nudge

    for key, value in every_key_value(document):
        if key in ("at", "exported_at", "created_at", "linked_at", "added_at", "done_at"):
            assert value is None or ISO_INSTANT.match(value), (key, value)
        if key == "question":
            assert isinstance(value, str), (key, value)
    for value in every_string(document):
        assert not re.fullmatch(r"\d+\.\d+", value), f"an internal value leaked: {value}"
        assert "+00:00" not in value, value
    raw = json.dumps(document)
    assert "1350" not in raw and "quiet_start" not in raw


async def test_nothing_the_partner_kept_to_themselves_is_in_my_export(world: World) -> None:
    alex, sam = await couple(world)
    await sam.says("/talk SAM-PRIVATE-VENT you never help")
    await sam.taps("sad")
    await sam.says("the dishes pile up")
    await sam.says("help with the dishes")
    await sam.taps("Keep it for now")
    await sam.says("/dream")
    await sam.sends("SAM-UNREVEALED")
    raw = json.dumps(await export_of(alex), ensure_ascii=False)
    assert "SAM-PRIVATE-VENT" not in raw and "SAM-UNREVEALED" not in raw


def test_every_table_that_names_a_person_is_exported_or_named_internal() -> None:
    """A new practice table cannot be left out of `/export` by accident."""
    from bot.engine.export import EXPORTED_TABLES

    named = {
        name
        for name, table in SQLModel.metadata.tables.items()
        if "person_id" in table.c or "couple_id" in table.c
    }
    assert named <= EXPORTED_TABLES | INTERNAL_TABLES, named - EXPORTED_TABLES - INTERNAL_TABLES


async def test_export_returns_my_data_as_json(world: World) -> None:
    alex = world.person("Alex")
    await alex.says("/timezone Asia/Tokyo")
    replies = await alex.says("/export")
    files = [r.attachment for r in replies if r.attachment]
    assert files and files[0].filename.endswith(".json")
    data = json.loads(files[0].content)
    assert data["me"]["time_zone"] == "Asia/Tokyo"
    assert data["accounts"] == [{"platform": "test", "user_id": "u-alex"}]


async def test_export_includes_what_practices_keep_of_mine(world: World) -> None:
    alex = world.person("Alex")
    await alex.says("/idea")
    await alex.taps("save")
    replies = await alex.says("/export")
    data = json.loads(next(r.attachment for r in replies if r.attachment).content)
    items = data["ideas"]
    assert len(items) == 1 and items[0]["text"] and items[0]["added_by"] == "me"


async def test_a_date_proposal_waiting_for_the_partner_is_exported_as_a_proposal(
    world: World,
) -> None:
    """An unanswered `/date` suggestion is not a plan: the export says who suggested what."""
    alex, _sam = await couple(world)
    await alex.says("/date fri 19:00")

    plan = (await export_of(alex))["date_plan"]

    assert plan["on"] is False and plan["planned_by"] is None
    assert plan["proposal"] == {
        "day": "Friday",
        "time": "19:00",
        "time_zone": "UTC",
        "proposed_by": "me",
    }
