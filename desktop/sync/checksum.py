"""This device's checksum of a territory, computed as the server computes its own.

A pull's last page carries, per territory of the officer, the SHA-256 of the
lines ``table:id:version`` of every household-scoped record placed there,
tombstones included, sorted by table then id (``docs/sync-protocol.md``). A
device holding the same records at the same versions gets the same hash; one
that differs has diverged in that territory and pulls it again (invariant 8).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable

from sqlalchemy import Connection, String, select, type_coerce

from desktop.sync import codec
from desktop.sync.placement import household_territories, kind_of_code


def territory_checksums(
    connection: Connection, codes: Iterable[str], officer_id: uuid.UUID | None
) -> dict[str, str]:
    """The local checksum of each territory code, read in one pass over the records."""
    codes = list(codes)
    kinds = {code: kind_of_code(code) for code in codes}
    owners: dict[str, list[str]] = {}
    for household_id, territory in household_territories(connection, officer_id).items():
        placed = [code for code in codes if territory.code_at(kinds[code]) == code]
        if placed:
            owners[household_id.hex] = placed
    lines: dict[str, list[tuple[str, str, int]]] = {code: [] for code in codes}
    for table in codec.household_tables().values():
        owner = table.c.id if table.name == "household" else table.c.household_id
        # Uuid columns are 32 hex digits in SQLite: read as text, not as UUID objects.
        rows = connection.execute(
            select(type_coerce(table.c.id, String), table.c.version, type_coerce(owner, String))
        ).all()
        for record_id, version, household_id in rows:
            for code in owners.get(household_id, ()):
                lines[code].append((table.name, record_id, version))
    return {code: _digest(lines[code]) for code in codes}


def _digest(lines: list[tuple[str, str, int]]) -> str:
    lines.sort()
    text = "".join(f"{table}:{record_id}:{version}\n" for table, record_id, version in lines)
    return hashlib.sha256(text.encode()).hexdigest()
