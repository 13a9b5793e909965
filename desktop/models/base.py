"""Declarative base shared by every local table.

The naming convention gives every constraint a stable name, which Alembic's batch
mode on SQLite needs to alter tables; :class:`Synced` carries the columns the sync
protocol relies on, so adding sync later adds no column to every table.
"""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Enum, ForeignKey, MetaData, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Current time, timezone-aware, in UTC: every stored timestamp is UTC."""
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp stored naive in UTC and read back timezone-aware.

    SQLite has no timezone type; without this, values read back naive and
    compare wrongly with ``utcnow()``.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def timestamp(moment: datetime) -> str:
    """A naive UTC datetime as the :class:`UtcDateTime` columns store it in SQLite.

    For rows handed straight to the driver (the demo generator, the import's
    bulk path), which skip SQLAlchemy's binding of each value.
    """
    return moment.isoformat(" ", "microseconds")


def enum_column(enum_class: type[enum.Enum], **kwargs: Any) -> Enum:
    """A portable enum column storing the member *values* (stable, readable codes).

    ``native_enum=False`` keeps it a VARCHAR with a CHECK constraint, so adding a
    member later is a batch migration rather than an ALTER TYPE.
    """
    return Enum(
        enum_class,
        name=enum_class.__name__.lower(),
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        values_callable=lambda members: [member.value for member in members],
        **kwargs,
    )


def foreign_key(target: str) -> ForeignKey:
    """A foreign key checked at commit rather than at each statement.

    A transaction may then write related rows in any order — the unit of work
    does not sort by foreign keys alone, and sync pages arrive in change order —
    while the commit still refuses any dangling reference.
    """
    return ForeignKey(target, deferrable=True, initially="DEFERRED")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UtcDateTime}  # noqa: RUF012 - SQLAlchemy reads it as a class attribute


class Synced:
    """Columns of every record that syncs with the regional server.

    The id is generated on the client so a record created offline keeps its
    identity everywhere; ``version`` counts accepted writes; ``deleted`` is the
    tombstone that lets deletions propagate.
    """

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    version: Mapped[int] = mapped_column(default=1)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted: Mapped[bool] = mapped_column(default=False)
