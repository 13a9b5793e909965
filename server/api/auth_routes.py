"""``POST /auth/v1/login``: a password for a token bound to one device, throttled.

The throttle check, the login and the count of a failure are three transactions:
a refused login rolls its own back, yet its failure must stay counted.
"""

from __future__ import annotations

from fastapi import APIRouter, Request

from server import throttle
from server.accounts import login, login_key
from server.api.bodies import LoginRequest, LoginResponse, OfficerOut
from server.api.deps import EngineDep
from server.api.http import BoundedRoute
from server.database import reading, writing
from server.errors import UnauthenticatedError

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
    address = client_address(request)
    with reading(engine) as session:
        throttle.check(session, account, address)
    try:
        with writing(engine) as session:
            result = login(session, body.email, body.password, body.device_id, body.device_name)
            throttle.clear(session, account)
            officer = AccountOut(
                id=result.officer.id,
                name=result.officer.name,
                email=result.officer.email,
                role=result.officer.role,
            )
    except UnauthenticatedError:
        with writing(engine) as session:
            throttle.record_failure(session, account, address)
        raise
    return LoginAnswer(token=result.token, expires_at=result.expires_at, officer=officer)
