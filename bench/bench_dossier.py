"""Dossiers d'installation on the 100,000-household demo database.

- **one dossier** (the household's version of a household with members, needs
  and referrals, read and rendered as the preview does): median of 30 runs
  (goal: ≤ 80 ms), against the same dossier with every cache cold (QR code
  encoded and drawn as squares, font subsets built, as a plain platypus
  document does) — the ratio says what the caches buy;
- **500 welcome packs** in one PDF with two rendering processes (goal: ≤ 30 s),
  pages per second, and the memory of the writing process after 100 and after
  500 packs (flat: the second not more than 10 % above the first), against the
  same batch rendered in this process alone.

    .venv/bin/python bench/bench_dossier.py [--households 100000] [--data-dir DIR]

Exits with status 1 when a goal is missed.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import uuid
from datetime import date
from pathlib import Path
from time import perf_counter

from benchmarking import demo_arguments, demo_data_dir
from sqlalchemy import text

from desktop.documents import DocumentVersion, dossier_pdf, render_welcome_packs
from desktop.documents.fonts import register_fonts
from desktop.documents.logo import logo_mark
from desktop.documents.qr import qr_drawing
from desktop.paths import database_path
from desktop.storage import Database, open_database

RUNS = 30
BATCH = 500
ONE_GOAL_MS = 80.0
BATCH_GOAL_S = 30.0


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def rss_mb() -> float:
    """This process's resident memory now (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def typical_household(database: Database) -> uuid.UUID:
    with database.engine.connect() as connection:
        value = connection.execute(
            text(
                "SELECT r.household_id FROM referral r "
                "JOIN household_summary s ON s.household_id = r.household_id "
                "WHERE s.member_count >= 3 GROUP BY r.household_id "
                "HAVING count(*) >= 2 ORDER BY r.household_id LIMIT 1"
            )
        ).scalar_one()
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def batch_households(database: Database) -> list[uuid.UUID]:
    with database.engine.connect() as connection:
        values = connection.execute(
            text("SELECT id FROM household WHERE deleted = 0 ORDER BY name, id LIMIT :n"),
            {"n": BATCH},
        ).scalars()
        return [v if isinstance(v, uuid.UUID) else uuid.UUID(str(v)) for v in values]


def cold_caches() -> None:
    qr_drawing.cache_clear()
    logo_mark.cache_clear()
    for font in register_fonts():
        font.subset_cache.clear()


def one_dossier(database: Database, household_id: uuid.UUID, today: date) -> bool:
    def timed(prepare: bool) -> float:
        times = []
        for _ in range(RUNS):
            if prepare:
                cold_caches()
            start = perf_counter()
            dossier_pdf(database, household_id, DocumentVersion.HOUSEHOLD, today=today)
            times.append((perf_counter() - start) * 1000)
        return statistics.median(times)

    dossier_pdf(database, household_id, DocumentVersion.HOUSEHOLD, today=today)
    warm = timed(prepare=False)
    cold = timed(prepare=True)
    ok = warm <= ONE_GOAL_MS
    print(
        f"one dossier: median {warm:.1f} ms (goal ≤ {ONE_GOAL_MS:.0f} ms) "
        f"vs {cold:.1f} ms with cold caches — ×{cold / warm:.2f} faster  {verdict(ok)}"
    )
    return ok


def batch(database: Database, ids: list[uuid.UUID], today: date, workers: int) -> dict[str, float]:
    memory: dict[int, float] = {}

    def progress(done: int, _total: int) -> None:
        if done in (100, BATCH):
            memory[done] = rss_mb()

    with tempfile.TemporaryDirectory() as folder:
        start = perf_counter()
        result = render_welcome_packs(
            database,
            ids,
            Path(folder) / "packs.pdf",
            today=today,
            progress=progress,
            workers=workers,
        )
        elapsed = perf_counter() - start
        size = (Path(folder) / "packs.pdf").stat().st_size / 1e6
    return {
        "seconds": elapsed,
        "pages": result.pages,
        "rss_100": memory.get(100, float("nan")),
        "rss_500": memory.get(BATCH, float("nan")),
        "megabytes": size,
    }


def main() -> None:
    args = demo_arguments(__doc__.splitlines()[0]).parse_args()
    database = open_database(database_path(demo_data_dir(args)))
    today = date.today()
    ok = one_dossier(database, typical_household(database), today)

    ids = batch_households(database)
    pooled = batch(database, ids, today, workers=2)
    alone = batch(database, ids, today, workers=1)
    database.close()
    for label, run in (("2 processes", pooled), ("1 process  ", alone)):
        print(
            f"{len(ids)} packs, {label}: {run['seconds']:.1f} s, {run['pages']:.0f} pages, "
            f"{run['pages'] / run['seconds']:.0f} pages/s, {run['megabytes']:.1f} MB, "
            f"writer memory {run['rss_100']:.0f} MB after 100 packs, "
            f"{run['rss_500']:.0f} MB after {BATCH}"
        )
    fast = pooled["seconds"] <= BATCH_GOAL_S
    flat = pooled["rss_500"] <= 1.10 * pooled["rss_100"]
    print(
        f"batch: {pooled['seconds']:.1f} s with two processes (goal ≤ {BATCH_GOAL_S:.0f} s) "
        f"vs {alone['seconds']:.1f} s alone — ×{alone['seconds'] / pooled['seconds']:.2f}  "
        f"{verdict(fast)}"
    )
    print(
        f"memory: {pooled['rss_100']:.0f} MB after 100 packs, {pooled['rss_500']:.0f} MB after "
        f"{BATCH} (×{pooled['rss_500'] / pooled['rss_100']:.2f}, flat means ≤ ×1.10)  "
        f"{verdict(flat)}"
    )
    if not (ok and fast and flat):
        sys.exit(1)


if __name__ == "__main__":
    main()
