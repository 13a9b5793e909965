"""Upgrades keep every case: the first released schema, with data, migrates to head intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from desktop.errors import DatabaseOpenError
from desktop.models import Base
from desktop.storage import migrate, open_database
from desktop.storage.reference_data import ensure_reference_data

FIRST_RELEASED = "0001_initial"
SAMPLE = Path(__file__).parent / "fixtures" / "schema_0001_sample.sql"


def make_first_release_database(path: Path, *, with_reference_data: bool = True) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        migrate.upgrade(connection, FIRST_RELEASED)
        if with_reference_data:  # as every database of that release had
            ensure_reference_data(connection)
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.executescript(SAMPLE.read_text(encoding="utf-8"))
    connection.close()


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every case table, as the first release wrote them."""
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'household_search%' AND name <> 'household_summary' "
            "AND name NOT LIKE 'sync_%' "
            "AND name NOT IN ('alembic_version', 'app_meta', 'region', 'departement', 'epci', "
            "'commune', 'commune_postcode')"
        )
    ]
    result = {}
    for table in sorted(tables):
        rows = connection.execute(f'SELECT * FROM "{table}" ORDER BY id').fetchall()
        result[table] = [tuple(sorted(dict(row).items())) for row in rows]
    connection.close()
    return result


def test_first_release_database_upgrades_to_head_with_nothing_lost(tmp_path: Path) -> None:
    path = tmp_path / "escale.db"
    make_first_release_database(path)
    before = dump(path)
    assert sum(len(rows) for rows in before.values()) == 15

    database = open_database(path)
    with database.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
    database.close()

    after = dump(path)
    for table, rows in before.items():
        kept = [
            tuple(item for item in row if item[0] in dict(rows[0])) for row in after[table]
        ]  # columns added since keep their defaults; every original value must be there
        assert kept == rows, table
    with sqlite3.connect(path) as connection:
        found = connection.execute(
            "SELECT rowid FROM household_search WHERE household_search MATCH '\"helene\"*'"
        ).fetchall()
    connection.close()
    assert len(found) == 1, "households of the first release are searchable after the upgrade"


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'head.db'}")
    with engine.begin() as connection:
        migrate.upgrade(connection)
        context = MigrationContext.configure(
            connection, opts={"include_object": migrate.include_object}
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_opening_runs_the_migrations_on_a_new_file(tmp_path: Path) -> None:
    database = open_database(tmp_path / "new" / "escale.db")
    with database.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    database.close()


def test_an_upgrade_that_would_break_references_is_rolled_back_whole(tmp_path: Path) -> None:
    path = tmp_path / "escale.db"
    make_first_release_database(path, with_reference_data=False)  # communes missing
    before = dump(path)

    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)

    assert "La mise à jour de la base" in caught.value.message
    with sqlite3.connect(path) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert revision == FIRST_RELEASED
    assert "household_summary" not in tables
    assert dump(path) == before
    assert list(tmp_path.glob("escale.db.avant-*.bak"))
