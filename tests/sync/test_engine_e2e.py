"""Two devices and the real regional server: edits meet, merge and converge.

The server is ``escale-server serve`` in its own process on a free loopback
port, over a SQLite file; officers are added with ``escale-server officer add``
as an administrator would. Each device is a real local database.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.cli import main
from desktop.models import Household, Person, PersonRole, Source, SyncConflict, TerritoryKind
from desktop.paths import database_path
from desktop.storage import Database, open_database
from desktop.sync import state
from desktop.sync.account import login
from desktop.sync.engine import SyncReport, sync_once
from desktop.sync.outbox import pending_count
from desktop.sync.transport import Transport
from tests.real_server import PASSWORD, Server


@dataclass
class Device:
    database: Database
    server_url: str

    def sync(self) -> SyncReport:
        with self.database.engine.connect() as connection:
            account = state.account(connection)
        assert account is not None
        with Transport(account.server_url, account.token) as transport:
            report = sync_once(self.database, transport)
        assert report.error is None, report.error.message
        return report


def device(
    tmp_path: Path, template_database: Path, server: Server, name: str, email: str
) -> Device:
    folder = tmp_path / name
    folder.mkdir()
    shutil.copy2(template_database, database_path(folder))
    database = open_database(database_path(folder))
    login(database.engine, server.url, email, PASSWORD)
    return Device(database, server.url)


@pytest.fixture
def devices(
    tmp_path: Path, template_database: Path, server: Server
) -> Iterator[tuple[Device, Device]]:
    server.add_officer("claire@example.fr", "Claire Martin", "58")
    server.add_officer("paul@example.fr", "Paul Durand", "58")
    one = device(tmp_path, template_database, server, "one", "claire@example.fr")
    other = device(tmp_path, template_database, server, "other", "paul@example.fr")
    yield one, other
    one.database.close()
    other.database.close()


def register(database: Database) -> uuid.UUID:
    data = HouseholdInput(
        source=Source.FAIR,
        members=[PersonInput(PersonRole.ADULT, "Claire", "Martin", phone="0612345678")],
        targets=[TargetInput(TerritoryKind.COMMUNE, "58194")],
    )
    with database.transaction() as session:
        return register_household(session, data, today=date(2026, 11, 25)).id


def person_of(database: Database, household_id: uuid.UUID) -> Person:
    with database.session() as session:
        return session.scalars(select(Person).where(Person.household_id == household_id)).one()


def test_a_household_created_offline_reaches_the_other_device(
    devices: tuple[Device, Device],
) -> None:
    one, other = devices
    household_id = register(one.database)
    report = one.sync()
    assert report.pushed == 4 and report.rejected == 0
    with one.database.engine.connect() as connection:
        assert pending_count(connection) == 0

    received = other.sync()
    assert received.pulled >= 4
    assert person_of(other.database, household_id).first_name == "Claire"
    with other.database.session() as session:
        assert session.get_one(Household, household_id).name == "Martin"
    again = other.sync()
    assert (again.pushed, again.conflicts) == (0, 0)


def test_edits_of_different_fields_merge_and_the_same_field_logs_a_conflict(
    devices: tuple[Device, Device],
) -> None:
    one, other = devices
    household_id = register(one.database)
    one.sync()
    other.sync()
    person_id = person_of(one.database, household_id).id

    with one.database.transaction() as session:
        claire = session.get_one(Person, person_id)
        claire.occupation = "Infirmière"
        claire.phone = "+33611111111"
    with other.database.transaction() as session:
        claire = session.get_one(Person, person_id)
        claire.job_sought = "Cadre de santé"
        claire.phone = "+33622222222"  # later clock: wins

    one.sync()
    other.sync()
    one.sync()
    for replica in (one, other):
        claire = person_of(replica.database, household_id)
        assert (claire.occupation, claire.job_sought, claire.phone) == (
            "Infirmière",
            "Cadre de santé",
            "+33622222222",
        )
        with replica.database.session() as session:
            [conflict] = session.scalars(select(SyncConflict)).all()
        assert (conflict.field, conflict.kept_value, conflict.lost_value) == (
            "phone",
            "+33622222222",
            "+33611111111",
        )


def test_a_deletion_propagates(devices: tuple[Device, Device]) -> None:
    one, other = devices
    household_id = register(one.database)
    one.sync()
    other.sync()
    with one.database.transaction() as session:
        session.get_one(Household, household_id).deleted = True
    one.sync()
    other.sync()
    with other.database.session() as session:
        assert session.get_one(Household, household_id).deleted is True


@pytest.mark.usefixtures("escale_passphrase")
def test_escale_sync_prints_the_counts(
    devices: tuple[Device, Device], capsys: pytest.CaptureFixture[str]
) -> None:
    one, _other = devices
    register(one.database)
    data_dir = one.database.path.parent
    assert main(["sync", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "Envoyées : 4 modification(s)" in out
    assert "Conflits : 0" in out


@pytest.mark.usefixtures("escale_passphrase")
def test_escale_login_stores_the_officer(
    tmp_path: Path,
    template_database: Path,
    server: Server,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    server.add_officer("claire@example.fr", "Claire Martin", "58")
    folder = tmp_path / "cli"
    folder.mkdir()
    shutil.copy2(template_database, database_path(folder))
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    argv = [
        "login",
        "--data-dir",
        str(folder),
        "--server",
        server.url,
        "--email",
        "claire@example.fr",
        "--password-stdin",
    ]
    assert main(argv) == 0
    assert "Claire Martin" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("faux\n"))
    assert main(argv) == 2
    assert capsys.readouterr().err.strip()
