"""A region for device-level sync tests: the real server, Nièvre and Doubs officers.

The server is served by uvicorn in a thread over SQLite; each officer has a
device made of a real case database logged in to it.
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
    register_household,
)
from desktop.models import PersonRole, Source, SyncOutbox, SyncRejected, TerritoryKind
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


def sync(database: Database) -> SyncReport:
    """One sync of the device with the server it is logged in to, which must succeed."""
    with database.engine.connect() as connection:
        account = state.account(connection)
    assert account is not None
    with Transport(account.server_url, account.token) as transport:
        report = sync_once(database, transport)
    assert report.error is None, report.error.message
    return report


@dataclass
class Device:
    database: Database

    def sync(self) -> SyncReport:
        return sync(self.database)

    def token(self) -> str:
        with self.database.engine.connect() as connection:
            account = state.account(connection)
        assert account is not None
        return account.token

    def records_of(self, household_id: uuid.UUID) -> dict[tuple[str, str], int]:
        """(table, id) → version of the household and every record under it."""
        found = {}
        with self.database.engine.connect() as connection:
            for name, table in codec.household_tables().items():
                owner = table.c.id if name == "household" else table.c.household_id
                where = owner == household_id
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
    both: Device
    """An officer covering the Nièvre and the Doubs."""


@pytest.fixture(scope="module")
def server_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_server_template(tmp_path_factory.mktemp("territories"))


@pytest.fixture
def region(tmp_path: Path, template_database: Path, server_template: Path) -> Iterator[Region]:
    with served(server_template, tmp_path) as (url, db_url), cheap_password_hashes():
        officer(db_url, "ana@nievre.fr", "58", name="Ana")
        officer(db_url, "noe@nievre.fr", "58", name="Noé")
        officer(db_url, "zoe@doubs.fr", "25", name="Zoé")
        officer(db_url, "lea@bfc.fr", "58", "25", name="Léa")
        devices = []
        for name, email in [
            ("ana", "ana@nievre.fr"),
            ("noe", "noe@nievre.fr"),
            ("zoe", "zoe@doubs.fr"),
            ("lea", "lea@bfc.fr"),
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
