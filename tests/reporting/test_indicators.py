"""Indicators on a handful of households whose every figure is known by hand."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from desktop.cases.duplicates import merge_households
from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.cases.listing import CaseFilter
from desktop.models import Household, Officer, PersonRole, Source, Status, TerritoryKind
from desktop.reporting.indicators import IndicatorFilter, Indicators, compute_indicators
from desktop.storage import Database
from desktop.workflow.status import SettlementFacts, change_status

TODAY = date(2026, 11, 25)
NEVERS, DECIZE, DIJON, BESANCON = "58194", "58095", "21231", "25056"
OFFICER = uuid.UUID(int=7)


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def _add(
    session: Session,
    name: str,
    registered: date,
    wish: str | None,
    *,
    members: int = 1,
    source: Source = Source.WEBSITE,
    officer_id: uuid.UUID | None = None,
) -> Household:
    people = [PersonInput(PersonRole.ADULT, "Prénom", name, email=f"{name.lower()}@exemple.fr")]
    people += [PersonInput(PersonRole.CHILD, f"Enfant {n}", name) for n in range(1, members)]
    return register_household(
        session,
        HouseholdInput(
            source=source,
            members=people,
            targets=[TargetInput(TerritoryKind.COMMUNE, wish)] if wish else [],
            officer_id=officer_id,
        ),
        today=TODAY,
        registered_at=_at(registered),
    )


def _move(session: Session, household: Household, *steps: Status, start: date) -> None:
    for number, step in enumerate(steps, start=1):
        reason = "motif" if step in {Status.PAUSED, Status.ABANDONED} else None
        change_status(
            session, household, step, reason=reason, at=_at(start + timedelta(days=number))
        )


@pytest.fixture
def cases(database: Database) -> dict[str, uuid.UUID]:
    """Eight households, A to H (see each line), written the way officers write them."""

    def work(session: Session) -> dict[str, uuid.UUID]:
        session.add(Officer(id=OFFICER, name="Claire Dumas", email="claire@exemple.fr"))
        a = _add(session, "Arnaud", date(2026, 1, 10), NEVERS, members=2)  # new
        b = _add(session, "Blanc", date(2026, 2, 1), DIJON, officer_id=OFFICER)
        _move(session, b, Status.CONTACTED, start=date(2026, 2, 1))
        c = _add(session, "Colin", date(2026, 3, 1), NEVERS, members=3)
        _move(session, c, Status.CONTACTED, Status.ACCOMPANIED, start=date(2026, 3, 1))
        change_status(
            session,
            c,
            Status.SETTLED,
            settlement=SettlementFacts(date(2026, 4, 15), DECIZE, 2, 1, 1),
            at=_at(date(2026, 4, 15)),
            today=TODAY,
        )
        d = _add(session, "Denis", date(2026, 3, 10), DIJON)  # wished Dijon, settled in Nevers
        _move(session, d, Status.CONTACTED, Status.ACCOMPANIED, start=date(2026, 3, 10))
        change_status(
            session,
            d,
            Status.SETTLED,
            settlement=SettlementFacts(date(2026, 5, 9), NEVERS, 1, 0, 0),
            at=_at(date(2026, 5, 9)),
            today=TODAY,
        )
        e = _add(session, "Étienne", date(2026, 4, 1), BESANCON)  # accompanied, paused, back
        _move(
            session,
            e,
            Status.CONTACTED,
            Status.ACCOMPANIED,
            Status.PAUSED,
            Status.CONTACTED,
            start=date(2026, 4, 1),
        )
        f = _add(session, "Faure", date(2026, 5, 1), BESANCON)
        _move(session, f, Status.CONTACTED, Status.ABANDONED, start=date(2026, 5, 1))
        g = _add(session, "Gillet", date(2025, 12, 15), NEVERS)  # settlement undone
        _move(session, g, Status.CONTACTED, Status.ACCOMPANIED, start=date(2025, 12, 15))
        change_status(
            session,
            g,
            Status.SETTLED,
            settlement=SettlementFacts(date(2026, 2, 1), NEVERS, 1, 0, 0),
            at=_at(date(2026, 2, 1)),
            today=TODAY,
        )
        change_status(
            session, g, Status.ACCOMPANIED, reason="saisie par erreur", at=_at(date(2026, 2, 2))
        )
        h = _add(session, "Hubert", date(2026, 6, 1), None, source=Source.FAIR)
        return {
            key: value.id for key, value in zip("ABCDEFGH", (a, b, c, d, e, f, g, h), strict=True)
        }

    return database.write(work)


def figures(database: Database, flt: IndicatorFilter | None = None) -> Indicators:
    with database.engine.connect() as connection:
        return compute_indicators(connection, flt)


def test_every_figure_of_the_eight_households(database: Database, cases: object) -> None:
    result = figures(database)
    assert result.registered.households == 8
    assert result.registered.people == 2 + 1 + 3 + 1 + 1 + 1 + 1 + 1
    # B, C, D, E, F, G; E was accompanied before its pause, G before its undone settlement.
    assert result.contacted.households == 6
    assert result.accompanied.households == 4
    assert result.accompanied.people == 3 + 1 + 1 + 1
    assert (result.settled.households, result.settled.people) == (2, 4)
    assert (result.adults_settled, result.children_settled, result.children_schooled) == (3, 1, 1)
    assert result.abandoned.households == 1
    assert result.median_days_to_settle == pytest.approx((45 + 60) / 2)
    assert result.yearly_spending_eur == 4 * 15_200  # scenario 4: about 61,000 € for 4 people
    assert result.contact_rate == pytest.approx(6 / 8)
    assert result.accompaniment_rate == pytest.approx(4 / 6)
    assert result.settlement_rate == pytest.approx(2 / 4)
    assert result.overall_rate == pytest.approx(2 / 8)
    assert [(m.month, m.households, m.people) for m in result.settlements_by_month] == [
        (date(2026, 4, 1), 1, 3),
        (date(2026, 5, 1), 1, 1),
    ]


def test_a_household_counts_where_it_settled_else_where_it_first_wished(
    database: Database, cases: object
) -> None:
    by_code = {row.code: row for row in figures(database).by_departement}
    assert {code: row.registered for code, row in by_code.items()} == {
        "58": 4,  # A, C, G wished Nevers; D wished Dijon but settled in Nevers
        "25": 2,
        "21": 1,
        None: 1,  # H gave no wish
    }
    assert (by_code["58"].settled, by_code["58"].people_settled) == (2, 4)
    assert by_code["58"].name == "Nièvre"
    assert by_code["58"].yearly_spending_eur == 60_800
    assert by_code[None] == figures(database).by_departement[-1]
    epcis = figures(database).by_epci
    assert sum(row.registered for row in epcis) == 8


def test_the_departement_filter_keeps_that_row_of_the_breakdown(
    database: Database, cases: object
) -> None:
    nievre = figures(database, IndicatorFilter(departement="58"))
    assert nievre.registered.households == 4
    assert nievre.contacted.households == 3
    assert nievre.accompanied.households == 3
    assert nievre.settled.households == 2
    assert nievre.median_days_to_settle == pytest.approx(52.5)
    assert [row.code for row in nievre.by_departement] == ["58"]
    dijon = figures(database, IndicatorFilter(departement="21"))
    assert (dijon.registered.households, dijon.settled.households) == (1, 0)
    assert dijon.median_days_to_settle is None
    assert dijon.settlement_rate is None


def test_the_period_selects_households_by_registration_day(
    database: Database, cases: object
) -> None:
    quarter = figures(
        database, IndicatorFilter(registered_from=date(2026, 1, 1), registered_to=date(2026, 3, 10))
    )
    assert quarter.registered.households == 4  # A, B, C, D (D on the last day)
    assert quarter.contacted.households == 3
    assert quarter.settled.households == 2
    empty = figures(database, IndicatorFilter(registered_from=date(2026, 7, 1)))
    assert empty.registered == empty.settled
    assert empty.registered.households == 0
    assert empty.overall_rate is None


def test_source_officer_and_list_filters(database: Database, cases: object) -> None:
    assert figures(database, IndicatorFilter(source=Source.FAIR)).registered.households == 1
    officer = figures(database, IndicatorFilter(officer_id=OFFICER))
    assert (officer.registered.households, officer.contacted.households) == (1, 1)
    listed = IndicatorFilter.from_case_filter(
        CaseFilter(search="colin", departement="58", statuses=frozenset({Status.NEW})),
        registered_from=date(2026, 1, 1),
    )
    assert listed == IndicatorFilter(registered_from=date(2026, 1, 1), departement="58")


def test_a_merge_brings_its_history_and_leaves_one_household(
    database: Database, cases: dict[str, uuid.UUID]
) -> None:
    database.write(lambda session: merge_households(session, cases["A"], cases["E"], today=TODAY))
    result = figures(database)
    assert result.registered.households == 7
    # A is still new, but now holds E's history: it was accompanied once.
    assert result.contacted.households == 6
    assert result.accompanied.households == 4
