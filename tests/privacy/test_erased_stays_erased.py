"""No write through the ORM reaches an erased household, whoever tries; the erasure itself can."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.cases.households import (
    HouseholdInput,
    PersonInput,
    load_household,
    register_household,
    update_household,
)
from desktop.cases.timeline import log_interaction
from desktop.models import (
    Channel,
    Household,
    Interaction,
    Person,
    PersonRole,
    Source,
    SyncOutbox,
)
from desktop.privacy.anonymous import ANONYMOUS_NAME
from desktop.privacy.erased import ErasedHouseholdError
from desktop.privacy.erasure import erase_household
from desktop.storage import Database

TODAY = date(2026, 11, 25)


@pytest.fixture
def erased(database: Database) -> tuple[uuid.UUID, HouseholdInput]:
    """A household as an open page still holds it, and the household erased meanwhile."""
    data = HouseholdInput(
        source=Source.WEBSITE,
        members=[PersonInput(PersonRole.ADULT, "Hélène", "Lefèvre", email="helene@example.fr")],
    )
    with database.transaction() as session:
        household_id = register_household(session, data, today=TODAY).id
    with database.session() as session:
        stale = load_household(session, household_id)
    with database.transaction() as session:
        erase_household(session, household_id)
    return household_id, stale


def outbox_size(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(SyncOutbox)) or 0


def test_saving_a_stale_form_is_refused_and_writes_nothing(
    database: Database, erased: tuple[uuid.UUID, HouseholdInput]
) -> None:
    household_id, stale = erased
    queued = outbox_size(database)
    with pytest.raises(ErasedHouseholdError) as refused, database.transaction() as session:
        update_household(session, household_id, stale, today=TODAY)
    assert refused.value.household_id == household_id
    assert "anonymisé le" in refused.value.message
    with database.session() as session:
        household = session.get_one(Household, household_id)
        assert household.name == ANONYMOUS_NAME
        first_names = session.scalars(
            select(Person.first_name).where(Person.household_id == household_id)
        ).all()
    assert first_names == [""]
    assert outbox_size(database) == queued


def test_a_note_on_an_erased_household_is_refused(
    database: Database, erased: tuple[uuid.UUID, HouseholdInput]
) -> None:
    household_id, _stale = erased
    with pytest.raises(ErasedHouseholdError), database.transaction() as session:
        log_interaction(
            session,
            household_id,
            channel=Channel.PHONE,
            summary="Hélène rappelle demain",
            internal=False,
            officer_id=None,
            today=TODAY,
        )
    with database.session() as session:
        notes = session.scalars(
            select(Interaction.summary).where(Interaction.household_id == household_id)
        ).all()
    assert "Hélène rappelle demain" not in notes


def test_erasing_again_still_anonymises(
    database: Database, erased: tuple[uuid.UUID, HouseholdInput]
) -> None:
    household_id, _stale = erased
    with database.transaction() as session:
        erasure = erase_household(session, household_id)
    assert erasure.household_id == household_id
