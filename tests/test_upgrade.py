"""Installing a new Escale over the first release keeps every case and every unsent change.

``tests/fixtures/release-1.sqlite`` was written by the first released code
(schema ``0004_document_print``, commit 97486d5) with
``tools/make_upgrade_fixture.py``: 33 households with their members, needs,
exchanges, follow-ups, offers, events and a recorded print, an officer's login
to a server, and 21 changes still waiting in the outbox. Each test opens a copy
with today's :func:`open_database`, as the new version does at its first start.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.models import Household, SyncOutbox
from desktop.paths import database_path
from desktop.storage import migrate, open_database
from desktop.sync import state
from desktop.sync.account import login
from desktop.sync.run import sync_logged_in
from tests.conftest import TEST_PASSPHRASE
from tests.real_server import PASSWORD
from tests.sync.live import cheap_password_hashes, make_server_template, officer, served

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "release-1.sqlite"
RELEASE_REVISION = "0004_document_print"
REFERENCE_TABLES = {"region", "departement", "epci", "commune", "commune_postcode"}
DERIVED_PREFIXES = ("household_search", "household_summary", "sqlite_", "alembic_version")
REFERENCE_VERSION_KEY = "reference_data_version"
BFC_DEPARTEMENTS = ("21", "25", "39", "58", "70", "71", "89", "90")

Rows = dict[str, set[tuple[Any, ...]]]


def read_tables(path: Path, columns: dict[str, list[str]] | None = None) -> Rows:
    """Every row of the case tables (not the reference nor the derived ones), as sets.

    With ``columns``, only those tables and columns are read: the release's, to
    compare them after an upgrade that may have added some.
    """
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return read_rows(connection, columns)
    finally:
        connection.close()


def read_rows(connection: Any, columns: dict[str, list[str]] | None = None) -> Rows:
    """:func:`read_tables` over an open DB-API connection (plain SQLite or SQLCipher)."""
    if columns is None:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if name not in REFERENCE_TABLES and not name.startswith(DERIVED_PREFIXES)
        ]
        columns = {
            table: [row[1] for row in connection.execute(f"PRAGMA table_info('{table}')")]
            for table in tables
        }
    rows: Rows = {}
    for table, names in columns.items():
        selected = ", ".join(f'"{name}"' for name in names)
        rows[table] = set(connection.execute(f'SELECT {selected} FROM "{table}"').fetchall())
    return rows


def assert_every_release_row_kept(after: Rows) -> None:
    before = read_tables(FIXTURE)
    before["app_meta"] = {row for row in before["app_meta"] if row[0] != REFERENCE_VERSION_KEY}
    after["app_meta"] = {row for row in after["app_meta"] if row[0] != REFERENCE_VERSION_KEY}
    for table, rows in before.items():
        missing = rows - after[table]
        assert not missing, f"{table}: {len(missing)} of {len(rows)} rows lost or changed"


def release_columns() -> dict[str, list[str]]:
    connection = sqlite3.connect(f"{FIXTURE.as_uri()}?mode=ro", uri=True)
    try:
        return {
            table: [row[1] for row in connection.execute(f"PRAGMA table_info('{table}')")]
            for table in read_tables(FIXTURE)
        }
    finally:
        connection.close()


def outbox_entries(path: Path) -> list[tuple[str, str, str, Any, int, bool]]:
    """(change id, table, record id, fields, base version, deleted) in queue order."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return outbox_rows(connection)
    finally:
        connection.close()


def outbox_rows(connection: Any) -> list[tuple[str, str, str, Any, int, bool]]:
    return [
        (change_id, table, record_id, json.loads(fields), base_version, bool(deleted))
        for change_id, table, record_id, fields, base_version, deleted in connection.execute(
            "SELECT change_id, table_name, record_id, fields, base_version, deleted "
            "FROM sync_outbox ORDER BY device_seq"
        )
    ]


@pytest.fixture
def upgraded_copy(tmp_path: Path) -> Path:
    """A data folder holding a copy of the first release's database, not opened yet."""
    folder = tmp_path / "donnees"
    folder.mkdir()
    shutil.copy2(FIXTURE, database_path(folder))
    return folder


