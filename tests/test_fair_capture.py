"""Fair mode without a screen: events, a visitor saved as an ordinary household, bad input."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from desktop.cases.email_typos import suggest_email
from desktop.cases.events import EventInput, create_event, list_events, visitor_count
from desktop.cases.households import TargetInput
from desktop.consent import CONSENT_VERSION
from desktop.errors import FormError
from desktop.fair.capture import VisitorInput, capture_visitor, known_contacts, parse_ages
from desktop.models import (
    ConsentChannel,
    EventKind,
    Household,
    Need,
    NeedDomain,
    Person,
    ProjectType,
    Source,
    SyncOutbox,
    TerritoryKind,
)
from desktop.storage import Database

TODAY = date(2026, 11, 25)


@pytest.fixture
def event_id(database: Database) -> uuid.UUID:
    with database.transaction() as session:
        return create_event(
            session,
            EventInput(
                "Salon Vivre en province",
                place="Paris, Porte de Versailles",
                commune_code="75056",
                starts_on=TODAY,
                ends_on=date(2026, 11, 26),
            ),
        ).id


def visitor(**values: object) -> VisitorInput:
    defaults: dict[str, object] = {
        "first_name": "Hélène",
        "last_name": "Lefèvre",
        "occupation": "Infirmière",
        "second_first_name": "Karim",
        "second_last_name": "Benali",
        "email": "helene.lefevre@example.fr",
        "children": 2,
        "children_ages": "4, 9",
        "origin_commune_code": "94028",
        "targets": [TargetInput(TerritoryKind.COMMUNE, "58194")],
        "project_types": {ProjectType.JOB_MOVE},
        "needs": {NeedDomain.JOB, NeedDomain.SCHOOL},
        "consent": True,
    }
    defaults.update(values)
    return VisitorInput(**defaults)  # type: ignore[arg-type]


def capture(database: Database, event_id: uuid.UUID | None, data: VisitorInput) -> uuid.UUID:
    with database.transaction() as session:
        return capture_visitor(session, data, event_id=event_id, officer_id=None, today=TODAY).id


def test_a_visitor_becomes_an_ordinary_household_of_the_event(
    database: Database, event_id: uuid.UUID
) -> None:
    household_id = capture(database, event_id, visitor())
    with database.session() as session:
        household = session.get_one(Household, household_id)
        people = session.scalars(select(Person).where(Person.household_id == household_id)).all()
        needs = session.scalars(select(Need.domain).where(Need.household_id == household_id))
        outbox = session.scalars(
            select(SyncOutbox.table_name).where(SyncOutbox.household_id == household_id)
        ).all()
        assert visitor_count(session, event_id) == 1
        events = list_events(session, today=TODAY)
    assert household.source is Source.FAIR and household.event_id == event_id
    assert household.name == "Lefèvre – Benali"
    assert household.consent_channel is ConsentChannel.FAIR
    assert household.consent_version == CONSENT_VERSION and household.consent_at is not None
    assert sorted((p.role.value, p.first_name, p.birth_year) for p in people) == [
        ("adulte", "Hélène", None),
        ("adulte", "Karim", None),
        ("enfant", "Enfant 1", 2022),
        ("enfant", "Enfant 2", 2017),
    ]
    assert set(needs) == {NeedDomain.JOB, NeedDomain.SCHOOL}
    assert "household" in outbox and outbox.count("person") == 4  # it will reach the server
    assert [(e.name, e.visitors) for e in events] == [("Salon Vivre en province", 1)]


def test_only_a_first_name_and_a_foreign_phone_is_enough(
    database: Database, event_id: uuid.UUID
) -> None:
    data = VisitorInput(first_name="Jonas", phone="+32 470 12 34 56", consent=True)
    household_id = capture(database, event_id, data)
    with database.session() as session:
        person = session.scalars(select(Person).where(Person.household_id == household_id)).one()
        assert session.get_one(Household, household_id).name == "Jonas"
    assert person.phone == "+32470123456"


def test_refusals_name_the_fair_fields_and_write_nothing(
    database: Database, event_id: uuid.UUID
) -> None:
    data = visitor(
        first_name="",
        last_name="",
        email="",
        phone="",
        consent=False,
        children=3,
        children_ages="4, 9",
        second_first_name="",
        second_last_name="",
    )
    with pytest.raises(FormError) as raised:
        capture(database, event_id, data)
    messages = raised.value.by_field()
    assert set(messages) == {"first_name", "consent", "children_ages", "contact"}
    assert messages["consent"].startswith("Consentement : lisez le texte au visiteur")
    assert "3 enfant(s) mais 2 âge(s)" in messages["children_ages"]
    with database.session() as session:
        assert session.scalar(select(Household.id)) is None
        assert session.scalars(select(SyncOutbox.table_name)).all() == ["event"]


def test_a_bad_phone_or_an_unknown_wish_is_said_beside_its_field(
    database: Database, event_id: uuid.UUID
) -> None:
    data = visitor(phone="06 12", targets=[TargetInput(TerritoryKind.COMMUNE, "Atlantide")])
    with pytest.raises(FormError) as raised:
        capture(database, event_id, data)
    messages = raised.value.by_field()
    assert set(messages) == {"phone", "targets[0]"}
    assert "« 06 12 » n'est pas un numéro valide" in messages["phone"]


@pytest.mark.parametrize(
    ("typed", "ages"),
    [("4, 9", [4, 9]), ("4 et 9 ans", [4, 9]), ("  ", []), ("0;17", [0, 17]), ("3 ans", [3])],
)
def test_children_ages_as_officers_type_them(typed: str, ages: list[int]) -> None:
    assert parse_ages(typed) == ages


def test_a_mistyped_provider_gets_a_suggestion_never_a_refusal(
    database: Database, event_id: uuid.UUID
) -> None:
    assert suggest_email("jeanne@gmial.com") == "jeanne@gmail.com"
    assert suggest_email("jeanne@hotmial.fr") == "jeanne@hotmail.fr"
    assert suggest_email("jeanne@gmail.com") is None
    assert suggest_email("jeanne@mairie-dole.fr") is None
    household_id = capture(database, event_id, visitor(email="jeanne@gmial.com"))
    with database.session() as session:
        emails = session.scalars(
            select(Person.email).where(
                Person.household_id == household_id, Person.email.is_not(None)
            )
        ).all()
    assert emails == ["jeanne@gmial.com"]  # the visitor's word is kept


def test_a_known_email_or_phone_is_found_whatever_its_spelling(
    database: Database, event_id: uuid.UUID
) -> None:
    known = capture(database, event_id, visitor(phone="06 12 34 56 78"))
    with database.session() as session:
        by_email = known_contacts(session, " Helene.Lefevre@Example.fr", "")
        by_phone = known_contacts(session, "", "+33612345678")
        nothing = known_contacts(session, "autre@example.fr", "06 1")
    assert [c.household_id for c in by_email] == [known]
    assert [c.household_id for c in by_phone] == [known]
    assert nothing == []


def test_an_event_is_checked_whole(database: Database) -> None:
    with database.transaction() as session, pytest.raises(FormError) as raised:
        create_event(
            session,
            EventInput(
                "", place="", commune_code="99999", starts_on=TODAY, ends_on=date(2026, 11, 1)
            ),
        )
    assert set(raised.value.by_field()) == {"name", "commune_code", "place", "ends_on"}
    with database.transaction() as session:
        event = create_event(
            session,
            EventInput(
                "Immersion Morvan", EventKind.IMMERSION, commune_code="58062", starts_on=TODAY
            ),
        )
        assert (event.place, event.ends_on) == ("Château-Chinon (Ville)", TODAY)
