"""Logging exchanges, planning follow-ups and seeing what is due."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop.cases.follow_ups import (
    Horizon,
    end_of_week,
    household_follow_ups,
    mark_done,
    open_follow_ups,
    schedule_follow_up,
)
from desktop.cases.households import HouseholdInput, PersonInput, register_household
from desktop.cases.timeline import NextFollowUp, log_interaction, timeline
from desktop.errors import FormError
from desktop.models import Channel, FollowUp, Interaction, Officer, PersonRole, Source
from desktop.storage import Database

TODAY = date(2026, 11, 25)  # a Wednesday


def household(database: Database, name: str, officer_id: uuid.UUID | None = None) -> uuid.UUID:
    data = HouseholdInput(
        source=Source.PHONE,
        members=[PersonInput(PersonRole.ADULT, "A", name, phone="06 12 34 56 78")],
        officer_id=officer_id,
    )
    with database.transaction() as session:
        return register_household(session, data, today=TODAY).id


def test_a_call_with_its_follow_up_in_one_step(database: Database) -> None:
    household_id = household(database, "Martin")
    with database.transaction() as session:
        log_interaction(
            session,
            household_id,
            channel=Channel.PHONE,
            summary="Appel : visite prévue à Decize",
            occurred_at=datetime(2026, 11, 25, 9, tzinfo=UTC),
            follow_up=NextFollowUp(TODAY + timedelta(days=10), "Rappeler après la visite"),
            today=TODAY,
        )
        log_interaction(
            session,
            household_id,
            channel=Channel.NOTE,
            summary="Hésite encore, à ne pas brusquer",
            internal=True,
            occurred_at=datetime(2026, 11, 25, 10, tzinfo=UTC),
            today=TODAY,
        )
    with database.session() as session:
        entries = timeline(session, household_id)
        follow_ups = household_follow_ups(session, household_id)
    assert [(e.channel, e.internal) for e in entries] == [
        (Channel.NOTE, True),
        (Channel.PHONE, False),
    ]
    assert [(f.due_on, f.what) for f in follow_ups] == [
        (date(2026, 12, 5), "Rappeler après la visite")
    ]
    assert follow_ups[0].interaction_id == entries[1].id


def test_bad_exchanges_are_refused_whole(database: Database) -> None:
    household_id = household(database, "Martin")
    with pytest.raises(FormError) as caught, database.transaction() as session:
        log_interaction(
            session,
            household_id,
            channel=Channel.PHONE,
            summary="   ",
            follow_up=NextFollowUp(TODAY - timedelta(days=1), ""),
            today=TODAY,
        )
    assert set(caught.value.by_field()) == {"summary", "what", "due_on"}
    assert "24/11/2026 est passé" in caught.value.by_field()["due_on"]
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Interaction)) == 0
        assert session.scalar(select(func.count()).select_from(FollowUp)) == 0


def test_follow_ups_by_horizon_and_done(database: Database) -> None:
    claire = Officer(id=uuid.uuid4(), name="Claire", email="claire@region-bfc.fr")
    with database.transaction() as session:
        session.add(claire)
    mine, other = household(database, "Martin", claire.id), household(database, "Zola")
    with database.transaction() as session:
        for household_id, due, what in [
            (mine, date(2026, 11, 2), "Relancer"),
            (mine, TODAY, "Appeler"),
            (mine, date(2026, 11, 29), "Envoyer les offres"),
            (mine, date(2026, 11, 30), "Semaine prochaine"),
            (other, TODAY, "Autre chargé"),
        ]:
            session.add(FollowUp(household_id=household_id, due_on=due, what=what))
    assert end_of_week(TODAY) == date(2026, 11, 29)

    with database.session() as session:
        due = open_follow_ups(session, today=TODAY, officer_id=claire.id)
        everyone = open_follow_ups(session, today=TODAY)
    assert [row.what for row in due[Horizon.OVERDUE]] == ["Relancer"]
    assert [row.what for row in due[Horizon.TODAY]] == ["Appeler"]
    assert [row.what for row in due[Horizon.THIS_WEEK]] == ["Envoyer les offres"]
    assert [row.what for row in everyone[Horizon.TODAY]] == ["Appeler", "Autre chargé"]

    with database.transaction() as session:
        mark_done(session, due[Horizon.OVERDUE][0].id, today=TODAY)
    with database.session() as session:
        assert open_follow_ups(session, today=TODAY, officer_id=claire.id)[Horizon.OVERDUE] == []


def test_scheduling_checks_its_input(database: Database) -> None:
    household_id = household(database, "Martin")
    with pytest.raises(FormError, match="dites ce qu'il faudra faire"), database.transaction() as s:
        schedule_follow_up(s, household_id, due_on=TODAY, what=" ", today=TODAY)
    with pytest.raises(FormError, match="240 caractères au plus"), database.transaction() as s:
        schedule_follow_up(s, household_id, due_on=TODAY, what="x" * 241, today=TODAY)
