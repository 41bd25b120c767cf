"""A person's /export, read back as the JSON document it carries (for any feature's story that
checks what the export holds)."""

from __future__ import annotations

import json
from typing import Any

from tests.support.world import Person, texts


async def export_of(person: Person) -> dict[str, Any]:
    replies = await person.says("/export")
    files = [reply.attachment for reply in replies if reply.attachment]
    assert len(files) == 1, texts(replies)
    document: dict[str, Any] = json.loads(files[0].content)
    return document
