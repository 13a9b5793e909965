"""The cost of encryption at rest: search and first sync with SQLCipher against plain SQLite.

Same data, same code, the only difference the file (goal: SQLCipher at most 1.3× the
plain time):

- **search**: the 50 prefixes of ``bench_search.py`` on the 100,000-household demo
  database and on an encrypted copy of it (made once beside it, with
  ``open_database``'s own encryption of a plain file, and reused), each query
  timed on both in turn: :func:`search_households` (the 50 best matches) and
  the case list opened on the same text (every matching id sorted, the first
  screen of rows), median of three after a warm-up;
- **first sync**: the first sync of 12,000 demo households from ``escale-server
  serve --workers 4`` on a throwaway PostgreSQL (seeded as ``bench_sync.py``
  does, with its functions), into a fresh plain device and a fresh encrypted one,
  alternating (``--sync-runs`` rounds, one by default: a round takes minutes on a
  loaded machine; the best of each is kept).

Exits with status 1 when a ratio misses the goal.

    .venv/bin/python bench/bench_encryption.py [--households 100000] [--sync-households 12000]
        [--sync-runs 1]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import bench_sync
from bench_search import PREFIXES, SCREEN, timed
from benchmarking import demo_arguments, demo_data_dir, percentile
from sqlalchemy import Connection, func, select, text

from desktop.cases.listing import CaseFilter, household_ids, household_rows
from desktop.cases.search import search_households
from desktop.demo import vocabulary as words
from desktop.models import Household
from desktop.paths import database_path
from desktop.storage import Database, open_database
from desktop.sync import codec
from desktop.sync.account import login

GOAL = 1.3
PASSPHRASE = "phrase secrète du banc"


def households(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Household)) or 0


def encrypted_copy(plain_dir: Path, expected: int) -> Path:
    """The encrypted twin of the demo database, made once (about a minute) and reused."""
    folder = plain_dir.with_name(plain_dir.name + "-sqlcipher")
    target = database_path(folder)
    if target.exists():
        twin = open_database(target, PASSPHRASE)  # migrated like the plain one
        same = households(twin) == expected
        twin.close()
        if same:
            return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copy2(database_path(plain_dir), target)
    started = time.perf_counter()
    open_database(target, PASSPHRASE).close()
    size = target.stat().st_size / 1e6
    print(
        f"encrypted copy of the demo made in {time.perf_counter() - started:.0f} s ({size:.0f} MB)"
    )
    return folder


def ratio_line(name: str, plain: list[float], encrypted: list[float]) -> float:
    """Print median and p95 of both and their ratios; return the median's ratio."""
    medians = statistics.median(plain), statistics.median(encrypted)
    p95s = percentile(plain, 0.95), percentile(encrypted, 0.95)
    print(
        f"{name:<7} plain median {medians[0]:6.1f} ms p95 {p95s[0]:6.1f} ms | SQLCipher median "
        f"{medians[1]:6.1f} ms p95 {p95s[1]:6.1f} ms | ratio {medians[1] / medians[0]:.2f}x "
        f"median, {p95s[1] / p95s[0]:.2f}x p95"
    )
    return medians[1] / medians[0]


def search_costs(plain_dir: Path, encrypted_dir: Path) -> dict[str, float]:
    """The case workspace's search and list on both files, query by query in turn."""
    plain = open_database(database_path(plain_dir))
    encrypted = open_database(database_path(encrypted_dir), PASSPHRASE)
    today = date.today()
    times: dict[tuple[str, str], list[float]] = {
        (kind, file): [] for kind in ("search", "list") for file in ("plain", "sqlcipher")
    }
    try:
        with plain.engine.connect() as on_plain, encrypted.engine.connect() as on_encrypted:
            for typed in PREFIXES:
                for file, connection in (("plain", on_plain), ("sqlcipher", on_encrypted)):
                    search_ms, _ = timed(lambda c=connection, t=typed: search_households(c, t))

                    def open_list(c: Connection = connection, t: str = typed) -> list[str]:
                        ids = household_ids(c, CaseFilter(search=t), today=today)
                        household_rows(c, ids[:SCREEN])
                        return ids

                    list_ms, _ = timed(open_list)
                    times[("search", file)].append(search_ms)
                    times[("list", file)].append(list_ms)
    finally:
        plain.close()
        encrypted.close()
    print(f"case workspace, {len(PREFIXES)} typed searches (median of 3 runs each):", flush=True)
    return {
        kind: ratio_line(kind, times[(kind, "plain")], times[(kind, "sqlcipher")])
        for kind in ("search", "list")
    }


