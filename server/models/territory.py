"""The geography officers are assigned to and households are placed in.

One flat table for the three levels: resolving a code to its (département, EPCI,
commune) triple, which every synced record carries for scoping, is one lookup.
An EPCI's département is the one holding most of its communes.
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import Base

DEPARTEMENT = "departement"
EPCI = "epci"
COMMUNE = "commune"
KINDS = (DEPARTEMENT, EPCI, COMMUNE)


class Territory(Base):
    __tablename__ = "territory"

    kind: Mapped[str] = mapped_column(String(12), primary_key=True)
    code: Mapped[str] = mapped_column(String(9), primary_key=True)
    name: Mapped[str] = mapped_column(String(160))
    departement_code: Mapped[str | None] = mapped_column(String(3))
    epci_siren: Mapped[str | None] = mapped_column(String(9))
