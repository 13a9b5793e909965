"""A family's rights on the 100,000-household demo database, each against a baseline.

**Erasure**: :func:`erase_household` of demo households with members, needs and
exchanges, committed (so the full-text index is merged and the WAL truncated,
as the officer waits for them): median and p95 (goal: p95 ≤ 2 s, the officer
confirmed and waits once). Baseline: saving the same kind of household's form
(:func:`update_household`, a phone changed) in the same run.

**Subject access**: the JSON and PDF of one household (goal p95 ≤ 1 s), against
its dossier d'installation (internal version) rendered in the same run.

**Retention list**: :func:`households_past_retention` (goal ≤ 500 ms) once one
household in twenty is moved four years back, against the bare
``max(occurred_at)`` of the exchanges grouped by household.

The demo database is copied to a temporary folder first: the bench writes.

    .venv/bin/python bench/bench_privacy.py [--households 100000] [--data-dir DIR] [--rounds 12]

Exits with status 1 when a goal is missed.
"""

from __future__ import annotations

import random
import sys
import tempfile
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from statistics import median
from time import perf_counter

from benchmarking import demo_arguments, open_demo_copy, percentile
from sqlalchemy import select, text

from desktop.cases.households import load_household, update_household
from desktop.documents import DocumentVersion, dossier_pdf
from desktop.models import Household, Person
from desktop.privacy.erasure import erase_household
from desktop.privacy.retention import households_past_retention
from desktop.privacy.subject_access import export
from desktop.storage import Database

ERASURE_GOAL_MS = 2000.0
ACCESS_GOAL_MS = 1000.0
RETENTION_GOAL_MS = 500.0


def _timed(work: Callable[[], object]) -> float:
    start = perf_counter()
    work()
    return (perf_counter() - start) * 1000


def _report(name: str, times: list[float], baseline: list[float], goal: float) -> bool:
    ok = percentile(times, 0.95) <= goal
    print(
        f"{name}: median {median(times):.0f} ms, p95 {percentile(times, 0.95):.0f} ms "
        f"(goal p95 ≤ {goal:.0f}) — baseline median {median(baseline):.0f} ms, "
        f"ratio {median(times) / max(median(baseline), 0.001):.1f}× — {'PASS' if ok else 'FAIL'}"
    )
    return ok


def _households(database: Database, count: int) -> list[uuid.UUID]:
    with database.session() as session:
        ids = session.scalars(
            select(Person.household_id)
            .join(Household, Household.id == Person.household_id)
            .where(Person.phone.is_not(None), Household.erased_at.is_(None))
            .group_by(Person.household_id)
            .limit(count * 20)
        ).all()
    return random.Random(7).sample(list(ids), count)


def bench_erasure(database: Database, rounds: int) -> bool:
    chosen = _households(database, rounds * 2)
    edited, erased = chosen[:rounds], chosen[rounds:]
    saves = []
    for household_id in edited:

        def save(household_id: uuid.UUID = household_id) -> None:
            with database.transaction() as session:
                data = load_household(session, household_id)
                data.members[0].phone = "06 11 22 33 44"
                update_household(session, household_id, data, today=date.today())

        saves.append(_timed(save))
    erasures = []
    for household_id in erased:

        def erase(household_id: uuid.UUID = household_id) -> None:
            with database.transaction() as session:
                erase_household(session, household_id)

        erasures.append(_timed(erase))
    return _report(
        "erasure (committed, index merged, WAL truncated)", erasures, saves, ERASURE_GOAL_MS
    )


def bench_subject_access(database: Database, rounds: int, folder: Path) -> bool:
    chosen = _households(database, rounds)
    exports, dossiers = [], []
    for index, household_id in enumerate(chosen):

        def export_one(household_id: uuid.UUID = household_id, index: int = index) -> None:
            with database.session() as session:
                export(session, household_id, folder / f"acces-{index}.pdf")

        def dossier(household_id: uuid.UUID = household_id) -> None:
            dossier_pdf(database, household_id, DocumentVersion.INTERNAL, today=date.today())

        exports.append(_timed(export_one))
        dossiers.append(_timed(dossier))
    return _report("subject access (JSON + PDF)", exports, dossiers, ACCESS_GOAL_MS)


def age_some_households(database: Database) -> None:
    """Move one household in twenty four years back (registration, consent, exchanges).

    The demo's households all registered recently: without this the list would be
    empty and the bench would time nothing but an index lookup.
    """
    back = "'-4 years'"
    with database.engine.begin() as connection:
        connection.execute(
            text("CREATE TEMP TABLE aged AS SELECT id FROM household WHERE rowid % 20 = 0")
        )
        connection.execute(
            text(
                f"UPDATE household SET registered_at = datetime(registered_at, {back}), "
                f"consent_at = datetime(consent_at, {back}) WHERE id IN (SELECT id FROM aged)"
            )
        )
        connection.execute(
            text(
                f"UPDATE interaction SET occurred_at = datetime(occurred_at, {back}) "
                "WHERE household_id IN (SELECT id FROM aged)"
            )
        )
        connection.execute(text("DROP TABLE aged"))


def bench_retention(database: Database, rounds: int) -> bool:
    age_some_households(database)
    with database.engine.connect() as connection:
        listed = len(households_past_retention(connection, date.today()))
    print(f"retention list: {listed:,} households past retention")
    lists, scans = [], []
    for _ in range(rounds):
        with database.engine.connect() as connection:
            lists.append(_timed(lambda c=connection: households_past_retention(c, date.today())))
            scans.append(
                _timed(
                    lambda c=connection: c.execute(
                        text("SELECT household_id, max(occurred_at) FROM interaction GROUP BY 1")
                    ).all()
                )
            )
    return _report("retention list", lists, scans, RETENTION_GOAL_MS)


def main() -> int:
    parser = demo_arguments(__doc__ or "")
    parser.add_argument("--rounds", type=int, default=12)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="escale-bench-privacy-") as folder:
        database = open_demo_copy(args, Path(folder))
        try:
            results = [
                bench_retention(database, args.rounds),
                bench_subject_access(database, args.rounds, Path(folder)),
                bench_erasure(database, args.rounds),
            ]
        finally:
            database.close()
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
