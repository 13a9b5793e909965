"""The column mapping of the last imports, remembered in the database for the next file.

Kept in ``app_meta`` (local, never synced: another officer's spreadsheets
may differ) as JSON, header key → column key, ``""`` for a column the officer
chose not to import. Each import adds its headers to what is known, so the
website's file and the coordinator's re-saved copy are both recognised.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy import Connection, text

from desktop.importing.columns import Column, header_key

MEMORY_KEY = "import_column_mapping"


def remembered_mapping(connection: Connection) -> dict[str, str]:
    """Header key → column key (``""``: not imported), as the last imports left it."""
    stored = connection.execute(
        text("SELECT value FROM app_meta WHERE key = :key"), {"key": MEMORY_KEY}
    ).scalar()
    if not stored:
        return {}
    try:
        value = json.loads(stored)
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(key): str(column) for key, column in value.items()}


def remember_mapping(connection: Connection, mapping: Mapping[str, Column | None]) -> None:
    """Add ``mapping`` (header → column) to the memory, inside the caller's transaction."""
    memory = remembered_mapping(connection)
    for header, column in mapping.items():
        key = header_key(header)
        if key:
            memory[key] = column.value if column is not None else ""
    connection.execute(
        text(
            "INSERT INTO app_meta (key, value) VALUES (:key, :value) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"key": MEMORY_KEY, "value": json.dumps(memory, ensure_ascii=False, sort_keys=True)},
    )
