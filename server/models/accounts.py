"""Officers, the territories they cover, their devices and login tokens.

Tokens are stored as their SHA-256 only: a leaked database gives no usable token.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import Base, utcnow


class Officer(Base):
    __tablename__ = "officer"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=lambda: uuid.uuid4().hex)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="officer", server_default="officer")
    revoked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class OfficerTerritory(Base):
    __tablename__ = "officer_territory"
    __table_args__ = (UniqueConstraint("officer_id", "kind", "code"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=lambda: uuid.uuid4().hex)
    officer_id: Mapped[str] = mapped_column(ForeignKey("officer.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    code: Mapped[str] = mapped_column(String(9))


class Device(Base):
    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime] = mapped_column(default=utcnow)


class Token(Base):
    __tablename__ = "token"

    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    officer_id: Mapped[str] = mapped_column(ForeignKey("officer.id"), index=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
