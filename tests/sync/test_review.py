"""Conflicts and refused changes as the officer reviews them, and restoring a lost value."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import delete, select

from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.errors import UserFacingError
from desktop.models import (
    Officer,
    Person,
    PersonRole,
    Source,
    SyncConflict,
    SyncOutbox,
    SyncRejected,
    TerritoryKind,
)
from desktop.storage import Database
from desktop.sync import review

TODAY = date(2026, 11, 25)


@pytest.fixture
def person_id(database: Database) -> uuid.UUID:
    with database.transaction() as session:
        household = register_household(
            session,
            HouseholdInput(
                source=Source.WEBSITE,
                members=[PersonInput(PersonRole.ADULT, "Hélène", "Lefèvre", phone="0611111111")],
                targets=[TargetInput(TerritoryKind.COMMUNE, "58194")],
            ),
            today=TODAY,
        )
        session.flush()
        person = session.scalars(select(Person).where(Person.household_id == household.id)).one()
        bruno = Officer(id=uuid.uuid4(), name="Bruno Arnaud", email="bruno@example.fr")
        session.add(bruno)
        session.add(
            SyncConflict(
                seq=7,
                table_name="person",
                record_id=person.id,
                field="phone",
                kept_value="+33611111111",
                kept_hlc="0000000000002-00000-a",
                lost_value="+33622222222",
                lost_hlc="0000000000001-00000-b",
                lost_officer=bruno.id.hex,
                occurred_at=datetime(2026, 11, 24, 9, 30, tzinfo=UTC),
            )
        )
        session.add(
            SyncRejected(
                change_id=uuid.uuid4(),
                device_seq=3,
                table_name="person",
                record_id=person.id,
                household_id=household.id,
                fields={"email": "x@example.fr"},
                base_version=1,
                hlc="0000000000003-00000-a",
                reason="hors de votre territoire",
            )
        )
        return person.id


def test_conflicts_and_refusals_read_as_the_officer_names_things(
    database: Database, person_id: uuid.UUID
) -> None:
    with database.session() as session:
        (conflict,) = review.conflicts(session)
        (refused,) = review.rejected(session)
    assert (conflict.what, conflict.field) == ("Foyer Lefèvre – membre", "Téléphone")
    assert (conflict.kept, conflict.lost, conflict.lost_by) == (
        "+33611111111",
        "+33622222222",
        "Bruno Arnaud",
    )
    assert conflict.restored_at is None
    assert (refused.fields, refused.reason) == ("E-mail", "hors de votre territoire")


def test_restoring_puts_the_lost_value_back_as_a_new_edit_to_sync(
    database: Database, person_id: uuid.UUID
) -> None:
    with database.transaction() as session:
        session.execute(delete(SyncOutbox))
    with database.transaction() as session:
        review.restore_conflict(session, 7)
    with database.session() as session:
        assert session.get_one(Person, person_id).phone == "+33622222222"
        (edit,) = session.scalars(select(SyncOutbox)).all()
        assert (edit.table_name, edit.record_id, edit.fields) == (
            "person",
            person_id,
            {"phone": "+33622222222"},
        )
        assert session.get_one(SyncConflict, 7).restored_at is not None
    with database.transaction() as session, pytest.raises(UserFacingError, match="déjà"):
        review.restore_conflict(session, 7)


def test_a_record_gone_from_this_device_cannot_be_restored(
    database: Database, person_id: uuid.UUID
) -> None:
    with database.transaction() as session:
        session.get_one(SyncConflict, 7).record_id = uuid.uuid4()
    with (
        database.transaction() as session,
        pytest.raises(UserFacingError, match="plus sur ce poste"),
    ):
        review.restore_conflict(session, 7)
    with database.session() as session:
        assert session.get_one(SyncConflict, 7).restored_at is None
