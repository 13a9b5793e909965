"""The territory reference, loaded from the geography the desktop client ships.

The rows come from ``resources/reference`` through the client's own reader, so
the server and the clients always agree on codes. Loading upserts, because a
commune that leaves a newer INSEE vintage must stay for the households placed
in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desktop.storage.reference_data import REFERENCE_DIR, read_reference
from desktop.sync.placement import epci_departement
from server.models import Territory
from server.models.territory import COMMUNE, DEPARTEMENT, EPCI


@dataclass(frozen=True)
class Placement:
    """Where a record lives: the three codes copied onto it for scoping."""

    departement_code: str | None
    epci_siren: str | None
    commune_code: str | None

    @property
    def is_empty(self) -> bool:
        return not (self.departement_code or self.epci_siren or self.commune_code)


NOWHERE = Placement(None, None, None)


def reference_rows(folder: Path = REFERENCE_DIR) -> list[dict[str, Any]]:
    """One row per département, EPCI and commune of the shipped reference."""
    communes = list(read_reference(folder, "communes"))
    epci_departements: dict[str, dict[str, int]] = {}
    for row in communes:
        if row["epci"]:
            counts = epci_departements.setdefault(row["epci"], {})
            counts[row["departement"]] = counts.get(row["departement"], 0) + 1
    rows = [
        {
            "kind": DEPARTEMENT,
            "code": row["code"],
            "name": row["nom"],
            "departement_code": row["code"],
            "epci_siren": None,
        }
        for row in read_reference(folder, "departements")
    ]
    for row in read_reference(folder, "epci"):
        rows.append(
            {
                "kind": EPCI,
                "code": row["siren"],
                "name": row["nom"],
                "departement_code": epci_departement(epci_departements.get(row["siren"], {})),
                "epci_siren": row["siren"],
            }
        )
    rows.extend(
        {
            "kind": COMMUNE,
            "code": row["code"],
            "name": row["nom"],
            "departement_code": row["departement"],
            "epci_siren": row["epci"] or None,
        }
        for row in communes
    )
    return rows


def load_territories(connection: Connection, folder: Path = REFERENCE_DIR) -> int:
    """Upsert the shipped reference; returns the number of territories."""
    rows = reference_rows(folder)
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(Territory.__table__)
    statement = statement.on_conflict_do_update(
        index_elements=["kind", "code"],
        set_={
            column: statement.excluded[column]
            for column in ("name", "departement_code", "epci_siren")
        },
    )
    for start in range(0, len(rows), 5000):
        connection.execute(statement, rows[start : start + 5000])
    return len(rows)


def ensure_territories(connection: Connection) -> bool:
    """Load the reference into an empty table, so a fresh server works at once."""
    if connection.scalar(select(Territory.code).limit(1)) is not None:
        return False
    load_territories(connection)
    return True


def kind_of_code(code: str) -> str | None:
    """The level a code designates, by its shape (2-3 chars, 5 chars, 9 digits)."""
    if len(code) in (2, 3):
        return DEPARTEMENT
    if len(code) == 5:
        return COMMUNE
    if len(code) == 9 and code.isdigit():
        return EPCI
    return None


def find_territory(session: Session, kind: str, code: str) -> Territory | None:
    return session.get(Territory, (kind, code))


def placement_of(session: Session, kind: str, code: str) -> Placement | None:
    """The scoping codes of a territory, or None when the code is unknown."""
    territory = find_territory(session, kind, code)
    if territory is None:
        return None
    return Placement(
        territory.departement_code,
        territory.epci_siren,
        territory.code if kind == COMMUNE else None,
    )
