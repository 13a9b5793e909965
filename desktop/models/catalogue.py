"""The shared catalogue (partners, offers) and the referrals made from it."""

from __future__ import annotations

import enum
import uuid
from datetime import date

from sqlalchemy import CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Synced, enum_column, foreign_key
from desktop.models.officer import TerritoryKind


class PartnerCategory(enum.Enum):
    EMPLOYMENT = "emploi"
    HOUSING = "logement"
    EDUCATION = "education"
    CHILDCARE = "petite_enfance"
    HEALTH = "sante"
    BUSINESS = "entreprise"
    MOBILITY = "mobilite"
    ASSOCIATION = "association"
    LOCAL_AUTHORITY = "collectivite"


class OfferKind(enum.Enum):
    JOB = "emploi"
    HOUSING = "logement"
    BUSINESS = "entreprise"
    SERVICE = "service"
    EVENT = "evenement"


class ReferralState(enum.Enum):
    PROPOSED = "propose"
    SENT = "envoye"
    ACCEPTED = "accepte"
    DECLINED = "refuse"


class Partner(Synced, Base):
    __tablename__ = "partner"

    organisation: Mapped[str] = mapped_column(String(160))
    category: Mapped[PartnerCategory] = mapped_column(enum_column(PartnerCategory))
    contact_name: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    territory_kind: Mapped[TerritoryKind] = mapped_column(enum_column(TerritoryKind))
    territory_code: Mapped[str] = mapped_column(String(9), index=True)


class Offer(Synced, Base):
    __tablename__ = "offer"
    __table_args__ = (CheckConstraint("price_eur IS NULL OR price_eur >= 0", name="price"),)

    kind: Mapped[OfferKind] = mapped_column(enum_column(OfferKind), index=True)
    title: Mapped[str] = mapped_column(String(200))
    details: Mapped[str | None] = mapped_column(Text)
    commune_code: Mapped[str] = mapped_column(foreign_key("commune.code"), index=True)
    valid_until: Mapped[date | None] = mapped_column(index=True)
    price_eur: Mapped[int | None]
    partner_id: Mapped[uuid.UUID | None] = mapped_column(foreign_key("partner.id"))
    contact_name: Mapped[str | None] = mapped_column(String(120))
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    contact_email: Mapped[str | None] = mapped_column(String(254))


class Referral(Synced, Base):
    """An offer or a partner proposed to a household, and what came of it."""

    __tablename__ = "referral"
    __table_args__ = (
        CheckConstraint("offer_id IS NOT NULL OR partner_id IS NOT NULL", name="has_target"),
    )

    household_id: Mapped[uuid.UUID] = mapped_column(foreign_key("household.id"), index=True)
    offer_id: Mapped[uuid.UUID | None] = mapped_column(foreign_key("offer.id"), index=True)
    partner_id: Mapped[uuid.UUID | None] = mapped_column(foreign_key("partner.id"), index=True)
    state: Mapped[ReferralState] = mapped_column(
        enum_column(ReferralState), default=ReferralState.PROPOSED
    )
    proposed_on: Mapped[date]
    officer_id: Mapped[uuid.UUID | None] = mapped_column(foreign_key("officer.id"))
    note: Mapped[str | None] = mapped_column(Text)
