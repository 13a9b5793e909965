"""Tables written as a French office expects them: CSV for Excel, or a real XLSX.

CSV: UTF-8 with a BOM and ``;`` separated (a French Excel then opens it with
a double click, accents intact), dates 25/11/2026. XLSX: openpyxl's streaming
(write-only) mode, so a 100,000-row sheet costs no more memory than a row;
headers in bold, dates as real dates shown 25/11/2026.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

SHEET_TITLE_LENGTH = 31
"""Excel refuses longer sheet names."""
COLUMN_WIDTH = 22

Sheet = tuple[str, Sequence[str], Iterable[Sequence[Any]]]
"""A sheet to write: its title, its headers, its rows."""


def french_cell(value: Any) -> str:
    """A value as a French spreadsheet shows it: dates 25/11/2026, nothing for ``None``."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        local = value.astimezone() if value.tzinfo else value
        return local.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Raises: OSError, the file could not be written."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(headers)
        for row in rows:
            writer.writerow([french_cell(value) for value in row])


def _cell_value(value: Any) -> Any:
    """Excel has no time zones: an aware moment is written in local time."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    return value


def write_workbook(path: Path, sheets: Sequence[Sheet]) -> None:
    """Raises: OSError, the file could not be written."""
    from openpyxl import Workbook  # noqa: PLC0415 - only an XLSX export pays for openpyxl
    from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415
    from openpyxl.styles import Font  # noqa: PLC0415
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    workbook = Workbook(write_only=True)
    for title, headers, rows in sheets:
        sheet = workbook.create_sheet(title[:SHEET_TITLE_LENGTH])
        for index in range(1, len(headers) + 1):
            sheet.column_dimensions[get_column_letter(index)].width = COLUMN_WIDTH
        header_cells = []
        for header in headers:
            cell = WriteOnlyCell(sheet, value=header)
            cell.font = Font(bold=True)
            header_cells.append(cell)
        sheet.append(header_cells)
        for row in rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=_cell_value(value))
                if isinstance(value, datetime):
                    cell.number_format = "DD/MM/YYYY HH:MM"
                elif isinstance(value, date):
                    cell.number_format = "DD/MM/YYYY"
                cells.append(cell)
            sheet.append(cells)
    workbook.save(path)
