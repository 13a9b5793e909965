"""Sync on loopback: a first sync of 12,000 households, an incremental sync, 50 officers at once.

The regional server runs as an officer's region would run it: ``escale-server
serve --workers 4`` over a throwaway PostgreSQL cluster (``tests/server/postgres.py``).

Seeding. The 12,000 households (with their members, wishes, needs, interactions,
follow-ups…) and the catalogue come from ``escale demo`` (seed 1, built once in
the temporary folder like the other benches' database). The demo writes with
bulk SQL that the outbox does not see, so its rows are turned into the changes
a first device would push (every column, base version 0, one clock each, grouped
by household, 500 a page, ``officer_id`` pointed at the bench's officer) and
applied by the server's own push code (``server.push.push``, one transaction a
page) in this process: the same merge, scope check, placement and ``seq``
allocation as ``POST /sync/v1/push``, without paying HTTP for the setup.

Measured, each against a reference of the same run:

- first sync: a fresh device logs in (``desktop.sync.account.login``) and runs
  ``sync_once`` over ``Transport`` until its officer's whole scope (the region's
  eight départements) is in: records per second and bytes on the wire (bodies as
  sent, compressed or not, plus status lines and headers), against inserting the
  very rows the device ended with into an empty client database with a plain
  ``sqlite3`` ``executemany`` (one transaction);
- incremental sync: 20 changed households, 10 edited on the device (a note on
  the household and a new interaction, through the ORM, so the outbox holds
  them) and 10 by a colleague's device: time and bytes of ``sync_once``;
- 50 officers at once: 50 officers, one EPCI each (the 50 with the most
  households), simulated with raw protocol requests (``httpx`` under asyncio, a
  client of its own for each sync as the app opens a ``Transport`` for each;
  bodies gzipped like the app's), first pull their scope together, then sync
  together three times (push 5 household edits and a new household, then pull
  to the end): errors (goal: none), median and p95 of each push+pull. Their
  accounts are added in process with cheap password hashes: logins are not
  measured.

Exits non-zero on a real failure (a sync that stops, a device that does not
hold what the server sent, a failed request); timings only print.

    .venv/bin/python bench/bench_sync.py [--households 12000] [--workers 4]
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from argon2 import PasswordHasher
from benchmarking import demo_arguments, demo_data_dir, percentile
from sqlalchemy import Engine, create_engine, func, select, text

import server.passwords
from desktop.demo import vocabulary as words
from desktop.models import Base, Channel, Household, Interaction
from desktop.paths import database_path
from desktop.storage import open_database
from desktop.sync import apply, codec
from desktop.sync.account import login
from desktop.sync.engine import sync_once
from desktop.sync.transport import Transport
from server.accounts import Caller, add_officer
from server.cli import prepared_engine
from server.database import writing
from server.models import Record, Territory
from server.push import IncomingChange, push
from tests.real_server import free_port
from tests.server.postgres import Cluster, start_cluster

SERVER = Path(sys.executable).with_name("escale-server")
PASSWORD = "mot-de-passe-du-banc"
EMAIL = "banc@region-bfc.fr"
PAGE = 500
CATALOGUE = ("event", "partner", "offer")
SERVER_ONLY = ("officer", "officer_territory")
OFFICERS = 50
ROUNDS = 3
EDITS_PER_SYNC = 5
PROTOCOL = {"X-Escale-Protocol": "1"}


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


class BenchError(RuntimeError):
    """Something the bench measures did not work: the run exits non-zero."""


# --- the wire -------------------------------------------------------------------------------


@dataclass
class Wire:
    """Bytes an ``httpx.Client`` sends and receives: bodies as on the wire, plus headers."""

    sent: int = 0
    received: int = 0

    def attach(self, client: httpx.Client) -> None:
        client.event_hooks["request"].append(self._request)
        client.event_hooks["response"].append(self._response)

    def _request(self, request: httpx.Request) -> None:
        line = len(request.method) + len(request.url.raw_path) + 11
        self.sent += line + _header_bytes(request.headers) + len(request.content)

    def _response(self, response: httpx.Response) -> None:
        response.read()
        self.received += 17 + _header_bytes(response.headers) + response.num_bytes_downloaded


def _header_bytes(headers: httpx.Headers) -> int:
    return sum(len(name) + len(value) + 4 for name, value in headers.raw) + 2


def megabytes(count: int) -> str:
    return f"{count / 1e6:.1f} MB" if count >= 100_000 else f"{count / 1e3:.1f} kB"


# --- the server -----------------------------------------------------------------------------


@contextlib.contextmanager
def postgres_database() -> Iterator[tuple[Cluster, str]]:
    cluster = start_cluster()
    try:
        admin = create_engine(cluster.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("CREATE DATABASE escale_bench"))
        admin.dispose()
        yield cluster, cluster.database_url("escale_bench")
    finally:
        cluster.stop()


def officer_add(url: str, email: str, name: str, *codes: str) -> None:
    """``escale-server officer add``, as an administrator adds an officer."""
    territories = [argument for code in codes for argument in ("--territory", code)]
    command = [str(SERVER), "officer", "add", email, "--name", name, *territories]
    subprocess.run(
        [*command, "--password-stdin", "--db", url],
        input=PASSWORD + "\n",
        text=True,
        check=True,
        capture_output=True,
        timeout=120,
    )


@contextlib.contextmanager
def served(url: str, workers: int, log: Path) -> Iterator[str]:
    """``escale-server serve`` on a free loopback port, until the block ends."""
    port = free_port()
    with log.open("wb") as output:
        process = subprocess.Popen(
            [str(SERVER), "serve", "--db", url, "--port", str(port), "--workers", str(workers)],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            if process.poll() is not None or time.monotonic() > deadline:
                raise BenchError(f"escale-server did not start:\n{log.read_text()}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


# --- seeding --------------------------------------------------------------------------------


def demo_changes(
    demo_db: Path, officer_id: str
) -> list[list[tuple[str, str, dict[str, Any], bool]]]:
    """The demo's records as a first device would push them, in pages of at most 500.

    The catalogue comes first, then whole households (the household, its wishes,
    then the records under it), so a household and its wishes share a page and
    the server places it at once.
    """
    engine = create_engine(f"sqlite:///{demo_db}")
    tables = codec.synced_tables()
    loose: list[tuple[str, str, dict[str, Any], bool]] = []
    households: dict[str, list[tuple[str, str, dict[str, Any], bool]]] = {}
    order = [*CATALOGUE, "household", "household_target"]
    order += [name for name in tables if name not in (*order, *SERVER_ONLY)]
    with engine.connect() as connection:
        for name in order:
            table = tables[name]
            for row in connection.execute(select(table)).mappings():
                fields = codec.encode_row(table, row)
                if fields.get("officer_id") is not None:
                    fields["officer_id"] = officer_id
                change = (name, row["id"].hex, fields, bool(row["deleted"]))
                if name in CATALOGUE:
                    loose.append(change)
                else:
                    owner = row["id"].hex if name == "household" else fields["household_id"]
                    households.setdefault(owner, []).append(change)
    engine.dispose()
    pages = [loose[start : start + PAGE] for start in range(0, len(loose), PAGE)]
    page: list[tuple[str, str, dict[str, Any], bool]] = []
    for group in households.values():
        if page and len(page) + len(group) > PAGE:
            pages.append(page)
            page = []
        page += group
    return [*pages, page] if page else pages


def seed(engine: Engine, demo_db: Path, officer_id: str) -> tuple[int, float]:
    """Apply the demo's records through ``server.push.push``; (changes, seconds)."""
    pages = demo_changes(demo_db, officer_id)
    device = uuid.uuid4().hex
    caller = Caller(officer_id, "Banc", device)
    wall = int(time.time() * 1000) - 86_400_000
    count = 0
    started = time.perf_counter()
    for page in pages:
        changes = []
        for table, record_id, fields, deleted in page:
            count += 1
            hlc = f"{wall + count // 1000:013d}-{count % 1000:05d}-{device}"
            changes.append(
                IncomingChange(uuid.uuid4().hex, count, table, record_id, fields, 0, hlc, deleted)
            )
        with writing(engine) as session:
            results = push(session, caller, changes)
        refused = [result for result in results if result.status != "applied"]
        if refused:
            raise BenchError(f"seeding: {len(refused)} changes refused, first {refused[0]}")
    return count, time.perf_counter() - started


