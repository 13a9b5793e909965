"""*Imprimer le dossier* from the household page: preview, pages and zoom, save as PDF, recorded.

The preview shows the real PDF rendered from the household; *Enregistrer en
PDF* goes through the real file dialog, and the file written is read back with
pypdf: the household's version carries the family's name and not the internal
note. A folder that cannot be written is said in French and nothing is
recorded; with no printer installed, *Imprimer…* offers to save instead.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.cases.timeline import log_interaction
from desktop.models import (
    AuditAction,
    AuditEntry,
    Channel,
    DocumentPrint,
    DocumentVersion,
    PersonRole,
    Source,
    TerritoryKind,
)
from desktop.storage import Database
from desktop.ui.main_window import MainWindow
from tests.ui.driving import answer, open_main_window, save_as

pytestmark = pytest.mark.usefixtures("french")

TODAY = date(2026, 11, 25)
INTERNAL_NOTE = "Couple en désaccord sur le calendrier"


@pytest.fixture
def household_id(database: Database, officer_id: uuid.UUID) -> uuid.UUID:
    data = HouseholdInput(
        source=Source.WEBSITE,
        members=[
            PersonInput(PersonRole.ADULT, "Hélène", "Lefèvre", email="helene@example.fr"),
            PersonInput(PersonRole.ADULT, "Karim", "Benali"),
        ],
        targets=[TargetInput(TerritoryKind.COMMUNE, "58194")],
    )
    with database.transaction() as session:
        household = register_household(session, data, today=TODAY)
        log_interaction(
            session,
            household.id,
            channel=Channel.NOTE,
            summary=INTERNAL_NOTE,
            internal=True,
            officer_id=officer_id,
            today=TODAY,
        )
    return household.id


@pytest.fixture
def window(qtbot, database: Database, data_dir: Path, officer_id: uuid.UUID) -> MainWindow:
    return open_main_window(qtbot, database, data_dir, officer_id=officer_id)


def open_preview(qtbot, window: MainWindow, household_id: uuid.UUID, key: str = "Ctrl+P"):
    window.workspace.open_household(household_id)
    page = window.household_page
    qtbot.waitUntil(lambda: page.isVisible() and page.household_id == household_id)
    page.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier
    if "Shift" in key:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(page, Qt.Key.Key_P, modifiers)
    qtbot.waitUntil(lambda: page.printing.preview is not None and page.printing.preview.isVisible())
    return page.printing.preview


def prints(database: Database) -> list[tuple[uuid.UUID, DocumentVersion, uuid.UUID | None]]:
    with database.session() as session:
        return [
            (row.household_id, row.document_version, row.officer_id)
            for row in session.scalars(select(DocumentPrint))
        ]


def test_the_preview_opens_and_saving_as_pdf_writes_the_households_version(
    qtbot, window: MainWindow, database: Database, household_id: uuid.UUID, tmp_path
) -> None:
    preview = open_preview(qtbot, window, household_id)
    assert preview.windowTitle().startswith("Dossier du foyer — ")
    assert "Lefèvre" in preview.windowTitle()
    assert preview.document.pageCount() >= 2
    assert preview.page.value() == 1 and not preview.previous_button.isEnabled()

    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.page.value() == 2)
    assert preview.current_page() == 1 and preview.previous_button.isEnabled()
    before = preview.view.zoomFactor()
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomFactor() > before
    assert preview.zoom.currentText() != "Pleine largeur"

    target = tmp_path / "remis au foyer.pdf"
    seen: list[str] = []
    save_as(str(target), seen)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert seen == ["savePdfDialog"]
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Lefèvre" in text and "Hélène" in text
    assert INTERNAL_NOTE not in text
    officer_id = window.workspace.officer_id
    assert officer_id is not None
    assert prints(database) == [(household_id, DocumentVersion.HOUSEHOLD, officer_id)]
    with database.session() as session:
        logged = session.scalars(
            select(AuditEntry.file).where(AuditEntry.action == AuditAction.PRINTED)
        ).all()
    assert logged == [str(target)]  # the audit log says where the copy went


def test_the_internal_version_carries_the_note_and_is_recorded_as_such(
    qtbot, window: MainWindow, database: Database, household_id: uuid.UUID, tmp_path
) -> None:
    preview = open_preview(qtbot, window, household_id, key="Ctrl+Shift+P")
    assert "interne" in preview.windowTitle()
    target = tmp_path / "interne.pdf"
    seen: list[str] = []
    save_as(str(target), seen)
    preview.save()
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert INTERNAL_NOTE in text.replace("\n", " ")
    assert [version for _id, version, _officer in prints(database)] == [DocumentVersion.INTERNAL]


def test_a_folder_that_cannot_be_written_is_said_and_nothing_is_recorded(
    qtbot, window: MainWindow, database: Database, household_id: uuid.UUID, tmp_path
) -> None:
    preview = open_preview(qtbot, window, household_id)
    blocker = tmp_path / "un-fichier"
    blocker.write_text("pas un dossier")
    seen: list[str] = []
    save_as(str(blocker / "dossier.pdf"), seen)
    answer("documentErrorBox", "okButton", seen)
    assert preview.save() is None
    assert seen == ["savePdfDialog", "documentErrorBox"]
    assert prints(database) == []
    assert preview.isVisible()  # the officer can choose another folder


def test_with_no_printer_print_offers_to_save_instead(
    qtbot, window: MainWindow, database: Database, household_id: uuid.UUID, tmp_path
) -> None:
    preview = open_preview(qtbot, window, household_id)
    seen: list[str] = []
    answer("noPrinterBox", "saveInstead", seen)
    save_as(str(tmp_path / "pour-imprimer.pdf"), seen)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert seen == ["noPrinterBox", "savePdfDialog"]
    assert PdfReader(tmp_path / "pour-imprimer.pdf").pages
    assert len(prints(database)) == 1
