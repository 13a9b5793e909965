"""``POST /intake/v1/registrations``: the regional website hands in a registration.

The website is no Escale client: it authenticates with the static intake key of
the server's configuration (``ESCALE_INTAKE_KEY``), not with an officer's token.
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Header, Response

from server.api.deps import EngineDep
from server.api.http import BoundedRoute
from server.config import intake_key
from server.database import writing
from server.errors import ForbiddenError, UnauthenticatedError, UserError
from server.intake import IntakeResult, Registration, receive

router = APIRouter(prefix="/intake/v1", tags=["inscriptions"], route_class=BoundedRoute)


class IntakeDisabledError(UserError):
    status_code = 503


def check_intake_key(given: str | None) -> None:
    expected = intake_key()
    if expected is None:
        raise IntakeDisabledError(
            "L'accueil des inscriptions n'est pas configuré sur ce serveur (ESCALE_INTAKE_KEY)."
        )
    if not given:
        raise UnauthenticatedError("Clé d'accès du site régional absente (X-Escale-Intake-Key).")
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise ForbiddenError("Clé d'accès du site régional incorrecte.")


@router.post("/registrations", response_model=IntakeResult, status_code=201)
def post_registration(
    body: Registration,
    engine: EngineDep,
    response: Response,
    x_escale_intake_key: Annotated[str | None, Header()] = None,
) -> IntakeResult:
    check_intake_key(x_escale_intake_key)
    with writing(engine) as session:
        result = receive(session, body)
    if result.status == "duplicate":
        response.status_code = 200
    return result
