"""The audit tests meet the real server and the real window: the server and UI tests' fixtures."""

from __future__ import annotations

from tests.server.conftest import (
    _cheap_password_hashes,
    database_url,
    engine,
    http,
    live_server,
)
from tests.ui.conftest import french

__all__ = [
    "_cheap_password_hashes",
    "database_url",
    "engine",
    "french",
    "http",
    "live_server",
]
