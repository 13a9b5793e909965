"""Reading and writing the generic record store.

Writers pass the ``seq`` they got from the sequence allocator; the territory
codes of a record are set here, from its placement, every time it is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.merge import DELETED, Change, RecordState, merge
from server.models import Conflict, Record
from server.models.base import utcnow
from server.territories import Placement


def load_records(
    session: Session, table_ids: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], Record]:
    """The stored records among ``table_ids``, in one query a table (and a 500 ids).

    The table name goes into each query with the ids: the primary key is
    (``table_name``, ``id``), so ids alone would scan every record.
    """
    by_table: dict[str, list[str]] = {}
    for table, record_id in set(table_ids):
        by_table.setdefault(table, []).append(record_id)
    found: dict[tuple[str, str], Record] = {}
    for table, ids in sorted(by_table.items()):
        ids.sort()
        for start in range(0, len(ids), 500):
            rows = session.scalars(
                select(Record).where(
                    Record.table_name == table, Record.id.in_(ids[start : start + 500])
                )
            )
            for record in rows:
                found[(record.table_name, record.id)] = record
    return found


def state_of(record: Record | None) -> RecordState:
    if record is None:
        return RecordState.empty()
    return RecordState(
        values={**record.data, DELETED: record.deleted},
        clocks=dict(record.clocks),
        authors={name: dict(author) for name, author in record.authors.items()},
        version=record.version,
    )


def placement_of_record(record: Record) -> Placement:
    return Placement(record.departement_code, record.epci_siren, record.commune_code)


def write_record(
    session: Session,
    record: Record | None,
    *,
    table: str,
    record_id: str,
    state: RecordState,
    seq: int,
    scope: str,
    placement: Placement,
    household_id: str | None,
) -> Record:
    """Store ``state`` as the record's current value, in ``placement``, at ``seq``."""
    if record is None:
        record = Record(table_name=table, id=record_id)
        session.add(record)
    record.data = state.data
    record.deleted = state.deleted
    record.clocks = state.clocks
    record.authors = state.authors
    record.version = state.version
    record.hlc = state.hlc
    record.seq = seq
    record.scope = scope
    record.household_id = household_id
    record.departement_code = placement.departement_code
    record.epci_siren = placement.epci_siren
    record.commune_code = placement.commune_code
    record.updated_at = utcnow()
    return record


def move_record(record: Record | Conflict, placement: Placement, seq: int) -> None:
    """Give a record (or a conflict logged on it) a new territory and a new seq.

    The new seq makes officers of the new territory pull it.
    """
    record.departement_code = placement.departement_code
    record.epci_siren = placement.epci_siren
    record.commune_code = placement.commune_code
    record.seq = seq


def server_write(
    session: Session,
    *,
    table: str,
    record_id: str,
    fields: dict[str, Any],
    hlc: str,
    seq: int,
    scope: str,
    placement: Placement,
    household_id: str | None,
    deleted: bool = False,
) -> Record:
    """A write made by the server itself (accounts, intake), merged like any change."""
    record = session.get(Record, (table, record_id))
    current = state_of(record)
    change = Change(fields, hlc, current.version, deleted, None, None)
    result = merge(current, change)
    return write_record(
        session,
        record,
        table=table,
        record_id=record_id,
        state=result.state,
        seq=seq,
        scope=scope,
        placement=placement,
        household_id=household_id,
    )


def conflict_row(record: Record, lost: Any, seq: int) -> Conflict:
    """A conflict-log row for one lost value of ``record``, in the record's territory."""
    return Conflict(
        seq=seq,
        table_name=record.table_name,
        record_id=record.id,
        field=lost.field,
        kept_value=lost.kept_value,
        kept_hlc=lost.kept_hlc,
        kept_device=lost.kept_device,
        kept_officer=lost.kept_officer,
        lost_value=lost.lost_value,
        lost_hlc=lost.lost_hlc,
        lost_device=lost.lost_device,
        lost_officer=lost.lost_officer,
        scope=record.scope,
        departement_code=record.departement_code,
        epci_siren=record.epci_siren,
        commune_code=record.commune_code,
    )
