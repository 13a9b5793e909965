"""Column values to and from the protocol's JSON, in one place for both directions.

The outbox encodes what a local write changed; applying a pull page decodes
what the server sent. Both go through the column's SQL type, so a new column
travels without touching this module, and a value the server sends in the
wrong shape is refused (:class:`CodecError`) before anything is written.

Formats (``docs/sync-protocol.md``): UUIDs as 32 hex digits, dates
``YYYY-MM-DD``, datetimes ISO 8601 in UTC ending in ``Z``, enums by their
stored value; booleans, integers, strings, JSON lists and null as they are.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Enum, Integer, String, Table, Uuid

from desktop.models import Base, Synced
from desktop.models.base import UtcDateTime

PROTOCOL_COLUMNS = frozenset({"id", "version", "updated_at", "deleted"})
"""Columns that travel as protocol fields of a record, never in its ``data``/``fields``."""


class CodecError(ValueError):
    """A value that does not fit its column: the page carrying it is refused whole."""


@cache
def synced_tables() -> dict[str, Table]:
    """Every table that syncs, by name: the ``Synced`` models' tables."""
    tables = {}
    for mapper in Base.registry.mappers:
        if issubclass(mapper.class_, Synced):
            table = mapper.local_table
            assert isinstance(table, Table)
            tables[table.name] = table
    return tables


@cache
def synced_models() -> dict[str, type[Synced]]:
    """Every model that syncs, by its table's name."""
    return {
        mapper.local_table.name: mapper.class_
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Synced)
    }


def household_tables() -> dict[str, Table]:
    """The synced tables of a household's records, by name: the household and all under it.

    The territory checksums, erasure and the right of access all walk these.
    """
    return {
        name: table
        for name, table in synced_tables().items()
        if name == "household" or "household_id" in table.c
    }


def data_columns(table: Table) -> dict[str, Column[Any]]:
    """The columns of ``table`` that travel in a record's ``data``, by name."""
    return {column.name: column for column in table.columns if column.name not in PROTOCOL_COLUMNS}


def encode_uuid(value: uuid.UUID) -> str:
    return value.hex


def decode_uuid(value: object) -> uuid.UUID:
    if not isinstance(value, str):
        raise CodecError(f"UUID expected, got {value!r}")
    try:
        return uuid.UUID(hex=value)
    except ValueError as error:
        raise CodecError(f"UUID expected, got {value!r}") from error


def encode_datetime(value: datetime) -> str:
    if value.tzinfo is None:
        raise CodecError("naive datetime: every stored timestamp is UTC")
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def decode_datetime(value: object) -> datetime:
    if not isinstance(value, str):
        raise CodecError(f"datetime expected, got {value!r}")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as error:
        raise CodecError(f"datetime expected, got {value!r}") from error
    if parsed.tzinfo is None:
        raise CodecError(f"datetime without time zone: {value!r}")
    return parsed.astimezone(UTC)


def encode_value(column: Column[Any], value: Any) -> Any:
    """The JSON form of ``value`` as stored in ``column``."""
    return None if value is None else encoder(column)(value)


@cache
def encoder(column: Column[Any]) -> Callable[[Any], Any]:
    """How :func:`encode_value` turns a value of ``column`` other than ``None`` into JSON.

    Chosen once per column: a bulk write encodes hundreds of thousands of values.
    """
    kind = column.type
    if isinstance(kind, Uuid):
        return encode_uuid
    if isinstance(kind, UtcDateTime | DateTime):
        return encode_datetime
    if isinstance(kind, Date):
        return _isoformat
    if isinstance(kind, Enum):
        return _enum_value
    return _itself


def _isoformat(value: date) -> str:
    return value.isoformat()


def _enum_value(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _itself(value: Any) -> Any:
    return value


def decode_value(column: Column[Any], value: Any) -> Any:
    """The Python value for ``column`` of a JSON ``value``.

    Raises:
        CodecError: the value does not have the column's shape, or is null in a
            column that refuses null.
    """
    if value is None:
        if not column.nullable:
            raise CodecError(f"{column.table.name}.{column.name} cannot be null")
        return None
    kind = column.type
    for type_, decoder in _DECODERS:
        if isinstance(kind, type_):
            try:
                return decoder(kind, value)
            except CodecError as error:
                raise CodecError(f"{column.table.name}.{column.name}: {error}") from error
    raise CodecError(f"{column.table.name}.{column.name}: no codec for {kind!r}")


def encode_row(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """The ``data`` of a record from column values (protocol columns left out)."""
    columns = data_columns(table)
    return {
        name: encode_value(columns[name], value)
        for name, value in values.items()
        if name in columns
    }


def decode_data(table: Table, data: Mapping[str, Any]) -> dict[str, Any]:
    """Column values from a record's ``data``; columns this version does not know are skipped.

    A newer server may send a column an older client lacks within the same
    protocol version; ignoring it keeps the rest of the record.
    """
    if not isinstance(data, Mapping):
        raise CodecError(f"{table.name}: data must be an object")
    columns = data_columns(table)
    return {
        name: decode_value(columns[name], value) for name, value in data.items() if name in columns
    }


def _decode_date(value: object) -> date:
    if not isinstance(value, str):
        raise CodecError(f"date expected, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise CodecError(f"date expected, got {value!r}") from error


def _decode_enum(kind: Enum, value: object) -> enum.Enum:
    enum_class = kind.enum_class
    if enum_class is None:
        raise CodecError(f"enum column without a Python enum: {kind!r}")
    try:
        return enum_class(value)
    except ValueError as error:
        raise CodecError(f"{value!r} is not one of {enum_class.__name__}") from error


def _expecting(kind: Any) -> Callable[[Any, Any], Any]:
    """A decoder that takes JSON values of Python type ``kind`` as they are (bools are no ints)."""

    def decode(_type: Any, value: Any) -> Any:
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise CodecError(f"unexpected value {value!r}")
        return value

    return decode


# Order matters: Enum is a String, so it is tried first.
_DECODERS: list[tuple[type[Any], Callable[[Any, Any], Any]]] = [
    (Uuid, lambda _type, value: decode_uuid(value)),
    (UtcDateTime, lambda _type, value: decode_datetime(value)),
    (DateTime, lambda _type, value: decode_datetime(value)),
    (Date, lambda _type, value: _decode_date(value)),
    (Enum, _decode_enum),
    (Boolean, _expecting(bool)),
    (Integer, _expecting(int)),
    (String, _expecting(str)),
    (JSON, _expecting(list | dict)),
]
