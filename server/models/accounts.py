"""Officers, the territories they cover, their devices, login tokens and failed logins.

Tokens are stored as their SHA-256 only: a leaked database gives no usable token.
Failed logins are rows, not counters in memory, so every worker and instance
behind a load balancer throttles the same way.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import Base, utcnow

OFFICER = "officer"
"""Works the households of their territories: pulls, pushes, fetches."""
COORDINATOR = "coordinator"
"""Sees the region's aggregate indicators, never a household."""
ADMINISTRATOR = "administrator"
"""Manages accounts, territories and devices, never a household."""
ROLES = (OFFICER, COORDINATOR, ADMINISTRATOR)


class Officer(Base):
    __tablename__ = "officer"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=lambda: uuid.uuid4().hex)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default=OFFICER, server_default=OFFICER)
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
    lost_at: Mapped[datetime | None]
    """When an administrator reported the device lost: its tokens are revoked, it must wipe."""
    wipe_sent_at: Mapped[datetime | None]
    """When the lost device last called and was told to wipe its data (410 device_wiped)."""


class Token(Base):
    __tablename__ = "token"

    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    officer_id: Mapped[str] = mapped_column(ForeignKey("officer.id"), index=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class LoginFailure(Base):
    """One refused login, counted per account and per client address to throttle guessing."""

    __tablename__ = "login_failure"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=True
    )
    email: Mapped[str] = mapped_column(String(254), index=True)
    address: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
