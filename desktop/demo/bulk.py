"""Rows written straight to SQLite, already in the form SQLAlchemy stores them.

A hundred thousand households are well over a million rows: going through ORM
objects, or even through SQLAlchemy's per-value bind processing, would spend
most of the run converting values. The generator therefore builds each value
the way the column types write it (UUID as 32 hex digits, UTC timestamps
naive with microseconds, enums as their values, booleans as 0/1) and hands
whole batches to the driver's ``executemany``.
"""

from __future__ import annotations

import enum
import json
from datetime import date
from operator import itemgetter
from random import Random
from typing import Any

from sqlalchemy import Connection, Table

# ``timestamp`` lived here: the import code still takes it from this module.
from desktop.models.base import timestamp  # noqa: F401 - re-exported

Row = dict[str, Any]


# The bits ``uuid.UUID(int=..., version=4)`` clears and sets, applied without building the object.
_UUID4_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_UUID4_SET = (4 << 76) | (0x8000 << 48)


def new_id(rng: Random) -> str:
    """``uuid.UUID(int=rng.getrandbits(128), version=4).hex``, three times faster.

    Ids come from ``rng`` so a seed always gives the same ids; there are over a
    million of them in a large demo, hence the shortcut.
    """
    return f"{rng.getrandbits(128) & _UUID4_CLEAR | _UUID4_SET:032x}"


def day(value: date) -> str:
    return value.isoformat()


def code(member: enum.Enum) -> str:
    """An enum member as ``enum_column`` stores it: its value.

    ``_value_`` is the plain attribute behind the ``value`` descriptor, several
    times cheaper to read; every enum of the models has string values.
    """
    value: str = member._value_
    return value


def json_list(values: list[str]) -> str:
    """A list as SQLAlchemy's JSON type serialises it."""
    return json.dumps(values)


class TableWriter:
    """Collects the rows of one table and inserts them in batches."""

    def __init__(self, table: Table) -> None:
        self.table = table
        names = [column.name for column in table.columns]
        self._synced = "version" in names and "deleted" in names
        self._order = itemgetter(*names)
        self._sql = (
            f"INSERT INTO {table.name} ({', '.join(names)}) "
            f"VALUES ({', '.join('?' for _ in names)})"
        )
        self._pending: list[tuple[Any, ...]] = []
        self.count = 0

    def add(self, row: Row) -> None:
        """Queue one row; every column must be present, already encoded.

        Synced tables get the values of a record never written since it was created.
        """
        if self._synced:
            row["version"] = 1
            row["deleted"] = 0
        self._pending.append(self._order(row))
        self.count += 1

    def flush(self, connection: Connection) -> None:
        if self._pending:
            connection.exec_driver_sql(self._sql, self._pending)
            self._pending = []


class BulkWriter:
    """One :class:`TableWriter` per table, flushed parents first for the foreign keys."""

    def __init__(self, tables: list[Table]) -> None:
        self._writers = {table.name: TableWriter(table) for table in tables}

    def __getitem__(self, table_name: str) -> TableWriter:
        return self._writers[table_name]

    def flush(self, connection: Connection) -> None:
        for writer in self._writers.values():
            writer.flush(connection)

    def count(self, table_name: str) -> int:
        return self._writers[table_name].count
