"""What the window asks the local database before it opens (plain SQLAlchemy, no Qt)."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models import Household
from desktop.storage import Database


def has_households(database: Database) -> bool:
    """Whether any household was ever stored (deleted ones count: no demo over real work)."""
    with database.session() as session:
        return session.scalar(select(Household.id).limit(1)) is not None
