"""The household: the case an officer follows from first contact to settling in."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, Enum, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Synced, enum_column, foreign_key, utcnow
from desktop.models.officer import TerritoryKind


class Source(enum.Enum):
    """How the household first reached the programme."""

    WEBSITE = "site_web"
    FAIR = "salon"
    PHONE = "telephone"
    PARTNER = "partenaire"
    OTHER = "autre"


class ProjectType(enum.Enum):
    JOB_MOVE = "mutation_emploi"
    REMOTE_WORK = "teletravail"
    BUSINESS = "creation_reprise"
    RETIREMENT = "retraite"
    OTHER = "autre"


class Maturity(enum.Enum):
    """How far the household's project has gone, as the officer judges it."""

    IDEA = "reflexion"
    PLANNED = "projet"
    IMMINENT = "imminent"


class Status(enum.Enum):
    """Case status; :mod:`desktop.workflow.status` says which moves are allowed."""

    NEW = "nouveau"
    CONTACTED = "contacte"
    ACCOMPANIED = "accompagne"
    SETTLED = "installe"
    PAUSED = "en_pause"
    ABANDONED = "abandonne"


class HousingTenure(enum.Enum):
    RENT = "location"
    BUY = "achat"
    UNDECIDED = "indifferent"


class HousingType(enum.Enum):
    HOUSE = "maison"
    APARTMENT = "appartement"
    LAND = "terrain"
    ANY = "indifferent"


class ConsentChannel(enum.Enum):
    WEBSITE = "site_web"
    FAIR = "salon"
    PHONE = "telephone"
    PAPER = "papier"
    EMAIL = "email"


class Household(Synced, Base):
    __tablename__ = "household"
    __table_args__ = (
        CheckConstraint("housing_budget_eur IS NULL OR housing_budget_eur >= 0", name="budget"),
        CheckConstraint(
            "origin_commune_code IS NULL OR origin_country = 'FR'", name="origin_commune_in_france"
        ),
    )

    name: Mapped[str] = mapped_column(String(160), index=True)
    source: Mapped[Source] = mapped_column(enum_column(Source), index=True)
    event_id: Mapped[uuid.UUID | None] = mapped_column(foreign_key("event.id"), index=True)
    registered_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    origin_country: Mapped[str] = mapped_column(String(2), default="FR")
    origin_commune_code: Mapped[str | None] = mapped_column(foreign_key("commune.code"), index=True)
    origin_city: Mapped[str | None] = mapped_column(String(120))

    project_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    maturity: Mapped[Maturity | None] = mapped_column(enum_column(Maturity))
    housing_tenure: Mapped[HousingTenure | None] = mapped_column(enum_column(HousingTenure))
    housing_type: Mapped[HousingType | None] = mapped_column(enum_column(HousingType))
    housing_budget_eur: Mapped[int | None]
    housing_notes: Mapped[str | None] = mapped_column(Text)
    target_date: Mapped[date | None]

    officer_id: Mapped[uuid.UUID | None] = mapped_column(foreign_key("officer.id"), index=True)
    status: Mapped[Status] = mapped_column(enum_column(Status), default=Status.NEW, index=True)

    consent_at: Mapped[datetime | None]
    consent_version: Mapped[str | None] = mapped_column(String(20))
    consent_channel: Mapped[ConsentChannel | None] = mapped_column(enum_column(ConsentChannel))
    consent_withdrawn_at: Mapped[datetime | None]
    """When the household withdrew its consent (``None``: given, or never withdrawn since)."""
    consent_withdrawn_channel: Mapped[ConsentChannel | None] = mapped_column(
        Enum(
            ConsentChannel,
            name="consentwithdrawnchannel",
            native_enum=False,
            create_constraint=False,  # SQLite adds no CHECK to an existing table
            validate_strings=True,
            values_callable=lambda members: [member.value for member in members],
        )
    )
    erased_at: Mapped[datetime | None]
    """When the household was erased (anonymised): it syncs, and every device then erases it."""
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(foreign_key("household.id"))

    targets: Mapped[list[HouseholdTarget]] = relationship(
        lazy="raise", order_by="HouseholdTarget.rank", cascade="all, delete-orphan"
    )
    status_changes: Mapped[list[StatusChange]] = relationship(
        lazy="raise", order_by="StatusChange.changed_at", cascade="all, delete-orphan"
    )

    @property
    def project_type_set(self) -> set[ProjectType]:
        return {ProjectType(value) for value in self.project_types}


class HouseholdTarget(Synced, Base):
    """A territory the household would like to live in; rank 1 is the first wish.

    The département and EPCI are resolved when the row is written, so the list can
    filter on them with an index instead of walking the geography.
    """

    __tablename__ = "household_target"
    __table_args__ = (CheckConstraint("rank >= 1", name="rank_positive"),)

    household_id: Mapped[uuid.UUID] = mapped_column(foreign_key("household.id"), index=True)
    rank: Mapped[int]
    kind: Mapped[TerritoryKind] = mapped_column(enum_column(TerritoryKind))
    code: Mapped[str] = mapped_column(String(9))
    departement_code: Mapped[str | None] = mapped_column(
        foreign_key("departement.code"), index=True
    )
    epci_siren: Mapped[str | None] = mapped_column(foreign_key("epci.siren"), index=True)


class StatusChange(Synced, Base):
    """One dated transition of a household's status, kept forever as its history."""

    __tablename__ = "status_change"

    household_id: Mapped[uuid.UUID] = mapped_column(foreign_key("household.id"), index=True)
    from_status: Mapped[Status | None] = mapped_column(enum_column(Status))
    to_status: Mapped[Status] = mapped_column(enum_column(Status))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    reason: Mapped[str | None] = mapped_column(Text)
    officer_id: Mapped[uuid.UUID | None] = mapped_column(foreign_key("officer.id"))
