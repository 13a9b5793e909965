"""The audit log written by the real window, driven offscreen as an officer would.

Opening a household from the list is one « consultation », however often the
page repaints; importing the website's file is one « import » with its counts.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, update

from desktop.audit import record
from desktop.models import AuditAction, AuditEntry
from desktop.storage import Database
from desktop.ui.audit_log import AuditLogDialog
from desktop.ui.main_window import MainWindow
from tests.documents.factory import add_household
from tests.importing.test_import_files import TODAY, rows
from tests.importing.website_export import write_csv
from tests.ui.driving import open_main_window
from tests.ui.test_import_dialog import open_import

pytestmark = pytest.mark.usefixtures("french")


@pytest.fixture
def window(qtbot, database: Database, data_dir: Path) -> MainWindow:
    return open_main_window(qtbot, database, data_dir, today=TODAY)


def logged(database: Database) -> list[tuple[AuditAction, uuid.UUID | None]]:
    with database.session() as session:
        return [
            (entry.action, entry.household_id)
            for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.at))
        ]


def open_row(qtbot, window: MainWindow, household_id: uuid.UUID) -> None:
    """Select the household's row in the list and press Entrée, as the officer does."""
    cases = window.cases_page
    row = next(
        number
        for number in range(cases.model.rowCount())
        if cases.model.household_id(number) == household_id
    )
    cases.table.setFocus()
    cases.table.setCurrentIndex(cases.model.index(row, 0))
    qtbot.keyClick(cases.table, Qt.Key.Key_Return)
    assert window.household_page.household_id == household_id


def test_opening_a_household_is_logged_once_per_opening(
    qtbot, window: MainWindow, database: Database
) -> None:
    first = add_household(database, name="Colin", exchanges=False).household_id
    second = add_household(database, name="Gillet", exchanges=False).household_id
    window.workspace.households_changed.emit()
    qtbot.waitUntil(lambda: window.cases_page.model.rowCount() == 2)
    assert logged(database) == []

    open_row(qtbot, window, first)
    page = window.household_page
    for width in (1100, 1300):  # repaints and relayouts are not openings
        window.resize(width, 850)
        page.repaint()
        qtbot.wait(20)
    assert logged(database) == [(AuditAction.VIEWED, first)]

    page.back_button.click()
    assert window.cases_stack.currentWidget() is window.cases_page
    open_row(qtbot, window, second)
    page.back_button.click()
    open_row(qtbot, window, first)
    assert logged(database) == [
        (AuditAction.VIEWED, first),
        (AuditAction.VIEWED, second),
        (AuditAction.VIEWED, first),
    ]


def test_an_import_from_the_dialog_is_logged_with_its_counts(
    qtbot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    export = write_csv(tmp_path / "inscriptions.csv", rows(6))
    dialog = open_import(qtbot, window, export)
    qtbot.waitUntil(lambda: dialog.start_button.isVisible() and dialog.start_button.isEnabled())
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    dialog.close()

    with database.session() as session:
        [entry] = session.scalars(select(AuditEntry)).all()
    assert entry.action is AuditAction.IMPORTED
    assert entry.file == str(export)
    assert entry.item_count == 6
    assert entry.detail == "crees=6 fusionnes=0 deja_connus=0 refuses=0"
    assert entry.household_id is None


def test_the_journal_shows_the_entries_latest_first_and_whether_they_left(
    qtbot, database: Database
) -> None:
    household = add_household(database, name="Colin", exchanges=False).household_id
    [viewed] = record(database, AuditAction.VIEWED, households=[household])
    record(database, AuditAction.PRINTED, households=[uuid.uuid4()], detail="dossier version=foyer")
    record(database, AuditAction.EXPORTED, file="/media/cle/foyers.xlsx", count=12000)
    table = AuditEntry.__table__
    with database.engine.begin() as connection:
        connection.execute(update(table).where(table.c.id == viewed).values(sent_at=table.c.at))

    dialog = AuditLogDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model

    def row(number: int) -> list[str]:
        return [model.index(number, column).data() for column in range(model.columnCount())]

    assert model.rowCount() == 3
    exported, printed, opened = row(0), row(1), row(2)
    assert exported[2:7] == ["Export", "", "12\u202f000", "/media/cle/foyers.xlsx", ""]
    assert exported[7] == "en attente"
    assert printed[2:4] == ["Impression", "(n'est plus sur ce poste)"]
    assert opened[2:4] == ["Consultation", "Colin"]
    assert opened[7].startswith("reçue le ")
    assert dialog.summary.text() == "3 entrées, dont 2 en attente d'envoi au serveur."


def test_the_journal_opens_from_the_file_menu_with_the_openings_just_made(
    qtbot, window: MainWindow, database: Database
) -> None:
    household = add_household(database, name="Colin", exchanges=False).household_id
    window.workspace.households_changed.emit()
    qtbot.waitUntil(lambda: window.cases_page.model.rowCount() == 1)
    open_row(qtbot, window, household)

    window.audit_log_action.trigger()
    dialog = window.findChild(AuditLogDialog, "auditLogDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == 1
    assert [dialog.model.index(0, column).data() for column in (2, 3, 7)] == [
        "Consultation",
        "Colin",
        "en attente",
    ]
    dialog.close()
