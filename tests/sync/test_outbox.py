"""Every ORM write of a synced record leaves one outbox entry, in the same transaction."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, text

from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.models import (
    Household,
    Person,
    PersonRole,
    Source,
    SyncOutbox,
    TerritoryKind,
)
from desktop.storage import Database
from desktop.sync import clock, state
from desktop.sync.outbox import pending_count

TODAY = date(2026, 11, 25)


def family() -> HouseholdInput:
    return HouseholdInput(
        source=Source.WEBSITE,
        members=[
            PersonInput(PersonRole.ADULT, "Hélène", "Lefèvre", email="helene@example.fr"),
            PersonInput(PersonRole.CHILD, "Lina", "Benali", birth_year="2017"),
        ],
        targets=[TargetInput(TerritoryKind.COMMUNE, "58194")],
    )


def entries(database: Database) -> list[SyncOutbox]:
    with database.session() as session:
        return list(session.scalars(select(SyncOutbox).order_by(SyncOutbox.device_seq)))


@pytest.fixture
def household_id(database: Database) -> uuid.UUID:
    with database.transaction() as session:
        return register_household(session, family(), today=TODAY).id


def test_a_creation_records_every_field_of_every_new_record(
    database: Database, household_id: uuid.UUID
) -> None:
    created = entries(database)
    tables = sorted(entry.table_name for entry in created)
    assert tables == ["household", "household_target", "person", "person", "status_change"]
    assert all(entry.base_version == 0 and not entry.deleted for entry in created)
    assert all(entry.household_id == household_id for entry in created)
    household = next(entry for entry in created if entry.table_name == "household")
    assert household.record_id == household_id
    assert household.fields["source"] == "site_web"
    assert household.fields["status"] == "nouveau"
    assert household.fields["registered_at"].endswith("Z")
    assert {"id", "version", "updated_at", "deleted"}.isdisjoint(household.fields)
    lina = next(entry for entry in created if entry.fields.get("first_name") == "Lina")
    assert lina.fields["birth_year"] == 2017
    assert lina.fields["household_id"] == household_id.hex


def test_sequence_numbers_and_clocks_increase_and_are_kept(
    database: Database, household_id: uuid.UUID
) -> None:
    created = entries(database)
    assert [entry.device_seq for entry in created] == list(range(1, len(created) + 1))
    clocks = [entry.hlc for entry in created]
    assert clocks == sorted(clocks) and len(set(clocks)) == len(clocks)
    assert len({entry.change_id for entry in created}) == len(created)
    with database.engine.connect() as connection:
        device = state.device_id(connection)
        assert state.read(connection, state.DEVICE_SEQ) == str(len(created))
        assert state.read(connection, state.HLC) == clocks[-1]
    assert all(clock.Clock.parse(value).device == device for value in clocks)


def test_an_edit_records_only_the_fields_that_changed(
    database: Database, household_id: uuid.UUID
) -> None:
    before = len(entries(database))
    with database.transaction() as session:
        person = session.scalars(select(Person).where(Person.first_name == "Hélène")).one()
        version = person.version
        person.phone = "+33612345678"
        person.first_name = "Hélène"  # set to the same value: not a change
        person_id = person.id
    with database.transaction() as session:
        session.get_one(Household, household_id).name = "Lefèvre"  # unchanged name
    after = entries(database)
    assert len(after) == before + 1
    change = after[-1]
    assert (change.table_name, change.record_id) == ("person", person_id)
    assert change.fields == {"phone": "+33612345678"}
    assert change.base_version == 0  # its creation still waits: the server has no version yet
    assert version == 1
    assert change.deleted is False


def test_an_edit_is_based_on_the_last_version_from_the_server(
    database: Database, household_id: uuid.UUID
) -> None:
    """Local writes raise the version; behind a queued change, the base stays the server's."""
    with database.engine.begin() as connection:
        connection.execute(SyncOutbox.__table__.delete())  # as after a push
        connection.execute(text("UPDATE household SET version = 7"))  # as pulled
    for name in ("Durand", "Moreau"):
        with database.transaction() as session:
            session.get_one(Household, household_id).name = name
    first, second = entries(database)
    assert (first.base_version, second.base_version) == (7, 7)
    with database.session() as session:
        assert session.get_one(Household, household_id).version == 9


def test_a_tombstone_is_a_deleted_change(database: Database, household_id: uuid.UUID) -> None:
    with database.transaction() as session:
        lina = session.scalars(select(Person).where(Person.first_name == "Lina")).one()
        lina.deleted = True
    change = entries(database)[-1]
    assert (change.record_id, change.fields, change.deleted) == (lina.id, {}, True)


def test_a_real_delete_is_sent_as_a_tombstone(database: Database, household_id: uuid.UUID) -> None:
    with database.transaction() as session:
        lina = session.scalars(select(Person).where(Person.first_name == "Lina")).one()
        session.delete(lina)
    change = entries(database)[-1]
    assert (change.record_id, change.deleted) == (lina.id, True)


def test_a_failed_transaction_leaves_no_outbox_entry(
    database: Database, household_id: uuid.UUID
) -> None:
    before = entries(database)
    with database.engine.connect() as connection:
        seq_before = state.read(connection, state.DEVICE_SEQ)

    def failing(session: Any) -> None:
        person = session.scalars(select(Person).where(Person.first_name == "Lina")).one()
        person.job_sought = "Apprentie"
        session.flush()  # the entry exists inside the transaction...
        assert (
            session.scalar(
                select(SyncOutbox.device_seq).order_by(SyncOutbox.device_seq.desc()).limit(1)
            )
            == len(before) + 1
        )
        raise RuntimeError("échec simulé")  # ...and leaves with it

    with pytest.raises(RuntimeError):
        database.write(failing)
    assert [entry.change_id for entry in entries(database)] == [e.change_id for e in before]
    with database.engine.connect() as connection:
        assert state.read(connection, state.DEVICE_SEQ) == seq_before
    with database.session() as session:
        lina = session.scalars(select(Person).where(Person.first_name == "Lina")).one()
        assert lina.job_sought is None


def test_sql_writes_are_not_captured(database: Database, household_id: uuid.UUID) -> None:
    before = len(entries(database))
    with database.transaction() as session:
        session.execute(text("UPDATE person SET occupation = 'Boulangère'"))
    assert len(entries(database)) == before
    with database.engine.connect() as connection:
        assert pending_count(connection) == before
