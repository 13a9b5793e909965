"""Members of a household, adults and children."""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Synced, enum_column, foreign_key


class PersonRole(enum.Enum):
    ADULT = "adulte"
    CHILD = "enfant"


class SchoolLevel(enum.Enum):
    NONE = "non_scolarise"
    NURSERY = "maternelle"
    PRIMARY = "elementaire"
    MIDDLE = "college"
    HIGH = "lycee"
    HIGHER = "superieur"


class Person(Synced, Base):
    __tablename__ = "person"

    household_id: Mapped[uuid.UUID] = mapped_column(foreign_key("household.id"), index=True)
    role: Mapped[PersonRole] = mapped_column(enum_column(PersonRole))
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80), index=True)
    birth_year: Mapped[int | None]
    occupation: Mapped[str | None] = mapped_column(String(120))
    job_sought: Mapped[str | None] = mapped_column(String(120))
    remote_worker: Mapped[bool] = mapped_column(default=False)
    school_level: Mapped[SchoolLevel | None] = mapped_column(enum_column(SchoolLevel))
    childcare_need: Mapped[bool] = mapped_column(default=False)
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(20), index=True)
