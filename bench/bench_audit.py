"""The audit log's cost, on the 100,000-household demo database, each against a baseline.

**Recording**: :func:`desktop.audit.record` of a household page opened, as the
window does on the GUI thread each time a household is opened (goal: p95 ≤ 10
ms). It includes reading the author from the stored login and the device id.
Baseline: a bare one-row ``INSERT`` of the same entry in its own transaction,
same database, same run.

**Sending**: 20,000 unsent entries (months of an officer's work offline)
handed to the real server (``server.app`` under uvicorn, over HTTP on
loopback, SQLite) by :func:`desktop.audit.upload.send_pending`, in pages of
500, each checked against the entries the server already holds (goal: ≤ 10 s).
Baseline: ``executemany`` of the same 20,000 rows straight into the server's
table, no HTTP.

The demo database is copied to a temporary folder first: the bench writes.

    .venv/bin/python bench/bench_audit.py [--households 100000] [--data-dir DIR]

Exits with status 1 when a goal is missed.
"""

from __future__ import annotations

import sys
import tempfile
import uuid
from pathlib import Path
from time import perf_counter

from benchmarking import demo_arguments, open_demo_copy, percentile
from sqlalchemy import insert, select

from desktop.audit import AuditAction, record
from desktop.audit.journal import ENTRIES
from desktop.audit.upload import pending_count, send_pending
from desktop.models import Household, utcnow
from desktop.storage import Database
from desktop.sync import state
from desktop.sync.account import login
from desktop.sync.transport import Transport
from server.database import make_engine
from server.models import AuditEntry as ServerEntry
from tests.real_server import PASSWORD
from tests.sync.live import cheap_password_hashes, make_server_template, officer, served

OPENINGS = 300
SENT = 20_000
RECORD_GOAL_MS = 10.0
SEND_GOAL_S = 10.0


def main() -> int:
    args = demo_arguments(__doc__.splitlines()[0]).parse_args()
    with tempfile.TemporaryDirectory(prefix="escale-bench-audit-") as folder:
        work = Path(folder)
        database = open_demo_copy(args, work / "device")
        try:
            ok = bench_recording(database)
            ok = bench_sending(database, work) and ok
        finally:
            database.close()
    return 0 if ok else 1


def bench_recording(database: Database) -> bool:
    with database.engine.connect() as connection:
        households = list(connection.scalars(select(Household.id).limit(OPENINGS)))
        device = state.device_id(connection)
    recorded, bare = [], []
    for household_id in households:
        started = perf_counter()
        record(database, AuditAction.VIEWED, households=[household_id])
        recorded.append((perf_counter() - started) * 1000)
        row = {
            "id": uuid.uuid4(),
            "at": utcnow(),
            "officer_id": None,
            "officer_name": "référence",
            "device_id": device,
            "action": AuditAction.VIEWED,
            "household_id": household_id,
            "file": None,
            "item_count": None,
            "detail": "",
            "sent_at": None,
        }
        started = perf_counter()
        with database.engine.begin() as connection:
            connection.execute(insert(ENTRIES), row)
        bare.append((perf_counter() - started) * 1000)
    median, p95 = percentile(recorded, 0.5), percentile(recorded, 0.95)
    base_median, base_p95 = percentile(bare, 0.5), percentile(bare, 0.95)
    passed = p95 <= RECORD_GOAL_MS
    print(
        f"record (household opened), {len(recorded)} times: median {median:.2f} ms, "
        f"p95 {p95:.2f} ms (goal {RECORD_GOAL_MS:.0f}) — bare INSERT median {base_median:.2f} ms, "
        f"p95 {base_p95:.2f} ms — ratio {median / base_median:.1f}× "
        f"{'PASS' if passed else 'FAIL'}"
    )
    return passed


def bench_sending(database: Database, work: Path) -> bool:
    """Fill the log to ``SENT`` unsent entries, then time one send of them all."""
    missing = SENT - pending_count(database)
    with database.engine.connect() as connection:
        households = list(connection.scalars(select(Household.id).limit(max(missing, 1))))
    if missing > 0:
        with database.transaction() as session:
            record(session, AuditAction.PRINTED, households=households, detail="version=foyer")
    total = pending_count(database)
    with cheap_password_hashes():
        template = make_server_template(work)
        with served(template, work) as (url, database_url):
            officer(database_url, "claire@example.fr", "58", name="Claire Morel")
            login(database.engine, url, "claire@example.fr", PASSWORD)
            with database.engine.connect() as connection:
                account = state.account(connection)
            assert account is not None
            with Transport(url, account.token) as transport:
                started = perf_counter()
                sent = send_pending(database, transport)
                seconds = perf_counter() - started
            engine = make_engine(database_url)
            with engine.connect() as connection:
                rows = [
                    dict(row)
                    for row in connection.execute(select(ServerEntry.__table__)).mappings()
                ]
            copy = [{**row, "id": uuid.uuid4().hex} for row in rows]
            started = perf_counter()
            with engine.begin() as connection:
                connection.execute(insert(ServerEntry.__table__), copy)
            baseline = perf_counter() - started
            engine.dispose()
    passed = sent == total == len(rows) and seconds <= SEND_GOAL_S
    print(
        f"send {sent:,} entries to the server: {seconds:.2f} s, {sent / seconds:,.0f} entries/s "
        f"(goal {SEND_GOAL_S:.0f} s) — executemany into the server's table {baseline:.2f} s — "
        f"ratio {seconds / baseline:.1f}× {'PASS' if passed else 'FAIL'}"
    )
    return passed


if __name__ == "__main__":
    sys.exit(main())
