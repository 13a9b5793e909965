"""The generic record store and the bookkeeping of sync.

Every synced table of the client lands in ``record``: the server merges fields,
it does not need the client's relational schema. Territory codes are copied onto
each record when it is written, so a scoped pull is an index lookup.

``seq`` values come from one counter (``sync_counter``) bumped under a
transaction-wide lock, so seq order is commit order; records, conflicts, purge and
erasure notices share it, and one cursor pages through all four.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import Base, JsonDocument, utcnow

HOUSEHOLD_SCOPE = "household"
SHARED_SCOPE = "shared"


class Record(Base):
    __tablename__ = "record"
    __table_args__ = (Index("ix_record_household", "household_id"),)

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JsonDocument)
    version: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    clocks: Mapped[dict[str, str]] = mapped_column(JsonDocument)
    """``{field: hlc}``: the clock of the write each field's value comes from."""
    authors: Mapped[dict[str, Any]] = mapped_column(JsonDocument)
    """``{field: {"version", "device", "officer"}}``: who wrote each field, at which version."""
    hlc: Mapped[str] = mapped_column(String(60))
    seq: Mapped[int] = mapped_column(BigInteger, index=True, unique=True)
    scope: Mapped[str] = mapped_column(String(12))
    household_id: Mapped[str | None] = mapped_column(String(32))
    departement_code: Mapped[str | None] = mapped_column(String(3), index=True)
    epci_siren: Mapped[str | None] = mapped_column(String(9), index=True)
    commune_code: Mapped[str | None] = mapped_column(String(5), index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncCounter(Base):
    """The last ``seq`` handed out: one row, updated only under the sequence lock."""

    __tablename__ = "sync_counter"

    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class AppliedChange(Base):
    """Every change id the server has answered, so a re-sent change is not applied twice."""

    __tablename__ = "applied_change"

    change_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(32), index=True)
    device_seq: Mapped[int] = mapped_column(BigInteger)
    officer_id: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class Conflict(Base):
    """A value that lost a same-field merge, kept so the officer can restore it."""

    __tablename__ = "conflict"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(32), index=True)
    field: Mapped[str] = mapped_column(String(60))
    kept_value: Mapped[Any] = mapped_column(JsonDocument, nullable=True)
    kept_hlc: Mapped[str | None] = mapped_column(String(60))
    kept_device: Mapped[str | None] = mapped_column(String(32))
    kept_officer: Mapped[str | None] = mapped_column(String(32))
    lost_value: Mapped[Any] = mapped_column(JsonDocument, nullable=True)
    lost_hlc: Mapped[str] = mapped_column(String(60))
    lost_device: Mapped[str | None] = mapped_column(String(32))
    lost_officer: Mapped[str | None] = mapped_column(String(32))
    scope: Mapped[str] = mapped_column(String(12))
    departement_code: Mapped[str | None] = mapped_column(String(3))
    epci_siren: Mapped[str | None] = mapped_column(String(9))
    commune_code: Mapped[str | None] = mapped_column(String(5))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PurgeNotice(Base):
    """A household left a territory: officers who covered only the old one purge it.

    The pull checks the household's current territory too, so a household that
    came back before the officer synced is not purged.
    """

    __tablename__ = "purge_notice"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    household_id: Mapped[str] = mapped_column(String(32), index=True)
    departement_code: Mapped[str | None] = mapped_column(String(3))
    epci_siren: Mapped[str | None] = mapped_column(String(9))
    commune_code: Mapped[str | None] = mapped_column(String(5))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ErasureNotice(Base):
    """A household was erased (GDPR): every device of its territory erases its copy.

    Kept for ever, in the household's territory, so a device that pulls later
    (or from scratch) still erases what an older copy of it may hold.
    """

    __tablename__ = "erasure_notice"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    household_id: Mapped[str] = mapped_column(String(32), unique=True)
    departement_code: Mapped[str | None] = mapped_column(String(3))
    epci_siren: Mapped[str | None] = mapped_column(String(9))
    commune_code: Mapped[str | None] = mapped_column(String(5))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
