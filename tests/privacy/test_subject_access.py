"""Right of access: the JSON holds every column of every record, the PDF reads in French."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop.documents.output import OutputError
from desktop.documents.prints import record_print
from desktop.models import (
    ConsentChannel,
    DocumentVersion,
    Household,
    Settlement,
    Status,
    StatusChange,
)
from desktop.privacy.subject_access import SECTIONS, collect, export
from desktop.storage import Database
from desktop.sync.codec import household_tables
from tests.documents.factory import (
    FOLLOW_UP_TEXT,
    INTERNAL_NOTE,
    NEED_NOTE,
    PUBLIC_EXCHANGE,
    REFERRAL_NOTE,
    add_household,
    add_officer,
)
from tests.documents.reading import text_of


def _complete_household(database: Database) -> uuid.UUID:
    """A household with at least one record in every household-scoped table."""
    officer = add_officer(database, "Zoé Marchal")
    sample = add_household(database, officer_id=officer)
    with database.transaction() as session:
        household = session.get_one(Household, sample.household_id)
        household.consent_at = datetime(2026, 11, 14, 10, tzinfo=UTC)
        household.consent_version = "2025-01"
        household.consent_channel = ConsentChannel.FAIR
        session.add_all(
            [
                StatusChange(
                    household_id=household.id,
                    from_status=Status.CONTACTED,
                    to_status=Status.ACCOMPANIED,
                    reason="Projet mûr, financement obtenu",
                    officer_id=officer,
                ),
                Settlement(
                    household_id=household.id,
                    moved_on=date(2026, 11, 1),
                    commune_code="58095",
                    adults=1,
                    children=1,
                    children_schooled=1,
                ),
            ]
        )
    record_print(database, sample.household_id, DocumentVersion.INTERNAL, officer)
    return sample.household_id


def test_the_json_holds_every_column_of_every_record_of_the_household(
    database: Database, tmp_path: Path
) -> None:
    household_id = _complete_household(database)
    assert set(SECTIONS) == set(household_tables()), "a household table missing from the export"
    json_path, pdf_path = export(database.session(), household_id, tmp_path / "foyer.pdf")
    assert json_path == tmp_path / "foyer.json"
    exported = json.loads(json_path.read_text(encoding="utf-8"))
    assert exported["household_id"] == household_id.hex
    for name, table in household_tables().items():
        rows = exported["records"][name]
        assert rows, f"no {name} exported"
        for row in rows:
            assert set(row) == {column.name for column in table.columns}, name
    household = exported["records"]["household"][0]
    assert household["name"] == "Lefèvre – N'Diaye"
    assert household["consent_channel"] == "salon"
    assert household["consent_at"].startswith("2026-11-14T10:00")
    texts = json.dumps(exported, ensure_ascii=False)
    for text in (INTERNAL_NOTE, NEED_NOTE, REFERRAL_NOTE, FOLLOW_UP_TEXT, PUBLIC_EXCHANGE):
        assert text in texts
    assert len(exported["records"]["person"]) == 2
    assert exported["names"][household["officer_id"]] == "Zoé Marchal"
    assert pdf_path.exists()


def test_the_pdf_reads_names_members_and_exchanges_with_their_accents(
    database: Database, tmp_path: Path
) -> None:
    household_id = _complete_household(database)
    with database.session() as session:
        access = collect(session.connection(), household_id)
    _json_path, pdf_path = export(database.session(), household_id, tmp_path / "accès.pdf")
    text = text_of(pdf_path)
    for expected in (
        "Données détenues sur le foyer Lefèvre – N'Diaye",
        "Hélène",
        "Noé",
        "helene.lefevre@example.fr",
        "Infirmière de nuit",
        "Échanges (2)",
        "Membres (2)",
        INTERNAL_NOTE,
        PUBLIC_EXCHANGE,
        "Zoé Marchal",
        "Infirmier·ère de nuit (H/F) – CDI – Decize",
        "Projet mûr, financement obtenu",
        "Enfants scolarisés",
        "Élémentaire",
    ):
        assert expected in text, expected
    assert access.records["interaction"][0]["summary"] == INTERNAL_NOTE  # oldest first
    flat = text.replace("\n", "")
    for person in access.records["person"]:  # each record's id, as the JSON gives it
        assert f"Identifiant{person['id']}" in flat.replace(" ", ""), person["id"]
    assert f"Identifiant{household_id.hex}" in flat.replace(" ", "")


def test_an_unwritable_folder_is_refused_in_french_and_nothing_is_written(
    database: Database, tmp_path: Path
) -> None:
    household_id = _complete_household(database)
    missing = tmp_path / "clé-retirée"
    with pytest.raises(OutputError) as refused:
        export(database.session(), household_id, missing / "foyer.pdf")
    assert "Impossible d'écrire" in str(refused.value)
    assert not missing.exists()
