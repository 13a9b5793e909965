"""The audit log on the device: each action leaves one entry, with its author, and stays there."""

from __future__ import annotations

import getpass
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from desktop.audit import AuditAction, record
from desktop.cases.listing import CaseFilter
from desktop.documents import record_prints
from desktop.exporting.case_list import export_case_list
from desktop.exporting.indicators_workbook import export_indicators
from desktop.importing.command import import_text
from desktop.models import AuditEntry, DocumentPrint, DocumentVersion
from desktop.paths import database_path
from desktop.privacy.erasure import erase_household
from desktop.privacy.subject_access import export
from desktop.reporting.indicators import IndicatorFilter, compute_indicators
from desktop.storage import Database
from desktop.sync import state
from tests.documents.factory import add_household
from tests.importing.website_export import registration_rows, write_csv


def entries(database: Database) -> list[AuditEntry]:
    with database.session() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id)))


def sign_in(database: Database) -> uuid.UUID:
    """Store a login as ``escale login`` would, without a server (the author is read from it)."""
    officer_id = uuid.uuid4()
    with database.engine.begin() as connection:
        state.store_account(
            connection,
            state.Account(
                server_url="http://127.0.0.1:9",
                officer_id=officer_id,
                officer_name="Claire Morel",
                officer_email="claire@example.fr",
                token="jeton",
                expires_at="2099-01-01T00:00:00+00:00",
            ),
        )
    return officer_id


def test_an_entry_names_the_signed_in_officer_and_this_device(database: Database) -> None:
    household = uuid.uuid4()
    before = record(database, AuditAction.VIEWED, households=[household])
    officer_id = sign_in(database)
    after = record(database, AuditAction.VIEWED, households=[household])

    first, second = entries(database)
    assert [first.id, second.id] == [*before, *after]
    assert first.officer_id is None  # before the first login: the system user says who
    assert first.officer_name == f"utilisateur système {getpass.getuser()}"
    assert second.officer_id == officer_id
    assert second.officer_name == "Claire Morel <claire@example.fr>"
    with database.engine.connect() as connection:
        device = state.device_id(connection)
    assert first.device_id == second.device_id == device
    assert second.household_id == household
    assert second.sent_at is None
    assert second.at.tzinfo is not None


def test_entries_cannot_be_changed_or_deleted_only_marked_sent(database: Database) -> None:
    [entry_id] = record(database, AuditAction.EXPORTED, file="/tmp/foyers.csv", count=3)
    table = AuditEntry.__table__
    with pytest.raises(IntegrityError, match="append-only"), database.engine.begin() as connection:
        connection.execute(update(table).values(detail="rien"))
    with pytest.raises(IntegrityError, match="append-only"), database.engine.begin() as connection:
        connection.execute(delete(table))
    with database.engine.begin() as connection:
        connection.execute(update(table).values(sent_at=table.c.at))
    [entry] = entries(database)
    assert entry.id == entry_id and entry.detail == "" and entry.sent_at == entry.at


def test_a_print_and_its_entries_commit_together(database: Database) -> None:
    ids = [add_household(database, name=f"Foyer {n}", exchanges=False).household_id for n in (1, 2)]
    with pytest.raises(IntegrityError):  # an unknown household: neither prints nor entries kept
        record_prints(database, [*ids, uuid.uuid4()], DocumentVersion.HOUSEHOLD, None)
    assert entries(database) == []

    record_prints(database, ids, DocumentVersion.INTERNAL, None, file=Path("/tmp/packs.pdf"))
    logged = entries(database)
    assert sorted(entry.household_id for entry in logged) == sorted(ids)
    assert {entry.action for entry in logged} == {AuditAction.PRINTED}
    assert {entry.detail for entry in logged} == {"dossier version=interne"}
    assert {entry.file for entry in logged} == {"/tmp/packs.pdf"}
    with database.session() as session:
        assert len(session.scalars(select(DocumentPrint)).all()) == 2


def test_exports_of_the_list_and_the_indicators_are_logged(
    database: Database, tmp_path: Path
) -> None:
    for name in ("Colin", "Gillet"):
        add_household(database, name=name, exchanges=False)
    officer_id = sign_in(database)
    listing = tmp_path / "foyers.xlsx"
    written = export_case_list(
        database, listing, CaseFilter(departement="58"), today=date(2026, 11, 25)
    )
    with database.engine.connect() as connection:
        indicators = compute_indicators(
            connection, IndicatorFilter(registered_from=date(2020, 1, 1))
        )
    figures = tmp_path / "indicateurs.xlsx"
    export_indicators(database, figures, indicators)

    first, second = entries(database)
    assert first.action is second.action is AuditAction.EXPORTED
    assert (first.file, first.item_count) == (str(listing), written)
    assert written == 2
    assert first.detail == "liste des foyers departement=58"
    assert (second.file, second.item_count) == (str(figures), indicators.registered.households)
    assert second.detail.startswith("indicateurs")
    assert first.officer_id == second.officer_id == officer_id
    assert first.household_id is None
    assert "Colin" not in first.detail + second.detail  # counts and criteria, never names


def test_the_import_command_logs_the_file_and_its_counts(
    data_dir: Path, database: Database, tmp_path: Path
) -> None:
    rows = registration_rows(5, first_day=date(2026, 10, 1), last_day=date(2026, 10, 31))
    rows.append(["32/13/2026", *rows[0][1:]])  # an impossible date: refused
    export = write_csv(tmp_path / "inscriptions.csv", rows)

    for _ in range(2):  # the second time, every line is known
        said = import_text(database_path(data_dir), export, mappings=[], rejects=None)
        assert "lignes refusées" in said

    first, second = entries(database)
    assert first.action is second.action is AuditAction.IMPORTED
    assert first.file == second.file == str(export)
    assert first.item_count == second.item_count == 6
    assert first.detail == "crees=5 fusionnes=0 deja_connus=0 refuses=1"
    assert second.detail == "crees=0 fusionnes=0 deja_connus=5 refuses=1"


def test_an_erasure_is_logged_in_its_own_transaction(database: Database) -> None:
    household = add_household(database, exchanges=False).household_id
    with pytest.raises(RuntimeError), database.transaction() as session:
        erase_household(session, household)
        raise RuntimeError("given up before the commit")
    assert entries(database) == []

    with database.transaction() as session:
        erased = erase_household(session, household)
    [entry] = entries(database)
    assert (entry.action, entry.household_id) == (AuditAction.ERASED, household)
    assert entry.item_count == erased.records


def test_a_households_data_exported_for_them_is_logged(database: Database, tmp_path: Path) -> None:
    household = add_household(database, exchanges=False).household_id
    with database.session() as session:
        _json_path, pdf_path = export(session, household, tmp_path / "accès.pdf")
    [entry] = entries(database)
    assert (entry.action, entry.household_id) == (AuditAction.DATA_EXPORTED, household)
    assert entry.file == str(pdf_path)
