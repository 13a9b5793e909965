"""The case list as the officer filtered it, to CSV or Excel.

The rows are those :mod:`desktop.cases.listing` gives the list (same filters,
same order) and its columns; they are read a page at a time and written as
they come (:mod:`desktop.exporting.tables`), so 100,000 households cost no
more memory than a page.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cases.listing import CaseFilter, CaseRow, SortColumn, household_ids, household_rows
from desktop.exporting.audit import log_export
from desktop.exporting.tables import write_csv, write_workbook
from desktop.i18n import translate
from desktop.storage import Database
from desktop.workflow.status import status_label

PAGE = 500


class ExportFormat(enum.Enum):
    CSV = "csv"
    XLSX = "xlsx"

    @classmethod
    def of(cls, path: Path) -> ExportFormat:
        """The format a file name asks for (``.xlsx`` → XLSX, anything else → CSV)."""
        return cls.XLSX if path.suffix.lower() == ".xlsx" else cls.CSV


def case_list_headers() -> list[str]:
    return [
        translate("Export", "Foyer"),
        translate("Export", "Membres"),
        translate("Export", "Territoire visé"),
        translate("Export", "Statut"),
        translate("Export", "Chargé·e d'accueil"),
        translate("Export", "Dernier contact"),
        translate("Export", "Prochaine relance"),
    ]


def _values(row: CaseRow) -> list[Any]:
    last_contact = row.last_contact_at.astimezone().date() if row.last_contact_at else None
    return [
        row.name,
        row.member_count,
        row.target or "",
        status_label(row.status),
        row.officer or "",
        last_contact,
        row.next_follow_up_on,
    ]


def _pages(database: Database, ids: list[str]) -> Iterator[list[Any]]:
    with database.engine.connect() as connection:
        for start in range(0, len(ids), PAGE):
            page = ids[start : start + PAGE]
            rows = household_rows(connection, page)
            for household_id in page:
                if household_id in rows:
                    yield _values(rows[household_id])


def export_case_list(
    database: Database,
    path: Path,
    case_filter: CaseFilter,
    *,
    sort: SortColumn = SortColumn.NAME,
    descending: bool = False,
    today: date,
    export_format: ExportFormat | None = None,
) -> int:
    """Write the households of ``case_filter`` to ``path``, in list order; returns how many.

    Raises:
        OSError: the file could not be written.
    """
    with database.engine.connect() as connection:
        ids = household_ids(connection, case_filter, sort=sort, descending=descending, today=today)
    return export_households(
        database,
        path,
        ids,
        export_format=export_format,
        details=describe_case_filter(case_filter),
    )


def export_households(
    database: Database,
    path: Path,
    ids: list[str],
    *,
    export_format: ExportFormat | None = None,
    details: str = "",
) -> int:
    """Write the list rows of ``ids`` (hex, as the list model holds them) in that order.

    For the list on screen, which already holds its ids; ``details`` (its
    filters) goes to the export log. Returns the rows written (a household
    deleted meanwhile, by a sync, is left out).

    Raises:
        OSError: the file could not be written.
    """
    written = 0

    def counted() -> Iterator[list[Any]]:
        nonlocal written
        for row in _pages(database, ids):
            written += 1
            yield row

    if (export_format or ExportFormat.of(path)) is ExportFormat.XLSX:
        write_workbook(path, [(translate("Export", "Foyers"), case_list_headers(), counted())])
    else:
        write_csv(path, case_list_headers(), counted())
    log_export(database, "liste des foyers", path, rows=written, details=details)
    return written


def describe_case_filter(case_filter: CaseFilter) -> str:
    """The criteria set, for the log: ``statuses=contacte,nouveau departement=58``."""
    parts = []
    for item in fields(case_filter):
        value = getattr(case_filter, item.name)
        if value in (None, "", False, frozenset()):
            continue
        if isinstance(value, frozenset):
            value = ",".join(sorted(member.value for member in value))
        elif isinstance(value, enum.Enum):
            value = value.value
        parts.append(f"{item.name}={value}")
    return " ".join(parts) or "aucun filtre"
