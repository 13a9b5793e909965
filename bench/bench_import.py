"""Importing the website's export, each case against a floor measured alongside.

1. A 12,000-line CSV (Windows-1252, ``;``) imported into a fresh database, with
   duplicate detection (goal: ≤ 10 s), against the floor: the very rows the
   import wrote (households, members, wishes, history, sync outbox) copied
   with plain ``sqlite3`` ``executemany`` into another fresh database, the
   list's derived tables left aside.
2. The same lines as an XLSX, against openpyxl reading the file alone.
3. The CSV imported a second time (nothing to add), against ``csv`` reading it.

The indicators are measured by ``bench/bench_indicators.py``.

    .venv/bin/python bench/bench_import.py [--lines 12000]
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
import tempfile
from datetime import date, timedelta
from pathlib import Path
from time import perf_counter

from benchmarking import demo_arguments

from desktop.cases.derived import SUSPENSION_KEY
from desktop.importing.importer import import_registrations
from desktop.paths import database_path
from desktop.storage import open_database
from tests.importing.website_export import registration_rows, write_csv, write_xlsx

IMPORT_GOAL_S = 10.0
WRITTEN_TABLES = ("household", "person", "household_target", "status_change", "sync_outbox")


def _fresh(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    shutil.copy2(template, database_path(folder))
    return database_path(folder)


def _floor(source: Path, target: Path) -> float:
    """Seconds to insert the rows the import wrote, table by table, in one transaction."""
    reader = sqlite3.connect(source)
    writer = sqlite3.connect(target, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA synchronous = NORMAL")
    tables = {}
    for table in WRITTEN_TABLES:
        names = [row[1] for row in reader.execute(f"PRAGMA table_info({table})")]
        rows = reader.execute(f"SELECT {', '.join(names)} FROM {table}").fetchall()
        tables[table] = (names, rows)
    start = perf_counter()
    writer.execute("BEGIN")
    writer.execute("PRAGMA defer_foreign_keys = ON")
    # The list's derived tables are not the floor's business (the import refreshes them).
    writer.execute(f"INSERT INTO app_meta (key, value) VALUES ('{SUSPENSION_KEY}', '1')")
    for table, (names, rows) in tables.items():
        marks = ", ".join("?" for _ in names)
        writer.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", rows)
    writer.execute(f"DELETE FROM app_meta WHERE key = '{SUSPENSION_KEY}'")
    writer.execute("COMMIT")
    writer.close()
    seconds = perf_counter() - start
    reader.close()
    return seconds


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def bench_import(lines: int, work: Path) -> None:
    template_folder = work / "template"
    open_database(database_path(template_folder)).close()
    template = database_path(template_folder)
    today = date.today()
    rows = registration_rows(lines, first_day=today - timedelta(days=365), last_day=today)
    export = write_csv(work / "inscriptions.csv", rows, encoding="cp1252")
    workbook = write_xlsx(work / "inscriptions.xlsx", rows)

    database = open_database(_fresh(template, work / "csv"))
    start = perf_counter()
    report = import_registrations(database, export, today=today)
    csv_seconds = perf_counter() - start
    database.close()
    floor = _floor(database_path(work / "csv"), _fresh(template, work / "floor"))
    print(
        f"import {lines:,} CSV lines: {csv_seconds:5.1f} s ({lines / csv_seconds:,.0f} lines/s; "
        f"{len(report.created):,} created, {len(report.possible_duplicates):,} possible "
        f"duplicates) vs executemany of the same rows {floor:.2f} s: "
        f"×{csv_seconds / floor:.1f}  "
        f"[{_verdict(csv_seconds <= IMPORT_GOAL_S)} ≤ {IMPORT_GOAL_S:.0f} s]"
    )

    database = open_database(_fresh(template, work / "xlsx"))
    start = perf_counter()
    import_registrations(database, workbook, today=today)
    xlsx_seconds = perf_counter() - start
    database.close()
    from openpyxl import load_workbook

    start = perf_counter()
    opened = load_workbook(workbook, read_only=True)
    read = sum(1 for _ in opened.worksheets[0].iter_rows(values_only=True))
    opened.close()
    reading = perf_counter() - start
    print(
        f"import {lines:,} XLSX lines: {xlsx_seconds:5.1f} s ({lines / xlsx_seconds:,.0f} lines/s) "
        f"vs openpyxl reading its {read:,} rows {reading:.2f} s: ×{xlsx_seconds / reading:.1f}"
    )

    database = open_database(database_path(work / "csv"))
    start = perf_counter()
    again = import_registrations(database, export, today=today)
    twice = perf_counter() - start
    database.close()
    start = perf_counter()
    with export.open(encoding="cp1252", newline="") as handle:
        parsed = sum(1 for _ in csv.reader(handle, delimiter=";"))
    parsing = perf_counter() - start
    print(
        f"same CSV again: {twice:5.1f} s ({len(again.already_known):,} lines already known, "
        f"{len(again.created)} created) vs csv reading its {parsed:,} lines {parsing:.3f} s: "
        f"×{twice / parsing:.0f}"
    )


def main() -> None:
    parser = demo_arguments(__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=12_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="escale-bench-import-") as folder:
        bench_import(args.lines, Path(folder))


if __name__ == "__main__":
    main()
