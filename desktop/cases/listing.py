"""The case list, in SQL: which households match, in what order, and what each row shows.

Filtering and sorting run on the local ``household_summary`` alone (one narrow,
indexed row per live household, see :mod:`desktop.cases.derived`), so they
stay fast on 100,000 households. The list keeps only the matching ids
(:func:`household_ids`, as stored: 32 hex digits, cheaper to hold by the
hundred thousand than ``UUID`` objects) and fetches the rows on screen
(:func:`household_rows`), as Anki's browser does.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, text

from desktop.cases.search import fts_query
from desktop.models import NeedDomain, NeedState, Source, Status


class SortColumn(enum.Enum):
    """The list's columns, each sortable; the value is its SQL sort expression.

    Statuses sort in pipeline order, not alphabetically.
    """

    NAME = "s.name COLLATE NOCASE"
    MEMBERS = "s.member_count"
    TARGET = "s.target_name COLLATE NOCASE"
    STATUS = "s.status_rank"
    OFFICER = "s.officer_name COLLATE NOCASE"
    LAST_CONTACT = "s.last_contact_at"
    NEXT_FOLLOW_UP = "s.next_follow_up_on"


@dataclass(frozen=True)
class CaseFilter:
    """What the officer narrowed the list to; every criterion combines with the others."""

    search: str = ""
    statuses: frozenset[Status] = frozenset()
    departement: str | None = None
    epci: str | None = None
    officer_id: uuid.UUID | None = None
    source: Source | None = None
    event_id: uuid.UUID | None = None
    need_domain: NeedDomain | None = None
    overdue_only: bool = False


@dataclass(frozen=True)
class CaseRow:
    """What one line of the list shows."""

    id: uuid.UUID
    name: str
    member_count: int
    target: str | None
    status: Status
    officer: str | None
    last_contact_at: datetime | None
    next_follow_up_on: date | None

    def overdue(self, today: date) -> bool:
        return self.next_follow_up_on is not None and self.next_follow_up_on < today


BROAD_SEARCH = 10_000
"""From this many matches on, the search filter is checked row by row over the list (see below)."""


def _broad(connection: Connection, match: str) -> bool:
    """Whether ``match`` selects so many households that scanning them all is cheaper.

    A narrow search is best served through the ``search_rowid`` index: one
    lookup per match. A short prefix (``ma``: 43,000 of 100,000 households,
    ``06``: 65,000) makes that tens of thousands of random lookups in
    ``household_summary``, which cost more than reading the whole table in
    order and checking each row against the matches (on the demo: ``ma``
    190 ms by index, 115 ms by scan; ``mar``, 25,000 matches, 100 against
    70; the two break even near 9,000). The probe stops at :data:`BROAD_SEARCH` rows
    and costs about what the match itself costs.
    """
    probed = connection.execute(
        text(
            "SELECT count(*) FROM (SELECT rowid FROM household_search "
            "WHERE household_search MATCH :search LIMIT :limit)"
        ),
        {"search": match, "limit": BROAD_SEARCH},
    ).scalar_one()
    return probed >= BROAD_SEARCH


def _where(
    connection: Connection, case_filter: CaseFilter, today: date
) -> tuple[str, dict[str, Any]]:
    clauses = ["1"]
    params: dict[str, Any] = {}
    match = fts_query(case_filter.search)
    if match is not None:
        # "+" keeps SQLite off the search_rowid index, so it scans the table instead.
        column = "+s.search_rowid" if _broad(connection, match) else "s.search_rowid"
        clauses.append(
            f"{column} IN (SELECT rowid FROM household_search WHERE household_search MATCH :search)"
        )
        params["search"] = match
    elif case_filter.search.strip():
        clauses.append("0")  # only punctuation typed: nothing can match
    if case_filter.statuses:
        names = []
        for index, status in enumerate(sorted(case_filter.statuses, key=lambda s: s.value)):
            params[f"status{index}"] = status.value
            names.append(f":status{index}")
        clauses.append(f"s.status IN ({', '.join(names)})")
    if case_filter.departement:
        clauses.append(
            "s.household_id IN (SELECT household_id FROM household_target "
            "WHERE departement_code = :departement AND deleted = 0)"
        )
        params["departement"] = case_filter.departement
    if case_filter.epci:
        clauses.append(
            "s.household_id IN (SELECT household_id FROM household_target "
            "WHERE epci_siren = :epci AND deleted = 0)"
        )
        params["epci"] = case_filter.epci
    if case_filter.officer_id:
        clauses.append("s.officer_id = :officer")
        params["officer"] = case_filter.officer_id.hex
    if case_filter.source:
        clauses.append("s.source = :source")
        params["source"] = case_filter.source.value
    if case_filter.event_id:
        clauses.append("s.event_id = :event")
        params["event"] = case_filter.event_id.hex
    if case_filter.need_domain:
        clauses.append(
            "s.household_id IN (SELECT household_id FROM need "
            "WHERE domain = :domain AND deleted = 0 AND state IN (:open, :in_progress))"
        )
        params.update(
            domain=case_filter.need_domain.value,
            open=NeedState.OPEN.value,
            in_progress=NeedState.IN_PROGRESS.value,
        )
    if case_filter.overdue_only:
        clauses.append("s.next_follow_up_on < :today")
        params["today"] = today.isoformat()
    return " AND ".join(clauses), params


def household_ids(
    connection: Connection,
    case_filter: CaseFilter,
    *,
    sort: SortColumn = SortColumn.NAME,
    descending: bool = False,
    today: date,
) -> list[str]:
    """Hex ids of every matching household, in list order (empty values last, either way)."""
    where, params = _where(connection, case_filter, today)
    direction = "DESC" if descending else "ASC"
    rows = connection.execute(
        text(
            f"SELECT s.household_id FROM household_summary s WHERE {where} "
            f"ORDER BY {sort.value} IS NULL, {sort.value} {direction}, "
            "s.name COLLATE NOCASE, s.household_id"
        ),
        params,
    )
    return [row[0] for row in rows]


def household_rows(connection: Connection, ids: list[str]) -> dict[str, CaseRow]:
    """The list rows of ``ids`` (hex, those still there), keyed by hex id."""
    if not ids:
        return {}
    params = {f"id{index}": household_id for index, household_id in enumerate(ids)}
    placeholders = ", ".join(f":{name}" for name in params)
    rows = connection.execute(
        text(
            "SELECT household_id, name, member_count, target_name, status, officer_name, "
            "last_contact_at, next_follow_up_on FROM household_summary "
            f"WHERE household_id IN ({placeholders})"
        ),
        params,
    )
    return {
        row[0]: CaseRow(
            id=uuid.UUID(hex=row[0]),
            name=row[1],
            member_count=row[2],
            target=row[3],
            status=Status(row[4]),
            officer=row[5],
            last_contact_at=_utc(row[6]),
            next_follow_up_on=date.fromisoformat(row[7]) if row[7] else None,
        )
        for row in rows
    }


def _utc(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)
