"""The stand's tally: the visitors an event brought, by wished territory and by project.

After a fair the officers want to know who came to the stand: how many
households and people they captured there, which territories those visitors
would like to live in, and what brings them (the project types ticked on the
fair form). A *visitor* is a live household recorded at the event
(``household.event_id``: what the fair screen and the list's event filter
use), whatever has become of its case since.

The territory is the visitor's **first wish** (département, intercommunality),
not where a household may have settled since: the tally says what the stand
drew. Each household counts once by territory, so those rows add up to the
total; a household may have several projects, so the project rows may add up
to more (a visitor without a project ticked is counted as « Projet non
précisé »). The dashboard's other filters (period of registration, officer,
origin, département or intercommunality of the first wish) narrow the tally
too. Computed in SQL on the case summary: a few hundred rows read by the
``event_id`` index.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, text

from desktop.i18n import translate
from desktop.labels import project_type_label
from desktop.models import ProjectType
from desktop.reporting.indicators import IndicatorFilter, first_wish_where


@dataclass(frozen=True)
class TallyRow:
    """Visitors in one territory or with one project; ``code`` ``None``: not known."""

    code: str | None
    name: str
    households: int
    people: int


@dataclass(frozen=True)
class StandTally:
    """The visitors of one event (see the module for what is counted)."""

    event_id: uuid.UUID
    event_name: str
    place: str
    starts_on: date
    ends_on: date
    households: int
    people: int
    by_departement: tuple[TallyRow, ...]
    by_epci: tuple[TallyRow, ...]
    by_project: tuple[TallyRow, ...]


def unknown_project_label() -> str:
    return translate("Reporting", "Projet non précisé")


def compute_stand_tally(connection: Connection, flt: IndicatorFilter) -> StandTally | None:
    """The tally of ``flt``'s event under its other criteria; ``None`` without an event filter
    or when the event is unknown (deleted since it was chosen)."""
    if flt.event_id is None:
        return None
    event = connection.execute(
        text("SELECT name, place, starts_on, ends_on FROM event WHERE id = :id AND deleted = 0"),
        {"id": flt.event_id.hex},
    ).one_or_none()
    if event is None:
        return None
    where, params = first_wish_where(flt)
    territories = connection.execute(
        text(
            "SELECT s.target_departement, d.name, s.target_epci, e.name, count(*), "
            f"sum(s.member_count) FROM household_summary s "
            "LEFT JOIN departement d ON d.code = s.target_departement "
            f"LEFT JOIN epci e ON e.siren = s.target_epci{where} GROUP BY 1, 3"
        ),
        params,
    ).all()
    projects = connection.execute(
        text(
            "SELECT p.value, count(*), sum(s.member_count) FROM household_summary s "
            "CROSS JOIN household h ON h.id = s.household_id "
            f"LEFT JOIN json_each(h.project_types) p{where} GROUP BY 1"
        ),
        params,
    ).all()
    departements: dict[str | None, list[int]] = defaultdict(lambda: [0, 0])
    epcis: dict[str | None, list[int]] = defaultdict(lambda: [0, 0])
    names: dict[tuple[int, str | None], str] = {}
    for dep, dep_name, epci, epci_name, households, people in territories:
        for key, code, name, tallies in (
            (0, dep, dep_name, departements),
            (1, epci, epci_name, epcis),
        ):
            tallies[code][0] += households
            tallies[code][1] += people
            names[(key, code)] = name or code or ""
    return StandTally(
        event_id=flt.event_id,
        event_name=str(event.name),
        place=str(event.place),
        starts_on=_day(event.starts_on),
        ends_on=_day(event.ends_on),
        households=sum(households for households, _people in departements.values()),
        people=sum(people for _households, people in departements.values()),
        by_departement=_rows(departements, names, key=0),
        by_epci=_rows(epcis, names, key=1),
        by_project=_projects(projects),
    )


def _day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _rows(
    tallies: dict[str | None, list[int]], names: dict[tuple[int, str | None], str], *, key: int
) -> tuple[TallyRow, ...]:
    """Most visitors first, the unknown territory last."""
    rows = [
        TallyRow(code, names.get((key, code), "") if code else "", households, people)
        for code, (households, people) in tallies.items()
    ]
    return tuple(sorted(rows, key=lambda row: (row.code is None, -row.households, row.name)))


def _projects(rows: list[tuple[str | None, int, int]]) -> tuple[TallyRow, ...]:
    """One row per project type in the fair form's order, those with no visitor left out."""
    known = {project.value: project for project in ProjectType}
    counted = {value: (households, people) for value, households, people in rows}
    result = [
        TallyRow(project.value, project_type_label(project), *counted[project.value])
        for project in ProjectType
        if project.value in counted
    ]
    unknown = [(households, people) for value, households, people in rows if value not in known]
    if unknown:
        result.append(
            TallyRow(
                None,
                unknown_project_label(),
                sum(households for households, _people in unknown),
                sum(people for _households, people in unknown),
            )
        )
    return tuple(result)