# --- 1. first sync --------------------------------------------------------------------------


def connect(path: Path) -> sqlite3.Connection:
    """A connection set up as Escale sets up its own."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    return connection


def executemany_baseline(device_db: Path, folder: Path) -> tuple[int, float]:
    """Insert every synced row of ``device_db`` into an empty client database; (rows, s).

    Timed: the inserts, the commit and the close, not the reads.
    """
    target_path = database_path(folder)
    open_database(target_path).close()  # the schema, its triggers and the reference data
    tables = codec.synced_tables()
    source = sqlite3.connect(device_db)
    names_of = {table.name: [column.name for column in table.columns] for table in tables.values()}
    # Parents before children, as foreign keys are checked row by row.
    ordered = [t.name for t in Base.metadata.sorted_tables if t.name in tables]
    batches = [
        (name, source.execute(f"SELECT {', '.join(names_of[name])} FROM {name}").fetchall())
        for name in ordered
    ]
    source.close()
    target = connect(target_path)
    started = time.perf_counter()
    target.execute("BEGIN")
    for name, rows in batches:
        columns = names_of[name]
        marks = ", ".join("?" for _ in columns)
        target.executemany(f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({marks})", rows)
    target.execute("COMMIT")
    target.close()
    return sum(len(rows) for _, rows in batches), time.perf_counter() - started


def table_counts(device_db: Path) -> dict[str, int]:
    connection = sqlite3.connect(device_db)
    try:
        return {
            name: connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
            for name in codec.synced_tables()
        }
    finally:
        connection.close()


@dataclass
class Device:
    """A desktop client: its database, its login, its wire."""

    folder: Path
    url: str
    database: Any = None
    token: str = ""
    wire: Wire = field(default_factory=Wire)

    def open(self) -> None:
        self.database = open_database(database_path(self.folder))
        self.token = login(self.database.engine, self.url, EMAIL, PASSWORD).token

    def sync(self) -> tuple[Any, float]:
        """``sync_once`` as the app runs it; (report, seconds). A stopped sync is a failure."""
        with Transport(self.url, self.token) as transport:
            self.wire.attach(transport._client)  # the bytes it sends and receives
            started = time.perf_counter()
            report = sync_once(self.database, transport)
            seconds = time.perf_counter() - started
        if not report.complete:
            raise BenchError(f"sync stopped: {report.error and report.error.message}")
        return report, seconds


def first_sync(device: Device, expected: dict[str, int], scratch: Path) -> None:
    device.open()
    report, seconds = device.sync()
    with device.database.engine.connect() as connection:
        dangling = apply.dangling_references(connection)
    if dangling:
        raise BenchError(f"{len(dangling)} references left dangling, first {dangling[0]}")
    counts = table_counts(database_path(device.folder))
    wrong = {
        name: (counts[name], count) for name, count in expected.items() if counts[name] != count
    }
    if wrong:
        raise BenchError(f"the device does not hold what was seeded (device, seeded): {wrong}")
    households = counts["household"]
    rows, baseline = executemany_baseline(database_path(device.folder), scratch)
    print(
        f"first sync of {households:,} households: {report.pulled:,} records in {seconds:.1f} s, "
        f"{report.pulled / seconds:,.0f} records/s; sent {megabytes(device.wire.sent)}, "
        f"received {megabytes(device.wire.received)} "
        f"({device.wire.received / report.pulled:.0f} B a record)"
    )
    print(
        f"  plain executemany of the same {rows:,} rows into an empty client database: "
        f"{baseline:.1f} s, {rows / baseline:,.0f} rows/s — sync/executemany ratio "
        f"{seconds / baseline:.1f}x"
    )


# --- 2. incremental sync --------------------------------------------------------------------


def colleague_edits(url: str, households: list[tuple[str, int]]) -> None:
    """Another device of the same officer edits ``households`` and pushes, over HTTP."""
    device = uuid.uuid4().hex
    with httpx.Client(base_url=url, headers=PROTOCOL, timeout=60) as client:
        answer = client.post(
            "/auth/v1/login",
            json={"email": EMAIL, "password": PASSWORD, "device_id": device, "device_name": "b"},
        )
        answer.raise_for_status()
        token = answer.json()["token"]
        wall = int(time.time() * 1000)
        changes = [
            {
                "change_id": uuid.uuid4().hex,
                "device_seq": number,
                "table": "household",
                "id": household_id,
                "fields": {"housing_notes": f"Rappelés par un collègue ({number})"},
                "base_version": version,
                "hlc": f"{wall:013d}-{number:05d}-{device}",
                "deleted": False,
            }
            for number, (household_id, version) in enumerate(households, start=1)
        ]
        answer = client.post(
            "/sync/v1/push",
            headers={"Authorization": f"Bearer {token}"},
            json={"protocol": 1, "device_id": device, "changes": changes},
        )
        answer.raise_for_status()
        if any(result["status"] != "applied" for result in answer.json()["results"]):
            raise BenchError(f"the colleague's edits were refused: {answer.text[:300]}")


def incremental_sync(device: Device, officer_id: str) -> None:
    with device.database.transaction() as session:
        households = session.scalars(select(Household).order_by(Household.id).limit(20)).all()
        mine, theirs = households[:10], households[10:]
        for number, household in enumerate(mine, start=1):
            household.housing_notes = f"Rappelés le {time.strftime('%d/%m')} ({number})"
            session.add(
                Interaction(
                    household_id=household.id,
                    channel=Channel.PHONE,
                    officer_id=uuid.UUID(officer_id),
                    summary="Appel : visite de la commune prévue le mois prochain.",
                )
            )
        remote = [(household.id.hex, household.version) for household in theirs]
    colleague_edits(device.url, remote)
    device.wire = Wire()
    report, seconds = device.sync()
    print(
        f"incremental sync of 20 changed households (10 here: {report.pushed} changes pushed; "
        f"10 by a colleague): {seconds * 1000:.0f} ms, {report.pulled} records pulled; "
        f"sent {megabytes(device.wire.sent)}, received {megabytes(device.wire.received)}"
    )
    if report.pushed != 20 or report.pulled < 30:
        raise BenchError(f"incremental sync: pushed {report.pushed}, pulled {report.pulled}")


# --- 3. fifty officers at once --------------------------------------------------------------


@dataclass
class Officer:
    """One simulated officer: raw protocol requests, the client's page size."""

    email: str
    epci: str
    commune: str
    device: str = field(default_factory=lambda: uuid.uuid4().hex)
    token: str = ""
    cursor: int = 0
    seq: int = 0
    counter: int = 0
    households: dict[str, int] = field(default_factory=dict)
    client: httpx.AsyncClient | None = None

    def clock(self) -> str:
        self.counter += 1
        return f"{int(time.time() * 1000):013d}-{self.counter % 100_000:05d}-{self.device}"

    def change(self, table: str, record_id: str, fields: dict[str, Any], base: int) -> dict:
        self.seq += 1
        return {
            "change_id": uuid.uuid4().hex,
            "device_seq": self.seq,
            "table": table,
            "id": record_id,
            "fields": fields,
            "base_version": base,
            "hlc": self.clock(),
            "deleted": False,
        }

    def changes(self, round_number: int) -> list[dict[str, Any]]:
        """Five household edits and a new household with its wish and its adult."""
        edited = sorted(self.households)[(round_number - 1) * EDITS_PER_SYNC :][:EDITS_PER_SYNC]
        changes = [
            self.change(
                "household",
                household_id,
                {"housing_notes": f"Relancés au tour {round_number}"},
                self.households[household_id],
            )
            for household_id in edited
        ]
        household = uuid.uuid4().hex
        now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        changes += [
            self.change(
                "household",
                household,
                {"name": f"Famille Banc {round_number}", "source": "salon", "status": "nouveau",
                 "registered_at": now, "origin_country": "FR", "project_types": []},
                0,
            ),
            self.change(
                "household_target",
                uuid.uuid4().hex,
                {"household_id": household, "rank": 1, "kind": "commune", "code": self.commune},
                0,
            ),
            self.change(
                "person",
                uuid.uuid4().hex,
                {"household_id": household, "role": "adulte", "first_name": "Camille",
                 "last_name": "Banc"},
                0,
            ),
        ]  # fmt: skip
        return changes

    @contextlib.asynccontextmanager
    async def connected(self, url: str) -> AsyncIterator[None]:
        """A client of its own for one sync, as the app opens a ``Transport`` for each."""
        headers = dict(PROTOCOL)
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        timeout = httpx.Timeout(120, connect=30)
        async with httpx.AsyncClient(base_url=url, headers=headers, timeout=timeout) as client:
            self.client = client
            try:
                yield
            finally:
                self.client = None

    async def request(self, method: str, path: str, **kwargs: Any) -> Any:
        assert self.client is not None
        answer = await self.client.request(method, path, **kwargs)
        if answer.status_code != 200:
            raise BenchError(f"{method} {path}: {answer.status_code} {answer.text[:200]}")
        return answer.json()

    async def login(self) -> None:
        body = {
            "email": self.email,
            "password": PASSWORD,
            "device_id": self.device,
            "device_name": "banc",
        }
        self.token = (await self.request("POST", "/auth/v1/login", json=body))["token"]

    async def pull(self) -> int:
        """Pull until ``more`` is false; the number of records received."""
        received = 0
        while True:
            page = await self.request(
                "GET", "/sync/v1/pull", params={"cursor": self.cursor, "limit": PAGE}
            )
            for record in page["records"]:
                if record["table"] == "household":
                    self.households[record["id"]] = record["version"]
            received += len(page["records"])
            self.cursor = page["cursor"]
            if not page["more"]:
                return received

    async def push(self, changes: list[dict[str, Any]]) -> None:
        body = {"protocol": 1, "device_id": self.device, "changes": changes}
        content = gzip.compress(json.dumps(body, separators=(",", ":")).encode(), 6)
        answer = await self.request(
            "POST",
            "/sync/v1/push",
            content=content,
            headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
        )
        refused = [result for result in answer["results"] if result["status"] != "applied"]
        if refused:
            raise BenchError(f"{len(refused)} changes refused: {refused[0]}")


