"""Where the server keeps its data and what it accepts, read from the environment.

Nothing here is mutable state: every worker computes the same values.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "escale-server"
DATABASE_FILE = "escale-server.db"
INTAKE_KEY_ENV = "ESCALE_INTAKE_KEY"
DATABASE_URL_ENV = "ESCALE_SERVER_DB"

TOKEN_LIFETIME_DAYS = 30
MAX_BODY_BYTES = 8 * 1024 * 1024
"""Largest request body, compressed or not: 500 changes of a few kB each fit widely."""
MAX_CHANGES_PER_PUSH = 500
MAX_PULL_LIMIT = 2000
DEFAULT_PULL_LIMIT = 500


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    """``ESCALE_SERVER_DB`` if set, else a SQLite file in the server's data dir."""
    configured = os.environ.get(DATABASE_URL_ENV)
    if configured:
        return configured
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / DATABASE_FILE}"


def intake_key() -> str | None:
    return os.environ.get(INTAKE_KEY_ENV) or None
