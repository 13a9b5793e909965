"""``escale dossier``: one household or an event's packs, headless, prints recorded."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.models import AuditAction, AuditEntry, DocumentPrint, DocumentVersion
from desktop.paths import database_path
from desktop.storage import open_database
from tests.conftest import TEST_PASSPHRASE
from tests.documents.factory import INTERNAL_NOTE, Sample, add_event, add_household, add_officer
from tests.documents.reading import page_texts, text_of

pytestmark = pytest.mark.usefixtures("escale_passphrase")


@pytest.fixture
def samples(data_dir: Path) -> tuple[uuid.UUID, list[Sample]]:
    database = open_database(database_path(data_dir), TEST_PASSPHRASE)
    try:
        officer = add_officer(database)
        event = add_event(database)
        households = [
            add_household(database, name=name, officer_id=officer, event_id=event)
            for name in ("Aubert", "Bonnet")
        ]
    finally:
        database.close()
    return event, households


def prints(data_dir: Path) -> list[tuple[uuid.UUID, DocumentVersion]]:
    database = open_database(database_path(data_dir), TEST_PASSPHRASE)
    try:
        with database.session() as session:
            return [
                (row.household_id, row.document_version)
                for row in session.scalars(select(DocumentPrint))
            ]
    finally:
        database.close()


@pytest.mark.parametrize("written", [str, lambda value: value.hex, lambda value: value.hex.upper()])
def test_one_households_dossier_by_its_id_as_shown(
    data_dir: Path,
    samples: tuple[uuid.UUID, list[Sample]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    written: object,
) -> None:
    household = samples[1][0]
    target = tmp_path / "aubert.pdf"
    status = main(
        ["dossier", written(household.household_id), "-o", str(target), "--data-dir", str(data_dir)]  # type: ignore[operator]
    )
    assert status == 0, capsys.readouterr().err
    assert "Aubert" in capsys.readouterr().out
    text = text_of(target)
    assert "Aubert" in text and INTERNAL_NOTE not in text
    assert prints(data_dir) == [(household.household_id, DocumentVersion.HOUSEHOLD)]
    assert printed_to(data_dir) == [str(target)]


def printed_to(data_dir: Path) -> list[str | None]:
    """Where each print the audit log holds went, oldest first."""
    database = open_database(database_path(data_dir), TEST_PASSPHRASE)
    try:
        with database.session() as session:
            return list(
                session.scalars(
                    select(AuditEntry.file)
                    .where(AuditEntry.action == AuditAction.PRINTED)
                    .order_by(AuditEntry.at)
                )
            )
    finally:
        database.close()


def test_the_internal_version(
    data_dir: Path, samples: tuple[uuid.UUID, list[Sample]], tmp_path: Path
) -> None:
    household = samples[1][0]
    target = tmp_path / "interne.pdf"
    argv = ["dossier", household.household_id.hex, "--version", "interne", "-o", str(target)]
    assert main([*argv, "--data-dir", str(data_dir)]) == 0
    assert INTERNAL_NOTE in text_of(target)
    assert prints(data_dir) == [(household.household_id, DocumentVersion.INTERNAL)]


def test_an_events_packs_in_one_file_or_one_per_household(
    data_dir: Path,
    samples: tuple[uuid.UUID, list[Sample]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    event, households = samples
    target = tmp_path / "salon.pdf"
    assert (
        main(["dossier", "--event", event.hex, "-o", str(target), "--data-dir", str(data_dir)]) == 0
    )
    assert "2 dossiers d'installation" in capsys.readouterr().out
    pages = page_texts(target)
    assert sum(" page 1 / " in f" {page}" for page in pages) == 2
    folder = tmp_path / "par-foyer"
    argv = ["dossier", "--event", str(event), "-o", str(folder), "--one-file-per-household"]
    assert main([*argv, "--data-dir", str(data_dir)]) == 0
    assert len(list(folder.glob("dossier-*.pdf"))) == 2
    assert sorted(prints(data_dir)) == sorted(
        [(household.household_id, DocumentVersion.HOUSEHOLD) for household in households] * 2
    )
    assert printed_to(data_dir) == [str(target)] * 2 + [str(folder)] * 2


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["dossier", "pas-un-id", "-o", "x.pdf"], "n'est pas un identifiant de foyer"),
        (["dossier", uuid.uuid4().hex, "-o", "x.pdf"], "Aucun foyer n'a l'identifiant"),
        (["dossier", "--event", uuid.uuid4().hex, "-o", "x.pdf"], "Aucun événement"),
        (["dossier", "-o", "x.pdf"], "Donnez soit l'identifiant d'un foyer"),
    ],
)
@pytest.mark.usefixtures("samples")
def test_bad_ids_are_refused_in_french_with_status_2(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    argv = [str(tmp_path / a) if a == "x.pdf" else a for a in argv]
    assert main([*argv, "--data-dir", str(data_dir)]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    assert prints(data_dir) == []


def test_an_unwritable_folder_is_refused_in_french_with_status_2(
    data_dir: Path, samples: tuple[uuid.UUID, list[Sample]], capsys: pytest.CaptureFixture[str]
) -> None:
    household = samples[1][0]
    argv = ["dossier", household.household_id.hex, "-o", "/sys/dossier.pdf"]
    assert main([*argv, "--data-dir", str(data_dir)]) == 2
    assert (
        "Impossible d'écrire /sys/dossier.pdf : permission refusée. Choisissez un autre dossier."
        in capsys.readouterr().err
    )
    assert prints(data_dir) == []
