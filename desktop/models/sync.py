"""What the sync keeps on the device: changes waiting to be pushed, and what the server said.

None of these tables syncs itself (they are not :class:`Synced`): they are this
device's side of the protocol in ``docs/sync-protocol.md``. The cursor, device
id, sequence, clock and account live in ``app_meta`` (see ``desktop.sync.state``).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow


class SyncOutbox(Base):
    """One local change of a synced record, kept until the server acknowledges it.

    Written in the transaction of the change itself, so no edit exists without
    its entry. ``household_id`` is local bookkeeping (never sent): a purge of a
    household waits until no entry of that household remains.
    """

    __tablename__ = "sync_outbox"

    device_seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    change_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(index=True)
    household_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    base_version: Mapped[int]
    hlc: Mapped[str] = mapped_column(String(60))
    deleted: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncRejected(Base):
    """A change the server refused, with its French reason: shown, never retried by itself.

    Moving it here unblocks the changes queued behind it (invariant 7).
    """

    __tablename__ = "sync_rejected"

    id: Mapped[int] = mapped_column(primary_key=True)
    change_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    device_seq: Mapped[int]
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(index=True)
    household_id: Mapped[uuid.UUID | None]
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    base_version: Mapped[int]
    hlc: Mapped[str] = mapped_column(String(60))
    deleted: Mapped[bool] = mapped_column(default=False)
    reason: Mapped[str] = mapped_column(Text)
    rejected_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncConflict(Base):
    """A value that lost a field-level merge on the server, as the server logged it.

    The officer reviews it on the *Synchronisation* page and may restore the
    lost value (a new local edit); ``restored_at`` records that they did.
    """

    __tablename__ = "sync_conflict"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    """The server's number for this log entry: the same conflict is stored once."""
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(index=True)
    field: Mapped[str] = mapped_column(String(60))
    kept_value: Mapped[Any] = mapped_column(JSON)
    kept_hlc: Mapped[str | None] = mapped_column(String(60))
    kept_device: Mapped[str | None] = mapped_column(String(32))
    kept_officer: Mapped[str | None] = mapped_column(String(32))
    lost_value: Mapped[Any] = mapped_column(JSON)
    lost_hlc: Mapped[str] = mapped_column(String(60))
    lost_device: Mapped[str | None] = mapped_column(String(32))
    lost_officer: Mapped[str | None] = mapped_column(String(32))
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    restored_at: Mapped[datetime | None]


class SyncPurge(Base):
    """A household the server told this device to purge while its edits were still queued.

    Applied once the outbox holds no change of that household any more (after
    the next push), so leaving the officer's scope never loses a local edit.
    """

    __tablename__ = "sync_purge"

    household_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
