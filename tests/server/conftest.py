"""Server test fixtures: both backends, a fresh database per test, a live server.

One PostgreSQL cluster per session and a template database (schema and
territory reference) per backend, made once (:mod:`tests.server.templates`, a
plugin of the root ``conftest.py``, so that the audit and privacy tests share
them); each test gets a copy: ``CREATE DATABASE … TEMPLATE`` on PostgreSQL, a
file copy on SQLite. Most HTTP tests talk to uvicorn in a thread (real sockets,
real HTTP, about 50 ms to start); the command-line tests start ``escale-server
serve`` as a real process.
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, text

import server.passwords
from server.database import make_engine
from tests.real_server import served_in_thread
from tests.server.postgres import Cluster

INTAKE_KEY = "cle-du-site-regional"
_database_numbers = itertools.count(1)


@pytest.fixture(autouse=True)
def _cheap_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 at its lowest cost in-process: 0.2 s a hash would dominate these tests.

    The command-line tests run the server as a process, with the real parameters.
    """
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(server.passwords, "_hasher", cheap)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated server database with the territories, on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "server.db"
        shutil.copy2(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    template = request.getfixturevalue("pg_template")
    name = f"escale_test_{next(_database_numbers)}"
    admin = make_engine(cluster.url).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name} TEMPLATE {template}"))
    yield cluster.database_url(name)
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@dataclass
class LiveServer:
    url: str
    database_url: str


@pytest.fixture
def live_server(database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    """The app served by uvicorn in a thread, on a free loopback port."""
    monkeypatch.setenv("ESCALE_INTAKE_KEY", INTAKE_KEY)
    with served_in_thread(database_url) as url:
        yield LiveServer(url, database_url)


@pytest.fixture
def http(live_server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server.url, timeout=30) as client:
        yield client
