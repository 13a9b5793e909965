"""Print records: written with their outbox entry, and accepted by the regional server."""

from __future__ import annotations

import shutil
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.documents import record_print, record_prints, signed_in_officer
from desktop.models import (
    DocumentPrint,
    DocumentVersion,
    PersonRole,
    Source,
    SyncOutbox,
    TerritoryKind,
)
from desktop.paths import database_path
from desktop.storage import Database, open_database
from desktop.sync import state
from desktop.sync.account import login
from desktop.sync.engine import sync_once
from desktop.sync.transport import Transport
from tests.documents.factory import add_household
from tests.real_server import PASSWORD, Server


def test_a_print_is_recorded_with_its_outbox_entry(database: Database) -> None:
    sample = add_household(database, exchanges=False)
    record_id = record_print(database, sample.household_id, DocumentVersion.INTERNAL, None)
    with database.session() as session:
        record = session.get_one(DocumentPrint, record_id)
        assert record.household_id == sample.household_id
        assert record.document_version is DocumentVersion.INTERNAL
        assert record.printed_at.tzinfo is not None
        entry = session.scalars(select(SyncOutbox).where(SyncOutbox.record_id == record_id)).one()
    assert entry.table_name == "document_print"
    assert entry.household_id == sample.household_id
    assert entry.fields["document_version"] == "interne"


def test_a_batch_is_recorded_in_one_transaction(database: Database) -> None:
    ids = [
        add_household(database, name=f"Foyer {n}", exchanges=False).household_id for n in range(3)
    ]
    with pytest.raises(IntegrityError):  # an unknown household: nothing of the batch is kept
        record_prints(database, [*ids, uuid.uuid4()], DocumentVersion.HOUSEHOLD, None)
    with database.session() as session:
        assert session.scalars(select(DocumentPrint)).all() == []
    record_prints(database, ids, DocumentVersion.HOUSEHOLD, None)
    with database.session() as session:
        assert sorted(session.scalars(select(DocumentPrint.household_id))) == sorted(ids)


def test_the_regional_server_accepts_print_records(
    tmp_path: Path, template_database: Path, server: Server
) -> None:
    server.add_officer("claire@example.fr", "Claire Martin", "58")
    folder = tmp_path / "poste"
    folder.mkdir()
    shutil.copy2(template_database, database_path(folder))
    database = open_database(database_path(folder))
    try:
        login(database.engine, server.url, "claire@example.fr", PASSWORD)
        data = HouseholdInput(
            source=Source.FAIR,
            members=[PersonInput(PersonRole.ADULT, "Claire", "Martin", phone="0612345678")],
            targets=[TargetInput(TerritoryKind.COMMUNE, "58194")],
        )
        with database.transaction() as session:
            household_id = register_household(session, data, today=date(2026, 11, 25)).id
        with database.engine.connect() as connection:
            account = state.account(connection)
        assert account is not None
        with Transport(account.server_url, account.token) as transport:
            first = sync_once(database, transport)
        assert first.error is None and first.rejected == 0
        officer_id = signed_in_officer(database)
        assert officer_id == account.officer_id, "the officer's record came with the sync"
        record_print(database, household_id, DocumentVersion.HOUSEHOLD, officer_id)
        with Transport(account.server_url, account.token) as transport:
            report = sync_once(database, transport)
        assert report.error is None
        assert (report.pushed, report.rejected) == (1, 0)
    finally:
        database.close()
