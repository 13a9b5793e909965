"""French administrative reference data (INSEE geography, La Poste postcodes).

Read-only for the application: loaded from ``resources/reference`` when a
database is created or the shipped data is newer, never edited by officers.
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, foreign_key


class Region(Base):
    __tablename__ = "region"

    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))


class Departement(Base):
    __tablename__ = "departement"

    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    region_code: Mapped[str] = mapped_column(foreign_key("region.code"), index=True)


class Epci(Base):
    """An intercommunality with its own taxation (CC, CA, CU, métropole)."""

    __tablename__ = "epci"

    siren: Mapped[str] = mapped_column(String(9), primary_key=True)
    name: Mapped[str] = mapped_column(String(160))
    kind: Mapped[str] = mapped_column(String(8))
    population: Mapped[int]


class Commune(Base):
    __tablename__ = "commune"

    code: Mapped[str] = mapped_column(String(5), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    departement_code: Mapped[str] = mapped_column(foreign_key("departement.code"), index=True)
    region_code: Mapped[str] = mapped_column(foreign_key("region.code"), index=True)
    epci_siren: Mapped[str | None] = mapped_column(foreign_key("epci.siren"), index=True)
    population: Mapped[int | None]

    postcodes: Mapped[list[CommunePostcode]] = relationship(
        back_populates="commune", lazy="raise", order_by="CommunePostcode.postcode"
    )


class CommunePostcode(Base):
    """One postcode of a commune; a postcode may serve several communes and vice versa."""

    __tablename__ = "commune_postcode"

    postcode: Mapped[str] = mapped_column(String(5), primary_key=True)
    commune_code: Mapped[str] = mapped_column(
        foreign_key("commune.code"), primary_key=True, index=True
    )

    commune: Mapped[Commune] = relationship(back_populates="postcodes", lazy="raise")
