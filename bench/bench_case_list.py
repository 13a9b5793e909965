"""The case list on the 100,000-household demo database.

All ids in order plus the first screen of rows, for every sort column
(goal: ≤ 300 ms). The search, and the list filtered by it, are measured by
``bench_search.py``, which reuses this demo database.

    .venv/bin/python bench/bench_case_list.py [--households 100000] [--data-dir DIR]

Without ``--data-dir`` the demo database is built once in the system's
temporary folder and reused by later runs.
"""

from __future__ import annotations

import argparse
import tempfile
from datetime import date
from pathlib import Path
from time import perf_counter

from desktop.cases.listing import CaseFilter, SortColumn, household_ids, household_rows
from desktop.cli import main as escale
from desktop.paths import database_path
from desktop.storage import open_database


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def ensure_demo(data_dir: Path, households: int) -> None:
    if not database_path(data_dir).exists():
        print(f"building the {households:,}-household demo database in {data_dir}…")
        escale(["demo", "--data-dir", str(data_dir), "--households", str(households)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.gettempdir()) / f"escale-bench-{args.households}"
    ensure_demo(data_dir, args.households)
    database = open_database(database_path(data_dir))
    today = date.today()
    with database.engine.connect() as connection:
        for sort in SortColumn:
            start = perf_counter()
            ids = household_ids(connection, CaseFilter(), sort=sort, today=today)
            household_rows(connection, ids[:60])
            elapsed = (perf_counter() - start) * 1000
            print(
                f"list sorted by {sort.name:<15} {len(ids):>7,} ids + first rows: {elapsed:6.0f} ms"
            )
        start = perf_counter()
        ids = household_ids(connection, CaseFilter(search="mar"), today=today)
        elapsed = (perf_counter() - start) * 1000
        print(f"list filtered by search 'mar': {len(ids):,} ids in {elapsed:.0f} ms")
    database.close()


if __name__ == "__main__":
    main()
