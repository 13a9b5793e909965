"""The outbox: every local write of a synced record, recorded in its own transaction.

The hook runs after each flush of an ORM session made by ``open_database``,
where SQLAlchemy still shows what the flush wrote (new objects, attribute
history, deleted objects) and the flush's transaction is still open: the
entries are inserted on the same connection, so they commit or roll back with
the change they describe (invariant 1). Each entry gets the next device
sequence number and a fresh hybrid logical clock, kept in ``app_meta`` by the
same statements.

Not captured, on purpose: writes made with SQL rather than the ORM. Applying a
pull page writes that way (its records come from the server and must not be
sent back), and so does the demo generator's bulk load (demonstration data,
never meant for the server). The import's bulk path writes SQL too but queues
its entries itself, with :func:`creation` and :func:`allocate`, in the same
transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Column, Connection, Table, event, func, insert, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import get_history

from desktop.models import Synced, SyncOutbox, utcnow
from desktop.sync import clock, codec, state

OUTBOX = SyncOutbox.__table__


@dataclass
class Change:
    """One local change, before it gets its sequence number and clock."""

    table_name: str
    record_id: uuid.UUID
    household_id: uuid.UUID | None
    base_version: int
    deleted: bool
    fields: dict[str, Any] = field(default_factory=dict)


def capture_changes(sessions: sessionmaker[Session]) -> None:
    """Record an outbox entry for each synced record written by sessions of ``sessions``."""
    event.listen(sessions, "after_flush", _capture)


def _capture(session: Session, _context: Any) -> None:
    changes = list(collect_changes(session.new, session.dirty, session.deleted))
    if changes:
        enqueue(session.connection(), changes)


def collect_changes(
    new: Iterable[object], dirty: Iterable[object], deleted: Iterable[object]
) -> Iterable[Change]:
    """What a flush changed, from the session's pre-flush lists and attribute history."""
    for record in new:
        if isinstance(record, Synced):
            yield _creation(record)
    for record in dirty:
        if isinstance(record, Synced):
            change = _update(record)
            if change is not None:
                yield change
    for record in deleted:
        if isinstance(record, Synced):
            yield Change(
                _table(record).name, record.id, household_of(record), record.version, deleted=True
            )


def enqueue(connection: Connection, changes: Sequence[Change]) -> None:
    """Give ``changes`` their sequence numbers and clocks and add them to the outbox."""
    connection.execute(insert(OUTBOX), numbered(connection, changes))


def numbered(connection: Connection, changes: Sequence[Change]) -> list[dict[str, Any]]:
    """The outbox rows of ``changes``, with their sequence numbers and clocks, counted as used.

    :func:`enqueue` inserts them.
    """
    created_at = utcnow()
    rows = [
        {
            "device_seq": seq,
            "change_id": uuid.uuid4(),
            "table_name": change.table_name,
            "record_id": change.record_id,
            "household_id": change.household_id,
            "fields": change.fields,
            "base_version": change.base_version,
            "hlc": hlc,
            "deleted": change.deleted,
            "created_at": created_at,
        }
        for change, (seq, hlc) in zip(changes, allocate(connection, len(changes)), strict=True)
    ]
    _base_on_pending(connection, rows)
    return rows


def allocate(connection: Connection, count: int) -> list[tuple[int, str]]:
    """The sequence numbers and clocks of ``count`` new changes, in order, counted as used.

    A bulk writer that builds its outbox rows its own faster way numbers them
    here, in the same transaction.
    """
    if count <= 0:
        return []
    device = state.device_id(connection)
    first = int(state.read(connection, state.DEVICE_SEQ) or 0) + 1
    stored = state.read(connection, state.HLC)
    last = clock.Clock.parse(stored) if stored else None
    now = clock.now_ms()
    numbers = []
    for seq in range(first, first + count):
        last = clock.tick(last, device, now)
        numbers.append((seq, str(last)))
    state.write(connection, state.DEVICE_SEQ, str(first + count - 1))
    assert last is not None
    state.write(connection, state.HLC, str(last))
    return numbers


def _base_on_pending(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Base a change of a record with queued changes on the version those were based on.

    The local ``version`` goes up with every local write, so behind a queued
    change it counts writes the server has not seen: sent as the base, it would
    claim this device saw versions other devices wrote meanwhile, and the server
    would settle a concurrent edit of the same field without logging the losing
    value. The queued changes' base is the last version this device had from
    the server (0 for a record created here); its own queued writes are no
    conflict, the server knows them by the device that made them.
    """
    for row in rows:
        if row["base_version"] == 0:
            continue
        queued = connection.execute(
            select(OUTBOX.c.base_version)
            .where(
                OUTBOX.c.table_name == row["table_name"],
                OUTBOX.c.record_id == row["record_id"],
            )
            .order_by(OUTBOX.c.device_seq.desc())
            .limit(1)
        ).scalar()
        if queued is not None:
            row["base_version"] = queued


def pending_count(connection: Connection) -> int:
    """How many changes wait to be pushed (the status indicator's number)."""
    return connection.execute(select(func.count()).select_from(OUTBOX)).scalar_one()


def _creation(record: Synced) -> Change:
    table = _table(record)
    values = {name: getattr(record, name) for name in _data_columns(table)}
    return creation(table, record.id, values, deleted=bool(record.deleted))


def creation(
    table: Table, record_id: uuid.UUID, values: Mapping[str, Any], *, deleted: bool = False
) -> Change:
    """The change that creates record ``record_id`` of ``table`` with column ``values``.

    What a flush of a new ORM object queues, for writers that insert plain rows
    (the import's bulk path): every data column travels, ``None`` when absent.
    """
    household_id = record_id if table.name == "household" else values.get("household_id")
    return Change(
        table.name,
        record_id,
        household_id,
        base_version=0,
        deleted=deleted,
        fields={
            name: None if (value := values.get(name)) is None else encode(value)
            for name, encode in _encoders(table)
        },
    )


@cache
def _encoders(table: Table) -> list[tuple[str, Callable[[Any], Any]]]:
    """Each data column of ``table`` with its :func:`codec.encoder`."""
    return [(name, codec.encoder(column)) for name, column in _data_columns(table).items()]


@cache
def _data_columns(table: Table) -> dict[str, Column[Any]]:
    """:func:`codec.data_columns`, read once per table: a bulk write creates thousands of rows."""
    return codec.data_columns(table)


def _update(record: Synced) -> Change | None:
    table = _table(record)
    changed = {}
    for name in codec.data_columns(table):
        history = get_history(record, name)
        if history.added and list(history.added) != list(history.deleted):
            changed[name] = getattr(record, name)
    deleted_changed = bool(get_history(record, "deleted").added)
    if not changed and not deleted_changed:
        return None
    version_history = get_history(record, "version")
    base = version_history.deleted[0] if version_history.deleted else record.version
    return Change(
        table.name,
        record.id,
        household_of(record),
        base_version=int(base),
        deleted=bool(record.deleted),
        fields=codec.encode_row(table, changed),
    )


def _table(record: Synced) -> Any:
    return record.__table__  # type: ignore[attr-defined]


def household_of(record: Synced) -> uuid.UUID | None:
    """The household a record belongs to (its own id for a household), for the outbox and the
    erased-household guard."""
    if _table(record).name == "household":
        return record.id
    return getattr(record, "household_id", None)
