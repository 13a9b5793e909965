"""``POST /auth/v1/login``: a password for a token bound to one device, throttled.

The attempt is counted in its own transaction first (``server.throttle.reserve``):
a refused login rolls its own transaction back, yet its failure must stay counted;
a successful one clears it.
"""

from __future__ import annotations

from fastapi import APIRouter, Request

from server import throttle
from server.accounts import login, login_key
from server.api.bodies import LoginRequest, LoginResponse, OfficerOut
from server.api.deps import EngineDep
from server.api.http import BoundedRoute
from server.database import writing

router = APIRouter(prefix="/auth/v1", tags=["comptes"], route_class=BoundedRoute)


class AccountOut(OfficerOut):
    role: str
    """officer, coordinator or administrator: what the token gives access to."""


class LoginAnswer(LoginResponse):
    officer: AccountOut


def client_address(request: Request) -> str:
    """The caller's address (behind a proxy, uvicorn's ``--forwarded-allow-ips`` sets it)."""
    return request.client.host if request.client is not None else "inconnue"


@router.post("/login", response_model=LoginAnswer)
def post_login(body: LoginRequest, engine: EngineDep, request: Request) -> LoginAnswer:
    account = login_key(body.email)
    with writing(engine) as session:
        throttle.reserve(session, account, client_address(request))
    with writing(engine) as session:
        result = login(session, body.email, body.password, body.device_id, body.device_name)
        throttle.clear(session, account)
        officer = AccountOut(
            id=result.officer.id,
            name=result.officer.name,
            email=result.officer.email,
            role=result.officer.role,
        )
    return LoginAnswer(token=result.token, expires_at=result.expires_at, officer=officer)
