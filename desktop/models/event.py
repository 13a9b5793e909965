"""Events where households are met: relocation fairs and immersion stays."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Synced, enum_column, foreign_key


class EventKind(enum.Enum):
    FAIR = "salon"
    IMMERSION = "immersion"


class Event(Synced, Base):
    __tablename__ = "event"
    __table_args__ = (CheckConstraint("ends_on >= starts_on", name="dates_in_order"),)

    name: Mapped[str] = mapped_column(String(160))
    kind: Mapped[EventKind] = mapped_column(enum_column(EventKind))
    place: Mapped[str] = mapped_column(String(160))
    commune_code: Mapped[str | None] = mapped_column(foreign_key("commune.code"))
    starts_on: Mapped[date]
    ends_on: Mapped[date]
