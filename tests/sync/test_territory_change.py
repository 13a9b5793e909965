"""An administrator gives an officer a new territory: their device receives it whole.

The real server in a thread and two real devices; the territories are changed
with the same service as ``escale-server officer territories``.
"""

from __future__ import annotations

import shutil
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.models import Household, OfficerTerritory, PersonRole, Source, TerritoryKind
from desktop.paths import database_path
from desktop.storage import Database, open_database
from desktop.sync.account import login
from server.accounts import set_territories
from server.database import make_engine, writing
from tests.real_server import PASSWORD
from tests.sync.live import cheap_password_hashes, make_server_template, officer, served
from tests.sync.region import sync


def device(folder: Path, template_database: Path, url: str, email: str) -> Database:
    folder.mkdir()
    shutil.copy2(template_database, database_path(folder))
    database = open_database(database_path(folder))
    login(database.engine, url, email, PASSWORD)
    return database


def codes_of(database: Database, officer_id: str) -> set[str]:
    """The officer's territories as the device knows them (a removed one is a tombstone)."""
    with database.session() as session:
        rows = session.scalars(
            select(OfficerTerritory.code).where(
                OfficerTerritory.officer_id == uuid.UUID(officer_id), ~OfficerTerritory.deleted
            )
        )
        return set(rows)


def test_a_new_territory_arrives_whole_at_the_next_sync(
    tmp_path: Path, template_database: Path
) -> None:
    template = make_server_template(tmp_path)
    with cheap_password_hashes(), served(template, tmp_path) as (url, server_db):
        officer(server_db, "ana@nievre.fr", "58", name="Ana")
        zoe_id = officer(server_db, "zoe@doubs.fr", "25", name="Zoé")
        ana = device(tmp_path / "ana", template_database, url, "ana@nievre.fr")
        zoe = device(tmp_path / "zoe", template_database, url, "zoe@doubs.fr")
        try:
            with ana.transaction() as session:
                household_id = register_household(
                    session,
                    HouseholdInput(
                        source=Source.FAIR,
                        members=[PersonInput(PersonRole.ADULT, "Léa", "Roux", phone="0612345678")],
                        targets=[TargetInput(TerritoryKind.COMMUNE, "58194")],
                    ),
                    today=date(2026, 11, 25),
                ).id
            sync(ana)
            sync(zoe)
            with zoe.session() as session:
                assert session.get(Household, household_id) is None
            assert codes_of(zoe, zoe_id) == {"25"}

            engine = make_engine(server_db)
            with writing(engine) as session:
                set_territories(session, "zoe@doubs.fr", ["25", "58"])
            report = sync(zoe)
            assert report.repaired == ["58"]  # pulled alone, from its checksum
            with zoe.session() as session:
                assert session.get_one(Household, household_id).name == "Roux"
            assert codes_of(zoe, zoe_id) == {"25", "58"}

            with writing(engine) as session:
                set_territories(session, "zoe@doubs.fr", ["25"])
            engine.dispose()
            sync(zoe)
            assert codes_of(zoe, zoe_id) == {"25"}  # the tombstone reached the device
        finally:
            ana.close()
            zoe.close()
