"""The region's audit log, as the devices send it: who viewed, exported, printed what, and when.

An entry keeps the id the device gave it, so a resend is recognised and kept
once. ``officer_id`` is the author the device recorded (``None`` for what was
done before the first login on it); ``sent_by`` is the officer whose token
sent it, checked by the server.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import Base, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    officer_id: Mapped[str | None] = mapped_column(String(32), index=True)
    officer_name: Mapped[str] = mapped_column(String(200))
    sent_by: Mapped[str] = mapped_column(String(32), ForeignKey("officer.id"), index=True)
    device_id: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(20), index=True)
    household_id: Mapped[str | None] = mapped_column(String(32), index=True)
    file: Mapped[str | None] = mapped_column(Text)
    item_count: Mapped[int | None]
    detail: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
