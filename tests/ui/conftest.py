"""Fixtures the UI tests share."""

from __future__ import annotations

import uuid

import pytest

from desktop.models import Officer
from desktop.storage import Database


@pytest.fixture
def officer_id(database: Database) -> uuid.UUID:
    with database.transaction() as session:
        officer = Officer(id=uuid.uuid4(), name="Claire Morel", email="claire@example.fr")
        session.add(officer)
    return officer.id
