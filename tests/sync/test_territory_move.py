"""Scope seen from the devices: the Nièvre and the Doubs, and a household moving between them.

Server-level checks are in ``tests/server/test_scope.py``; here real devices
sync with the real server (uvicorn in a thread, over SQLite): a change out of
the officer's territory lands in the refused list with its French reason and
does not hold back the next ones, a household of the Doubs can be neither
pulled nor fetched by the Nièvre, and a household whose first wished commune
moves to the Doubs leaves the Nièvre devices once their edits reached the
server, while the Doubs officer receives all of it (invariant 6).
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from desktop.cases.households import (
    HouseholdInput,
    PersonInput,
    TargetInput,
    load_household,
    register_household,
    update_household,
)
from desktop.models import Household, PersonRole, Source, SyncOutbox, SyncRejected, TerritoryKind
from desktop.paths import database_path
from desktop.storage import Database, open_database
from desktop.sync import codec, state
from desktop.sync.account import login
from desktop.sync.engine import SyncReport, sync_once
from desktop.sync.transport import PROTOCOL_HEADER, Transport
from tests.real_server import PASSWORD
from tests.sync.live import cheap_password_hashes, make_server_template, officer, served

NEVERS = "58194"
BESANCON = "25056"
TODAY = date(2026, 11, 25)


@dataclass
class Device:
    database: Database

    def sync(self) -> SyncReport:
        with self.database.engine.connect() as connection:
            account = state.account(connection)
        assert account is not None
        with Transport(account.server_url, account.token) as transport:
            report = sync_once(self.database, transport)
        assert report.error is None, report.error.message
        return report

    def token(self) -> str:
        with self.database.engine.connect() as connection:
            account = state.account(connection)
        assert account is not None
        return account.token

    def records_of(self, household_id: uuid.UUID) -> dict[tuple[str, str], int]:
        """(table, id) → version of the household and every record under it."""
        found = {}
        with self.database.engine.connect() as connection:
            for name, table in codec.synced_tables().items():
                if name == "household":
                    where = table.c.id == household_id
                elif "household_id" in table.c:
                    where = table.c.household_id == household_id
                else:
                    continue
                for record_id, version in connection.execute(
                    select(table.c.id, table.c.version).where(where)
                ):
                    found[(name, record_id.hex)] = version
        return found

    def rejected(self) -> list[tuple[str, str]]:
        with self.database.session() as session:
            return [
                (row.table_name, row.reason)
                for row in session.scalars(select(SyncRejected).order_by(SyncRejected.device_seq))
            ]

    def pending(self) -> int:
        with self.database.session() as session:
            return len(session.scalars(select(SyncOutbox)).all())


@dataclass
class Region:
    url: str
    nievre: Device
    nievre_colleague: Device
    doubs: Device


@pytest.fixture(scope="module")
def server_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_server_template(tmp_path_factory.mktemp("territories"))


@pytest.fixture
def region(tmp_path: Path, template_database: Path, server_template: Path) -> Iterator[Region]:
    with served(server_template, tmp_path) as (url, db_url), cheap_password_hashes():
        officer(db_url, "ana@nievre.fr", "58", name="Ana")
        officer(db_url, "noe@nievre.fr", "58", name="Noé")
        officer(db_url, "zoe@doubs.fr", "25", name="Zoé")
        devices = []
        for name, email in [
            ("ana", "ana@nievre.fr"),
            ("noe", "noe@nievre.fr"),
            ("zoe", "zoe@doubs.fr"),
        ]:
            path = database_path(tmp_path / name)
            path.parent.mkdir()
            shutil.copy2(template_database, path)
            database = open_database(path)
            login(database.engine, url, email, PASSWORD)
            devices.append(Device(database))
        yield Region(url, *devices)
        for device in devices:
            device.database.close()


def register(device: Device, commune: str, last_name: str) -> uuid.UUID:
    data = HouseholdInput(
        source=Source.FAIR,
        members=[PersonInput(PersonRole.ADULT, "Claire", last_name, phone="0612345678")],
        targets=[TargetInput(TerritoryKind.COMMUNE, commune)],
    )
    with device.database.transaction() as session:
        return register_household(session, data, today=TODAY).id


def fetch(region: Region, device: Device, table: str, record_id: uuid.UUID) -> httpx.Response:
    return httpx.get(
        f"{region.url}/sync/v1/records/{table}/{record_id.hex}",
        headers={PROTOCOL_HEADER: "1", "Authorization": f"Bearer {device.token()}"},
    )


def test_a_change_out_of_scope_is_refused_in_french_and_the_next_ones_go_through(
    region: Region,
) -> None:
    in_doubs = register(region.nievre, BESANCON, "Hors-Zone")
    in_nievre = register(region.nievre, NEVERS, "Dans-Zone")
    report = region.nievre.sync()
    assert (report.pushed, report.rejected) == (4, 4)
    assert region.nievre.pending() == 0  # the refused changes hold nothing back
    rejected = region.nievre.rejected()
    assert ("household", "Ce foyer est hors de votre territoire.") in rejected
    assert {table for table, _reason in rejected} == {
        "household",
        "person",
        "household_target",
        "status_change",
    }
    assert fetch(region, region.nievre, "household", in_nievre).status_code == 200
    assert fetch(region, region.doubs, "household", in_doubs).status_code == 404  # not written
    region.doubs.sync()
    assert region.doubs.records_of(in_doubs) == {}

    # A household the Doubs officer really has: the Nièvre can neither pull nor guess it.
    doubs_household = register(region.doubs, BESANCON, "Comtois")
    region.doubs.sync()
    assert fetch(region, region.doubs, "household", doubs_household).status_code == 200
    region.nievre.sync()
    assert region.nievre.records_of(doubs_household) == {}
    guessed = fetch(region, region.nievre, "household", doubs_household)
    assert guessed.status_code == 404
    assert guessed.json()["detail"] == "Enregistrement introuvable."
    unknown = fetch(region, region.nievre, "household", uuid.uuid4())
    assert (unknown.status_code, unknown.json()) == (guessed.status_code, guessed.json())


def test_a_household_moving_to_the_doubs_leaves_the_nievre_after_its_edits_landed(
    region: Region,
) -> None:
    household_id = register(region.nievre, NEVERS, "Voyageur")
    region.nievre.sync()
    region.nievre_colleague.sync()
    region.doubs.sync()
    assert region.doubs.records_of(household_id) == {}
    held_before = region.nievre.records_of(household_id)
    assert len(held_before) == 4

    # Offline: Ana edits the phone and moves the first wish to Besançon; Noé edits too.
    with region.nievre.database.transaction() as session:
        data = load_household(session, household_id)
        data.members[0].phone = "0698765432"
        data.targets = [TargetInput(TerritoryKind.COMMUNE, BESANCON)]
        update_household(session, household_id, data, today=TODAY)
    with region.nievre_colleague.database.transaction() as session:
        session.get_one(Household, household_id).housing_notes = "près de la gare"

    moved = region.nievre.sync()
    assert (moved.pushed, moved.rejected, moved.purged) == (3, 0, 1)  # phone, new wish, old wish
    assert region.nievre.records_of(household_id) == {}

    late = region.nievre_colleague.sync()
    assert late.rejected == 1 and late.purged == 1  # pushed after the move: out of scope, kept
    assert region.nievre_colleague.rejected() == [
        ("household", "Ce foyer est hors de votre territoire.")
    ]
    assert region.nievre_colleague.records_of(household_id) == {}

    region.doubs.sync()
    received = region.doubs.records_of(household_id)
    assert set(held_before) < set(received)  # everything the Nièvre had, and the new wish
    assert fetch(region, region.doubs, "household", household_id).status_code == 200
    with region.doubs.database.session() as session:
        data = load_household(session, household_id)
    assert data.members[0].phone == "+33698765432"  # the edit pushed with the move landed
    assert [(target.kind, target.code) for target in data.targets] == [
        (TerritoryKind.COMMUNE, BESANCON)
    ]
    assert fetch(region, region.nievre, "household", household_id).status_code == 404
