"""The audit log: who viewed, exported, printed, imported or erased what, and when (GDPR).

Append-only (triggers of migration ``0007_audit`` refuse any change but
``sent_at`` and any deletion) and not a synced record: entries are not case
data other devices pull, they go one way, to the server's log for the
administrator. An entry names a household by its id only, never by its name.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, enum_column, utcnow


class AuditAction(enum.Enum):
    """What was done; the values are the codes the server and ``--action`` use."""

    VIEWED = "consultation"
    """A household's page was opened."""
    EXPORTED = "export"
    """The list or the indicators were written to a file."""
    PRINTED = "impression"
    """A household's dossier or welcome pack was printed or saved as PDF."""
    IMPORTED = "import"
    """A file of registrations from the website was imported."""
    ERASED = "effacement"
    """A household's personal data were erased (anonymised)."""
    DATA_EXPORTED = "acces"
    """Everything held about a household was exported for them (right of access)."""


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    officer_id: Mapped[uuid.UUID | None]
    """The officer signed in on this device; ``None`` before the first login."""
    officer_name: Mapped[str] = mapped_column(String(200))
    device_id: Mapped[str] = mapped_column(String(32))
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction))
    household_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    """No foreign key: the entry outlives the household's erasure or its move away."""
    file: Mapped[str | None] = mapped_column(Text)
    """The file written or read, as the officer chose it (a USB key shows in its path)."""
    item_count: Mapped[int | None]
    """Rows exported, lines imported…"""
    detail: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(index=True)
    """When the server acknowledged it; ``None`` while it waits for the next sync."""
