"""``/sync/v1``: push a page of changes, pull a page of what changed, fetch one record."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from server import PROTOCOL_VERSION
from server.api.bodies import PullResponse, PushRequest, PushResponse, RecordOut
from server.api.deps import EngineDep, OfficerDep
from server.api.http import TOO_LARGE, BoundedRoute
from server.config import DEFAULT_PULL_LIMIT, MAX_CHANGES_PER_PUSH, MAX_PULL_LIMIT
from server.database import reading, writing
from server.errors import OUTDATED_PROTOCOL, ForbiddenError, OutdatedProtocolError, TooLargeError
from server.hlc import is_valid, server_clock
from server.pull import fetch, pull
from server.push import MAX_BIGINT, IncomingChange, push

router = APIRouter(prefix="/sync/v1", tags=["synchronisation"], route_class=BoundedRoute)


@router.post("/push", response_model=PushResponse)
def post_push(body: PushRequest, caller: OfficerDep, engine: EngineDep) -> dict[str, Any]:
    if body.protocol != PROTOCOL_VERSION:
        raise OutdatedProtocolError(OUTDATED_PROTOCOL)
    if body.device_id != caller.device_id:
        raise ForbiddenError("Ce jeton a été délivré à un autre poste : reconnectez-vous.")
    if len(body.changes) > MAX_CHANGES_PER_PUSH:
        raise TooLargeError(TOO_LARGE)
    changes = [
        IncomingChange(
            change_id=change.change_id,
            device_seq=change.device_seq,
            table=change.table,
            id=change.id,
            fields=change.fields,
            base_version=change.base_version,
            hlc=change.hlc,
            deleted=change.deleted,
        )
        for change in body.changes
    ]
    with writing(engine) as session:
        results = push(session, caller, changes)
    clocks = [change.hlc for change in changes if is_valid(change.hlc)]
    return {
        "protocol": PROTOCOL_VERSION,
        "results": [
            {"change_id": result.change_id, "status": result.status, "reason": result.reason}
            for result in results
        ],
        "hlc": server_clock(max(clocks, default=None)),
    }


@router.get("/pull", response_model=PullResponse)
def get_pull(
    caller: OfficerDep,
    engine: EngineDep,
    cursor: Annotated[int, Query(ge=0, le=MAX_BIGINT)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
    territory: Annotated[str | None, Query(max_length=9)] = None,
) -> dict[str, Any]:
    with reading(engine) as session:
        page = pull(session, caller, cursor, limit, territory)
    return {"protocol": PROTOCOL_VERSION, **page}


@router.get("/records/{table}/{record_id}", response_model=RecordOut)
def get_record(table: str, record_id: str, caller: OfficerDep, engine: EngineDep) -> dict[str, Any]:
    with reading(engine) as session:
        return fetch(session, caller, table, record_id)
