"""Welcome packs in batch from the *Dossiers* list: the event's households or a selection.

Real households registered at a fair, the real list page and batch dialog,
the real file dialog, packs rendered in the worker (two processes for the
event's ten households) and read back with pypdf: one pack per household,
each on its own pages, recorded as printed. *Interrompre* leaves no file.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import select

from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.models import (
    DocumentPrint,
    DocumentVersion,
    Event,
    EventKind,
    PersonRole,
    Source,
    TerritoryKind,
)
from desktop.storage import Database
from desktop.ui.cases_page import CasesPage
from desktop.ui.documents.packs_dialog import WelcomePacksDialog
from desktop.ui.workspace import Workspace
from tests.ui.driving import choose, save_as, tick

pytestmark = pytest.mark.usefixtures("french")

TODAY = date(2026, 11, 25)
NAMES = ["Arnaud", "Bérard", "Chevalier", "Dubois", "Émery", "Fournier", "Garnier", "Hébert",
         "Imbert", "Joly"]  # fmt: skip


@pytest.fixture
def fair(database: Database) -> uuid.UUID:
    with database.transaction() as session:
        event = Event(
            id=uuid.uuid4(),
            name="Salon Vivre en Bourgogne-Franche-Comté",
            kind=EventKind.FAIR,
            place="Paris, porte de Versailles",
            starts_on=date(2026, 11, 21),
            ends_on=date(2026, 11, 22),
        )
        session.add(event)
        for name in NAMES:
            register_household(
                session,
                HouseholdInput(
                    source=Source.FAIR,
                    event_id=event.id,
                    members=[
                        PersonInput(PersonRole.ADULT, "Camille", name, email=f"{name}@example.fr")
                    ],
                    targets=[TargetInput(TerritoryKind.COMMUNE, "58194")],
                ),
                today=TODAY,
            )
    return event.id


@pytest.fixture
def page(qtbot, database: Database, fair: uuid.UUID) -> CasesPage:
    page = CasesPage(Workspace(database, today=lambda: TODAY))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def open_dialog(qtbot, page: CasesPage) -> WelcomePacksDialog:
    qtbot.mouseClick(page.packs_button, Qt.MouseButton.LeftButton)
    dialog = page.packs_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def recorded(database: Database) -> list[tuple[uuid.UUID, DocumentVersion]]:
    with database.session() as session:
        return [
            (row.household_id, row.document_version)
            for row in session.scalars(select(DocumentPrint))
        ]


def test_the_packs_of_a_fair_go_in_one_pdf_each_on_its_own_pages(
    qtbot, page: CasesPage, database: Database, tmp_path: Path
) -> None:
    choose(qtbot, page.event_filter, "Salon Vivre en Bourgogne-Franche-Comté")
    qtbot.waitUntil(lambda: page.model.rowCount() == len(NAMES))
    dialog = open_dialog(qtbot, page)
    assert not dialog.selection_choice.isEnabled()  # nothing selected in the list
    assert dialog.event_choice.isChecked()
    assert "(10)" in dialog.event_choice.text()

    target = tmp_path / "packs du salon.pdf"
    seen: list[str] = []
    save_as(str(target), seen, "savePacksDialog")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=60_000)
    assert seen == ["savePacksDialog"]
    assert dialog.progress.value() == len(NAMES)

    pages = [page_.extract_text() for page_ in PdfReader(target).pages]
    firsts = [number for number, text in enumerate(pages) if "page 1 / " in text]
    assert len(firsts) == len(NAMES)  # each pack opens on a new page, numbered on its own
    assert firsts[0] == 0 and len(pages) > len(NAMES)
    for name in NAMES:
        assert sum(name.upper() in text.upper() for text in pages) >= 1
    assert "10 pack(s)" in dialog.outcome.text()
    assert sorted(version.value for _id, version in recorded(database)) == ["foyer"] * 10
    assert dialog.open_button.isVisible()


def test_a_selection_can_go_one_file_per_household(
    qtbot, page: CasesPage, database: Database, tmp_path: Path
) -> None:
    qtbot.waitUntil(lambda: page.model.rowCount() == len(NAMES))
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (1, 4):
        selection.select(page.model.index(row, 0), flags)
    chosen = page.selected_households()
    assert len(chosen) == 2
    dialog = open_dialog(qtbot, page)
    assert dialog.selection_choice.isChecked() and not dialog.event_choice.isVisible()
    tick(qtbot, dialog.one_file_each)
    assert dialog.one_file_each.isChecked()
    folder = tmp_path / "packs"
    folder.mkdir()
    seen: list[str] = []
    save_as(str(folder), seen, "packsFolderDialog")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=60_000)
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 2
    assert {household_id for household_id, _version in recorded(database)} == set(chosen)


def test_interrompre_stops_and_leaves_no_file(
    qtbot, page: CasesPage, database: Database, tmp_path: Path
) -> None:
    choose(qtbot, page.event_filter, "Salon Vivre en Bourgogne-Franche-Comté")
    dialog = open_dialog(qtbot, page)
    out = tmp_path / "sortie"
    out.mkdir()
    target = out / "interrompu.pdf"
    save_as(str(target), [], "savePacksDialog")
    dialog.progress.valueChanged.connect(lambda _value: dialog.cancel_button.click())
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=60_000)
    assert dialog.result_.cancelled
    assert not target.exists()
    assert list(out.iterdir()) == []  # no half-written part left either
    assert dialog.outcome.text() == "Interrompu : aucun fichier n'a été écrit."
    assert recorded(database) == []
