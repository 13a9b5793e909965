"""Opening, migrating and writing the local case database (no Qt here)."""

from __future__ import annotations

from desktop.storage.database import Database, open_database

__all__ = ["Database", "open_database"]
