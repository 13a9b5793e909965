"""The case list, in SQL: which households match, in what order, and what each row shows.

Filtering and sorting happen in one statement over the household table and its
local summary, so they stay fast on 100,000 households. The list keeps only
the matching ids (:func:`household_ids`) and fetches the rows on screen
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

    NAME = "h.name COLLATE NOCASE"
    MEMBERS = "s.member_count"
    TARGET = "s.target_name COLLATE NOCASE"
    STATUS = (
        "CASE h.status WHEN 'nouveau' THEN 0 WHEN 'contacte' THEN 1 WHEN 'accompagne' THEN 2 "
        "WHEN 'installe' THEN 3 WHEN 'en_pause' THEN 4 ELSE 5 END"
    )
    OFFICER = "o.name COLLATE NOCASE"
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


_FROM = """
FROM household h
JOIN household_summary s ON s.household_id = h.id
LEFT JOIN officer o ON o.id = h.officer_id
"""

_OPEN_NEEDS = (NeedState.OPEN.value, NeedState.IN_PROGRESS.value)


def _where(case_filter: CaseFilter, today: date) -> tuple[str, dict[str, Any]]:
    clauses = ["h.deleted = 0"]
    params: dict[str, Any] = {}
    match = fts_query(case_filter.search)
    if match is not None:
        clauses.append(
            "h.rowid IN (SELECT rowid FROM household_search WHERE household_search MATCH :search)"
        )
        params["search"] = match
    elif case_filter.search.strip():
        clauses.append("0")  # only punctuation typed: nothing can match
    if case_filter.statuses:
        names = []
        for index, status in enumerate(sorted(case_filter.statuses, key=lambda s: s.value)):
            params[f"status{index}"] = status.value
            names.append(f":status{index}")
        clauses.append(f"h.status IN ({', '.join(names)})")
    if case_filter.departement:
        clauses.append(
            "h.id IN (SELECT household_id FROM household_target "
            "WHERE departement_code = :departement AND deleted = 0)"
        )
        params["departement"] = case_filter.departement
    if case_filter.epci:
        clauses.append(
            "h.id IN (SELECT household_id FROM household_target "
            "WHERE epci_siren = :epci AND deleted = 0)"
        )
        params["epci"] = case_filter.epci
    if case_filter.officer_id:
        clauses.append("h.officer_id = :officer")
        params["officer"] = case_filter.officer_id.hex
    if case_filter.source:
        clauses.append("h.source = :source")
        params["source"] = case_filter.source.value
    if case_filter.event_id:
        clauses.append("h.event_id = :event")
        params["event"] = case_filter.event_id.hex
    if case_filter.need_domain:
        clauses.append(
            "h.id IN (SELECT household_id FROM need WHERE domain = :domain AND deleted = 0 "
            f"AND state IN ('{_OPEN_NEEDS[0]}', '{_OPEN_NEEDS[1]}'))"
        )
        params["domain"] = case_filter.need_domain.value
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
) -> list[uuid.UUID]:
    """Ids of every matching household, in list order (empty values last, either way)."""
    where, params = _where(case_filter, today)
    direction = "DESC" if descending else "ASC"
    rows = connection.execute(
        text(
            f"SELECT h.id {_FROM} WHERE {where} "
            f"ORDER BY {sort.value} IS NULL, {sort.value} {direction}, h.name, h.id"
        ),
        params,
    )
    return [uuid.UUID(hex=row[0]) for row in rows]


def household_rows(connection: Connection, ids: list[uuid.UUID]) -> dict[uuid.UUID, CaseRow]:
    """The list rows of ``ids`` (those still there), keyed by id."""
    if not ids:
        return {}
    params = {f"id{index}": household_id.hex for index, household_id in enumerate(ids)}
    placeholders = ", ".join(f":{name}" for name in params)
    rows = connection.execute(
        text(
            "SELECT h.id, h.name, s.member_count, s.target_name, h.status, o.name, "
            f"s.last_contact_at, s.next_follow_up_on {_FROM} "
            f"WHERE h.id IN ({placeholders}) AND h.deleted = 0"
        ),
        params,
    )
    result = {}
    for row in rows:
        household_id = uuid.UUID(hex=row[0])
        result[household_id] = CaseRow(
            id=household_id,
            name=row[1],
            member_count=row[2],
            target=row[3],
            status=Status(row[4]),
            officer=row[5],
            last_contact_at=_utc(row[6]),
            next_follow_up_on=date.fromisoformat(row[7]) if row[7] else None,
        )
    return result


def _utc(value: str | None) -> datetime | None:
    if value is None:
        return None
    return datetime.fromisoformat(value).replace(tzinfo=UTC)
