"""Reading a spreadsheet as the website exports it, or as someone re-saved it.

CSV in UTF-8 (with or without BOM) or Windows-1252 (Excel's « CSV » on a
French Windows), separated by ``;`` or ``,``; or an Excel workbook (XLSX),
read in openpyxl's read-only mode, row by row. The format is told by the
content, not the file name. Each row keeps its line number in the file, for
the officer to find it; rows with nothing in them are skipped and counted.
"""

from __future__ import annotations

import contextlib
import csv
import io
import logging
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from desktop.errors import UserFacingError
from desktop.i18n import translate
from desktop.reporting.french_numbers import format_count

log = logging.getLogger(__name__)

Cell = str | int | float | date | datetime | time | None


class ImportFileError(UserFacingError):
    """The file cannot be imported at all (unreadable, not a spreadsheet, columns missing)."""


@dataclass(frozen=True)
class SheetRow:
    line: int
    """The row's line in the file (the header is line 1 when it comes first)."""
    cells: tuple[Cell, ...]


@dataclass
class Sheet:
    """An open spreadsheet: its headers, then its rows as they are read."""

    path: Path
    kind: str
    """``"CSV"`` or ``"XLSX"``."""
    headers: list[str]
    rows: Iterator[SheetRow]
    estimated_rows: int | None
    """Data rows, for a progress bar; an estimate (CSV lines, the sheet's declared size)."""
    encoding: str | None = None
    delimiter: str | None = None

    def describe(self) -> str:
        """« CSV, Windows-1252, séparateur ; » or « XLSX »."""
        if self.kind != "CSV":
            return self.kind
        return translate("Import", "CSV, {encoding}, séparateur « {delimiter} »").format(
            encoding=self.encoding, delimiter=self.delimiter
        )


_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"
_SNIFFED = 4096


@contextlib.contextmanager
def open_sheet(path: Path) -> Iterator[Sheet]:
    """The spreadsheet at ``path``, open while the block runs.

    Raises:
        ImportFileError: missing, empty, not a CSV or XLSX file, or no header row.
    """
    try:
        with path.open("rb") as handle:
            start = handle.read(_SNIFFED)
    except OSError as error:
        raise ImportFileError(
            translate("Import", "Impossible de lire le fichier {path} ({reason}).").format(
                path=path, reason=error.strerror or error
            )
        ) from error
    if not start.strip():
        raise ImportFileError(
            translate(
                "Import",
                "Le fichier {name} est vide. Exportez à nouveau les inscriptions depuis le site.",
            ).format(name=path.name)
        )
    if start.startswith(_OLE):
        raise ImportFileError(
            translate(
                "Import",
                "{name} est un classeur Excel de l'ancien format (.xls). Ouvrez-le dans Excel "
                "ou LibreOffice et enregistrez-le au format .xlsx ou .csv, puis importez-le.",
            ).format(name=path.name)
        )
    if start.startswith(_ZIP):
        with _open_xlsx(path) as sheet:
            yield sheet
        return
    if b"\x00" in start or start.startswith(b"%PDF"):
        raise _not_a_spreadsheet(path)
    yield _open_csv(path)


def _not_a_spreadsheet(path: Path) -> ImportFileError:
    return ImportFileError(
        translate(
            "Import",
            "{name} n'est pas un tableau CSV ou Excel (.xlsx). Importez le fichier exporté "
            "depuis le site, ou enregistrez le tableau au format .csv ou .xlsx.",
        ).format(name=path.name)
    )


def _decode(raw: bytes) -> tuple[str, str]:
    """The text and the name of its encoding: UTF-8 if it decodes as such, else Windows-1252."""
    try:
        return raw.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "ISO-8859-1"


def _delimiter(header_line: str) -> str:
    """The separator the header line uses most, outside quotes (``;`` on a tie)."""
    counts = dict.fromkeys(";,\t", 0)
    quoted = False
    for character in header_line:
        if character == '"':
            quoted = not quoted
        elif not quoted and character in counts:
            counts[character] += 1
    return max(counts, key=lambda separator: (counts[separator], separator == ";"))


def _blank(cells: tuple[Cell, ...]) -> bool:
    return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells)


