"""Fixtures the UI tests share."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from desktop.models import Officer
from desktop.storage import Database
from desktop.ui.translations import install_translations


@pytest.fixture
def officer_id(database: Database) -> uuid.UUID:
    with database.transaction() as session:
        officer = Officer(id=uuid.uuid4(), name="Claire Morel", email="claire@example.fr")
        session.add(officer)
    return officer.id


@pytest.fixture
def french(qapp) -> Iterator[None]:
    """The interface in French with French dates and numbers, whatever the test machine's."""
    installed = install_translations("fr")
    yield
    installed.remove()
