"""The stand's tally on a fair's visitors captured with the fair screen's own code."""

from __future__ import annotations

import io
import json
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.cases.events import EventInput, create_event
from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.cli import main as escale
from desktop.documents.bilan import bilan_pdf
from desktop.fair.capture import VisitorInput, capture_visitor
from desktop.models import Household, PersonRole, ProjectType, Source, TerritoryKind
from desktop.reporting.french_numbers import counted, format_count
from desktop.reporting.indicators import IndicatorFilter
from desktop.reporting.presentation import stand_count
from desktop.reporting.stand import StandTally, TallyRow, compute_stand_tally
from desktop.storage import Database

TODAY = date(2026, 11, 25)
FIRST_DAY = datetime(2026, 11, 21, 10, tzinfo=UTC)
SECOND_DAY = datetime(2026, 11, 22, 15, tzinfo=UTC)
NEVERS, DECIZE, DIJON, BESANCON = "58194", "58095", "21231", "25056"


def _visitor(name: str, *, targets: list[TargetInput], **values: object) -> VisitorInput:
    return VisitorInput(
        first_name="Prénom",
        last_name=name,
        email=f"{name.lower()}@exemple.fr",
        targets=targets,
        consent=True,
        **values,  # type: ignore[arg-type]
    )


def _commune(code: str) -> list[TargetInput]:
    return [TargetInput(TerritoryKind.COMMUNE, code)]


@pytest.fixture
def fair(database: Database) -> dict[str, uuid.UUID]:
    """Five visitors of the Paris fair over two days, one of another fair, one from the website.

    Lefèvre: a couple and two children for Nevers (job move and remote work);
    Morin: alone for Decize, retiring; Garnier: a couple for Dijon, job move;
    Petit: a parent and a child with no wish and no project ticked; Roux: the
    Jura as a whole, starting a business (second day). Vidal met at Lyon,
    Besançon; Blanc registered on the website, Nevers.
    """

    def event(session: Session, name: str, place: str) -> uuid.UUID:
        return create_event(
            session,
            EventInput(name, place=place, starts_on=date(2026, 11, 21), ends_on=date(2026, 11, 22)),
        ).id

    def capture(session: Session, event_id: uuid.UUID, data: VisitorInput, when: datetime) -> None:
        capture_visitor(session, data, event_id=event_id, officer_id=None, today=TODAY, now=when)

    with database.transaction() as session:
        paris = event(session, "Salon Vivre en province", "Paris, Porte de Versailles")
        lyon = event(session, "Forum de la mobilité", "Lyon, Eurexpo")
        visitors = [
            _visitor(
                "Lefèvre",
                targets=_commune(NEVERS),
                second_first_name="Karim",
                second_last_name="Benali",
                children=2,
                children_ages="4, 9",
                project_types={ProjectType.JOB_MOVE, ProjectType.REMOTE_WORK},
            ),
            _visitor("Morin", targets=_commune(DECIZE), project_types={ProjectType.RETIREMENT}),
            _visitor(
                "Garnier",
                targets=_commune(DIJON),
                second_first_name="Luc",
                second_last_name="Garnier",
                project_types={ProjectType.JOB_MOVE},
            ),
            _visitor("Petit", targets=[], children=1, children_ages="7"),
        ]
        for data in visitors:
            capture(session, paris, data, FIRST_DAY)
        capture(
            session,
            paris,
            _visitor(
                "Roux",
                targets=[TargetInput(TerritoryKind.DEPARTEMENT, "39")],
                project_types={ProjectType.BUSINESS},
            ),
            SECOND_DAY,
        )
        capture(
            session,
            lyon,
            _visitor("Vidal", targets=_commune(BESANCON), project_types={ProjectType.OTHER}),
            FIRST_DAY,
        )
        register_household(
            session,
            HouseholdInput(
                source=Source.WEBSITE,
                members=[PersonInput(PersonRole.ADULT, "Anne", "Blanc", email="blanc@exemple.fr")],
                targets=_commune(NEVERS),
            ),
            today=TODAY,
        )
    return {"paris": paris, "lyon": lyon}


def _tally(database: Database, flt: IndicatorFilter) -> StandTally | None:
    with database.engine.connect() as connection:
        return compute_stand_tally(connection, flt)


def test_the_stand_tally_counts_the_visitors_by_wished_territory_and_by_project(
    database: Database, fair: dict[str, uuid.UUID]
) -> None:
    tally = _tally(database, IndicatorFilter(event_id=fair["paris"]))
    assert tally is not None
    assert (tally.event_name, tally.place) == (
        "Salon Vivre en province",
        "Paris, Porte de Versailles",
    )
    assert (tally.households, tally.people) == (5, 10)
    assert tally.by_departement == (
        TallyRow("58", "Nièvre", 2, 5),
        TallyRow("21", "Côte-d'Or", 1, 2),
        TallyRow("39", "Jura", 1, 1),
        TallyRow(None, "", 1, 2),
    )
    assert tally.by_epci == (
        TallyRow("245804406", "CA de Nevers", 1, 4),
        TallyRow("200067700", "CC Sud Nivernais", 1, 1),
        TallyRow("242100410", "Dijon Métropole", 1, 2),
        TallyRow(None, "", 2, 3),
    )
    assert sum(row.households for row in tally.by_epci) == tally.households
    assert tally.by_project == (
        TallyRow("mutation_emploi", "Mutation ou nouvel emploi", 2, 6),
        TallyRow("teletravail", "Télétravail", 1, 4),
        TallyRow("creation_reprise", "Création ou reprise d'entreprise", 1, 1),
        TallyRow("retraite", "Retraite", 1, 1),
        TallyRow(None, "Projet non précisé", 1, 2),
    )

    lyon = _tally(database, IndicatorFilter(event_id=fair["lyon"]))
    assert lyon is not None
    assert (lyon.households, lyon.people) == (1, 1)
    assert lyon.by_project == (TallyRow("autre", "Autre projet", 1, 1),)


