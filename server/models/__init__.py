"""The server's tables, importable from one place (Alembic's env sees them all)."""

from __future__ import annotations

from server.models.accounts import Device, LoginFailure, Officer, OfficerTerritory, Token
from server.models.audit import AuditEntry
from server.models.base import Base
from server.models.records import (
    AppliedChange,
    Conflict,
    PurgeNotice,
    Record,
    SyncCounter,
)
from server.models.territory import Territory

__all__ = [
    "AppliedChange",
    "AuditEntry",
    "Base",
    "Conflict",
    "Device",
    "LoginFailure",
    "Officer",
    "OfficerTerritory",
    "PurgeNotice",
    "Record",
    "SyncCounter",
    "Territory",
    "Token",
]
