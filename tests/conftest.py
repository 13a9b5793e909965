"""Fixtures shared by every test: real SQLite files in temporary folders.

Creating a database loads 35,000 communes, so one is made per test session and
each test gets its own copy of that file.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.i18n import install_translator
from desktop.paths import database_path
from desktop.storage import Database, open_database

pytest_plugins = ["tests.real_server", "tests.server.templates"]

TEST_PASSPHRASE = "phrase secrète des tests"
"""What the ``escale`` sub-commands run by tests read from ``ESCALE_PASSPHRASE``."""


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A freshly created, migrated database with reference data, never written by tests."""
    folder = tmp_path_factory.mktemp("template")
    database = open_database(database_path(folder))
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return database_path(folder)


@pytest.fixture
def data_dir(tmp_path: Path, template_database: Path) -> Path:
    """A data folder holding a ready database, as after a first start."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy2(template_database, database_path(folder))
    return folder


@pytest.fixture
def database(data_dir: Path) -> Iterator[Database]:
    database = open_database(database_path(data_dir))
    yield database
    database.close()


@pytest.fixture(autouse=True)
def _french_messages() -> Iterator[None]:
    """Each test starts with the French source texts, whatever the previous one installed."""
    install_translator(None)
    yield
    install_translator(None)


@pytest.fixture
def escale_passphrase(monkeypatch: pytest.MonkeyPatch) -> str:
    """``ESCALE_PASSPHRASE`` set, as an officer's script does: the sub-commands (and the
    ``escale`` processes the test starts) open the database encrypted with it."""
    monkeypatch.setenv("ESCALE_PASSPHRASE", TEST_PASSPHRASE)
    return TEST_PASSPHRASE
