"""Welcome officers and the territories they cover."""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Synced, enum_column, foreign_key


class TerritoryKind(enum.Enum):
    """What a territory code designates."""

    DEPARTEMENT = "departement"
    EPCI = "epci"
    COMMUNE = "commune"


class Officer(Synced, Base):
    __tablename__ = "officer"

    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    phone: Mapped[str | None] = mapped_column(String(20))

    territories: Mapped[list[OfficerTerritory]] = relationship(
        back_populates="officer", lazy="raise", cascade="all, delete-orphan"
    )


class OfficerTerritory(Synced, Base):
    __tablename__ = "officer_territory"
    __table_args__ = (UniqueConstraint("officer_id", "kind", "code"),)

    officer_id: Mapped[uuid.UUID] = mapped_column(foreign_key("officer.id"), index=True)
    kind: Mapped[TerritoryKind] = mapped_column(enum_column(TerritoryKind))
    code: Mapped[str] = mapped_column(String(9))

    officer: Mapped[Officer] = relationship(back_populates="territories", lazy="raise")
