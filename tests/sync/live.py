"""The regional server in the test process, for sync tests that need many fresh ones.

``escale-server serve`` as a process (``tests.real_server``) takes seconds to
start; a property test wants a fresh server database for each of its examples.
Here the same app is served by uvicorn in a thread (real sockets, real HTTP)
over a copy of a migrated SQLite template, in about 50 ms.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

from argon2 import PasswordHasher

import server.passwords
from server.accounts import add_officer
from server.cli import prepared_engine
from server.database import make_engine, writing
from tests.real_server import PASSWORD, served_in_thread


def make_server_template(folder: Path) -> Path:
    """A migrated server database with the territory reference, to copy for each server."""
    path = folder / "server-template.db"
    engine = prepared_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@contextlib.contextmanager
def cheap_password_hashes() -> Iterator[None]:
    """Argon2 at its lowest cost while the block runs: a real hash takes 0.2 s."""
    real = server.passwords._hasher
    server.passwords._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    try:
        yield
    finally:
        server.passwords._hasher = real


def officer(database_url: str, email: str, *codes: str, name: str = "Agent") -> str:
    """Add an officer of ``codes`` (with the password ``PASSWORD``); returns their id."""
    engine = make_engine(database_url)
    try:
        with writing(engine) as session:
            return add_officer(session, email, name, PASSWORD, list(codes)).id
    finally:
        engine.dispose()


@contextlib.contextmanager
def served(template: Path, folder: Path) -> Iterator[tuple[str, str]]:
    """A fresh server database copied from ``template``, served on a free port.

    Yields the base URL and the database URL.
    """
    path = folder / "server.db"
    shutil.copy2(template, path)
    database_url = f"sqlite:///{path}"
    with served_in_thread(database_url) as url:
        yield url, database_url
