"""The few figures the placeholder pages show, read from the local database.

Plain SQLAlchemy, no Qt: the counts are indexed lookups over a few thousand
rows, cheap enough to read once when the window opens. They move to the cases
and reporting modules as those screens arrive.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, or_, select

from desktop.models import Event, Household, Offer, Partner, Synced
from desktop.storage import Database


@dataclass(frozen=True)
class Figures:
    """Counts of live (not deleted) records, as of ``today``."""

    upcoming_events: int
    current_offers: int
    partners: int


def read_figures(database: Database, today: date) -> Figures:
    with database.session() as session:

        def count(model: type[Synced], *conditions: ColumnElement[bool]) -> int:
            statement = select(func.count()).select_from(model).where(model.deleted.is_(False))
            return session.scalar(statement.where(*conditions)) or 0

        return Figures(
            upcoming_events=count(Event, Event.ends_on >= today),
            current_offers=count(
                Offer, or_(Offer.valid_until.is_(None), Offer.valid_until >= today)
            ),
            partners=count(Partner),
        )


def has_households(database: Database) -> bool:
    """Whether any household was ever stored (deleted ones count: no demo over real work)."""
    with database.session() as session:
        return session.scalar(select(Household.id).limit(1)) is not None