def _open_csv(path: Path) -> Sheet:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ImportFileError(
            translate("Import", "Impossible de lire le fichier {path} ({reason}).").format(
                path=path, reason=error.strerror or error
            )
        ) from error
    content, encoding = _decode(raw)
    del raw
    first = next((line for line in content.splitlines() if line.strip()), "")
    delimiter = _delimiter(first)
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    rows = _csv_rows(reader)
    header = next(rows, None)
    if header is None:
        raise _no_header(path)
    return Sheet(
        path=path,
        kind="CSV",
        headers=_headers(header.cells),
        rows=rows,
        estimated_rows=max(content.count("\n") - header.line, 0),
        encoding=encoding,
        delimiter="tabulation" if delimiter == "\t" else delimiter,
    )


def _csv_rows(reader: Any) -> Iterator[SheetRow]:
    """Non-blank records, each with the line it starts on (a quoted cell may span lines)."""
    line = 1
    try:
        for record in reader:
            cells = tuple(record)
            if not _blank(cells):
                yield SheetRow(line, cells)
            line = reader.line_num + 1
    except csv.Error as error:  # in practice a cell past csv's limit: an unclosed quote
        log.warning("CSV unreadable from line %d: %s", line, error)
        raise ImportFileError(
            translate(
                "Import",
                "Ligne {line} : le fichier CSV est mal formé, une cellule y dépasse {limit} "
                'caractères. Un guillemet (") non fermé, sur cette ligne ou juste avant, '
                "englobe souvent la suite du fichier : corrigez-le dans un tableur, "
                "enregistrez, puis importez à nouveau. Rien n'a été importé.",
            ).format(line=line, limit=format_count(csv.field_size_limit()))
        ) from error


def _headers(cells: tuple[Cell, ...]) -> list[str]:
    """Header texts, blanks named after their column (« Colonne 7 ») so every one is distinct."""
    headers: list[str] = []
    for index, cell in enumerate(cells, start=1):
        name = str(cell).strip() if cell is not None else ""
        name = name or translate("Import", "Colonne {number}").format(number=index)
        while name in headers:
            name = f"{name} ({index})"
        headers.append(name)
    return headers


def _no_header(path: Path) -> ImportFileError:
    return ImportFileError(
        translate(
            "Import",
            "{name} ne contient aucune ligne : il faut une ligne d'en-têtes puis une ligne "
            "par inscription.",
        ).format(name=path.name)
    )


@contextlib.contextmanager
def _open_xlsx(path: Path) -> Iterator[Sheet]:
    from openpyxl import load_workbook  # noqa: PLC0415 - only an XLSX import pays for openpyxl
    from openpyxl.utils.exceptions import InvalidFileException  # noqa: PLC0415

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise _not_a_spreadsheet(path) from error
    except Exception as error:  # a damaged part: zlib, XML, a number openpyxl cannot read…
        raise _damaged(path, 1, error) from error
    try:
        try:
            sheet = workbook.worksheets[0]
            declared = sheet.max_row
        except Exception as error:  # whatever openpyxl meets in a damaged sheet
            raise _damaged(path, 1, error) from error
        rows = _xlsx_rows(path, sheet.iter_rows(values_only=True))
        header = next(rows, None)
        if header is None:
            raise _no_header(path)
        yield Sheet(
            path=path,
            kind="XLSX",
            headers=_headers(header.cells),
            rows=rows,
            estimated_rows=max(declared - header.line, 0) if declared else None,
        )
    finally:
        workbook.close()


def _xlsx_rows(path: Path, values: Iterator[tuple[Any, ...]]) -> Iterator[SheetRow]:
    """The sheet's non-blank rows; openpyxl reads lazily, so damage shows up here, row by row."""
    line = 0
    while True:
        try:
            cells = next(values)
        except StopIteration:
            return
        except Exception as error:  # whatever openpyxl meets in a damaged sheet
            raise _damaged(path, line + 1, error) from error
        line += 1
        if not _blank(cells):
            yield SheetRow(line, tuple(cells))


def _damaged(path: Path, line: int, error: Exception) -> ImportFileError:
    log.warning("workbook %s unreadable at row %d: %r", path, line, error)
    return ImportFileError(
        translate(
            "Import",
            "{name} est abîmé : Escale ne peut pas le lire (à partir de la ligne {line}). "
            "Rien n'a été importé. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le à "
            "nouveau au format .xlsx ou .csv, puis importez ce fichier.",
        ).format(name=path.name, line=line)
    )
