"""Duplicates: found by email, phone or a close name nearby; merged with nothing lost."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from desktop.cases.duplicates import duplicates_of_input, find_duplicates, merge_households
from desktop.cases.follow_ups import household_follow_ups
from desktop.cases.households import (
    HouseholdInput,
    NeedInput,
    PersonInput,
    TargetInput,
    register_household,
)
from desktop.cases.search import search_households
from desktop.cases.timeline import log_interaction, timeline
from desktop.errors import UserFacingError
from desktop.models import (
    Channel,
    FollowUp,
    Household,
    HouseholdTarget,
    Need,
    NeedDomain,
    NeedState,
    Person,
    PersonRole,
    Source,
    TerritoryKind,
)
from desktop.storage import Database

TODAY = date(2026, 11, 25)


def register(database: Database, data: HouseholdInput) -> uuid.UUID:
    with database.transaction() as session:
        return register_household(session, data, today=TODAY).id


def website_registration() -> HouseholdInput:
    return HouseholdInput(
        source=Source.WEBSITE,
        members=[
            PersonInput(PersonRole.ADULT, "Hélène", "Lefèvre", email="helene.lefevre@example.fr"),
            PersonInput(PersonRole.CHILD, "Lina", "Benali", birth_year="2017"),
        ],
        targets=[TargetInput(TerritoryKind.COMMUNE, "39198")],
        needs=[NeedInput(NeedDomain.JOB, NeedState.IN_PROGRESS, "Infirmière")],
        origin_commune_code="94028",
    )


def fair_capture(**person: str) -> HouseholdInput:
    return HouseholdInput(
        source=Source.FAIR,
        members=[
            PersonInput(
                PersonRole.ADULT,
                person.pop("first", "Helene"),
                person.pop("last", "Lefevre"),
                **person,
            ),
            PersonInput(PersonRole.ADULT, "Karim", "Benali", occupation="Menuisier"),
        ],
        targets=[
            TargetInput(TerritoryKind.COMMUNE, "25056"),
            TargetInput(TerritoryKind.COMMUNE, "39198"),
        ],
        needs=[NeedInput(NeedDomain.JOB), NeedInput(NeedDomain.HOUSING)],
        origin_commune_code="94028",
    )


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ({"email": "  HELENE.LEFEVRE@example.fr"}, "même e-mail"),
        ({"phone": "06 12 34 56 78", "first": "Sophie", "last": "Durand"}, "même téléphone"),
        ({"first": "Hélene", "last": "Lefebvre"}, "nom proche"),
    ],
)
def test_a_known_family_is_recognised(database: Database, typed: dict, reason: str) -> None:
    data = website_registration()
    data.members[0].phone = "+33 6 12 34 56 78"
    known = register(database, data)
    with database.session() as session:
        found = duplicates_of_input(session, fair_capture(**typed))
    assert [candidate.household_id for candidate in found] == [known]
    assert any(why.startswith(reason) for why in found[0].reasons)


def test_strangers_and_other_communes_are_not_duplicates(database: Database) -> None:
    register(database, website_registration())
    elsewhere = fair_capture(first="Hélène", last="Lefèvre")
    elsewhere.origin_commune_code = "75056"
    with database.session() as session:
        assert duplicates_of_input(session, fair_capture(first="Marc", last="Petit")) == []
        assert duplicates_of_input(session, elsewhere) == []
        assert find_duplicates(session, emails=["personne@example.fr"]) == []


def test_merge_keeps_everything_of_both(database: Database) -> None:
    keep = register(database, website_registration())
    merged = register(database, fair_capture(email="helene.lefevre@example.fr"))
    with database.transaction() as session:
        log_interaction(session, keep, channel=Channel.PHONE, summary="Appel site web", today=TODAY)
        log_interaction(session, merged, channel=Channel.EVENT, summary="Vue au salon", today=TODAY)
        session.add(FollowUp(household_id=merged, due_on=TODAY, what="Envoyer le pack"))

    with database.transaction() as session:
        merge_households(session, keep, merged, today=TODAY)

    with database.session() as session:
        gone = session.get_one(Household, merged)
        people = session.scalars(
            select(Person).where(Person.household_id == keep, Person.deleted.is_(False))
        ).all()
        needs = {
            n.domain: n
            for n in session.scalars(
                select(Need).where(Need.household_id == keep, Need.deleted.is_(False))
            )
        }
        targets = session.scalars(
            select(HouseholdTarget)
            .where(HouseholdTarget.household_id == keep, HouseholdTarget.deleted.is_(False))
            .order_by(HouseholdTarget.rank)
        ).all()
        summaries = [entry.summary for entry in timeline(session, keep)]
        follow_ups = [f.what for f in household_follow_ups(session, keep)]
    assert (gone.deleted, gone.merged_into_id) == (True, keep)
    assert sorted(p.first_name for p in people) == ["Hélène", "Karim", "Lina"]
    assert needs[NeedDomain.JOB].state is NeedState.IN_PROGRESS
    assert NeedDomain.HOUSING in needs
    assert [t.code for t in targets] == ["39198", "25056"]
    assert "Appel site web" in summaries
    assert "Vue au salon" in summaries
    assert any("fusionné dans celui-ci" in summary for summary in summaries)
    assert follow_ups == ["Envoyer le pack"]
    with database.engine.connect() as connection:
        assert search_households(connection, "karim") == [keep]


def test_merging_a_household_with_itself_or_a_gone_one_is_refused(database: Database) -> None:
    keep = register(database, website_registration())
    other = register(database, fair_capture(phone="07 61 22 33 44"))
    with (
        database.transaction() as session,
        pytest.raises(UserFacingError, match="deux dossiers différents"),
    ):
        merge_households(session, keep, keep, today=TODAY)
    with database.transaction() as session:
        merge_households(session, keep, other, today=TODAY)
    with (
        database.transaction() as session,
        pytest.raises(UserFacingError, match="déjà été supprimé"),
    ):
        merge_households(session, keep, other, today=TODAY)