@dataclass
class Outcome:
    seconds: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    records: int = 0


async def timed(outcome: Outcome, work: Any) -> None:
    started = time.perf_counter()
    try:
        received = await work
    except (BenchError, httpx.HTTPError, ValueError, KeyError) as error:
        outcome.errors.append(f"{type(error).__name__}: {error}")
        return
    outcome.seconds.append(time.perf_counter() - started)
    outcome.records += received


async def first_pull(officer: Officer, url: str) -> int:
    async with officer.connected(url):
        return await officer.pull()


async def sync_round(officer: Officer, url: str, round_number: int) -> int:
    async with officer.connected(url):
        await officer.push(officer.changes(round_number))
        return await officer.pull()


async def login_all(officers: list[Officer], url: str) -> None:
    async def one(officer: Officer) -> None:
        async with officer.connected(url):
            await officer.login()

    await asyncio.gather(*(one(officer) for officer in officers))


async def crowd(url: str, officers: list[Officer]) -> tuple[Outcome, list[Outcome]]:
    """All log in, all pull their scope at once, then all sync at once, ``ROUNDS`` times."""
    await login_all(officers, url)
    first = Outcome()
    await asyncio.gather(*(timed(first, first_pull(officer, url)) for officer in officers))
    rounds = []
    for number in range(1, ROUNDS + 1):
        outcome = Outcome()
        await asyncio.gather(*(timed(outcome, sync_round(o, url, number)) for o in officers))
        rounds.append(outcome)
    return first, rounds


