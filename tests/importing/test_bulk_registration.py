"""The import's bulk path writes what the case form's path writes, byte for byte.

The same file is imported into one database (plain rows and their outbox
entries, :mod:`desktop.importing.bulk`) and, line by line, registered with
:func:`~desktop.cases.households.register_household` into another (ORM objects,
outbox filled by the flush hook). Every stored column and every outbox entry
must be the same, ids and write times aside: a column added to a model, or a
value the two paths would store differently, fails here.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Integer,
    MetaData,
    String,
    Table,
    Uuid,
    create_engine,
    insert,
)
from sqlalchemy import Column as SqlColumn

from desktop.cases.households import register_household
from desktop.importing.bulk import _Rows
from desktop.importing.columns import guess_mapping
from desktop.importing.geography import geography_of
from desktop.importing.importer import import_registrations
from desktop.importing.reading import open_sheet
from desktop.importing.rows import RowReader
from desktop.models import PersonRole
from desktop.models.base import UtcDateTime, enum_column
from desktop.paths import database_path
from desktop.storage import Database, open_database
from tests.importing.website_export import HEADERS, registration_rows, write_csv

TODAY = date(2026, 11, 25)
TABLES = ("household", "person", "household_target", "status_change")
WRITE_TIMES = {"updated_at"}


EXTRA = ["Pays", "Date d'arrivée souhaitée", "Profession du conjoint"]


def varied_lines() -> list[list[str]]:
    """Every shape of family the generator makes, plus the cells the generator leaves alone."""
    lines = [
        [*line, "", "", ""]
        for line in registration_rows(12, first_day=date(2026, 1, 5), last_day=date(2026, 11, 20))
    ]
    at = [*HEADERS, *EXTRA].index
    lines[0][at("Pays")], lines[0][at("Code postal")] = "Belgique", ""
    lines[0][at("Commune de résidence")] = "Bruxelles"
    lines[1][at("Code postal")], lines[1][at("Commune de résidence")] = "", ""
    lines[2][at("Territoires souhaités")] = "Jura ; 200067106 ; Dole (39) ; Nevers"
    lines[3][at("Année de naissance")] = ""
    lines[4][at("Nom du conjoint")], lines[4][at("Prénom du conjoint")] = "Martin", "Léa"
    lines[4][at("Profession du conjoint")] = "Sage-femme"
    lines[5][at("E-mail")] = ""
    lines[6][at("Téléphone")] = ""
    lines[7][at("Budget logement")] = "1 200 000 €"
    lines[8][at("Projet")], lines[8][at("Date d'arrivée souhaitée")] = "", "1er sept. 2027"
    lines[9][at("Logement recherché")] = ""
    lines[10][at("Version du consentement")] = ""
    lines[11][at("Date d'arrivée souhaitée")] = "01/03/2027"
    return lines


def stored(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every row of the written tables as SQLite holds it, by table."""
    connection = sqlite3.connect(path)
    try:
        tables = {}
        for table in (*TABLES, "sync_outbox"):
            cursor = connection.execute(f"SELECT * FROM {table}")
            names = [column[0] for column in cursor.description]
            tables[table] = [dict(zip(names, row, strict=True)) for row in cursor]
        return tables
    finally:
        connection.close()