def test_the_fixture_is_a_small_first_release_database() -> None:
    assert FIXTURE.stat().st_size < 2_000_000
    connection = sqlite3.connect(f"{FIXTURE.as_uri()}?mode=ro", uri=True)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (RELEASE_REVISION,)
        ]
    finally:
        connection.close()
    rows = read_tables(FIXTURE)
    assert len(rows["household"]) == 33
    for table in ("person", "need", "interaction", "follow_up", "event", "offer", "partner"):
        assert rows[table], f"the fixture has no {table}"
    assert len(rows["document_print"]) == 1
    assert len(outbox_entries(FIXTURE)) == 21


def test_every_record_survives_the_upgrade_to_head(upgraded_copy: Path) -> None:
    database = open_database(database_path(upgraded_copy))
    try:
        with database.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
            communes = connection.exec_driver_sql("SELECT count(*) FROM commune").scalar()
            assert communes is not None and communes > 30_000  # the reference was reloaded
        with database.session() as session:
            names = set(session.scalars(select(Household.name)))
            assert {"Moreau", "Garnier", "Nguyen"} <= names
            nguyen = session.scalars(select(Household).where(Household.name == "Nguyen")).one()
            assert nguyen.housing_budget_eur == 900
    finally:
        database.close()

    assert_every_release_row_kept(read_tables(database_path(upgraded_copy), release_columns()))
    backup = upgraded_copy / f"escale.db.avant-{RELEASE_REVISION}.bak"
    assert read_tables(backup) == read_tables(FIXTURE)


def test_the_outbox_and_the_login_are_intact(upgraded_copy: Path) -> None:
    queued = outbox_entries(FIXTURE)
    database = open_database(database_path(upgraded_copy))
    try:
        with database.engine.connect() as connection:
            account = state.account(connection)
        with database.session() as session:
            tables = {entry.table_name for entry in session.scalars(select(SyncOutbox))}
    finally:
        database.close()
    assert outbox_entries(database_path(upgraded_copy)) == queued
    assert {"household", "person", "need", "interaction", "follow_up", "document_print"} <= tables
    assert account is not None
    assert account.server_url == "https://escale.region-bfc.invalid"
    assert account.officer_email == "ana.martin@region-bfc.example.fr"
    assert account.token == "jeton-de-la-premiere-version"


def test_the_unsent_changes_reach_the_real_server_after_the_upgrade(
    upgraded_copy: Path, tmp_path: Path
) -> None:
    queued = outbox_entries(FIXTURE)
    template = make_server_template(tmp_path)
    database = open_database(database_path(upgraded_copy))
    try:
        with served(template, tmp_path) as (url, db_url), cheap_password_hashes():
            officer(db_url, "ana.martin@region-bfc.example.fr", *BFC_DEPARTEMENTS, name="Ana")
            login(database.engine, url, "ana.martin@region-bfc.example.fr", PASSWORD)
            report = sync_logged_in(database)
            assert report.error is None, report.error
            assert report.rejections == []
            assert (report.pushed, report.rejected) == (len(queued), 0)
            server = sqlite3.connect(db_url.removeprefix("sqlite:///"))
            try:
                applied = dict(server.execute("SELECT change_id, status FROM applied_change"))
                stored = set(server.execute("SELECT table_name, id FROM record"))
            finally:
                server.close()
        for change_id, table, record_id, *_ in queued:
            assert applied.get(uuid.UUID(change_id).hex) == "applied", change_id
            assert (table, uuid.UUID(record_id).hex) in stored
        assert outbox_entries(database_path(upgraded_copy)) == []
    finally:
        database.close()


def test_opened_with_a_passphrase_it_is_encrypted_with_every_record_and_change(
    upgraded_copy: Path,
) -> None:
    """The first start of a version with encryption at rest: plain → encrypted, nothing lost."""
    path = database_path(upgraded_copy)
    database = open_database(path, passphrase=TEST_PASSPHRASE)
    try:
        with database.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
            raw = connection.connection.driver_connection
            after = read_rows(raw, release_columns())
            queued = outbox_rows(raw)
            account = state.account(connection)
    finally:
        database.close()
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert_every_release_row_kept(after)
    assert queued == outbox_entries(FIXTURE)
    assert account is not None
    assert account.token == "jeton-de-la-premiere-version"
