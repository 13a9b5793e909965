"""Editing a household through its form: what changed is written, the rest untouched."""

from __future__ import annotations

import uuid
from datetime import date

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
from desktop.errors import FormError
from desktop.models import (
    Household,
    HouseholdTarget,
    Need,
    NeedDomain,
    NeedState,
    Person,
    PersonRole,
    ProjectType,
    Source,
    TerritoryKind,
)
from desktop.storage import Database

TODAY = date(2026, 11, 25)


def family() -> HouseholdInput:
    return HouseholdInput(
        source=Source.WEBSITE,
        members=[
            PersonInput(PersonRole.ADULT, "Hélène", "Lefèvre", email="helene@example.fr"),
            PersonInput(PersonRole.ADULT, "Karim", "Benali", occupation="Menuisier"),
            PersonInput(PersonRole.CHILD, "Lina", "Benali", birth_year="2017"),
        ],
        targets=[TargetInput(TerritoryKind.COMMUNE, "58194")],
        needs=[NeedInput(NeedDomain.JOB), NeedInput(NeedDomain.SCHOOL)],
        project_types={ProjectType.JOB_MOVE},
    )


@pytest.fixture
def household_id(database: Database) -> uuid.UUID:
    with database.transaction() as session:
        return register_household(session, family(), today=TODAY).id


def versions(database: Database, model: type) -> dict[uuid.UUID, tuple[int, bool]]:
    with database.session() as session:
        return {row.id: (row.version, row.deleted) for row in session.scalars(select(model))}


def test_loading_gives_back_what_was_registered(
    database: Database, household_id: uuid.UUID
) -> None:
    with database.session() as session:
        form = load_household(session, household_id)
    assert [(m.first_name, m.role) for m in form.members] == [
        ("Hélène", PersonRole.ADULT),
        ("Karim", PersonRole.ADULT),
        ("Lina", PersonRole.CHILD),
    ]
    assert all(member.id is not None for member in form.members)
    assert form.members[2].birth_year == "2017"
    assert [(t.kind, t.code) for t in form.targets] == [(TerritoryKind.COMMUNE, "58194")]
    assert [n.domain for n in form.needs] == [NeedDomain.JOB, NeedDomain.SCHOOL]
    assert form.project_types == {ProjectType.JOB_MOVE}
    assert form.name == "Lefèvre – Benali"


def test_saving_unchanged_writes_nothing(database: Database, household_id: uuid.UUID) -> None:
    before = {model: versions(database, model) for model in (Household, Person, Need)}
    with database.transaction() as session:
        update_household(session, household_id, load_household(session, household_id), today=TODAY)
    assert {model: versions(database, model) for model in (Household, Person, Need)} == before


def test_edits_add_change_and_tombstone(database: Database, household_id: uuid.UUID) -> None:
    with database.session() as session:
        form = load_household(session, household_id)
    karim = form.members[1]
    karim.occupation = "Charpentier"
    lina = form.members.pop(2)
    form.members.append(PersonInput(PersonRole.CHILD, "Noé", "Benali", birth_year="2022"))
    form.targets = [TargetInput(TerritoryKind.COMMUNE, "58095"), form.targets[0]]
    form.needs = [NeedInput(NeedDomain.JOB, NeedState.IN_PROGRESS), NeedInput(NeedDomain.CHILDCARE)]
    with database.transaction() as session:
        update_household(session, household_id, form, today=TODAY)

    with database.session() as session:
        people = {p.first_name: p for p in session.scalars(select(Person))}
        targets = session.scalars(select(HouseholdTarget).order_by(HouseholdTarget.rank)).all()
        needs = {n.domain: n for n in session.scalars(select(Need))}
    assert people["Karim"].occupation == "Charpentier"
    assert people["Karim"].version == 2
    assert people["Hélène"].version == 1
    assert people["Lina"].deleted is True
    assert people["Lina"].id == lina.id
    assert people["Noé"].deleted is False
    assert [(t.code, t.rank, t.deleted) for t in targets] == [
        ("58095", 1, False),
        ("58194", 2, False),
    ]
    assert needs[NeedDomain.JOB].state is NeedState.IN_PROGRESS
    assert needs[NeedDomain.SCHOOL].deleted is True
    assert needs[NeedDomain.CHILDCARE].deleted is False


def test_a_refused_edit_changes_nothing(database: Database, household_id: uuid.UUID) -> None:
    before = {model: versions(database, model) for model in (Household, Person, Need)}
    with database.session() as session:
        form = load_household(session, household_id)
    form.members[0].email = "helene@"
    form.members[1].occupation = "Charpentier"
    form.needs.append(NeedInput(NeedDomain.JOB))
    with pytest.raises(FormError) as caught, database.transaction() as session:
        update_household(session, household_id, form, today=TODAY)
    assert set(caught.value.by_field()) == {"members[0].email", "needs"}
    assert {model: versions(database, model) for model in (Household, Person, Need)} == before
