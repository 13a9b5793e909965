"""The case list's SQL: combined filters, sorting on every column, rows on demand."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from desktop.cases import listing
from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.cases.listing import CaseFilter, SortColumn, household_ids, household_rows
from desktop.models import (
    Channel,
    FollowUp,
    Household,
    Interaction,
    Need,
    NeedDomain,
    NeedState,
    Officer,
    PersonRole,
    Source,
    Status,
    TerritoryKind,
)
from desktop.storage import Database
from desktop.workflow.status import change_status

TODAY = date(2026, 11, 25)


@pytest.fixture
def caseload(database: Database) -> dict[str, uuid.UUID]:
    """Three households spread over territories, officers, sources and states."""
    claire = Officer(id=uuid.uuid4(), name="Claire Morel", email="claire@region-bfc.fr")
    bruno = Officer(id=uuid.uuid4(), name="Bruno Arnaud", email="bruno@region-bfc.fr")
    specs = {
        "martin": ("Martin", Source.WEBSITE, "58194", claire.id, 3),
        "benali": ("Benali", Source.FAIR, "39198", bruno.id, 1),
        "zola": ("Zola", Source.PHONE, "25056", None, 2),
    }
    ids = {}
    with database.transaction() as session:
        session.add_all([claire, bruno])
        session.flush()
        for key, (name, source, commune, officer_id, size) in specs.items():
            members = [PersonInput(PersonRole.ADULT, "A", name, email=f"{key}@example.fr")]
            members += [PersonInput(PersonRole.CHILD, "E", name) for _ in range(size - 1)]
            household = register_household(
                session,
                HouseholdInput(
                    source=source,
                    members=members,
                    targets=[TargetInput(TerritoryKind.COMMUNE, commune)],
                    officer_id=officer_id,
                ),
                today=TODAY,
            )
            ids[key] = household.id
        session.flush()
        session.add_all(
            [
                Interaction(
                    household_id=ids["martin"],
                    channel=Channel.PHONE,
                    summary="Appel",
                    occurred_at=datetime(2026, 11, 2, tzinfo=UTC),
                ),
                Interaction(
                    household_id=ids["zola"],
                    channel=Channel.EMAIL,
                    summary="E-mail",
                    occurred_at=datetime(2026, 11, 20, tzinfo=UTC),
                ),
                FollowUp(household_id=ids["martin"], due_on=date(2026, 11, 20), what="Rappeler"),
                FollowUp(household_id=ids["benali"], due_on=date(2026, 12, 1), what="Relancer"),
                Need(household_id=ids["benali"], domain=NeedDomain.SCHOOL, state=NeedState.OPEN),
                Need(household_id=ids["zola"], domain=NeedDomain.SCHOOL, state=NeedState.MET),
            ]
        )
        martin = session.get_one(Household, ids["martin"])
        change_status(session, martin, Status.CONTACTED)
    ids["claire"], ids["bruno"] = claire.id, bruno.id
    return ids


EVERYTHING = CaseFilter()


def listed(database: Database, case_filter: CaseFilter = EVERYTHING, **sorting) -> list[uuid.UUID]:
    with database.engine.connect() as connection:
        keys = household_ids(connection, case_filter, today=TODAY, **sorting)
    return [uuid.UUID(hex=key) for key in keys]


@pytest.mark.parametrize(
    ("sort", "ascending_order", "empty"),
    [
        (SortColumn.NAME, ["benali", "martin", "zola"], None),
        (SortColumn.MEMBERS, ["benali", "zola", "martin"], None),
        (SortColumn.TARGET, ["zola", "benali", "martin"], None),  # Besançon, Dole, Nevers
        (SortColumn.STATUS, ["benali", "zola", "martin"], None),  # nouveau before contacté
        (SortColumn.OFFICER, ["benali", "martin", "zola"], "zola"),  # Bruno, Claire, nobody
        (SortColumn.LAST_CONTACT, ["martin", "zola", "benali"], "benali"),
        (SortColumn.NEXT_FOLLOW_UP, ["martin", "benali", "zola"], "zola"),
    ],
)
def test_every_column_sorts_in_sql_with_empty_values_last(
    database: Database,
    caseload: dict[str, uuid.UUID],
    sort: SortColumn,
    ascending_order: list[str],
    empty: str | None,
) -> None:
    ascending = [caseload[key] for key in ascending_order]
    assert listed(database, sort=sort) == ascending
    filled = [key for key in ascending_order if key != empty]
    tail = [caseload[empty]] if empty else []
    if sort is SortColumn.STATUS:  # ties keep name order in both directions
        assert listed(database, sort=sort, descending=True)[0] == caseload["martin"]
    else:
        expected = [caseload[key] for key in reversed(filled)] + tail
        assert listed(database, sort=sort, descending=True) == expected


@pytest.mark.parametrize(
    ("case_filter", "expected"),
    [
        (CaseFilter(), {"martin", "benali", "zola"}),
        (CaseFilter(statuses=frozenset({Status.NEW})), {"benali", "zola"}),
        (CaseFilter(departement="39"), {"benali"}),
        (CaseFilter(source=Source.PHONE), {"zola"}),
        (CaseFilter(need_domain=NeedDomain.SCHOOL), {"benali"}),
        (CaseFilter(overdue_only=True), {"martin"}),
        (CaseFilter(search="benal"), {"benali"}),
        (CaseFilter(search="nevers"), {"martin"}),
        (CaseFilter(search="*"), set()),
        (CaseFilter(statuses=frozenset({Status.NEW}), departement="25", search="zol"), {"zola"}),
        (CaseFilter(statuses=frozenset({Status.NEW}), departement="58"), set()),
    ],
)
def test_filters_combine(
    database: Database, caseload: dict[str, uuid.UUID], case_filter: CaseFilter, expected: set[str]
) -> None:
    assert set(listed(database, case_filter)) == {caseload[key] for key in expected}


def test_filters_by_officer_and_epci(database: Database, caseload: dict[str, uuid.UUID]) -> None:
    assert listed(database, CaseFilter(officer_id=caseload["claire"])) == [caseload["martin"]]
    with database.engine.connect() as connection:
        epci = connection.exec_driver_sql(
            "SELECT epci_siren FROM commune WHERE code = '58194'"
        ).scalar()
    assert listed(database, CaseFilter(epci=epci)) == [caseload["martin"]]


def test_rows_show_what_the_list_needs(database: Database, caseload: dict[str, uuid.UUID]) -> None:
    with database.engine.connect() as connection:
        rows = household_rows(connection, [caseload["martin"].hex, uuid.uuid4().hex])
    assert list(rows) == [caseload["martin"].hex]
    row = rows[caseload["martin"].hex]
    assert row.id == caseload["martin"]
    assert (row.name, row.member_count, row.target, row.officer) == (
        "Martin",
        3,
        "Nevers",
        "Claire Morel",
    )
    assert row.status is Status.CONTACTED
    assert row.last_contact_at == datetime(2026, 11, 2, tzinfo=UTC)
    assert row.next_follow_up_on == date(2026, 11, 20)
    assert row.overdue(TODAY)


@pytest.mark.parametrize(
    ("case_filter", "expected"),
    [
        (CaseFilter(search="example"), {"martin", "benali", "zola"}),
        (CaseFilter(search="benal"), {"benali"}),
        (CaseFilter(search="example", source=Source.PHONE), {"zola"}),
    ],
)
def test_a_broad_search_scans_the_list_with_the_same_result(
    database: Database,
    caseload: dict[str, uuid.UUID],
    monkeypatch: pytest.MonkeyPatch,
    case_filter: CaseFilter,
    expected: set[str],
) -> None:
    narrow = listed(database, case_filter)
    monkeypatch.setattr(listing, "BROAD_SEARCH", 1)  # every search counts as broad
    broad = listed(database, case_filter)
    assert broad == narrow
    assert set(broad) == {caseload[key] for key in expected}