@dataclass
class KeyedDevice(bench_sync.Device):
    """``bench_sync``'s device, its database opened with a passphrase or without."""

    passphrase: str | None = None

    def open(self) -> None:
        self.database = open_database(database_path(self.folder), self.passphrase)
        self.token = login(
            self.database.engine, self.url, bench_sync.EMAIL, bench_sync.PASSWORD
        ).token


def first_sync_seconds(device: KeyedDevice, expected: dict[str, int]) -> float:
    device.open()
    try:
        _report, seconds = device.sync()
        with device.database.engine.connect() as connection:
            counts = {
                name: connection.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()
                for name in expected
            }
    finally:
        device.database.close()
    if counts != expected:
        raise bench_sync.BenchError(f"the device does not hold what was seeded: {counts}")
    return seconds


def first_sync_cost(households_count: int, runs: int) -> float:
    demo_dir = demo_data_dir(argparse.Namespace(households=households_count, data_dir=None))
    demo_db = database_path(demo_dir)
    expected = {
        name: count
        for name, count in bench_sync.table_counts(demo_db).items()
        if name not in bench_sync.SERVER_ONLY and name in codec.synced_tables()
    }
    seconds: dict[str, list[float]] = {"plain": [], "sqlcipher": []}
    with (
        tempfile.TemporaryDirectory(prefix="escale-bench-encryption-") as scratch,
        bench_sync.postgres_database() as (_cluster, url),
    ):
        folder = Path(scratch)
        engine = bench_sync.prepared_engine(url)
        bench_sync.officer_add(
            url, bench_sync.EMAIL, "Agent du banc", *sorted(words.DEPARTEMENT_OF)
        )
        with engine.connect() as connection:
            officer_id = connection.execute(text("SELECT id FROM officer")).scalar_one()
        bench_sync.seed(engine, demo_db, officer_id)
        with bench_sync.served(url, 4, folder / "server.log") as base:
            for run in range(runs):
                for file, passphrase in (("plain", None), ("sqlcipher", PASSPHRASE)):
                    device = KeyedDevice(folder / f"{file}-{run}", base, passphrase=passphrase)
                    seconds[file].append(first_sync_seconds(device, expected))
                    print(
                        f"  first sync into a {file} device: {seconds[file][-1]:.1f} s", flush=True
                    )
        engine.dispose()
    plain, encrypted = min(seconds["plain"]), min(seconds["sqlcipher"])
    print(
        f"first sync of {expected['household']:,} households (best of {runs}): "
        f"plain {plain:.1f} s, SQLCipher {encrypted:.1f} s, ratio {encrypted / plain:.2f}x"
        f"  (runs: plain {seconds['plain']}, SQLCipher {seconds['sqlcipher']})"
    )
    return encrypted / plain


def main() -> int:
    parser = demo_arguments(__doc__.splitlines()[0])
    parser.add_argument("--sync-households", type=int, default=12_000)
    parser.add_argument("--sync-runs", type=int, default=1)
    args = parser.parse_args()
    plain_dir = demo_data_dir(args)
    database = open_database(database_path(plain_dir))
    count = households(database)
    database.close()
    encrypted_dir = encrypted_copy(plain_dir, count)
    ratios = search_costs(plain_dir, encrypted_dir)
    ratios["first sync"] = first_sync_cost(args.sync_households, args.sync_runs)
    failed = False
    for name, ratio in ratios.items():
        ok = ratio <= GOAL
        failed |= not ok
        print(
            f"{'PASS' if ok else 'FAIL'}  {name}: SQLCipher / plain {ratio:.2f}x (goal <= {GOAL}x)"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except bench_sync.BenchError as failure:
        print(f"FAIL: {failure}")
        sys.exit(1)
