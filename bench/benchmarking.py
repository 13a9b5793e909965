"""What the benches share: the 100,000-household demo database they all measure, timings.

The database is built once in the system's temporary folder (about 35 s) and
reused by every later run, migrated first when the schema has moved on since;
``--data-dir`` points at another one. The repository root goes on the import
path, so a bench can reuse the test suite's helpers
(``tests.server.postgres``: a throwaway PostgreSQL cluster).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from time import perf_counter

from desktop.demo import generate_demo
from desktop.paths import database_path
from desktop.storage import Database, open_database

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.append(str(REPO_ROOT))


def demo_arguments(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path)
    return parser


def demo_data_dir(args: argparse.Namespace) -> Path:
    """The data folder of the demo database the arguments name, built if missing."""
    data_dir: Path = (
        args.data_dir or Path(tempfile.gettempdir()) / f"escale-bench-{args.households}"
    )
    if not database_path(data_dir).exists():
        print(f"building the {args.households:,}-household demo database in {data_dir}…")
        # Not ``escale demo``: the command encrypts the database, and the benches read it in clear.
        database = open_database(database_path(data_dir))
        try:
            generate_demo(database, households=args.households)
        finally:
            database.close()
    open_database(database_path(data_dir)).close()  # one built by an older schema is migrated
    return data_dir


def open_demo_copy(args: argparse.Namespace, data_dir: Path) -> Database:
    """A copy of the demo database in ``data_dir``, opened: for a bench that writes."""
    source = database_path(demo_data_dir(args))
    data_dir.mkdir(parents=True, exist_ok=True)
    print(f"copying {source} ({source.stat().st_size / 1e6:.0f} MB)…")
    shutil.copy2(source, database_path(data_dir))
    return open_database(database_path(data_dir))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def median_ms(work: Callable[[], object], runs: int) -> float:
    """The median of ``runs`` calls of ``work``, in milliseconds."""
    times = []
    for _ in range(runs):
        start = perf_counter()
        work()
        times.append((perf_counter() - start) * 1000)
    return statistics.median(times)
