"""The FastAPI application of the regional server.

The app holds an engine and nothing else: every worker and every instance
reads and writes the same database, so any of them can answer any request.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from starlette.exceptions import HTTPException

from server import PROTOCOL_VERSION
from server.api import (
    admin_routes,
    audit_routes,
    auth_routes,
    intake_routes,
    region_routes,
    sync_routes,
)
from server.api.http import check_protocol, on_http_error, on_user_error, on_validation_error
from server.database import make_engine
from server.errors import UserError


def create_app(database_url: str) -> FastAPI:
    """An app over the database at ``database_url`` (already migrated by the caller)."""
    app = FastAPI(
        title="Escale — serveur régional",
        version=str(PROTOCOL_VERSION),
        description="Synchronisation des postes Escale et réception des inscriptions du site.",
        redirect_slashes=False,
    )
    app.state.engine = make_engine(database_url)
    app.middleware("http")(check_protocol)
    # Pull pages are JSON of repetitive field names: gzip makes a first sync of 12,000
    # households several times smaller, which matters on a fair's 4G connection.
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_exception_handler(UserError, on_user_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.include_router(auth_routes.router)
    app.include_router(sync_routes.router)
    app.include_router(intake_routes.router)
    app.include_router(region_routes.router)
    app.include_router(admin_routes.router)
    app.include_router(audit_routes.router)

    @app.get("/health", tags=["supervision"])
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
