"""A sync killed mid-way resumes from its last committed page: nothing lost, nothing twice.

``escale sync`` runs in its own process against ``escale-server serve`` through
a real TCP proxy (``tests.sync.proxy``) that holds the answer to the second
push or pull page once the server has answered it. While it is held, the test
kills the client (SIGKILL), or kills and restarts the server on the same
database and port; then the sync runs again (or its retry goes on) and the
outbox, the cursor and the server's records say whether anything was lost or
applied twice (invariant 5).

One device holds 130 households made offline (520 changes: two push pages of
500); another device pulls them (two pull pages).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import func, select

from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.models import PersonRole, Source, SyncOutbox, TerritoryKind
from desktop.paths import database_path
from desktop.storage import Database, open_database
from desktop.sync import codec, state
from desktop.sync.account import login
from desktop.sync.engine import PAGE_SIZE
from server.database import make_engine
from server.models import AppliedChange, Record
from tests.conftest import TEST_PASSPHRASE
from tests.real_server import PASSWORD, free_port, start_server
from tests.sync.live import cheap_password_hashes, make_server_template, officer
from tests.sync.proxy import Hold, Proxy, proxy_to

ESCALE = Path(sys.executable).with_name("escale")
HOUSEHOLDS = 130
CHANGES = HOUSEHOLDS * 4  # household, member, wish, first status: two push pages
EMAIL = "claire@example.fr"


@dataclass
class Site:
    """A server process on a fixed port (so it can restart there) and a proxy before it."""

    db_url: str
    port: int
    process: subprocess.Popen[bytes]
    proxy: Proxy

    def kill_and_restart(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        self.process = start_server(self.db_url, self.port)

    def applied_changes(self) -> int:
        engine = make_engine(self.db_url)
        try:
            with engine.connect() as connection:
                return connection.scalar(select(func.count()).select_from(AppliedChange)) or 0
        finally:
            engine.dispose()

    def household_records(self) -> dict[tuple[str, str], int]:
        """(table, id) → version of every household-scoped record on the server."""
        engine = make_engine(self.db_url)
        try:
            with engine.connect() as connection:
                rows = connection.execute(
                    select(Record.table_name, Record.id, Record.version).where(
                        Record.household_id.is_not(None)
                    )
                )
                return {(table, record_id): version for table, record_id, version in rows}
        finally:
            engine.dispose()


@pytest.fixture(scope="module")
def server_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_server_template(tmp_path_factory.mktemp("kill-resume"))


@pytest.fixture
def site(tmp_path: Path, server_template: Path) -> Iterator[Site]:
    shutil.copy2(server_template, tmp_path / "server.db")
    db_url = f"sqlite:///{tmp_path / 'server.db'}"
    port = free_port()
    process = start_server(db_url, port)
    with cheap_password_hashes():  # the server process checks it all the same
        officer(db_url, EMAIL, "58", name="Claire")
    with proxy_to(f"http://127.0.0.1:{port}") as proxy:
        running = Site(db_url, port, process, proxy)
        yield running
        running.process.terminate()
        running.process.wait(timeout=30)


def device(tmp_path: Path, template_database: Path, site: Site, name: str) -> Database:
    path = database_path(tmp_path / name)
    path.parent.mkdir()
    shutil.copy2(template_database, path)
    database = open_database(path, TEST_PASSPHRASE)  # encrypted, as escale sync keeps it
    login(database.engine, site.proxy.url, EMAIL, PASSWORD)
    return database


def register_many(database: Database) -> None:
    with database.transaction() as session:
        for number in range(HOUSEHOLDS):
            data = HouseholdInput(
                source=Source.FAIR,
                members=[
                    PersonInput(PersonRole.ADULT, "Claire", f"Martin{number}", phone="0612345678")
                ],
                targets=[TargetInput(TerritoryKind.COMMUNE, "58194")],
            )
            register_household(session, data, today=date(2026, 11, 25))


def escale_sync(database: Database) -> subprocess.Popen[str]:
    """``escale sync`` on this device's data folder, in its own process."""
    return subprocess.Popen(
        [str(ESCALE), "sync", "--data-dir", str(database.path.parent)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "ESCALE_PASSPHRASE": TEST_PASSPHRASE},
    )


