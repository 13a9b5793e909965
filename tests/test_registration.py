"""Registering a household: all or nothing, and every bad field named in French."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from desktop.cases.households import (
    ConsentInput,
    HouseholdInput,
    PersonInput,
    TargetInput,
    register_household,
)
from desktop.errors import FormError
from desktop.models import (
    ConsentChannel,
    Household,
    HouseholdTarget,
    Person,
    PersonRole,
    ProjectType,
    Source,
    Status,
    StatusChange,
    TerritoryKind,
)
from desktop.storage import Database

TODAY = date(2026, 11, 25)


def claire_family(**changes: object) -> HouseholdInput:
    """Scenario 1: a nurse and a carpenter from Créteil with two children, want Nevers or Decize."""
    data = HouseholdInput(
        source=Source.WEBSITE,
        members=[
            PersonInput(
                PersonRole.ADULT,
                "Hélène",
                "Lefèvre",
                birth_year="1988",
                occupation="Infirmière",
                email="Helene.Lefevre@Example.fr",
                phone="06 12 34 56 78",
            ),
            PersonInput(
                PersonRole.ADULT, "Karim", "Benali", birth_year="1986", occupation="Menuisier"
            ),
            PersonInput(PersonRole.CHILD, "Noé", "Benali", birth_year="2022", childcare_need=True),
            PersonInput(PersonRole.CHILD, "Lina", "Benali", birth_year="2017"),
        ],
        targets=[
            TargetInput(TerritoryKind.COMMUNE, "58194"),
            TargetInput(TerritoryKind.COMMUNE, "58095"),
        ],
        origin_commune_code="94028",
        origin_postcode="94000",
        project_types={ProjectType.JOB_MOVE},
        housing_budget_eur=180_000,
        consent=ConsentInput(
            at=datetime(2026, 11, 23, 18, 0, tzinfo=UTC),
            version="2025-01",
            channel=ConsentChannel.WEBSITE,
        ),
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def counts(database: Database) -> tuple[int, ...]:
    with database.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (Household, Person, HouseholdTarget, StatusChange)
        )


def test_a_household_is_registered_with_members_targets_and_history(database: Database) -> None:
    with database.transaction() as session:
        household = register_household(session, claire_family(), today=TODAY)
    with database.session() as session:
        stored = session.get(Household, household.id)
        assert stored is not None
        people = session.scalars(select(Person).where(Person.household_id == household.id)).all()
        targets = session.scalars(select(HouseholdTarget).order_by(HouseholdTarget.rank)).all()
        history = session.scalars(select(StatusChange)).all()
    assert stored.name == "Lefèvre – Benali"
    assert stored.status is Status.NEW
    assert stored.origin_commune_code == "94028"
    assert stored.project_types == ["mutation_emploi"]
    assert stored.consent_version == "2025-01"
    helene = next(person for person in people if person.first_name == "Hélène")
    assert (helene.email, helene.phone) == ("helene.lefevre@example.fr", "+33612345678")
    assert sorted(person.role.value for person in people) == [
        "adulte",
        "adulte",
        "enfant",
        "enfant",
    ]
    assert [(t.code, t.departement_code, t.rank) for t in targets] == [
        ("58194", "58", 1),
        ("58095", "58", 2),
    ]
    assert targets[0].epci_siren is not None
    assert [(h.from_status, h.to_status) for h in history] == [(None, Status.NEW)]


def test_every_bad_field_is_reported_and_nothing_is_saved(database: Database) -> None:
    before = counts(database)
    data = claire_family()
    data.members[0].email = "helene.lefevre@"
    data.members[1].phone = "06 12 34"
    data.members[3].birth_year = "2031"
    data.origin_postcode = "58000"
    data.targets.append(TargetInput(TerritoryKind.COMMUNE, "00000"))

    with pytest.raises(FormError) as caught, database.transaction() as session:
        register_household(session, data, today=TODAY)

    by_field = caught.value.by_field()
    assert by_field["members[0].email"].startswith("E-mail de Hélène Lefèvre : ")
    assert by_field["members[1].phone"].startswith("Téléphone de Karim Benali : ")
    assert "2031 est dans le futur" in by_field["members[3].birth_year"]
    assert "58000 ne correspond pas à Créteil" in by_field["postcode"]
    assert "Territoire souhaité n° 3" in by_field["targets[2]"]
    assert counts(database) == before


def test_a_household_needs_an_adult_it_can_be_reached_at(database: Database) -> None:
    only_child = claire_family(members=[PersonInput(PersonRole.CHILD, "Noé", "Benali")])
    unreachable = claire_family(members=[PersonInput(PersonRole.ADULT, "Karim", "Benali")])
    with database.transaction() as session:
        with pytest.raises(FormError, match="saisissez au moins un adulte"):
            register_household(session, only_child, today=TODAY)
        with pytest.raises(FormError, match="au moins un e-mail ou un téléphone"):
            register_household(session, unreachable, today=TODAY)


def test_a_first_name_and_a_foreign_phone_are_enough(database: Database) -> None:
    visitor = claire_family(
        members=[PersonInput(PersonRole.ADULT, "Sofia", phone="+32 470 12 34 56")],
        origin_country="BE",
        origin_commune_code="",
        origin_postcode="",
        origin_city="Liège",
    )
    with database.transaction() as session:
        household = register_household(session, visitor, today=TODAY)
    assert household.name == "Sofia"
    assert household.origin_country == "BE"
    assert household.origin_commune_code is None