def fifty_officers(engine: Engine, url: str) -> bool:
    """Officers of the 50 EPCIs with the most households; True when no request failed."""
    with writing(engine) as session:
        epcis = session.execute(
            select(Record.epci_siren, func.count())
            .where(Record.table_name == "household", Record.epci_siren.is_not(None))
            .group_by(Record.epci_siren)
            .order_by(func.count().desc(), Record.epci_siren)
            .limit(OFFICERS)
        ).all()
        officers = []
        real = server.passwords._hasher
        # Logins are not what is measured: cheap hashes keep 50 of them from taking 10 s.
        server.passwords._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
        try:
            for number, (epci, _count) in enumerate(epcis, start=1):
                commune = session.scalar(
                    select(Territory.code)
                    .where(Territory.kind == "commune", Territory.epci_siren == epci)
                    .order_by(Territory.code)
                    .limit(1)
                )
                email = f"agent{number:02d}@region-bfc.fr"
                add_officer(session, email, f"Agent {number:02d}", PASSWORD, [epci])
                officers.append(Officer(email, epci, str(commune)))
        finally:
            server.passwords._hasher = real
    started = time.perf_counter()
    first, rounds = asyncio.run(crowd(url, officers))
    elapsed = time.perf_counter() - started
    households = sum(len(officer.households) for officer in officers)
    print(
        f"{OFFICERS} officers, one EPCI each ({households:,} households in all), first sync "
        f"together: {first.records:,} records, median "
        f"{statistics.median(first.seconds or [0]):.2f} s, p95 "
        f"{percentile(first.seconds or [0], 0.95):.2f} s, {len(first.errors)} errors"
    )
    seconds = [s for outcome in rounds for s in outcome.seconds]
    errors = [e for outcome in [first, *rounds] for e in outcome.errors]
    syncs = OFFICERS * ROUNDS
    print(
        f"{OFFICERS} officers syncing at once, {ROUNDS} rounds (push {EDITS_PER_SYNC + 3} changes, "
        f"pull to the end): {len(seconds)}/{syncs} syncs, push+pull median "
        f"{statistics.median(seconds or [0]) * 1000:.0f} ms, p95 "
        f"{percentile(seconds or [0], 0.95) * 1000:.0f} ms, max {max(seconds or [0]) * 1000:.0f} ms"
        f" ({elapsed:.1f} s for the whole crowd)"
    )
    for error in errors[:5]:
        print(f"  error: {error}")
    print(f"errors: {len(errors)} — goal 0: {verdict(not errors)}")
    return not errors


