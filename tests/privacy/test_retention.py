"""Retention: who is listed after three years with no contact from them, what the officer does."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from desktop.models import (
    Channel,
    ConsentChannel,
    FollowUp,
    Household,
    Interaction,
    Source,
    Status,
    SyncOutbox,
)
from desktop.privacy.anonymous import ANONYMOUS_NAME
from desktop.privacy.consent import ConsentError, give_consent, withdraw_consent
from desktop.privacy.erasure import erase_household
from desktop.privacy.retention import (
    ask_consent_again,
    check_due,
    households_past_retention,
    mark_checked,
    retention_limit,
)
from desktop.storage import Database

TODAY = date(2026, 11, 26)


def _household(
    database: Database,
    name: str,
    registered: datetime,
    *,
    consent_at: datetime | None = None,
    exchanges: tuple[tuple[datetime, Channel, bool], ...] = (),
) -> uuid.UUID:
    household = Household(
        name=name, source=Source.WEBSITE, registered_at=registered, consent_at=consent_at
    )
    with database.transaction() as session:
        session.add(household)
        session.flush()
        for moment, channel, internal in exchanges:
            session.add(
                Interaction(
                    household_id=household.id,
                    occurred_at=moment,
                    channel=channel,
                    summary="Échange",
                    internal=internal,
                )
            )
    return household.id


def _at(year: int, month: int = 1, day: int = 10) -> datetime:
    return datetime(year, month, day, 9, tzinfo=UTC)


def test_households_without_contact_from_them_for_three_years_are_listed(
    database: Database,
) -> None:
    old = _household(database, "Ancien", _at(2021))
    _household(database, "Récent", _at(2024))
    called = _household(
        database, "Rappelé", _at(2021), exchanges=((_at(2024, 6), Channel.PHONE, False),)
    )
    noted = _household(
        database,
        "Seulement des notes",
        _at(2020),
        exchanges=(
            (_at(2025), Channel.NOTE, False),
            (_at(2025, 3), Channel.PHONE, True),  # internal: not a contact from them
            (_at(2022, 5), Channel.EMAIL, False),
        ),
    )
    _household(database, "Consentement renouvelé", _at(2019), consent_at=_at(2024, 2))
    with database.engine.connect() as connection:
        listed = households_past_retention(connection, TODAY)
    assert [(case.name, case.last_contact_at) for case in listed] == [
        ("Ancien", _at(2021)),
        ("Seulement des notes", _at(2022, 5)),
    ]
    assert {case.household_id for case in listed} == {old, noted}
    assert called not in {case.household_id for case in listed}
    assert listed[0].status is Status.NEW
    assert retention_limit(TODAY) == datetime(2023, 11, 26, tzinfo=UTC)
    assert retention_limit(date(2028, 2, 29)) == datetime(2025, 2, 28, tzinfo=UTC)


def test_asking_again_keeps_the_household_listed_and_plans_a_follow_up(
    database: Database,
) -> None:
    household_id = _household(database, "Ancien", _at(2021))
    with database.transaction() as session:
        ask_consent_again(session, household_id, today=TODAY)
    with database.session() as session:
        note = session.scalars(select(Interaction)).one()
        follow_up = session.scalars(select(FollowUp)).one()
    assert note.channel is Channel.NOTE and "Consentement redemandé" in note.summary
    assert follow_up.due_on == date(2026, 12, 26)
    assert follow_up.interaction_id == note.id
    with database.engine.connect() as connection:
        assert [case.household_id for case in households_past_retention(connection, TODAY)] == [
            household_id
        ]
    # The family answers: the renewed consent takes it off the list.
    with database.transaction() as session:
        give_consent(session, household_id, channel=ConsentChannel.EMAIL, at=_at(2026, 11))
    with database.engine.connect() as connection:
        assert households_past_retention(connection, TODAY) == []


def test_anonymising_takes_the_household_off_the_list_and_keeps_it_counted(
    database: Database,
) -> None:
    household_id = _household(database, "Ancien", _at(2021))
    with database.transaction() as session:
        erase_household(session, household_id)
    with database.engine.connect() as connection:
        assert households_past_retention(connection, TODAY) == []
    with database.session() as session:
        household = session.get_one(Household, household_id)
        assert household.name == ANONYMOUS_NAME
        assert household.registered_at == _at(2021)
        queued = session.scalars(
            select(SyncOutbox)
            .where(SyncOutbox.table_name == "household")
            .order_by(SyncOutbox.device_seq)
        ).all()
    assert queued[-1].fields["name"] == ANONYMOUS_NAME
    assert queued[-1].fields["erased_at"] is not None
    assert all("Ancien" not in str(entry.fields) for entry in queued)  # rewritten in the queue


def test_the_list_is_checked_once_a_month(database: Database) -> None:
    with database.engine.begin() as connection:
        assert check_due(connection, TODAY)
        mark_checked(connection, TODAY)
        assert not check_due(connection, date(2026, 12, 20))
        assert check_due(connection, date(2026, 12, 26))
        mark_checked(connection, date(2027, 1, 31))
        assert check_due(connection, date(2027, 2, 28))


def test_consent_withdrawal_is_dated_with_its_channel_and_queued_for_the_server(
    database: Database,
) -> None:
    household_id = _household(database, "Martin", _at(2026), consent_at=_at(2026))
    with database.transaction() as session:
        withdraw_consent(session, household_id, channel=ConsentChannel.PHONE, at=_at(2026, 11))
    with database.session() as session:
        household = session.get_one(Household, household_id)
        assert household.consent_withdrawn_at == _at(2026, 11)
        assert household.consent_withdrawn_channel is ConsentChannel.PHONE
        assert household.consent_at == _at(2026)  # what was agreed stays recorded
        change = session.scalars(
            select(SyncOutbox).order_by(SyncOutbox.device_seq.desc()).limit(1)
        ).one()
    assert change.fields == {
        "consent_withdrawn_at": "2026-11-10T09:00:00Z",
        "consent_withdrawn_channel": "telephone",
    }
    with database.transaction() as session, pytest.raises(ConsentError) as twice:
        withdraw_consent(session, household_id, channel=ConsentChannel.EMAIL)
    assert "déjà retiré depuis le 10/11/2026" in str(twice.value)
    with database.transaction() as session:
        erase_household(session, household_id)
    with database.transaction() as session, pytest.raises(ConsentError) as erased:
        give_consent(session, household_id, channel=ConsentChannel.EMAIL)
    assert "a été effacé le" in str(erased.value)
