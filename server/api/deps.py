"""Dependencies shared by the routes: the engine of this app, the caller and their role.

Every route that reads or writes anything but the login takes one of:

- ``CallerDep``: any valid token, whatever the role (rarely what you want);
- ``OfficerDep``, ``CoordinatorDep``, ``AdministratorDep``: a valid token *and* that role;
- ``Annotated[Caller, Depends(require_role(ROLE, …))]`` for a route open to several roles.

A wrong role is 403 before the route runs; a route must still check the scope
of what it returns (an officer's territories: ``server.scope``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Header, Request
from sqlalchemy import Engine, select, update

from server.accounts import ROLE_NAMES, Caller, authenticate
from server.database import reading, writing
from server.errors import DeviceWipedError, ForbiddenError
from server.models import Device, Token
from server.models.accounts import ADMINISTRATOR, COORDINATOR, OFFICER
from server.models.base import utcnow
from server.passwords import token_digest


def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


EngineDep = Annotated[Engine, Depends(get_engine)]


def get_caller(engine: EngineDep, authorization: Annotated[str | None, Header()] = None) -> Caller:
    """The account behind ``Authorization: Bearer TOKEN`` (401/403/410 otherwise)."""
    token = None
    if authorization and authorization.lower().startswith("bearer "):
        token = authorization[7:].strip()
    try:
        with reading(engine) as session:
            return authenticate(session, token)
    except DeviceWipedError:
        _note_wipe_sent(engine, token or "")
        raise


def _note_wipe_sent(engine: Engine, token: str) -> None:
    """Tell the administrator (``device list``) when the lost device was last told to wipe."""
    with writing(engine) as session:
        device_id = session.scalar(
            select(Token.device_id).where(Token.token_sha256 == token_digest(token))
        )
        session.execute(update(Device).where(Device.id == device_id).values(wipe_sent_at=utcnow()))


CallerDep = Annotated[Caller, Depends(get_caller)]


def require_role(*roles: str) -> Callable[[Caller], Caller]:
    """A dependency letting through only the callers whose role is one of ``roles`` (else 403).

    Example: ``caller: Annotated[Caller, Depends(require_role(ADMINISTRATOR))]``.
    """

    def check(caller: CallerDep) -> Caller:
        if caller.role not in roles:
            allowed = ", ".join(ROLE_NAMES.get(role, role) for role in roles)
            raise ForbiddenError(
                f"Votre rôle ({ROLE_NAMES.get(caller.role, caller.role)}) ne donne pas accès "
                f"à cette fonction du serveur régional, réservée au rôle : {allowed}."
            )
        return caller

    return check


OfficerDep = Annotated[Caller, Depends(require_role(OFFICER))]
CoordinatorDep = Annotated[Caller, Depends(require_role(COORDINATOR))]
AdministratorDep = Annotated[Caller, Depends(require_role(ADMINISTRATOR))]