def canonical(tables: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The rows with every id replaced by where it sits (household n, its person k…).

    Households are told apart by their line's e-mail or phone; their records by
    what the form gives them (role and name, wish rank).
    """
    names: dict[str, str] = {}
    contact = {}
    for person in tables["person"]:
        if person["email"] or person["phone"]:
            contact[person["household_id"]] = (person["email"] or "", person["phone"] or "")
    households = sorted(tables["household"], key=lambda row: contact[row["id"]])
    for number, household in enumerate(households):
        names[household["id"]] = f"household {number}"
    for table, key in (
        ("person", lambda row: (row["role"], row["first_name"], row["last_name"])),
        ("household_target", lambda row: (row["rank"],)),
        ("status_change", lambda row: (row["changed_at"],)),
    ):
        for row in tables[table]:
            names[row["id"]] = f"{table} of {names[row['household_id']]} {key(row)}"

    def renamed(row: dict[str, Any]) -> dict[str, Any]:
        return {
            name: names.get(value, value) if isinstance(value, str) else value
            for name, value in row.items()
            if name not in WRITE_TIMES
        }

    result: dict[str, Any] = {
        table: sorted((renamed(row) for row in tables[table]), key=lambda row: row["id"])
        for table in TABLES
    }
    entries = []
    for entry in tables["sync_outbox"]:
        fields = json.loads(entry["fields"])
        entries.append(
            {
                "table_name": entry["table_name"],
                "record_id": names[entry["record_id"]],
                "household_id": names[entry["household_id"]],
                "base_version": entry["base_version"],
                "deleted": entry["deleted"],
                "fields": {
                    name: names.get(value, value) if isinstance(value, str) else value
                    for name, value in fields.items()
                },
            }
        )
    result["sync_outbox"] = sorted(entries, key=lambda entry: entry["record_id"])
    return result


def shapes(rows: list[dict[str, Any]]) -> dict[str, set[tuple[str, int | None]]]:
    """How each column is stored: its SQLite type, and its length for ids, clocks and times."""
    sized = {"change_id", "record_id", "household_id", "hlc", "created_at"}
    return {
        name: {
            (type(row[name]).__name__, len(row[name]) if name in sized and row[name] else None)
            for row in rows
        }
        for name in rows[0]
    }


def registered_one_by_one(database: Database, export: Path) -> int:
    """Each line of ``export`` through the case form's ``register_household``."""
    with open_sheet(export) as sheet:
        mapping = guess_mapping(sheet.headers)
        positions = {
            column: sheet.headers.index(header)
            for header, column in mapping.items()
            if column is not None
        }
        reader = RowReader(positions, geography_of(database), TODAY)
        parsed = [reader.read(row.line, row.cells) for row in sheet.rows]
    with database.transaction() as session:
        for row in parsed:
            register_household(session, row.household, today=TODAY, registered_at=row.registered_at)
    return len(parsed)


def test_bulk_rows_and_outbox_entries_are_those_of_the_case_form(
    database: Database, tmp_path: Path, template_database: Path
) -> None:
    export = write_csv(
        tmp_path / "site.csv", varied_lines(), headers=[*HEADERS, *EXTRA], encoding="cp1252"
    )
    report = import_registrations(database, export, today=TODAY)
    assert (len(report.created), report.rejected) == (12, [])

    other_path = database_path(tmp_path / "form")
    other_path.parent.mkdir()
    shutil.copy2(template_database, other_path)
    other = open_database(other_path)
    try:
        assert registered_one_by_one(other, export) == 12
    finally:
        other.close()
    database.close()

    bulk, form = stored(database.path), stored(other_path)
    assert len(bulk["sync_outbox"]) == len(form["sync_outbox"]) > 12 * 3
    assert canonical(bulk) == canonical(form)
    assert shapes(bulk["sync_outbox"]) == shapes(form["sync_outbox"])
    for tables in (bulk, form):  # clocks and sequence numbers follow each other
        entries = sorted(tables["sync_outbox"], key=lambda entry: entry["device_seq"])
        assert [entry["device_seq"] for entry in entries] == list(range(1, len(entries) + 1))
        clocks = [entry["hlc"] for entry in entries]
        assert clocks == sorted(clocks) and len(set(clocks)) == len(clocks)


def test_each_column_type_is_stored_as_sqlalchemy_stores_it() -> None:
    """Every type the bulk path knows, ``None`` included, against SQLAlchemy's own insert."""
    metadata = MetaData()
    table = Table(
        "sample",
        metadata,
        SqlColumn("id", Uuid, primary_key=True),
        SqlColumn("at", UtcDateTime, nullable=True),
        SqlColumn("day", Date, nullable=True),
        SqlColumn("kind", enum_column(PersonRole), nullable=True),
        SqlColumn("tags", JSON, nullable=True),
        SqlColumn("flag", Boolean, nullable=True),
        SqlColumn("count", Integer, nullable=True),
        SqlColumn("label", String(20), nullable=True),
    )
    values = [
        {
            "id": uuid.uuid4(),
            "at": datetime(2026, 3, 14, 18, 5, 7, 123, tzinfo=UTC),
            "day": date(2026, 11, 25),
            "kind": PersonRole.CHILD,
            "tags": ["retraite", "é"],
            "flag": True,
            "count": 3,
            "label": "Hélène",
        },
        {"id": uuid.uuid4(), **dict.fromkeys(("at", "day", "kind", "tags", "flag", "count"))},
    ]
    values[1]["label"] = None
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    rows = _Rows(table)
    with engine.begin() as connection:
        for row in values:
            connection.execute(insert(table), row)
        by_sqlalchemy = connection.exec_driver_sql("SELECT * FROM sample ORDER BY rowid").all()
        connection.exec_driver_sql("DELETE FROM sample")
        connection.exec_driver_sql(rows.sql, [rows.stored(dict(row))[1] for row in values])
        by_bulk = connection.exec_driver_sql("SELECT * FROM sample ORDER BY rowid").all()
    assert by_bulk == by_sqlalchemy
    assert by_bulk[1][4] == "null"  # JSON None is the JSON text null, as SQLAlchemy writes it
