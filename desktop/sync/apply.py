"""Writing a pulled page into the local database: whole, with its cursor, or not at all.

Records are written with SQL on the base tables, not through the ORM, so the
outbox hook never sees them (they came from the server and must not go back)
while the derived tables' triggers keep the search index and the case list
right. Rules (``docs/sync-protocol.md``, "Pull"):

- The server's state is written field by field; a field that an outbox entry
  still holds keeps its local value (it is newer for this device and will be
  pushed), and so does ``deleted`` while any entry of the record waits, since
  every change carries the record's tombstone state. Only values that differ
  are written, so applying a page twice changes nothing.
- ``version`` takes the server's; while changes are pending it never goes
  down, so their base versions stay consistent.
- A purge deletes the household and everything under it for real, once the
  outbox holds no change of it; until then it waits in ``sync_purge``.
- An erasure notice anonymises the household with SQL and drops its queued
  changes (``desktop.privacy.erasure.erase_received``); once the page has
  committed, the freed space and the WAL are wiped.
- Conflicts are stored once each (by their seq, and by record, field and lost
  clock, which stay the same when a moved household's conflicts get new seqs).

Foreign keys are checked per page by SQLite at commit, but pages come in the
server's ``seq`` order, where a household edited after its members were created
comes after them, possibly on a later page. A page is therefore applied with
foreign keys off; once the last page is in, every reference resolves (the
server sends a household with all its records, and the catalogue and accounts
to every officer) and :func:`dangling_references` reports any that does not.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Table, bindparam, delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from desktop.models import SyncConflict, SyncOutbox, SyncPurge, utcnow
from desktop.privacy import erasure
from desktop.sync import clock, codec, state
from desktop.sync.errors import GarbageAnswerError
from desktop.sync.messages import Conflict, PulledRecord, PullPage

log = logging.getLogger(__name__)

OUTBOX = SyncOutbox.__table__
PURGES = SyncPurge.__table__
CONFLICTS = SyncConflict.__table__


@dataclass(frozen=True)
class Applied:
    """What one page changed locally."""

    written: int
    purged: int
    deferred_purges: int
    conflicts: int
    erased: int = 0
    """Households anonymised on the server's word (GDPR erasure)."""


@contextlib.contextmanager
def pull_connection(engine: Engine) -> Iterator[Connection]:
    """A connection with foreign keys off, for pages whose parents may come later.

    The pragma only takes effect outside a transaction, so it is set on the raw
    connection before SQLAlchemy begins one, and set back before the
    connection returns to the pool.
    """
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            yield connection
        finally:
            if connection.in_transaction():
                connection.rollback()
            raw.execute("PRAGMA foreign_keys = ON")


def apply_page(engine: Engine, page: PullPage, *, advance_cursor: bool = True) -> Applied:
    """Write ``page`` and move the cursor past it, in one transaction.

    A page of one territory pulled again to repair it (``advance_cursor=False``)
    leaves the cursor alone: it pages a scan of that territory only, and moving
    the main cursor past it would skip the other territories' records.

    Raises:
        CodecError: a value of the page does not fit its column; nothing was written.
    """
    with pull_connection(engine) as connection, connection.begin():
        applied = apply_page_on(connection, page, advance_cursor=advance_cursor)
    if applied.erased:
        erasure.wipe_freed_space(engine)
    return applied


def apply_page_on(
    connection: Connection, page: PullPage, *, advance_cursor: bool = True
) -> Applied:
    """:func:`apply_page` inside the caller's transaction."""
    decoded = [(record, _decode(record)) for record in page.records]  # all, before any write
    written = 0
    for record, known in decoded:
        if known is not None:
            written += _write_record(connection, known[0], record, known[1])
    purged = deferred = 0
    for purge in page.purges:
        if purge.table != "household":
            log.warning("purge of %s %s ignored: only households are purged", purge.table, purge.id)
        elif purge_household(connection, purge.id):
            purged += 1
        else:
            deferred += 1
    erased = sum(erasure.erase_received(connection, household) for household in page.erasures)
    conflicts = sum(_store_conflict(connection, conflict) for conflict in page.conflicts)
    _receive_clocks(connection, [record.hlc for record in page.records if record.hlc])
    if advance_cursor:
        state.write(connection, state.CURSOR, str(max(page.cursor, state.cursor(connection))))
    return Applied(written, purged, deferred, conflicts, erased)


def apply_deferred_purges(connection: Connection) -> int:
    """Purge the households whose pending edits have all been pushed since the notice came."""
    waiting = connection.execute(select(PURGES.c.household_id)).scalars().all()
    return sum(purge_household(connection, household_id) for household_id in waiting)


