"""*Importer des inscriptions…* driven as an officer would, on a file as the coordinator sends it.

The file is a Windows-1252 CSV with semicolons whose headers were renamed by
hand, so the mapping step has work: two columns are chosen with the keyboard
before *Importer* lets the import start. The report shows what was created,
merged, already known, rejected (with the rejected-lines file beside the CSV)
and the possible duplicate, which opens on the household page. An interrupted
import leaves the database as it was.
"""

from __future__ import annotations

import csv
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop.cases.households import HouseholdInput, PersonInput, register_household
from desktop.importing.columns import Column
from desktop.importing.importer import preview_file
from desktop.models import Household, PersonRole, Source, SyncOutbox
from desktop.storage import Database
from desktop.ui.application import create_main_window
from desktop.ui.importing.import_dialog import ImportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import open_settings
from tests.importing.test_import_files import TODAY, column, rows
from tests.importing.website_export import HEADERS, write_csv
from tests.ui.driving import choose, save_as

pytestmark = pytest.mark.usefixtures("french")

RENAMED = {"E-mail": "Adresse du contact", "Consentement": "OK pour être recontacté"}
"""Headers the coordinator renamed: nothing recognises them, the officer says what they are."""


@pytest.fixture
def window(qtbot, database: Database, data_dir: Path) -> MainWindow:
    window = create_main_window(database, open_settings(data_dir), auto_sync=False)
    window.workspace._today = lambda: TODAY
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    qtbot.waitExposed(window)
    return window


def known_households(database: Database) -> dict[str, uuid.UUID]:
    """Dupont of Créteil (a close name will come) and Martin (a line will bring her phone)."""

    def work(session) -> dict[str, uuid.UUID]:
        dupont = register_household(
            session,
            HouseholdInput(
                source=Source.FAIR,
                members=[PersonInput(PersonRole.ADULT, "Jean-Marc", "Dupont", phone="0751223344")],
                origin_commune_code="94028",
            ),
            today=TODAY,
        )
        martin = register_household(
            session,
            HouseholdInput(
                source=Source.FAIR,
                members=[
                    PersonInput(PersonRole.ADULT, "Sophie", "Martin", email="martin@exemple.fr")
                ],
            ),
            today=TODAY,
        )
        return {"dupont": dupont.id, "martin": martin.id}

    return database.write(work)


def messy_file(folder: Path) -> Path:
    """Eight good lines, a close name, a known e-mail, two bad lines, a blank, a repeat."""
    lines = rows(8)
    close = rows(1, start=100)[0]
    close[column("Nom")], close[column("Prénom")] = "Dupond", "Jean Marc"
    close[column("Code postal")], close[column("Commune de résidence")] = "94000", "Créteil"
    known = rows(1, start=200)[0]
    known[column("E-mail")] = "MARTIN@exemple.fr"
    impossible = rows(1, start=300)[0]
    impossible[column("Date d'inscription")] = "31/02/2026"
    bad_email = rows(1, start=400)[0]
    bad_email[column("E-mail")] = "pas-une-adresse"
    blank = [""] * len(HEADERS)
    everything = [*lines, close, known, impossible, bad_email, blank, lines[0]]
    headers = [RENAMED.get(header, header) for header in HEADERS]
    return write_csv(
        folder / "inscriptions salon.csv", everything, headers=headers, encoding="cp1252"
    )


def open_import(qtbot, window: MainWindow, path: Path) -> ImportDialog:
    seen: list[str] = []
    save_as(str(path), seen, "importFileDialog")
    qtbot.mouseClick(window.cases_page.import_button, Qt.MouseButton.LeftButton)
    assert seen == ["importFileDialog"]
    dialog = window.cases_page.files.import_dialog
    assert dialog is not None
    return dialog


