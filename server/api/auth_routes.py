"""``POST /auth/v1/login``: a password for a token bound to one device."""

from __future__ import annotations

from fastapi import APIRouter

from server.accounts import login
from server.api.bodies import LoginRequest, LoginResponse, OfficerOut
from server.api.deps import EngineDep
from server.api.http import BoundedRoute
from server.database import writing

router = APIRouter(prefix="/auth/v1", tags=["comptes"], route_class=BoundedRoute)


@router.post("/login", response_model=LoginResponse)
def post_login(body: LoginRequest, engine: EngineDep) -> LoginResponse:
    with writing(engine) as session:
        result = login(session, body.email, body.password, body.device_id, body.device_name)
        officer = OfficerOut(
            id=result.officer.id, name=result.officer.name, email=result.officer.email
        )
    return LoginResponse(token=result.token, expires_at=result.expires_at, officer=officer)
