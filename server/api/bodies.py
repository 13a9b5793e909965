"""Request and response bodies of the protocol (docs/sync-protocol.md), for validation and OpenAPI.

Per-change checks (ids, clocks, values) are left to the push service on purpose:
a bad change is *rejected* alone instead of failing its whole page.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class LoginRequest(BaseModel):
    email: str = Field(max_length=254)
    password: str = Field(max_length=1024)
    device_id: str = Field(pattern=r"^[0-9a-f]{32}$")
    device_name: str = Field(min_length=1, max_length=120)


class OfficerOut(BaseModel):
    id: str
    name: str
    email: str


class LoginResponse(BaseModel):
    token: str
    expires_at: datetime
    officer: OfficerOut


class PushChange(BaseModel):
    model_config = ConfigDict(extra="ignore")

    change_id: str = Field(max_length=64)
    device_seq: int
    table: str = Field(max_length=64)
    id: str = Field(max_length=64)
    fields: dict[str, Any]
    base_version: int
    hlc: str = Field(max_length=64)
    deleted: bool = False


class PushRequest(BaseModel):
    protocol: int
    device_id: str = Field(pattern=r"^[0-9a-f]{32}$")
    changes: list[PushChange]


class ChangeResultOut(BaseModel):
    change_id: str
    status: Literal["applied", "duplicate", "rejected"]
    reason: str | None = None


class PushResponse(BaseModel):
    protocol: int
    results: list[ChangeResultOut]
    hlc: str


class RecordOut(BaseModel):
    table: str
    id: str
    version: int
    deleted: bool
    seq: int
    hlc: str
    data: dict[str, Any]


class PurgeOut(BaseModel):
    table: str
    id: str


class ErasureOut(BaseModel):
    """A household erased (GDPR): the device anonymises its copy."""

    household_id: str


class ConflictOut(BaseModel):
    seq: int
    table: str
    id: str
    field: str
    kept_value: Any
    kept_hlc: str | None
    kept_device: str | None
    kept_officer: str | None
    lost_value: Any
    lost_hlc: str
    lost_device: str | None
    lost_officer: str | None
    at: str


class PullResponse(BaseModel):
    protocol: int
    records: list[RecordOut]
    purges: list[PurgeOut]
    erasures: list[ErasureOut]
    conflicts: list[ConflictOut]
    cursor: int
    more: bool
    checksums: dict[str, str]
