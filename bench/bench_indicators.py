"""The programme's indicators on the 100,000-household demo database, against a peer scan.

Three filters, as the dashboard and ``escale stats`` use them: all households,
one département, one year of registrations. Each is the median of 7, against
its peer measured alongside: one ``GROUP BY status`` of the case summary over
the same households, the least any count of them could cost. Goal: every
variant in ≤ 300 ms.

    .venv/bin/python bench/bench_indicators.py [--households 100000] [--data-dir DIR]
"""

from __future__ import annotations

from datetime import date

from benchmarking import demo_arguments, demo_data_dir, median_ms
from sqlalchemy import Connection, text

from desktop.dates import local_day_start_utc
from desktop.paths import database_path
from desktop.reporting.indicators import IndicatorFilter, compute_indicators
from desktop.storage import open_database

GOAL_MS = 300.0
RUNS = 7


def _stored(day: date) -> str:
    """The start of a local day as ``registered_at`` stores it (naive UTC)."""
    return local_day_start_utc(day).replace(tzinfo=None).isoformat(" ", "microseconds")


def main() -> None:
    args = demo_arguments(__doc__.splitlines()[0]).parse_args()
    database = open_database(database_path(demo_data_dir(args)))
    year = date.today().year - 1
    scan = "SELECT status, count(*), sum(member_count) FROM household_summary"
    variants: dict[str, tuple[IndicatorFilter, str, dict[str, str]]] = {
        "all households": (IndicatorFilter(), f"{scan} GROUP BY status", {}),
        "département 58": (
            IndicatorFilter(departement="58"),
            f"{scan} WHERE target_departement = :dep GROUP BY status",
            {"dep": "58"},
        ),
        f"registered in {year}": (
            IndicatorFilter(registered_from=date(year, 1, 1), registered_to=date(year, 12, 31)),
            f"{scan} WHERE registered_at >= :start AND registered_at < :end GROUP BY status",
            {"start": _stored(date(year, 1, 1)), "end": _stored(date(year + 1, 1, 1))},
        ),
    }
    try:
        with database.engine.connect() as connection:
            for label, (flt, peer, params) in variants.items():

                def figures(connection: Connection = connection, flt: IndicatorFilter = flt):
                    return compute_indicators(connection, flt)

                def floor(connection: Connection = connection, sql: str = peer, p=params):
                    return connection.execute(text(sql), p).all()

                households = figures().registered.households
                base = median_ms(floor, RUNS)
                median = median_ms(figures, RUNS)
                verdict = "PASS" if median <= GOAL_MS else "FAIL"
                print(
                    f"indicators, {label:<20} {households:>7,} households: median "
                    f"{median:5.0f} ms vs one GROUP BY scan of them {base:4.0f} ms: "
                    f"×{median / base:.1f}  [{verdict} ≤ {GOAL_MS:.0f} ms]"
                )
    finally:
        database.close()


if __name__ == "__main__":
    main()
