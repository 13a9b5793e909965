"""``/admin/v1``: accounts, their territories and the devices, for administrators only.

The same services back the ``escale-server officer …`` and ``device …`` commands.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field

from server.accounts import (
    DeviceSummary,
    OfficerSummary,
    add_officer,
    list_devices,
    list_officers,
    normalise_email,
    report_device_lost,
    revoke_device,
    revoke_officer,
    set_territories,
)
from server.api.deps import AdministratorDep, EngineDep
from server.api.http import BoundedRoute
from server.database import reading, writing

router = APIRouter(prefix="/admin/v1", tags=["administration"], route_class=BoundedRoute)


class OfficerIn(BaseModel):
    email: str = Field(max_length=254)
    name: str = Field(min_length=1, max_length=120)
    password: str = Field(min_length=8, max_length=1024)
    role: Literal["officer", "coordinator", "administrator"] = "officer"
    territories: list[str] = Field(default_factory=list, max_length=200)


class TerritoriesIn(BaseModel):
    territories: list[str] = Field(max_length=200)


class OfficerOut(BaseModel):
    id: str
    email: str
    name: str
    role: str
    revoked: bool
    territories: list[str]


class DeviceOut(BaseModel):
    id: str
    name: str
    officer_email: str | None
    first_seen_at: datetime
    last_login_at: datetime
    lost_at: datetime | None
    wipe_sent_at: datetime | None
    active_tokens: int


def _officer_out(summary: OfficerSummary) -> OfficerOut:
    return OfficerOut.model_validate(summary, from_attributes=True)


def _device_out(summary: DeviceSummary) -> DeviceOut:
    return DeviceOut.model_validate(summary, from_attributes=True)


def _one_officer(engine: EngineDep, email: str) -> OfficerOut:
    with reading(engine) as session:
        address = normalise_email(email)
        return next(
            _officer_out(summary) for summary in list_officers(session) if summary.email == address
        )


@router.get("/officers", response_model=list[OfficerOut])
def get_officers(caller: AdministratorDep, engine: EngineDep) -> list[OfficerOut]:
    with reading(engine) as session:
        return [_officer_out(summary) for summary in list_officers(session)]


@router.post("/officers", response_model=OfficerOut, status_code=201)
def post_officer(body: OfficerIn, caller: AdministratorDep, engine: EngineDep) -> OfficerOut:
    with writing(engine) as session:
        officer = add_officer(
            session, body.email, body.name, body.password, body.territories, role=body.role
        )
        email = officer.email
    return _one_officer(engine, email)


@router.put("/officers/{email}/territories", response_model=OfficerOut)
def put_territories(
    email: str, body: TerritoriesIn, caller: AdministratorDep, engine: EngineDep
) -> OfficerOut:
    with writing(engine) as session:
        set_territories(session, email, body.territories)
    return _one_officer(engine, email)


@router.post("/officers/{email}/revoke", response_model=OfficerOut)
def post_revoke_officer(email: str, caller: AdministratorDep, engine: EngineDep) -> OfficerOut:
    with writing(engine) as session:
        revoke_officer(session, email)
    return _one_officer(engine, email)


@router.get("/devices", response_model=list[DeviceOut])
def get_devices(caller: AdministratorDep, engine: EngineDep) -> list[DeviceOut]:
    with reading(engine) as session:
        return [_device_out(summary) for summary in list_devices(session)]


def _one_device(engine: EngineDep, device_id: str) -> DeviceOut:
    with reading(engine) as session:
        return next(
            _device_out(summary) for summary in list_devices(session) if summary.id == device_id
        )


@router.post("/devices/{device_id}/revoke", response_model=DeviceOut)
def post_revoke_device(device_id: str, caller: AdministratorDep, engine: EngineDep) -> DeviceOut:
    with writing(engine) as session:
        found = revoke_device(session, device_id).id
    return _one_device(engine, found)


@router.post("/devices/{device_id}/lost", response_model=DeviceOut)
def post_device_lost(device_id: str, caller: AdministratorDep, engine: EngineDep) -> DeviceOut:
    with writing(engine) as session:
        found = report_device_lost(session, device_id).id
    return _one_device(engine, found)
