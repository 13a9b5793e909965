"""The rejected-rows file: the lines refused, as they were, with the reason beside each.

The officer opens it in Excel, fixes the cells the « Motif du rejet » column
names, saves, and imports it again: the same headers come back (that extra
column is ignored), so the same mapping applies. UTF-8 with a BOM and ``;``:
what a French Excel opens without an import dialog.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.importing.columns import REJECTION_HEADER, header_key
from desktop.importing.reading import Cell
from desktop.importing.rows import cell_text


@dataclass(frozen=True)
class RejectedLine:
    line: int
    """Its line in the imported file."""
    reason: str
    cells: tuple[Cell, ...]


def default_rejects_path(source: Path) -> Path:
    """``inscriptions.csv`` → ``inscriptions-rejets.csv`` beside it."""
    return source.with_name(f"{source.stem}-rejets.csv")


def write_rejects(path: Path, headers: Sequence[str], rejected: Sequence[RejectedLine]) -> None:
    """Write ``rejected`` under the file's own headers plus « Motif du rejet ».

    Raises:
        OSError: the file could not be written (the caller says so to the officer).
    """
    width = len(headers)
    keys = [header_key(header) for header in headers]
    previous = (
        keys.index(header_key(REJECTION_HEADER)) if header_key(REJECTION_HEADER) in keys else None
    )
    names = list(headers) if previous is not None else [*headers, REJECTION_HEADER]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(names)
        for line in rejected:
            cells = [cell_text(cell) for cell in line.cells[:width]]
            cells += [""] * (width - len(cells))
            if previous is None:
                cells.append(line.reason)
            else:  # a rejected-rows file imported again: its reason column gets the new reason
                cells[previous] = line.reason
            writer.writerow(cells)
