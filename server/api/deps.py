"""Dependencies shared by the routes: the engine of this app and the authenticated caller."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request
from sqlalchemy import Engine

from server.accounts import Caller, authenticate
from server.database import reading


def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


EngineDep = Annotated[Engine, Depends(get_engine)]


def get_caller(engine: EngineDep, authorization: Annotated[str | None, Header()] = None) -> Caller:
    """The officer behind ``Authorization: Bearer TOKEN`` (401/403 otherwise)."""
    token = None
    if authorization and authorization.lower().startswith("bearer "):
        token = authorization[7:].strip()
    with reading(engine) as session:
        return authenticate(session, token)


CallerDep = Annotated[Caller, Depends(get_caller)]
