"""Load the shipped geography into a database, once per version of the data.

Rows are upserted rather than replaced: households point at communes, and a
commune that disappears from a newer INSEE vintage must stay for them.
"""

from __future__ import annotations

import csv
import gzip
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.dialects.sqlite import insert

from desktop.models import AppMeta, Commune, CommunePostcode, Departement, Epci, Region
from desktop.paths import RESOURCES_DIR

log = logging.getLogger(__name__)
REFERENCE_DIR = RESOURCES_DIR / "reference"
VERSION_KEY = "reference_data_version"


def shipped_version(folder: Path = REFERENCE_DIR) -> str:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return str(manifest["version"])


def ensure_reference_data(connection: Connection, folder: Path = REFERENCE_DIR) -> bool:
    """Load the reference files unless this database already holds their version.

    Returns:
        Whether anything was loaded.
    """
    version = shipped_version(folder)
    loaded = connection.scalar(select(AppMeta.value).where(AppMeta.key == VERSION_KEY))
    if loaded == version:
        return False
    _upsert(connection, Region.__table__, ["code"], _regions(folder))
    _upsert(connection, Departement.__table__, ["code"], _departements(folder))
    _upsert(connection, Epci.__table__, ["siren"], _epcis(folder))
    communes = list(read_reference(folder, "communes"))
    _upsert(connection, Commune.__table__, ["code"], (_commune(row) for row in communes))
    _upsert(
        connection,
        CommunePostcode.__table__,
        ["postcode", "commune_code"],
        (
            {"postcode": postcode, "commune_code": row["code"]}
            for row in communes
            for postcode in row["codes_postaux"].split()
        ),
    )
    _upsert(connection, AppMeta.__table__, ["key"], [{"key": VERSION_KEY, "value": version}])
    log.info("reference data %s loaded (%d communes)", version, len(communes))
    return True


def read_reference(folder: Path, name: str) -> Iterator[dict[str, str]]:
    """The rows of one shipped reference file; the server loads its territories with it too."""
    with gzip.open(folder / f"{name}.csv.gz", "rt", encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter=";")


def _regions(folder: Path) -> Iterator[dict[str, Any]]:
    for row in read_reference(folder, "regions"):
        yield {"code": row["code"], "name": row["nom"]}


def _departements(folder: Path) -> Iterator[dict[str, Any]]:
    for row in read_reference(folder, "departements"):
        yield {"code": row["code"], "name": row["nom"], "region_code": row["region"]}


def _epcis(folder: Path) -> Iterator[dict[str, Any]]:
    for row in read_reference(folder, "epci"):
        yield {
            "siren": row["siren"],
            "name": row["nom"],
            "kind": row["type"],
            "population": int(row["population"]),
        }


def _commune(row: dict[str, str]) -> dict[str, Any]:
    return {
        "code": row["code"],
        "name": row["nom"],
        "departement_code": row["departement"],
        "region_code": row["region"],
        "epci_siren": row["epci"] or None,
        "population": int(row["population"]) if row["population"] else None,
    }


def _upsert(
    connection: Connection, table: Table, keys: list[str], rows: Any, batch: int = 5000
) -> None:
    rows = list(rows)
    if not rows:
        return
    statement = insert(table)
    values = [column for column in rows[0] if column not in keys]
    statement = (
        statement.on_conflict_do_update(
            index_elements=keys, set_={column: statement.excluded[column] for column in values}
        )
        if values
        else statement.on_conflict_do_nothing(index_elements=keys)
    )
    for start in range(0, len(rows), batch):
        connection.execute(statement, rows[start : start + batch])
