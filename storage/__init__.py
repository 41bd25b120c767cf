"""Everything Nearer remembers: SQLModel tables, the database handle and the engine's queries."""

from storage.db import Database, normalise_database_url
from storage.store import Store

__all__ = ["Database", "Store", "normalise_database_url"]
