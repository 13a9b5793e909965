"""Search as you type: accent-blind prefixes, phones in any spacing, never an FTS error."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import text

from desktop.cases.derived import rebuild
from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.cases.search import fts_query, search_households
from desktop.models import (
    Channel,
    Household,
    HouseholdTarget,
    Interaction,
    Person,
    PersonRole,
    Source,
    TerritoryKind,
)
from desktop.storage import Database

TODAY = date(2026, 11, 25)


def register(database: Database, first: str, last: str, **person: str) -> uuid.UUID:
    data = HouseholdInput(
        source=Source.WEBSITE,
        members=[PersonInput(PersonRole.ADULT, first, last, **person)],
        targets=[TargetInput(TerritoryKind.COMMUNE, "71076")],
        origin_commune_code="94028",
    )
    with database.transaction() as session:
        return register_household(session, data, today=TODAY).id


def find(database: Database, typed: str) -> list[uuid.UUID]:
    with database.engine.connect() as connection:
        return search_households(connection, typed)


def index_rows(database: Database) -> list[tuple]:
    with database.engine.connect() as connection:
        return connection.execute(
            text(
                "SELECT rowid, names, contacts, places, notes FROM household_search ORDER BY rowid"
            )
        ).all()


@pytest.fixture
def helene(database: Database) -> uuid.UUID:
    return register(
        database, "Hélène", "Lefèvre", email="helene.lefevre@example.fr", phone="06 12 34 56 78"
    )


@pytest.mark.parametrize(
    "typed",
    [
        "helene",
        "HÉLÈNE",
        "hel",
        "lefev",
        "Hélène Lef",
        "saone",
        "chalon-sur",
        "creteil",
        "helene.lefevre@ex",
        "06 12 34",
        "0612345678",
        "06.12.34.56.78",
        "+33 6 12 34",
        "0033612345678",
        "6 12 34 56 78",
    ],
)
def test_a_household_is_found_by_what_an_officer_types(
    database: Database, helene: uuid.UUID, typed: str
) -> None:
    assert find(database, typed) == [helene]


@pytest.mark.parametrize(
    ("typed", "finds_her"),
    [
        ('"', False),
        ("'", False),
        ("*", False),
        ("-", False),
        ("NEAR", False),
        ("helene NEAR lefevre", False),
        ("a OR b", False),
        ("(x", False),
        ("^", False),
        ("col:val", False),
        ("{names}: x", False),
        ("\\", False),
        ("%_", False),
        ('"helene', True),
        ("helene*", True),
        ("-helene", True),
        ("(helene)", True),
        ("names:helene", False),
        ("helene AND lefevre", False),
        ("lefevre'", True),
    ],
)
def test_fts_syntax_is_searched_as_plain_text_and_never_errors(
    database: Database, helene: uuid.UUID, typed: str, finds_her: bool
) -> None:
    assert find(database, typed) == ([helene] if finds_her else [])


def test_the_query_builder_quotes_every_word() -> None:
    assert fts_query("  ") is None
    assert fts_query("*-") is None
    assert fts_query('jean "NEAR" dupont') == '"jean"* "NEAR"* "dupont"*'
    assert fts_query("martin 06 12") == '"martin"* "0612"*'
    assert fts_query("+33 6 12") == '"33612"*'
    assert fts_query("0033 6 12") == '"33612"*'


def test_the_index_follows_every_write(database: Database, helene: uuid.UUID) -> None:
    other = register(database, "Karim", "Benali", phone="07 61 22 33 44")
    with database.transaction() as session:
        person = session.query(Person).filter_by(household_id=helene).one()
        person.first_name = "Héloïse"
        session.add(
            Interaction(
                household_id=other,
                channel=Channel.PHONE,
                summary="Appel : cherche un atelier de menuiserie à Decize",
            )
        )
        session.add(
            HouseholdTarget(household_id=other, rank=2, kind=TerritoryKind.COMMUNE, code="39198")
        )
    assert find(database, "heloise") == [helene]
    assert "Hélène" not in index_rows(database)[0][1]
    assert find(database, "menuiserie") == [other]
    assert find(database, "dole") == [other]

    with database.transaction() as session:
        moved = session.query(Person).filter_by(household_id=other).one()
        moved.household_id = helene
    assert set(find(database, "benali")) == {helene, other}  # "Benali" is still its name
    assert find(database, "07 61 22") == [helene]

    with database.transaction() as session:
        household = session.get(Household, helene)
        assert household is not None
        household.deleted = True
    assert find(database, "heloise") == []

    maintained = index_rows(database)
    with database.engine.begin() as connection:
        rebuild(connection)
    assert index_rows(database) == maintained
