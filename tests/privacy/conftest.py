"""The server test fixtures (both backends, a live server) for the server side of erasure."""

from __future__ import annotations

from tests.server.conftest import (
    _cheap_password_hashes,
    database_url,
    engine,
    http,
    live_server,
)

__all__ = [
    "_cheap_password_hashes",
    "database_url",
    "engine",
    "http",
    "live_server",
]
