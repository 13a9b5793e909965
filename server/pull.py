"""Pages of what changed in an officer's scope since a cursor.

The page's upper bound is read from the sequence counter *before* the records:
every seq at or below a committed counter value is itself committed (writers
hold the sequence lock until they commit), so a page never skips a row.
"""

from __future__ import annotations

import hashlib
import weakref
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from server.accounts import Caller
from server.database import current_seq
from server.erasure import notices as erasure_notices
from server.errors import ForbiddenError, NotFoundError
from server.models import Conflict, PurgeNotice, Record
from server.models.records import HOUSEHOLD_SCOPE, ErasureNotice
from server.models.territory import COMMUNE, DEPARTEMENT, EPCI
from server.records import placement_of_record
from server.scope import Scope, officer_scope

CODE_COLUMNS = {DEPARTEMENT: "departement_code", EPCI: "epci_siren", COMMUNE: "commune_code"}


def record_payload(record: Record) -> dict[str, Any]:
    return {
        "table": record.table_name,
        "id": record.id,
        "version": record.version,
        "deleted": record.deleted,
        "seq": record.seq,
        "hlc": record.hlc,
        "data": record.data,
    }


def conflict_payload(conflict: Conflict) -> dict[str, Any]:
    return {
        "seq": conflict.seq,
        "table": conflict.table_name,
        "id": conflict.record_id,
        "field": conflict.field,
        "kept_value": conflict.kept_value,
        "kept_hlc": conflict.kept_hlc,
        "kept_device": conflict.kept_device,
        "kept_officer": conflict.kept_officer,
        "lost_value": conflict.lost_value,
        "lost_hlc": conflict.lost_hlc,
        "lost_device": conflict.lost_device,
        "lost_officer": conflict.lost_officer,
        "at": conflict.created_at.isoformat().replace("+00:00", "Z"),
    }


def _code_clause(model: type, kind: str, code: str) -> ColumnElement[bool]:
    return getattr(model, CODE_COLUMNS[kind]) == code


_checksums: weakref.WeakKeyDictionary[Any, dict[tuple[str, str], tuple[tuple[int, int], str]]] = (
    weakref.WeakKeyDictionary()
)
"""Per engine (one database): ``(kind, code) -> ((highest seq, record count), checksum)``."""


def territory_checksum(session: Session, kind: str, code: str) -> str:
    """SHA-256 of the lines ``table:id:version`` of the territory's records, sorted.

    Household-scoped records only, tombstones included; sorted in Python so the
    database's collation cannot change the order.

    The last page of every pull sends one per territory of the officer, tens of
    thousands of records each for a département, so a checksum is kept for as
    long as the territory's highest ``seq`` and record count stay the same:
    records are never deleted, every write or move into a territory gives the
    record a ``seq`` above all others, and a record that leaves lowers the
    count, so no change keeps both.
    """
    territory = (Record.scope == HOUSEHOLD_SCOPE, _code_clause(Record, kind, code))
    highest, count = session.execute(
        select(func.max(Record.seq), func.count()).where(*territory)
    ).one()
    key = (int(highest or 0), int(count))
    kept = _checksums.setdefault(session.get_bind(), {})
    cached = kept.get((kind, code))
    if cached is not None and cached[0] == key:
        return cached[1]
    rows = session.execute(select(Record.table_name, Record.id, Record.version).where(*territory))
    lines = sorted((table, record_id, version) for table, record_id, version in rows)
    text = "".join(f"{table}:{record_id}:{version}\n" for table, record_id, version in lines)
    checksum = hashlib.sha256(text.encode()).hexdigest()
    kept[(kind, code)] = (key, checksum)
    return checksum


def _purges(
    session: Session, scope: Scope, narrowed: ColumnElement[bool], low: int, high: int
) -> list[dict[str, str]]:
    """Households that left the scope in (low, high] and are still outside it now."""
    notices = session.scalars(
        select(PurgeNotice)
        .where(PurgeNotice.seq > low, PurgeNotice.seq <= high, narrowed)
        .order_by(PurgeNotice.seq)
    ).all()
    purged: list[dict[str, str]] = []
    seen: set[str] = set()
    for notice in notices:
        if notice.household_id in seen:
            continue
        seen.add(notice.household_id)
        household = session.get(Record, ("household", notice.household_id))
        if household is None or not scope.contains(placement_of_record(household)):
            purged.append({"table": "household", "id": notice.household_id})
    return purged


def pull(
    session: Session, caller: Caller, cursor: int, limit: int, territory: str | None = None
) -> dict[str, Any]:
    """One page of records, conflicts, purges and erasures after ``cursor``."""
    scope = officer_scope(session, caller.officer_id)
    if territory is not None:
        kind = scope.kind_of(territory)
        if kind is None:
            raise ForbiddenError(f"Le territoire « {territory} » n'est pas l'un des vôtres.")
        record_clause = _code_clause(Record, kind, territory)
        conflict_clause = _code_clause(Conflict, kind, territory)
        purge_clause = _code_clause(PurgeNotice, kind, territory)
        erasure_clause = _code_clause(ErasureNotice, kind, territory)
        checksum_codes = [(kind, territory)]
    else:
        record_clause = scope.clause(Record)
        conflict_clause = scope.clause(Conflict)
        purge_clause = scope.clause(PurgeNotice, with_shared=False)
        erasure_clause = scope.clause(ErasureNotice, with_shared=False)
        checksum_codes = [(scope.kind_of(code) or "", code) for code in scope.codes]
    upper = current_seq(session)
    records = session.scalars(
        select(Record)
        .where(Record.seq > cursor, Record.seq <= upper, record_clause)
        .order_by(Record.seq)
        .limit(limit + 1)
    ).all()
    more = len(records) > limit
    records = records[:limit]
    page_end = records[-1].seq if more else max(upper, cursor)
    conflicts = session.scalars(
        select(Conflict)
        .where(Conflict.seq > cursor, Conflict.seq <= page_end, conflict_clause)
        .order_by(Conflict.seq)
    ).all()
    return {
        "records": [record_payload(record) for record in records],
        "purges": _purges(session, scope, purge_clause, cursor, page_end),
        "erasures": erasure_notices(session, erasure_clause, cursor, page_end),
        "conflicts": [conflict_payload(conflict) for conflict in conflicts],
        "cursor": page_end,
        "more": more,
        "checksums": {}
        if more
        else {code: territory_checksum(session, kind, code) for kind, code in checksum_codes},
    }


def fetch(session: Session, caller: Caller, table: str, record_id: str) -> dict[str, Any]:
    """One record, if the caller may see it; 404 alike for missing and out of scope."""

    record = session.get(Record, (table, record_id))
    if record is None or (
        record.scope == HOUSEHOLD_SCOPE
        and not officer_scope(session, caller.officer_id).contains(placement_of_record(record))
    ):
        raise NotFoundError("Enregistrement introuvable.")
    return record_payload(record)
