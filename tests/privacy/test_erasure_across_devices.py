"""Scenario 6: a family asks to be forgotten; nothing of them stays on any machine.

Ana (device A) and Noé (device B) follow the same household of the Nièvre
through the real server (uvicorn in a thread, over SQLite). Their edits of the
same phone leave a conflict logged on the server and on both devices; Noé
edits the household again offline. Ana erases it and syncs; Noé syncs. Then the
raw bytes of the three database files (main file and WAL: freed pages, the
search index's old segments and the sync journal included) hold neither the
name, nor the e-mail, nor a phone number, in any case; the household is still
there, anonymous, and the programme's figures are the same as before.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cases.households import (
    HouseholdInput,
    NeedInput,
    PersonInput,
    TargetInput,
    load_household,
    register_household,
    update_household,
)
from desktop.cases.timeline import log_interaction
from desktop.models import (
    Channel,
    Household,
    NeedDomain,
    PersonRole,
    SchoolLevel,
    Source,
    Status,
    SyncConflict,
    TerritoryKind,
)
from desktop.privacy.anonymous import ANONYMOUS_NAME
from desktop.privacy.erased import ErasedHouseholdError
from desktop.privacy.erasure import erase_household
from desktop.reporting.indicators import compute_indicators
from desktop.workflow.status import SettlementFacts, change_status
from tests.sync.region import NEVERS, TODAY, Device, Region, region, server_template

__all__ = ["region", "server_template"]  # fixtures used by the tests below

SECRETS = [
    "Zylberstein",
    "Philomène",
    "philomene",  # as the search index folds it
    "philo.zylberstein@exemple.fr",
    "687654321",  # the phone, whatever its prefix (+33 6…, 06…)
    "698765432",
    "611223344",
    "préfère les quartiers calmes",
]


def _register(device: Device) -> uuid.UUID:
    data = HouseholdInput(
        source=Source.FAIR,
        members=[
            PersonInput(
                PersonRole.ADULT,
                "Philomène",
                "Zylberstein",
                birth_year="1988",
                occupation="Infirmière",
                email="philo.zylberstein@exemple.fr",
                phone="06 87 65 43 21",
            ),
            PersonInput(PersonRole.CHILD, "Jules", "Zylberstein", school_level=SchoolLevel.PRIMARY),
        ],
        targets=[TargetInput(TerritoryKind.COMMUNE, NEVERS)],
        needs=[NeedInput(NeedDomain.HOUSING, note="Zylberstein préfère les quartiers calmes")],
        origin_city="Lyon",
    )
    with device.database.transaction() as session:
        household = register_household(session, data, today=TODAY)
        log_interaction(
            session,
            household.id,
            channel=Channel.PHONE,
            summary="Appel de Philomène Zylberstein, infirmière",
            internal=True,
            today=TODAY,
        )
        for status in (Status.CONTACTED, Status.ACCOMPANIED):
            change_status(session, household, status, today=TODAY)
        change_status(
            session,
            household,
            Status.SETTLED,
            settlement=SettlementFacts(TODAY, NEVERS, 1, 1, 1),
            today=TODAY,
        )
        return household.id


def _edit_phone(device: Device, household_id: uuid.UUID, phone: str) -> None:
    with device.database.transaction() as session:
        data = load_household(session, household_id)
        data.members[0].phone = phone
        update_household(session, household_id, data, today=TODAY)


def _figures(device: Device) -> tuple[int, ...]:
    with device.database.engine.connect() as connection:
        figures = compute_indicators(connection)
    return (
        figures.registered.households,
        figures.settled.households,
        figures.adults_settled,
        figures.children_settled,
        figures.children_schooled,
    )


def _leaks(*paths: Path) -> list[tuple[str, str]]:
    """Each (file, secret) whose bytes appear in the file, in any case."""
    found = []
    for path in paths:
        if not path.exists():
            continue
        content = path.read_bytes().lower()
        for secret in SECRETS:
            if secret.lower().encode() in content:
                found.append((path.name, secret))
    return found


def _files(database_file: Path) -> list[Path]:
    return [database_file, database_file.with_name(database_file.name + "-wal")]


def test_an_erasure_reaches_the_second_device_and_leaves_no_byte_of_the_family(
    region: Region, tmp_path: Path
) -> None:
    ana, noe = region.nievre, region.nievre_colleague
    household_id = _register(ana)
    ana.sync()
    noe.sync()
    assert len(noe.records_of(household_id)) == len(ana.records_of(household_id)) >= 8

    # The same phone edited on both devices: the server logs the loser, both pull it.
    _edit_phone(ana, household_id, "06 98 76 54 32")
    _edit_phone(noe, household_id, "06 11 22 33 44")
    ana.sync()
    noe.sync()
    ana.sync()
    for device in (ana, noe):
        with device.database.session() as session:
            assert session.scalars(select(SyncConflict)).all(), "a conflict holding a phone"
    before = _figures(ana)
    assert before == _figures(noe)
    assert before[:2] == (1, 1)
    assert _leaks(*_files(ana.database.path), *_files(noe.database.path))  # the test can see

    # Noé edits the phone again, offline: his queued change holds it.
    _edit_phone(noe, household_id, "06 87 65 43 21")
    with ana.database.transaction() as session:
        erased = erase_household(session, household_id)
    assert erased.records == 5  # household, two members, the need, the interaction
    assert _leaks(*_files(ana.database.path)) == []  # at once, before any sync
    ana.sync()
    noe.sync()
    ana.sync()  # anything Noé's push brought back is anonymised again

    server_file = tmp_path / "server.db"
    for device in (ana, noe):
        with device.database.session() as session:
            household = session.get_one(Household, household_id)
            assert household.name == ANONYMOUS_NAME
            assert household.erased_at is not None
            data = load_household(session, household_id)
            assert [
                (member.role, member.first_name, member.email, member.phone)
                for member in data.members
            ] == [
                (PersonRole.ADULT, "", "", ""),
                (PersonRole.CHILD, "", "", ""),
            ]
            assert session.scalars(select(SyncConflict)).all() == []
        assert device.pending() == 0
        assert _figures(device) == before, "the anonymous record still counts"
    assert (
        _leaks(*_files(ana.database.path), *_files(noe.database.path), *_files(server_file)) == []
    )

    # Opened plain, every copy is a sound database where the household is anonymous.
    for path in (ana.database.path, noe.database.path):
        copy = tmp_path / f"copie-{path.parent.name}.db"
        copy.write_bytes(path.read_bytes())
        connection = sqlite3.connect(copy)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = connection.execute(
            "SELECT name FROM household WHERE id = ?", (household_id.hex,)
        ).fetchall()
        connection.close()
        assert names == [(ANONYMOUS_NAME,)]


def test_a_device_that_pulls_after_the_erasure_never_receives_the_family(
    region: Region,
) -> None:
    ana, lea = region.nievre, region.both
    household_id = _register(ana)
    ana.sync()
    with ana.database.transaction() as session:
        erase_household(session, household_id, now=datetime(2026, 11, 25, 10, tzinfo=UTC))
    ana.sync()
    lea.sync()
    with lea.database.session() as session:
        household = session.get_one(Household, household_id)
        assert household.name == ANONYMOUS_NAME
        assert household.erased_at == datetime(2026, 11, 25, 10, tzinfo=UTC)
        assert household.status is Status.SETTLED
    assert _leaks(*_files(lea.database.path)) == []
    assert date.today() >= TODAY


def test_a_form_opened_before_the_erasure_arrived_cannot_write_the_family_back(
    region: Region, tmp_path: Path
) -> None:
    ana, noe = region.nievre, region.nievre_colleague
    household_id = _register(ana)
    ana.sync()
    noe.sync()
    with noe.database.session() as session:  # Noé's page shows the household…
        stale = load_household(session, household_id)
    stale.members[0].phone = "06 87 65 43 21"  # …and he types, without saving yet
    with ana.database.transaction() as session:
        erase_household(session, household_id)
    ana.sync()
    noe.sync()  # the erasure arrives

    with pytest.raises(ErasedHouseholdError), noe.database.transaction() as session:
        update_household(session, household_id, stale, today=TODAY)
    assert noe.pending() == 0
    noe.sync()
    ana.sync()
    files = (*_files(ana.database.path), *_files(noe.database.path), tmp_path / "server.db")
    assert _leaks(*files) == []
