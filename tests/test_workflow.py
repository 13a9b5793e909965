"""The case status workflow: allowed moves, refused moves, and the history they leave."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop.models import Household, Officer, Settlement, Source, Status, StatusChange
from desktop.storage import Database
from desktop.workflow.status import (
    ALLOWED,
    ORDER,
    SettlementFacts,
    TransitionError,
    change_status,
    pipeline_position,
    status_history,
)

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
SETTLED = SettlementFacts(
    moved_on=date(2026, 9, 1), commune_code="25056", adults=2, children=2, children_schooled=2
)


def new_household(database: Database) -> uuid.UUID:
    with database.transaction() as session:
        household = Household(id=uuid.uuid4(), name="Martin", source=Source.WEBSITE)
        session.add(household)
    return household.id


def move(database: Database, household_id: uuid.UUID, target: Status, days: int, **kwargs) -> None:
    with database.transaction() as session:
        household = session.get(Household, household_id)
        assert household is not None
        change_status(session, household, target, at=START + timedelta(days=days), **kwargs)


def history(database: Database, household_id: uuid.UUID) -> list[tuple]:
    with database.session() as session:
        rows = session.scalars(
            select(StatusChange)
            .where(StatusChange.household_id == household_id)
            .order_by(StatusChange.changed_at)
        )
        return [(row.from_status, row.to_status, row.changed_at, row.reason) for row in rows]


def status_of(database: Database, household_id: uuid.UUID) -> Status:
    with database.session() as session:
        household = session.get(Household, household_id)
        assert household is not None
        return household.status


def test_main_path_to_settled_is_dated_and_kept(database: Database) -> None:
    household_id = new_household(database)
    move(database, household_id, Status.CONTACTED, 1)
    move(database, household_id, Status.ACCOMPANIED, 20, reason="Projet construit")
    move(database, household_id, Status.SETTLED, 300, settlement=SETTLED)

    assert status_of(database, household_id) is Status.SETTLED
    assert history(database, household_id) == [
        (Status.NEW, Status.CONTACTED, START + timedelta(days=1), None),
        (Status.CONTACTED, Status.ACCOMPANIED, START + timedelta(days=20), "Projet construit"),
        (Status.ACCOMPANIED, Status.SETTLED, START + timedelta(days=300), None),
    ]
    with database.session() as session:
        settlement = session.scalars(select(Settlement)).one()
    assert (settlement.adults, settlement.children, settlement.children_schooled) == (2, 2, 2)


@pytest.mark.parametrize(
    ("path", "refused"),
    [
        ([], Status.SETTLED),
        ([], Status.ACCOMPANIED),
        ([], Status.NEW),
        ([Status.CONTACTED, Status.ACCOMPANIED], Status.NEW),
        ([Status.CONTACTED, Status.ACCOMPANIED], Status.CONTACTED),
    ],
)
def test_impossible_moves_are_refused_and_change_nothing(
    database: Database, path: list[Status], refused: Status
) -> None:
    household_id = new_household(database)
    for day, status in enumerate(path, 1):
        move(database, household_id, status, day)
    before = history(database, household_id)
    current = status_of(database, household_id)

    with pytest.raises(TransitionError) as caught:
        move(database, household_id, refused, 50)

    assert "impossible de passer de" in caught.value.message
    assert "le dossier peut passer à" in caught.value.message
    assert status_of(database, household_id) is current
    assert history(database, household_id) == before


def test_pause_and_abandon_need_a_reason_and_can_be_reopened(database: Database) -> None:
    household_id = new_household(database)
    move(database, household_id, Status.CONTACTED, 1)
    for empty in (None, "   "):
        with pytest.raises(TransitionError, match="Motif : indiquez pourquoi"):
            move(database, household_id, Status.PAUSED, 2, reason=empty)
    assert status_of(database, household_id) is Status.CONTACTED

    move(database, household_id, Status.PAUSED, 3, reason="Reporte son projet à l'été")
    move(database, household_id, Status.CONTACTED, 90)
    move(database, household_id, Status.ABANDONED, 120, reason="Installé dans une autre région")
    move(database, household_id, Status.CONTACTED, 400)

    assert [to for _, to, _, _ in history(database, household_id)] == [
        Status.CONTACTED,
        Status.PAUSED,
        Status.CONTACTED,
        Status.ABANDONED,
        Status.CONTACTED,
    ]


def test_settling_needs_consistent_facts_and_writes_nothing_otherwise(database: Database) -> None:
    household_id = new_household(database)
    move(database, household_id, Status.CONTACTED, 1)
    move(database, household_id, Status.ACCOMPANIED, 2)

    with pytest.raises(TransitionError, match="renseignez la date, la commune"):
        move(database, household_id, Status.SETTLED, 3)
    wrong = SettlementFacts(
        moved_on=date(2030, 1, 1), commune_code="00000", adults=0, children=1, children_schooled=2
    )
    with pytest.raises(TransitionError) as caught:
        move(database, household_id, Status.SETTLED, 3, settlement=wrong)
    for expected in (
        "Adultes : au moins un adulte",
        "Enfants scolarisés : entre 0 et le nombre d'enfants (1)",
        "01/01/2030 est dans le futur",
        "Commune d'installation : aucune commune",
    ):
        assert expected in caught.value.message

    assert status_of(database, household_id) is Status.ACCOMPANIED
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Settlement)) == 0


def test_undoing_a_settlement_needs_a_reason_and_tombstones_it(database: Database) -> None:
    household_id = new_household(database)
    for day, status in enumerate([Status.CONTACTED, Status.ACCOMPANIED], 1):
        move(database, household_id, status, day)
    move(database, household_id, Status.SETTLED, 300, settlement=SETTLED)
    with pytest.raises(TransitionError, match="Motif"):
        move(database, household_id, Status.ACCOMPANIED, 301)
    move(database, household_id, Status.ACCOMPANIED, 301, reason="Saisie erronée")
    with database.session() as session:
        assert session.scalars(select(Settlement.deleted)).one() is True


def test_every_status_can_be_left_and_reached() -> None:
    reachable = set().union(*ALLOWED.values())
    assert reachable == set(Status)
    assert all(ALLOWED[status] for status in Status)
    assert all(status not in ALLOWED[status] for status in Status)


def test_a_settlement_is_checked_against_the_officers_day_not_the_utc_one(
    database: Database,
) -> None:
    household_id = new_household(database)
    move(database, household_id, Status.CONTACTED, 1)
    move(database, household_id, Status.ACCOMPANIED, 2)
    day = date(2026, 11, 26)
    # 00:30 in Paris on the 26th is still the 25th in UTC: the officer's day decides.
    just_after_midnight = datetime(2026, 11, 25, 23, 30, tzinfo=UTC)
    facts = SettlementFacts(
        moved_on=day, commune_code="25056", adults=1, children=0, children_schooled=0
    )
    with database.transaction() as session:
        household = session.get_one(Household, household_id)
        with pytest.raises(TransitionError, match="26/11/2026 est dans le futur"):
            change_status(
                session,
                household,
                Status.SETTLED,
                settlement=facts,
                at=just_after_midnight,
                today=day - timedelta(days=1),
            )
        change_status(
            session, household, Status.SETTLED, settlement=facts, at=just_after_midnight, today=day
        )
    assert status_of(database, household_id) is Status.SETTLED


def test_the_history_reads_newest_first_with_the_officer_and_skips_erased_changes(
    database: Database,
) -> None:
    with database.transaction() as session:
        officer = Officer(id=uuid.uuid4(), name="Claire Morel", email="claire@example.fr")
        session.add(officer)
    household_id = new_household(database)
    move(database, household_id, Status.CONTACTED, 1, officer_id=officer.id)
    move(database, household_id, Status.PAUSED, 5, reason="Attend la vente")
    move(database, household_id, Status.CONTACTED, 9)
    with database.transaction() as session:
        latest = session.scalars(
            select(StatusChange).where(StatusChange.changed_at == START + timedelta(days=9))
        ).one()
        latest.deleted = True

    with database.session() as session:
        entries = status_history(session, household_id)

    assert [(e.changed_at, e.from_status, e.to_status, e.reason, e.officer) for e in entries] == [
        (START + timedelta(days=5), Status.CONTACTED, Status.PAUSED, "Attend la vente", None),
        (START + timedelta(days=1), Status.NEW, Status.CONTACTED, None, "Claire Morel"),
    ]
    assert pipeline_position(Status.PAUSED, entries) is Status.CONTACTED
    assert pipeline_position(Status.ABANDONED, []) is Status.NEW
    assert set(ORDER) == set(Status)