def finished(process: subprocess.Popen[str]) -> str:
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return out


def killed_while_held(database: Database, hold: Hold) -> None:
    process = escale_sync(database)
    assert hold.reached.wait(60), "la page attendue n'est jamais passée"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    hold.release("cut")


def outbox(database: Database) -> int:
    with database.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(SyncOutbox)) or 0


def cursor(database: Database) -> int:
    with database.engine.connect() as connection:
        return state.cursor(connection)


def household_records(database: Database) -> dict[tuple[str, str], int]:
    found = {}
    with database.engine.connect() as connection:
        for name, table in codec.synced_tables().items():
            if name == "household" or "household_id" in table.c:
                for record_id, version in connection.execute(select(table.c.id, table.c.version)):
                    found[(name, record_id.hex)] = version
    return found


def pull_cursors(proxy: Proxy) -> list[int]:
    return [
        int(parse_qs(urlsplit(line.split(" ")[1]).query)["cursor"][0])
        for line in proxy.requests
        if line.split(" ")[1].startswith("/sync/v1/pull")
    ]


@pytest.fixture
def pushing(tmp_path: Path, template_database: Path, site: Site) -> Iterator[Database]:
    database = device(tmp_path, template_database, site, "pushing")
    register_many(database)
    assert outbox(database) == CHANGES > PAGE_SIZE
    yield database
    database.close()


def test_a_client_killed_mid_push_resends_and_nothing_is_applied_twice(
    site: Site, pushing: Database
) -> None:
    hold = site.proxy.hold("/sync/v1/push", 2)
    killed_while_held(pushing, hold)
    # The server applied both pages; the client committed the first acknowledgement only.
    assert site.applied_changes() == CHANGES
    assert outbox(pushing) == CHANGES - PAGE_SIZE

    out = finished(escale_sync(pushing))
    assert "Envoyées : 0 modification(s)" in out  # the second page again: duplicates
    assert outbox(pushing) == 0
    assert site.applied_changes() == CHANGES
    on_server = site.household_records()
    assert len(on_server) == CHANGES
    assert set(on_server.values()) == {1}  # each change applied once
    assert household_records(pushing) == on_server


def test_a_client_killed_mid_pull_resumes_from_its_last_page(
    tmp_path: Path, template_database: Path, site: Site, pushing: Database
) -> None:
    finished(escale_sync(pushing))
    pulling = device(tmp_path, template_database, site, "pulling")
    try:
        hold = site.proxy.hold("/sync/v1/pull", 2)
        killed_while_held(pulling, hold)
        first_page_end = cursor(pulling)
        assert first_page_end > 0  # the first page and its cursor were committed together
        assert len(household_records(pulling)) < CHANGES

        site.proxy.requests.clear()
        finished(escale_sync(pulling))
        assert pull_cursors(site.proxy)[0] == first_page_end  # resumed, not started over
        assert (
            household_records(pulling) == site.household_records() == (household_records(pushing))
        )
    finally:
        pulling.close()


@pytest.mark.parametrize("phase", ["push", "pull"])
def test_a_server_restarted_mid_sync_lets_the_sync_finish(
    tmp_path: Path, template_database: Path, site: Site, pushing: Database, phase: str
) -> None:
    syncing = pushing
    if phase == "pull":
        finished(escale_sync(pushing))
        syncing = device(tmp_path, template_database, site, "pulling")
    try:
        hold = site.proxy.hold(f"/sync/v1/{phase}", 2)
        process = escale_sync(syncing)
        assert hold.reached.wait(60)
        site.kill_and_restart()  # the answer to the second page dies with the old process
        hold.release("cut")  # the client sees the connection drop, retries on the new one
        out = finished(process)
        assert "Envoyées : " in out
        assert outbox(syncing) == 0
        assert site.applied_changes() == CHANGES
        on_server = site.household_records()
        assert set(on_server.values()) == {1}
        assert household_records(syncing) == on_server
    finally:
        if syncing is not pushing:
            syncing.close()
