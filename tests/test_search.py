"""Search as you type: accent-blind prefixes, phones in any spacing, never an FTS error."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import text

from desktop.cases import search
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
        ('"helene lefevre"', True),
        ("^helene", True),
        ("helene -lefevre", True),
        ("helene + lefevre", True),
        ("lefev*", True),
        ('hel"ene', False),
        ("NEAR(helene lefevre)", False),
        ("NEAR(helene lefevre, 2)", False),
        ("helene AND", False),
        ("(helene OR x", False),
        ("{names}: helene", False),
        ("helene^2", False),
    ],
)
def test_fts_syntax_is_searched_as_plain_text_and_never_errors(
    database: Database, helene: uuid.UUID, typed: str, finds_her: bool
) -> None:
    assert find(database, typed) == ([helene] if finds_her else [])


def test_whole_names_come_first_then_names_then_the_rest(database: Database) -> None:
    in_a_note = register(database, "Paul", "Durand", phone="03 80 00 00 01")
    with database.transaction() as session:
        session.add(
            Interaction(
                household_id=in_a_note,
                channel=Channel.NOTE,
                summary="Recommandé par la famille Martin, de Nevers",
            )
        )
    starts_with = register(database, "Luc", "Martinez", phone="03 80 00 00 02")
    first_name = register(database, "Martine", "Roux", phone="03 80 00 00 03")
    exact = register(database, "Paul", "Martin", phone="03 80 00 00 04")

    found = find(database, "martin")
    assert found[0] == exact
    assert set(found[1:3]) == {starts_with, first_name}
    assert found[3:] == [in_a_note]
    assert find(database, "mart")[-1] == in_a_note
    assert find(database, "paul martin") == [exact, in_a_note]


def test_a_broad_search_keeps_names_first_without_ranking(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "RANK_LIMIT", 1)  # every tier counts as too big to rank
    in_notes = []
    for index in range(3):
        household = register(database, "Paul", f"Durand{index}", phone=f"03 80 00 00 1{index}")
        with database.transaction() as session:
            session.add(Interaction(household_id=household, channel=Channel.NOTE, summary="Martin"))
        in_notes.append(household)
    named = [
        register(database, "Luc", "Martin", phone="03 80 00 00 21"),
        register(database, "Luc", "Martinez", phone="03 80 00 00 22"),
    ]

    found = find(database, "mart")
    assert set(found[:2]) == set(named)
    assert set(found[2:]) == set(in_notes)
    with database.engine.connect() as connection:
        assert len(search_households(connection, "mart", limit=3)) == 3
        assert search_households(connection, "martin", limit=1) == [named[0]]


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
