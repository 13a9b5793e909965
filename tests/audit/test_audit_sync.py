"""The device's audit log reaches the real server at sync, once, even when the sync is killed.

A real local database logs in to the server (uvicorn over HTTP on loopback,
SQLite and PostgreSQL); ``escale sync`` runs in its own process through a real
TCP proxy that holds the server's answer to the entries, so the client can be
killed after the server kept them and before it marked them sent.
"""

from __future__ import annotations

import shutil
import signal
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, select

from desktop.audit import AuditAction, record
from desktop.audit.upload import pending_count
from desktop.models import AuditEntry
from desktop.paths import database_path
from desktop.storage import Database, open_database
from desktop.sync.account import login
from server.accounts import add_officer
from server.database import make_engine, writing
from server.models import AuditEntry as ServerEntry
from tests.conftest import TEST_PASSPHRASE
from tests.real_server import PASSWORD
from tests.server.conftest import LiveServer
from tests.server.helpers import NEVERS, Device, create_officer
from tests.sync import region
from tests.sync.live import cheap_password_hashes, make_server_template, officer, served
from tests.sync.proxy import proxy_to
from tests.sync.test_kill_resume import escale_sync

CLAIRE = "claire@example.fr"
PAUL = "paul@example.fr"


def server_entries(engine: Engine) -> dict[str, tuple[str | None, str]]:
    """Entry id → (recorded author, sender) on the server."""
    table = ServerEntry.__table__
    with engine.connect() as connection:
        rows = connection.execute(select(table.c.id, table.c.officer_id, table.c.sent_by))
        return {entry_id: (author, sender) for entry_id, author, sender in rows}


def hexes(ids: list[uuid.UUID]) -> set[str]:
    return {value.hex for value in ids}


def sync(database: Database) -> int:
    """One sync, which must succeed; the audit entries it sent."""
    return region.sync(database).audit_sent


@pytest.fixture
def laptop(tmp_path: Path, template_database: Path) -> Iterator[Database]:
    path = database_path(tmp_path / "laptop")
    path.parent.mkdir()
    shutil.copy2(template_database, path)
    database = open_database(path)
    yield database
    database.close()


def test_the_sync_hands_over_the_officers_own_entries_once(
    live_server: LiveServer, engine: Engine, laptop: Database
) -> None:
    claire_id = create_officer(engine, CLAIRE, NEVERS, name="Claire Morel")
    paul_id = create_officer(engine, PAUL, NEVERS, name="Paul Durand")
    early = record(laptop, AuditAction.EXPORTED, file="/tmp/foyers.csv", count=2)
    login(laptop.engine, live_server.url, PAUL, PASSWORD)
    pauls = record(laptop, AuditAction.PRINTED, households=[uuid.uuid4()])
    login(laptop.engine, live_server.url, CLAIRE, PASSWORD)
    claires = record(laptop, AuditAction.VIEWED, households=[uuid.uuid4(), uuid.uuid4()])

    assert sync(laptop) == 3
    kept = server_entries(engine)
    assert set(kept) == hexes(early + claires)  # Paul's waits for Paul
    assert kept[early[0].hex] == (None, claire_id)  # before any login: sent by Claire
    assert {kept[entry.hex] for entry in claires} == {(claire_id, claire_id)}
    assert pending_count(laptop) == 1
    assert sync(laptop) == 0  # nothing sent twice

    login(laptop.engine, live_server.url, PAUL, PASSWORD)
    assert sync(laptop) == 1
    assert server_entries(engine)[pauls[0].hex] == (paul_id, paul_id)
    assert pending_count(laptop) == 0
    with laptop.session() as session:
        assert all(entry.sent_at is not None for entry in session.scalars(select(AuditEntry)))

    with writing(engine) as session:  # the administrator reads what the laptop did
        add_officer(session, "admin@example.fr", "Admin", PASSWORD, [], role="administrator")
    with httpx.Client(base_url=live_server.url, timeout=30) as http:
        admin = Device.login(http, "admin@example.fr")
        answer = http.get("/admin/v1/audit", headers=admin.headers, params={"officer": CLAIRE})
    assert answer.status_code == 200, answer.text
    lines = {line["id"]: line for line in answer.json()}
    assert set(lines) == hexes(early + claires)
    assert lines[early[0].hex]["action"] == "export"
    assert lines[early[0].hex]["file"] == "/tmp/foyers.csv"
    assert lines[early[0].hex]["officer_email"] is None  # recorded before the first login
    assert lines[early[0].hex]["sent_by_email"] == CLAIRE
    assert {lines[entry.hex]["officer_email"] for entry in claires} == {CLAIRE}


@pytest.fixture(scope="module")
def server_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_server_template(tmp_path_factory.mktemp("audit-kill"))


def test_a_sync_killed_once_the_server_kept_the_entries_resends_them_and_they_count_once(
    tmp_path: Path, template_database: Path, server_template: Path
) -> None:
    path = database_path(tmp_path / "laptop")
    path.parent.mkdir()
    shutil.copy2(template_database, path)
    with cheap_password_hashes(), served(server_template, tmp_path) as (url, database_url):
        officer(database_url, CLAIRE, "58", name="Claire Morel")
        server = make_engine(database_url)
        with proxy_to(url) as proxy:
            laptop = open_database(path, TEST_PASSPHRASE)  # encrypted, as escale sync keeps it
            try:
                login(laptop.engine, proxy.url, CLAIRE, PASSWORD)
                ids = record(
                    laptop, AuditAction.VIEWED, households=[uuid.uuid4() for _ in range(3)]
                )
                hold = proxy.hold("/audit/v1/entries", 1)

                process = escale_sync(laptop)
                assert hold.reached.wait(60), "les entrées ne sont jamais parties"
                process.send_signal(signal.SIGKILL)
                process.wait(timeout=30)
                hold.release("cut")
                assert set(server_entries(server)) == hexes(ids)  # kept by the server…
                assert pending_count(laptop) == 3  # …never acknowledged to the client

                again = escale_sync(laptop)
                _, err = again.communicate(timeout=120)
                assert again.returncode == 0, err
                assert set(server_entries(server)) == hexes(ids)  # once each
                assert pending_count(laptop) == 0
                sends = [line for line in proxy.requests if "/audit/v1/entries" in line]
                assert len(sends) == 2
            finally:
                laptop.close()
                server.dispose()
