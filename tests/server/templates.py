"""The session's PostgreSQL cluster and the template databases every server test copies.

Registered once, from the root ``conftest.py``: a session fixture imported into
several ``conftest.py`` files would be as many fixtures, each starting its own
cluster.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from server.cli import prepared_engine
from server.database import make_engine
from tests.server.postgres import Cluster, start_cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    cluster = start_cluster()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_cluster: Cluster) -> str:
    admin = make_engine(pg_cluster.url).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("CREATE DATABASE escale_template"))
    admin.dispose()
    prepared_engine(pg_cluster.database_url("escale_template")).dispose()
    return "escale_template"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("server-template") / "server.db"
    engine = prepared_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path