def count(database: Database, model: type) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_messy_csv_through_the_mapping_step_to_the_report(
    qtbot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    known = known_households(database)
    window.cases_page.refresh()
    export = messy_file(tmp_path)
    dialog = open_import(qtbot, window, export)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.mapping_page, timeout=10_000)
    assert dialog.file_facts.text().startswith("CSV, Windows-1252, séparateur « ; », 20 colonnes")
    assert dialog.missing.isVisible()
    assert "« Consentement »" in dialog.missing.text()
    assert not dialog.start_button.isEnabled()
    sample = dialog.mapping.item(HEADERS.index("Nom"), 1).text()
    assert sample.startswith(rows(1)[0][column("Nom")])

    choose(qtbot, dialog.mapping.combo_for(RENAMED["Consentement"]), "Consentement (obligatoire)")
    choose(
        qtbot,
        dialog.mapping.combo_for(RENAMED["E-mail"]),
        "E-mail (e-mail ou téléphone obligatoire)",
    )
    assert not dialog.missing.isVisible()
    assert dialog.start_button.isEnabled()
    choose(qtbot, dialog.mapping.combo_for("Profession"), "Code postal")  # a slip of the keyboard
    assert dialog.missing.text() == (
        "« Code postal » est choisie pour plusieurs colonnes du fichier (« Profession », "
        "« Code postal ») : gardez-la pour une seule."
    )
    assert not dialog.start_button.isEnabled()
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new keyboard search
    choose(qtbot, dialog.mapping.combo_for("Profession"), "Profession")
    assert dialog.start_button.isEnabled()

    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    report = dialog.report
    view = dialog.report_view
    assert view.headline.text().startswith("Import terminé : 13 lignes lues en ")
    assert view.counts.text().split("\n") == [
        "• 9 foyers créés",
        "• 1 ligne fusionnée dans un foyer déjà connu (même e-mail ou téléphone)",
        "• 1 ligne déjà présente, sans rien de nouveau",
        "• 2 lignes refusées",
        "• 1 doublon possible à vérifier",
    ]
    rejected = [
        (view.rejected.item(row, 0).text(), view.rejected.item(row, 1).text())
        for row in range(view.rejected.rowCount())
    ]
    assert [line for line, _reason in rejected] == ["12", "13"]
    assert "31/02/2026" in rejected[0][1] and "pas-une-adresse" in rejected[1][1]
    rejects = tmp_path / "inscriptions salon-rejets.csv"
    assert str(rejects) in view.rejects_file.text()
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        saved = list(csv.reader(handle, delimiter=";"))
    assert saved[0][-1] == "Motif du rejet" and len(saved) == 3
    assert [view.tabs.tabText(index) for index in range(view.tabs.count())] == [
        "Refusées (2)",
        "Fusionnées (2)",
        "Doublons possibles (1)",
    ]
    assert view.merged.item(0, 1).text() == "Martin"
    assert report.merged[0].household_id == known["martin"]

    # The dialog stays open, no longer modal: each household is opened beside the report.
    qtbot.waitUntil(lambda: dialog.isVisible() and not dialog.isModal())
    view.tabs.setCurrentIndex(2)
    view.duplicates.selectRow(0)
    qtbot.mouseClick(view.open_existing, Qt.MouseButton.LeftButton)
    assert window.household_page.household_id == known["dupont"]
    qtbot.mouseClick(view.open_imported, Qt.MouseButton.LeftButton)
    assert window.household_page.household_id == report.possible_duplicates[0].household_id

    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.cases_page.files.import_dialog is None)
    window.show_case_list()
    assert window.cases_page.count.text() == "11 foyers"
    # The mapping is remembered for the next file: the renamed headers are known now.
    mapping = preview_file(database, export).mapping
    assert mapping[RENAMED["Consentement"]] is Column.CONSENT
    assert mapping[RENAMED["E-mail"]] is Column.EMAIL


def test_the_dashboard_counts_the_imported_households(
    qtbot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    window.show_page("tableau-de-bord")
    qtbot.waitUntil(lambda: window.dashboard.body.currentWidget() is window.dashboard.empty)
    export = write_csv(tmp_path / "inscriptions.csv", rows(6))
    window.show_page("dossiers")
    dialog = open_import(qtbot, window, export)
    qtbot.waitUntil(lambda: dialog.start_button.isVisible() and dialog.start_button.isEnabled())
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    dialog.close()
    with qtbot.waitSignal(window.dashboard.refreshed, timeout=10_000):
        window.show_page("tableau-de-bord")
    assert dict(window.dashboard.figure_texts())["foyers inscrits"] == "6"


def test_interrupting_leaves_the_database_unchanged(
    qtbot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    export = write_csv(tmp_path / "gros fichier.csv", rows(3_000))
    before = (count(database, Household), count(database, SyncOutbox))
    dialog = open_import(qtbot, window, export)
    qtbot.waitUntil(lambda: dialog.start_button.isVisible() and dialog.start_button.isEnabled())
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isVisible() and not dialog.close_button.isVisible()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=20_000)
    assert "lignes lues sur environ 3" in dialog.progress_label.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.report.cancelled
    assert dialog.report_view.headline.text() == (
        "Import interrompu : rien n'a été importé, la base est telle qu'avant."
    )
    assert (count(database, Household), count(database, SyncOutbox)) == before
    assert not (tmp_path / "gros fichier-rejets.csv").exists()
    dialog.close()


def test_a_file_that_is_no_spreadsheet_is_said_and_another_can_be_chosen(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    pdf = tmp_path / "inscriptions.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    dialog = open_import(qtbot, window, pdf)
    qtbot.waitUntil(dialog.file_problem.isVisible, timeout=10_000)
    assert dialog.file_problem.text().startswith("inscriptions.pdf n'est pas un tableau CSV")
    assert dialog.choose_another.isVisible()
    assert not dialog.start_button.isVisible()

    good = write_csv(tmp_path / "bon fichier.csv", rows(2))
    seen: list[str] = []
    save_as(str(good), seen, "importFileDialog")
    qtbot.mouseClick(dialog.choose_another, Qt.MouseButton.LeftButton)
    assert seen == ["importFileDialog"]
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.mapping_page, timeout=10_000)
    assert dialog.start_button.isEnabled()
    dialog.close()
