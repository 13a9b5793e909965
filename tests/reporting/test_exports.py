"""The list and the indicators exported, then read back as Excel would read them."""

from __future__ import annotations

import csv
import logging
import uuid
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from desktop.cases.listing import CaseFilter, SortColumn
from desktop.exporting.case_list import case_list_headers, export_case_list, export_households
from desktop.exporting.indicators_workbook import export_indicators
from desktop.models import Status
from desktop.reporting.indicators import IndicatorFilter, compute_indicators
from desktop.storage import Database
from tests.reporting.test_indicators import TODAY, cases  # noqa: F401 - the eight households

pytestmark = pytest.mark.usefixtures("cases")


def test_the_filtered_list_to_csv_for_french_excel(
    database: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "foyers.csv"
    caplog.set_level(logging.INFO, logger="escale.audit")
    count = export_case_list(
        database,
        path,
        CaseFilter(departement="58", statuses=frozenset({Status.ACCOMPANIED, Status.SETTLED})),
        sort=SortColumn.NAME,
        today=TODAY,
    )
    assert count == 2  # the list's filter is on wishes: Denis wished Dijon (settled in Nevers)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM tells Excel it is UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == case_list_headers()
    assert [(row[0], row[3]) for row in rows[1:]] == [
        ("Colin", "Installé"),
        ("Gillet", "Accompagné"),
    ]
    assert rows[1][1] == "3"
    assert rows[1][2] == "Nevers"
    [entry] = [record.getMessage() for record in caplog.records]
    assert "liste des foyers" in entry and "2 rows" in entry and str(path) in entry
    assert "departement=58" in entry and "statuses=accompagne,installe" in entry


def test_the_list_on_screen_to_xlsx_in_its_order(database: Database, tmp_path: Path) -> None:
    with database.engine.connect() as connection:
        listed = connection.execute(
            text("SELECT household_id, name FROM household_summary ORDER BY member_count, name")
        ).all()
    path = tmp_path / "foyers.xlsx"
    gone = uuid.uuid4().hex  # deleted by a sync since the list was read
    assert export_households(database, path, [gone, *(row[0] for row in listed)]) == 8
    sheet = load_workbook(path, read_only=True).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == tuple(case_list_headers())
    assert [row[0] for row in values[1:]] == [row[1] for row in listed]
    assert all(isinstance(row[1], int) for row in values[1:])


def test_the_indicators_to_xlsx_one_sheet_per_breakdown(database: Database, tmp_path: Path) -> None:
    with database.engine.connect() as connection:
        indicators = compute_indicators(
            connection, IndicatorFilter(registered_from=date(2026, 1, 1))
        )
    path = tmp_path / "indicateurs.xlsx"
    export_indicators(database, path, indicators)
    workbook = load_workbook(path, read_only=True)
    assert workbook.sheetnames == [
        "Chiffres clés",
        "Par département",
        "Par intercommunalité",
        "Installations par mois",
    ]
    headline = {
        (row[0], row[2] or ""): row[1]
        for row in workbook["Chiffres clés"].iter_rows(min_row=2, values_only=True)
    }
    assert headline[("Inscrits", "foyers")] == 7  # Gillet registered in December 2025
    assert headline[("Installés", "personnes")] == 4
    assert headline[("Dépenses annuelles estimées dans la région", "€")] == 60_800
    assert headline[("Foyers concernés", "")] == "foyers inscrits depuis le 01/01/2026"
    departements = list(workbook["Par département"].iter_rows(min_row=2, values_only=True))
    assert departements[0][:3] == ("58", "Nièvre", 3)
    assert departements[-1][:2] == (None, "Territoire non renseigné")  # an empty cell
    months = list(workbook["Installations par mois"].iter_rows(min_row=2, values_only=True))
    assert [(month.date(), households) for month, households, _ in months] == [
        (date(2026, 4, 1), 1),
        (date(2026, 5, 1), 1),
    ]