def purge_household(connection: Connection, household_id: uuid.UUID) -> bool:
    """Delete a household and every record under it, unless the outbox still holds some.

    Returns:
        Whether it was purged; if not, the notice is kept in ``sync_purge``.
    """
    pending = connection.execute(
        select(OUTBOX.c.device_seq).where(OUTBOX.c.household_id == household_id).limit(1)
    ).first()
    if pending is not None:
        connection.execute(
            sqlite_insert(PURGES)
            .values(household_id=household_id, received_at=utcnow())
            .on_conflict_do_nothing()
        )
        return False
    tables = codec.synced_tables()
    household = tables["household"]
    removed: list[uuid.UUID] = [household_id]
    for table in tables.values():
        if table is not household and "household_id" in table.c:
            where = table.c.household_id == household_id
            removed += connection.execute(select(table.c.id).where(where)).scalars().all()
            connection.execute(delete(table).where(where))
    connection.execute(
        update(household)
        .where(household.c.merged_into_id == household_id)
        .values(merged_into_id=None)
    )
    connection.execute(delete(household).where(household.c.id == household_id))
    connection.execute(delete(CONFLICTS).where(CONFLICTS.c.record_id.in_(removed)))
    connection.execute(delete(PURGES).where(PURGES.c.household_id == household_id))
    return True


def dangling_references(connection: Connection) -> list[tuple[Any, ...]]:
    """References that point nowhere (should be none once a pull has finished)."""
    return [tuple(row) for row in connection.exec_driver_sql("PRAGMA foreign_key_check")]


def _decode(record: PulledRecord) -> tuple[Table, dict[str, Any]] | None:
    table = codec.synced_tables().get(record.table)
    if table is None:
        log.warning("record of unknown table %r skipped", record.table)
        return None
    return table, codec.decode_data(table, record.data)


@functools.cache
def _statements(table: Table) -> tuple[Any, Any, Any]:
    """The page's per-record statements for ``table``, built once.

    With bound parameters SQLAlchemy compiles each once and reuses it; building
    a new statement for every record cost more than SQLite's work on it.
    """
    pending = select(OUTBOX.c.fields).where(
        OUTBOX.c.table_name == table.name, OUTBOX.c.record_id == bindparam("record_id")
    )
    current = select(table).where(table.c.id == bindparam("record_id"))
    return pending, current, insert(table)


def _write_record(
    connection: Connection, table: Table, record: PulledRecord, values: dict[str, Any]
) -> int:
    """Insert or update one record; 1 when something changed locally."""
    pending_fields, current_row, insert_row = _statements(table)
    protected: set[str] = set()
    pending = False
    for (fields,) in connection.execute(pending_fields, {"record_id": record.id}):
        protected.update(fields)
        pending = True
    current = connection.execute(current_row, {"record_id": record.id}).mappings().first()
    if current is None:
        connection.execute(
            insert_row,
            {"id": record.id, "version": record.version, "deleted": record.deleted, **values},
        )
        return 1
    changes = {
        name: value
        for name, value in values.items()
        if name not in protected and current[name] != value
    }
    if not pending and current["deleted"] != record.deleted:  # every change carries it
        changes["deleted"] = record.deleted
    version = max(current["version"], record.version) if pending else record.version
    if version != current["version"]:
        changes["version"] = version
    if not changes:
        return 0
    connection.execute(update(table).where(table.c.id == record.id).values(**changes))
    return 1


def _store_conflict(connection: Connection, conflict: Conflict) -> int:
    """Store a conflict once: by its ``seq``, and by what lost where.

    When its household moves, the server gives a conflict a new ``seq`` so the
    new territory's officers pull it; a device covering both territories
    already holds it, restored or not, and keeps that entry.
    """
    known = connection.execute(
        select(CONFLICTS.c.seq).where(
            CONFLICTS.c.record_id == conflict.record_id,
            CONFLICTS.c.field == conflict.field,
            CONFLICTS.c.lost_hlc == conflict.lost_hlc,
        )
    ).first()
    if known is not None:
        return 0
    row = {
        "seq": conflict.seq,
        "table_name": conflict.table,
        "record_id": conflict.record_id,
        "field": conflict.field,
        "kept_value": conflict.kept_value,
        "kept_hlc": conflict.kept_hlc,
        "kept_device": conflict.kept_device,
        "kept_officer": conflict.kept_officer,
        "lost_value": conflict.lost_value,
        "lost_hlc": conflict.lost_hlc,
        "lost_device": conflict.lost_device,
        "lost_officer": conflict.lost_officer,
        "occurred_at": _conflict_time(conflict.at),
    }
    result = connection.execute(sqlite_insert(CONFLICTS).values(row).on_conflict_do_nothing())
    return result.rowcount


def _conflict_time(text: str) -> Any:
    try:
        return codec.decode_datetime(text)
    except codec.CodecError as error:
        raise GarbageAnswerError("date de conflit") from error


def receive_clock(connection: Connection, remote: clock.Clock) -> None:
    """Move this device's clock past ``remote``, so its next edits order after what it saw."""
    _receive_clocks(connection, [remote])


def _receive_clocks(connection: Connection, remotes: list[clock.Clock]) -> None:
    if not remotes:
        return
    stored = state.read(connection, state.HLC)
    last = clock.Clock.parse(stored) if stored else None
    updated = clock.receive(last, max(remotes), state.device_id(connection), clock.now_ms())
    state.write(connection, state.HLC, str(updated))
