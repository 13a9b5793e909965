"""The bilan PDF on the 100,000-household demo database, against its figures alone.

``escale report`` computes the indicators (SQL), reads a few names, lays out
the document (charts, a table per territory) and writes it. Each case is the
median of 5, against the floor measured alongside: the same figures computed
alone (:func:`compute_indicators`); the ratio says what the document costs on
top of its figures. Goal: the whole bilan in ≤ 2 s.

    .venv/bin/python bench/bench_report.py [--households 100000] [--data-dir DIR]
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from benchmarking import demo_arguments, demo_data_dir, median_ms
from pypdf import PdfReader

from desktop.documents.bilan import load_bilan, write_bilan
from desktop.paths import database_path
from desktop.reporting.indicators import IndicatorFilter, compute_indicators
from desktop.storage import open_database

GOAL_S = 2.0
RUNS = 5


def main() -> None:
    args = demo_arguments(__doc__.splitlines()[0]).parse_args()
    data_dir = demo_data_dir(args)
    database = open_database(database_path(data_dir))
    today = date.today()
    year = today.year
    filters = {
        "all households": IndicatorFilter(),
        f"registered in {year - 1}": IndicatorFilter(
            registered_from=date(year - 1, 1, 1), registered_to=date(year - 1, 12, 31)
        ),
        "département 58": IndicatorFilter(departement="58"),
    }
    try:
        with tempfile.TemporaryDirectory(prefix="escale-bench-report-") as folder:
            output = Path(folder) / "bilan.pdf"
            for label, flt in filters.items():

                def figures(flt: IndicatorFilter = flt) -> None:
                    with database.engine.connect() as connection:
                        compute_indicators(connection, flt)

                def bilan(flt: IndicatorFilter = flt) -> None:
                    write_bilan(output, load_bilan(database, flt, today=today))

                floor = median_ms(figures, RUNS)
                whole = median_ms(bilan, RUNS)
                pages = len(PdfReader(output).pages)
                verdict = "PASS" if whole <= GOAL_S * 1000 else "FAIL"
                print(
                    f"bilan, {label:<20} {pages:>2} pages: median {whole:5.0f} ms vs its "
                    f"figures alone {floor:4.0f} ms: ×{whole / floor:.1f}  "
                    f"[{verdict} ≤ {GOAL_S:.0f} s]"
                )
    finally:
        database.close()


if __name__ == "__main__":
    main()
