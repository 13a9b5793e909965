"""*Exporter la liste…* on the *Dossiers* page: the list as filtered and sorted, read back."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt

from desktop.storage import Database
from desktop.ui.cases_page import CasesPage
from desktop.ui.settings import open_settings
from desktop.ui.workspace import Workspace
from tests.ui.driving import choose, save_as
from tests.ui.test_cases_page import add_household

pytestmark = pytest.mark.usefixtures("french")


@pytest.fixture
def page(qtbot, database: Database, data_dir: Path) -> CasesPage:
    for name, commune in (
        ("Arnaud", "58194"),
        ("Blanc", "21231"),
        ("Colin", "58194"),
        ("Lefèvre", "58095"),
    ):
        add_household(database, name, commune=commune)
    page = CasesPage(Workspace(database, settings=open_settings(data_dir)))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def export(qtbot, page: CasesPage, typed: str) -> str:
    seen: list[str] = []
    save_as(typed, seen, "exportListDialog")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert seen == ["exportListDialog"]
    qtbot.waitUntil(lambda: page.files.export.box is not None, timeout=10_000)
    box = page.files.export.box
    assert box.objectName() == "exportDoneBox"
    text = box.text()
    box.close()
    qtbot.waitUntil(lambda: not page.files.export.busy)
    return text


def test_the_filtered_list_to_csv_in_its_order(qtbot, page: CasesPage, tmp_path: Path) -> None:
    choose(qtbot, page.departement_filter, "58 – Nièvre")
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 0))
    assert page.model.sort_order()[1]  # the second click on « Foyer »: Z to A
    target = tmp_path / "nievre.csv"
    message = export(qtbot, page, str(target))
    assert message == f"3 foyers exportés dans {target}."
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert [row[0] for row in rows[1:]] == ["Lefèvre", "Colin", "Arnaud"]


def test_a_name_without_extension_gets_the_excel_format(
    qtbot, page: CasesPage, tmp_path: Path
) -> None:
    message = export(qtbot, page, str(tmp_path / "tous les foyers"))
    target = tmp_path / "tous les foyers.xlsx"
    assert message == f"4 foyers exportés dans {target}."
    sheet = load_workbook(target, read_only=True).worksheets[0]
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert names == ["Arnaud", "Blanc", "Colin", "Lefèvre"]


def _section_centre(header, index: int) -> QPoint:
    x = header.sectionViewportPosition(index) + header.sectionSize(index) // 2
    return QPoint(x, header.height() // 2)
