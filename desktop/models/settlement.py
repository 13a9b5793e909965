"""A household's settling in the region: what the programme's figures count."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Synced, foreign_key


class Settlement(Synced, Base):
    __tablename__ = "settlement"
    __table_args__ = (
        CheckConstraint("adults >= 1", name="adults"),
        CheckConstraint("children >= 0", name="children"),
        CheckConstraint("children_schooled BETWEEN 0 AND children", name="children_schooled"),
    )

    household_id: Mapped[uuid.UUID] = mapped_column(foreign_key("household.id"), unique=True)
    moved_on: Mapped[date]
    commune_code: Mapped[str] = mapped_column(foreign_key("commune.code"), index=True)
    adults: Mapped[int]
    children: Mapped[int]
    children_schooled: Mapped[int]