def test_the_other_filters_narrow_the_tally_and_no_event_means_no_tally(
    database: Database, fair: dict[str, uuid.UUID]
) -> None:
    second_day = _tally(
        database, IndicatorFilter(event_id=fair["paris"], registered_from=date(2026, 11, 22))
    )
    assert second_day is not None
    assert (second_day.households, second_day.by_departement) == (
        1,
        (TallyRow("39", "Jura", 1, 1),),
    )

    nievre = _tally(database, IndicatorFilter(event_id=fair["paris"], departement="58"))
    assert nievre is not None
    assert (nievre.households, nievre.people) == (2, 5)
    assert [row.code for row in nievre.by_project] == ["mutation_emploi", "teletravail", "retraite"]

    assert _tally(database, IndicatorFilter()) is None


def test_a_visitor_merged_away_or_erased_leaves_the_tally(
    database: Database, fair: dict[str, uuid.UUID]
) -> None:
    with database.transaction() as session:
        morin = session.scalars(select(Household).where(Household.name.like("%Morin%"))).one()
        morin.deleted = True
    tally = _tally(database, IndicatorFilter(event_id=fair["paris"]))
    assert tally is not None
    assert (tally.households, tally.people) == (4, 9)
    assert "retraite" not in [row.code for row in tally.by_project]


def test_the_bilan_of_an_event_prints_the_stand_tally(
    database: Database, fair: dict[str, uuid.UUID]
) -> None:
    pdf = bilan_pdf(database, IndicatorFilter(event_id=fair["paris"]), today=TODAY)
    words = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    assert "Bilan du stand" in words
    assert "Salon Vivre en province" in words
    assert "5 foyers" in words and "10 personnes" in words
    for label in ("Nièvre (58)", "CA de Nevers", "Télétravail", "Projet non précisé"):
        assert label in words

    whole = bilan_pdf(database, IndicatorFilter(), today=TODAY)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(whole)).pages)
    assert "Bilan du stand" not in text


def test_escale_stats_event_json_gives_the_tally(
    database: Database,
    fair: dict[str, uuid.UUID],
    data_dir: Path,
    escale_passphrase: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database.close()
    assert (
        escale(["stats", "--data-dir", str(data_dir), "--event", str(fair["paris"]), "--json"]) == 0
    )
    figures = json.loads(capsys.readouterr().out)
    assert figures["registered"] == {"households": 5, "people": 10}
    stand = figures["stand"]
    assert (stand["event_name"], stand["households"], stand["people"]) == (
        "Salon Vivre en province",
        5,
        10,
    )
    assert stand["by_departement"][0] == {
        "code": "58",
        "name": "Nièvre",
        "households": 2,
        "people": 5,
    }
    assert {row["code"]: row["households"] for row in stand["by_project"]} == {
        "mutation_emploi": 2,
        "teletravail": 1,
        "creation_reprise": 1,
        "retraite": 1,
        None: 1,
    }

    assert escale(["stats", "--data-dir", str(data_dir), "--event", "pas-un-id"]) == 2
    assert "« pas-un-id » n'est pas un identifiant d'événement" in capsys.readouterr().err
    unknown = str(uuid.UUID(int=1))
    assert escale(["stats", "--data-dir", str(data_dir), "--event", unknown]) == 2
    assert "--event : aucun événement n'a l'identifiant" in capsys.readouterr().err

    text_output = ["stats", "--data-dir", str(data_dir), "--event", str(fair["paris"])]
    assert escale(text_output) == 0
    printed = capsys.readouterr().out
    assert "Bilan du stand : Salon Vivre en province" in printed
    assert "Nièvre (58) : 2 foyers, 5 personnes" in printed

    output = data_dir / "bilan du salon.pdf"
    report = ["report", "--data-dir", str(data_dir), "--event", str(fair["paris"]), "-o"]
    assert escale([*report, str(output)]) == 0
    words = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(output).pages)
    assert "Bilan du stand" in words and "5 foyers, 10 personnes" in words


def test_counts_of_one_are_written_in_the_singular() -> None:
    assert stand_count(1, 1) == "1 foyer, 1 personne"
    assert stand_count(0, 0) == "0 foyers, 0 personnes"
    assert stand_count(12_000, 31_415) == (
        f"{format_count(12_000)} foyers, {format_count(31_415)} personnes"
    )
    assert counted(1, "1 inscrit", "{count} inscrits") == "1 inscrit"
    assert counted(2, "1 inscrit", "{count} inscrits") == "2 inscrits"