def main() -> int:
    parser = demo_arguments(__doc__.splitlines()[0])
    parser.set_defaults(households=12_000)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    demo_dir = demo_data_dir(args)
    demo_db = database_path(demo_dir)
    expected = {
        name: count for name, count in table_counts(demo_db).items() if name not in SERVER_ONLY
    }
    print(f"Demo: {demo_db} ({expected['household']:,} households); {os.cpu_count()} CPUs")
    with (
        tempfile.TemporaryDirectory(prefix="escale-bench-sync-") as scratch,
        postgres_database() as (_cluster, url),
    ):
        folder = Path(scratch)
        engine = prepared_engine(url)
        officer_add(url, EMAIL, "Agent du banc", *sorted(words.DEPARTEMENT_OF))
        with engine.connect() as connection:
            officer_id = connection.execute(text("SELECT id FROM officer")).scalar_one()
        changes, seconds = seed(engine, demo_db, officer_id)
        print(
            f"seeded through server.push.push (in process, PostgreSQL): {changes:,} changes in "
            f"{seconds:.1f} s, {changes / seconds:,.0f} changes/s"
        )
        with served(url, args.workers, folder / "server.log") as base:
            print(f"escale-server serve --workers {args.workers} on PostgreSQL at {base}")
            device = Device(folder / "device", base)
            try:
                first_sync(device, expected, folder / "baseline")
                incremental_sync(device, officer_id)
            finally:
                if device.database is not None:
                    device.database.close()
            ok = fifty_officers(engine, base)
        engine.dispose()
    return 0 if ok else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as failure:
        print(f"FAIL: {failure}")
        sys.exit(1)
