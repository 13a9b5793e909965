"""The derived tables follow every write, and the triggers agree with a full rebuild."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import select, text

from desktop.cases import derived
from desktop.cases.duplicates import merge_households
from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.models import (
    Channel,
    FollowUp,
    Household,
    HouseholdTarget,
    Interaction,
    Person,
    PersonRole,
    Source,
    Status,
    StatusChange,
    TerritoryKind,
)
from desktop.storage import Database
from desktop.workflow.status import change_status

TODAY = date(2026, 11, 25)


def snapshot(database: Database) -> tuple[list[tuple], list[tuple]]:
    with database.engine.connect() as connection:
        search = connection.execute(
            text("SELECT rowid, names, contacts, places, notes FROM household_search ORDER BY 1")
        ).all()
        summary = connection.execute(
            text("SELECT * FROM household_summary ORDER BY household_id")
        ).all()
    return search, summary


def summary_of(database: Database, household_id: uuid.UUID) -> dict:
    with database.engine.connect() as connection:
        row = (
            connection.execute(
                text("SELECT * FROM household_summary WHERE household_id = :id"),
                {"id": household_id.hex},
            )
            .mappings()
            .one()
        )
    return dict(row)


def new_family(database: Database) -> uuid.UUID:
    data = HouseholdInput(
        source=Source.FAIR,
        members=[
            PersonInput(PersonRole.ADULT, "Claire", "Morel", email="claire@example.fr"),
            PersonInput(PersonRole.CHILD, "Léo", "Morel"),
        ],
        targets=[
            TargetInput(TerritoryKind.COMMUNE, "39198"),
            TargetInput(TerritoryKind.COMMUNE, "25056"),
        ],
    )
    with database.transaction() as session:
        return register_household(session, data, today=TODAY).id


def test_summary_follows_members_contacts_follow_ups_and_targets(database: Database) -> None:
    household_id = new_family(database)
    summary = summary_of(database, household_id)
    assert (summary["member_count"], summary["child_count"]) == (2, 1)
    assert (summary["target_name"], summary["target_departement"]) == ("Dole", "39")
    assert summary["last_contact_at"] is None
    assert summary["next_follow_up_on"] is None

    with database.transaction() as session:
        session.add(
            Person(
                household_id=household_id,
                role=PersonRole.CHILD,
                first_name="Zoé",
                last_name="Morel",
            )
        )
        session.add_all(
            [
                Interaction(
                    household_id=household_id,
                    channel=Channel.PHONE,
                    summary="Appel",
                    occurred_at=datetime(2026, 11, 20, 10, tzinfo=UTC),
                ),
                Interaction(
                    household_id=household_id,
                    channel=Channel.NOTE,
                    summary="Note",
                    occurred_at=datetime(2026, 11, 24, 10, tzinfo=UTC),
                ),
                FollowUp(household_id=household_id, due_on=date(2026, 12, 3), what="Rappeler"),
                FollowUp(
                    household_id=household_id, due_on=date(2026, 11, 30), what="Envoyer offres"
                ),
                FollowUp(
                    household_id=household_id,
                    due_on=date(2026, 11, 1),
                    what="Fait",
                    done_on=date(2026, 11, 2),
                ),
            ]
        )
    summary = summary_of(database, household_id)
    assert (summary["member_count"], summary["child_count"]) == (3, 2)
    assert summary["last_contact_at"].startswith("2026-11-20 10:00")
    assert summary["next_follow_up_on"] == "2026-11-30"

    with database.transaction() as session:
        dole = session.scalars(select(HouseholdTarget).where(HouseholdTarget.code == "39198")).one()
        dole.deleted = True
        follow_up = session.scalars(
            select(FollowUp).where(FollowUp.due_on == date(2026, 11, 30))
        ).one()
        follow_up.done_on = TODAY
    summary = summary_of(database, household_id)
    assert (summary["target_name"], summary["target_departement"]) == ("Besançon", "25")
    assert summary["next_follow_up_on"] == "2026-12-03"


def test_a_tombstoned_household_leaves_both_tables(database: Database) -> None:
    household_id = new_family(database)
    with database.transaction() as session:
        household = session.get(Household, household_id)
        assert household is not None
        household.deleted = True
    search, summary = snapshot(database)
    assert search == []
    assert summary == []


def test_triggers_and_rebuild_agree(database: Database) -> None:
    first, second = new_family(database), new_family(database)
    with database.transaction() as session:
        session.add(
            Interaction(household_id=first, channel=Channel.EMAIL, summary="Offres envoyées")
        )
        moved = session.scalars(
            select(Person).where(Person.household_id == second, Person.role == PersonRole.CHILD)
        ).one()
        moved.household_id = first
    maintained = snapshot(database)
    with database.engine.begin() as connection:
        derived.rebuild(connection)
    assert snapshot(database) == maintained


def test_a_suspended_bulk_load_rebuilds_once_and_rolls_back_whole(database: Database) -> None:
    household_id = new_family(database)
    with database.engine.begin() as connection, derived.suspended(connection):
        connection.execute(
            text("UPDATE person SET first_name = 'Clara' WHERE first_name = 'Claire'")
        )
        stale = connection.execute(
            text("SELECT names FROM household_search WHERE names LIKE '%Clara%'")
        ).all()
        assert stale == []
    search, _ = snapshot(database)
    assert "Clara" in search[0][1]

    try:
        with database.engine.begin() as connection, derived.suspended(connection):
            raise RuntimeError("coupure au milieu du chargement")
    except RuntimeError:
        pass
    with database.engine.connect() as connection:
        flag = connection.execute(
            text("SELECT count(*) FROM app_meta WHERE key = :key"), {"key": derived.SUSPENSION_KEY}
        ).scalar()
    assert flag == 0
    assert summary_of(database, household_id)["member_count"] == 2


def _move(database: Database, household_id: uuid.UUID, *steps: Status) -> None:
    with database.transaction() as session:
        household = session.get_one(Household, household_id)
        for step in steps:
            reason = "motif" if step in {Status.PAUSED, Status.ABANDONED} else None
            change_status(session, household, step, reason=reason, today=TODAY)


def test_summary_keeps_the_registration_date_and_the_furthest_step_reached(
    database: Database,
) -> None:
    """What the indicators count: a case paused or abandoned keeps the step it had reached."""
    household_id = new_family(database)
    summary = summary_of(database, household_id)
    with database.engine.connect() as connection:
        registered = connection.execute(
            text("SELECT registered_at FROM household WHERE id = :id"), {"id": household_id.hex}
        ).scalar()
    assert summary["registered_at"] == registered
    assert summary["reached_rank"] == 0

    _move(database, household_id, Status.CONTACTED, Status.ACCOMPANIED, Status.PAUSED)
    summary = summary_of(database, household_id)
    assert (summary["status"], summary["reached_rank"]) == ("en_pause", 2)

    _move(database, household_id, Status.CONTACTED)
    assert summary_of(database, household_id)["reached_rank"] == 2

    with database.transaction() as session:
        for change in session.scalars(
            select(StatusChange).where(StatusChange.to_status == Status.ACCOMPANIED)
        ):
            change.deleted = True
        session.get_one(Household, household_id).registered_at = datetime(2025, 3, 1, tzinfo=UTC)
    summary = summary_of(database, household_id)
    assert summary["reached_rank"] == 1
    assert summary["registered_at"].startswith("2025-03-01")


def test_a_merge_brings_the_history_and_its_furthest_step_along(database: Database) -> None:
    kept, merged = new_family(database), new_family(database)
    _move(database, merged, Status.CONTACTED, Status.ACCOMPANIED, Status.ABANDONED)
    assert summary_of(database, kept)["reached_rank"] == 0
    with database.transaction() as session:
        merge_households(session, kept, merged, today=TODAY)
    assert summary_of(database, kept)["reached_rank"] == 2
    maintained = snapshot(database)
    with database.engine.begin() as connection:
        derived.rebuild(connection)
    assert snapshot(database) == maintained
