"""The audit log over HTTP: devices send their entries, the administrator reads the region's.

``POST /audit/v1/entries`` (officers, their own entries) and ``GET
/admin/v1/audit`` (administrators only); see :mod:`server.audit`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from server import PROTOCOL_VERSION
from server.api.deps import AdministratorDep, EngineDep, OfficerDep
from server.api.http import BoundedRoute
from server.audit import (
    DEFAULT_LIMIT,
    MAX_ENTRIES,
    REGION_TIME,
    IncomingEntry,
    list_entries,
    store_entries,
)
from server.database import reading, writing
from server.errors import OUTDATED_PROTOCOL, OutdatedProtocolError

HEX_ID = r"^[0-9a-f]{32}$"
Action = Literal["consultation", "export", "impression", "import", "effacement", "acces"]

router = APIRouter(tags=["journal d'audit"], route_class=BoundedRoute)


class AuditEntryIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str = Field(pattern=HEX_ID)
    at: AwareDatetime
    officer_id: str | None = Field(default=None, pattern=HEX_ID)
    officer_name: str = Field(min_length=1, max_length=200)
    action: Action
    household_id: str | None = Field(default=None, pattern=HEX_ID)
    file: str | None = Field(default=None, max_length=4096)
    item_count: int | None = Field(default=None, ge=0)
    detail: str = Field(default="", max_length=4000)


class AuditRequest(BaseModel):
    protocol: int
    device_id: str = Field(pattern=HEX_ID)
    entries: list[AuditEntryIn] = Field(max_length=MAX_ENTRIES)


class AuditAnswer(BaseModel):
    stored: int
    duplicates: int


class AuditEntryOut(BaseModel):
    id: str
    at: datetime
    officer_email: str | None
    officer_name: str
    sent_by_email: str
    device_id: str
    action: Action
    household_id: str | None
    file: str | None
    item_count: int | None
    detail: str


@router.post("/audit/v1/entries", response_model=AuditAnswer)
def post_entries(body: AuditRequest, caller: OfficerDep, engine: EngineDep) -> AuditAnswer:
    """Keep a device's audit entries; an entry already received counts as a duplicate."""
    if body.protocol != PROTOCOL_VERSION:
        raise OutdatedProtocolError(OUTDATED_PROTOCOL)
    entries = [IncomingEntry(**entry.model_dump()) for entry in body.entries]
    with writing(engine) as session:
        stored, duplicates = store_entries(session, caller, body.device_id, entries)
    return AuditAnswer(stored=stored, duplicates=duplicates)


@router.get("/admin/v1/audit", response_model=list[AuditEntryOut])
def get_audit(
    _caller: AdministratorDep,
    engine: EngineDep,
    officer: Annotated[str | None, Query(max_length=254)] = None,
    action: Action | None = None,
    since: date | None = None,
    limit: Annotated[int, Query(ge=1, le=10_000)] = DEFAULT_LIMIT,
) -> list[AuditEntryOut]:
    """The region's audit log, latest first; ``since`` is a day in the region's time."""
    start = None
    if since is not None:
        start = datetime.combine(since, datetime.min.time(), REGION_TIME)
    with reading(engine) as session:
        lines = list_entries(session, officer=officer, action=action, since=start, limit=limit)
    return [AuditEntryOut.model_validate(line, from_attributes=True) for line in lines]
