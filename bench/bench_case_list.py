"""The case list on the 100,000-household demo database.

All ids in order plus the first screen of rows, for every sort column
(goal: ≤ 300 ms). The search, and the list filtered by it, are measured by
``bench_search.py``, which reuses this demo database.

    .venv/bin/python bench/bench_case_list.py [--households 100000] [--data-dir DIR]

Without ``--data-dir`` the demo database is built once in the system's
temporary folder and reused by later runs.
"""

from __future__ import annotations

from datetime import date
from time import perf_counter

from benchmarking import demo_arguments, demo_data_dir

from desktop.cases.listing import CaseFilter, SortColumn, household_ids, household_rows
from desktop.paths import database_path
from desktop.storage import open_database


def main() -> None:
    args = demo_arguments(__doc__.splitlines()[0]).parse_args()
    data_dir = demo_data_dir(args)
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
