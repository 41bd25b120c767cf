from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.support.databases import database_url
from tests.support.world import World


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest) -> str:
    """Every engine story runs on embedded SQLite and on the real PostgreSQL server."""
    return str(request.param)


@pytest.fixture
async def world(backend: str, tmp_path: Path) -> AsyncIterator[World]:
    with database_url(backend, tmp_path) as url:
        world = World(url)
        try:
            yield world
        finally:
            await world.db.dispose()
