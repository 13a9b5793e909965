"""How fast ``escale demo`` fills a database, against SQLite's own floor.

The baseline inserts the very rows the demo wrote, table by table, with plain
``sqlite3`` ``executemany`` into a fresh database of the same schema: what is left
of the demo's time above it is the cost of making the data up. ``escale demo``
writes an encrypted database, as every ``escale`` command does (its passphrase
from ``ESCALE_PASSPHRASE``); the empty database subtracted from its time is
encrypted too, the baseline's is plain.

    .venv/bin/python bench/bench_demo.py [--households 100000] [--seed 1]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from pathlib import Path
from time import perf_counter

from desktop.cli import main as escale
from desktop.demo.generator import DEMO_CACHE_KIB, DEMO_TABLES
from desktop.models import Base
from desktop.paths import database_path
from desktop.storage import open_database
from desktop.storage.encryption import Cipher, connect

PASSPHRASE = "phrase secrète du banc"


def _connect(path: Path) -> sqlite3.Connection:
    """A connection set up as Escale sets up its own, plus the demo's page cache."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute(f"PRAGMA cache_size = -{DEMO_CACHE_KIB}")
    return connection


def _empty_database(folder: Path, passphrase: str | None = None) -> tuple[Path, float]:
    start = perf_counter()
    open_database(database_path(folder), passphrase).close()
    return database_path(folder), perf_counter() - start


def _baseline(source_path: Path, target_path: Path) -> tuple[int, float]:
    """Copy every demo row into ``target_path`` in one transaction.

    Timed: the inserts, the commit and the close (its WAL checkpoint), which the
    demo pays too; not the reads from the demo database.
    """
    source = connect(source_path, Cipher.for_file(source_path, PASSPHRASE))
    target = _connect(target_path)
    rows_total = 0
    seconds = 0.0
    try:
        target.execute("BEGIN")
        for table in Base.metadata.sorted_tables:
            if table.name not in DEMO_TABLES:
                continue
            names = [column.name for column in table.columns]
            rows = source.execute(f"SELECT {', '.join(names)} FROM {table.name}").fetchall()
            sql = (
                f"INSERT INTO {table.name} ({', '.join(names)}) "
                f"VALUES ({', '.join('?' for _ in names)})"
            )
            start = perf_counter()
            target.executemany(sql, rows)
            seconds += perf_counter() - start
            rows_total += len(rows)
        start = perf_counter()
        target.execute("COMMIT")
        target.close()
        seconds += perf_counter() - start
    finally:
        source.close()
        target.close()
    return rows_total, seconds


def _size_mb(path: Path) -> float:
    files = [path, path.with_name(path.name + "-wal")]
    return sum(f.stat().st_size for f in files if f.exists()) / 1_000_000


def run(households: int, seed: int) -> None:
    with tempfile.TemporaryDirectory(prefix="escale-bench-") as tmp:
        root = Path(tmp)
        _, empty_seconds = _empty_database(root / "empty", PASSPHRASE)
        os.environ["ESCALE_PASSPHRASE"] = PASSPHRASE

        demo_folder = root / "demo"
        start = perf_counter()
        code = escale(
            [
                "demo",
                "--data-dir",
                str(demo_folder),
                "--households",
                str(households),
                "--seed",
                str(seed),
            ]
        )
        demo_seconds = perf_counter() - start
        if code != 0:
            raise SystemExit(f"escale demo failed with exit status {code}")
        demo_path = database_path(demo_folder)
        size = _size_mb(demo_path)

        baseline_path, _ = _empty_database(root / "baseline")
        rows, baseline_seconds = _baseline(demo_path, baseline_path)

    generation_seconds = demo_seconds - empty_seconds
    print(f"households                     {households:>12,}")
    print(f"rows written (demo tables)     {rows:>12,}")
    print(f"database size                  {size:>12.1f} MB")
    _timing("escale demo, via the CLI", demo_seconds, rows)
    print(f"  of which new empty database  {empty_seconds:>12.2f} s   (migrations, communes)")
    _timing("  demo data alone", generation_seconds, rows)
    _timing("baseline sqlite3 executemany", baseline_seconds, rows)
    print(f"ratio demo / baseline          {demo_seconds / baseline_seconds:>12.2f}")
    print(f"ratio demo data / baseline     {generation_seconds / baseline_seconds:>12.2f}")


def _timing(label: str, seconds: float, rows: int) -> None:
    print(f"{label:<30} {seconds:>12.2f} s   {rows / seconds:>10,.0f} rows/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}")
    run(args.households, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
