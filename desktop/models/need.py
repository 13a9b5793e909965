"""What a household needs to settle, by domain, and where each need stands."""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Synced, enum_column, foreign_key


class NeedDomain(enum.Enum):
    JOB = "emploi"
    PARTNER_JOB = "emploi_conjoint"
    HOUSING = "logement"
    SCHOOL = "ecole"
    CHILDCARE = "garde_enfant"
    HEALTH = "sante"
    TRANSPORT = "mobilite"
    BUSINESS = "entreprise"
    SOCIAL_LIFE = "vie_sociale"


class NeedState(enum.Enum):
    OPEN = "ouvert"
    IN_PROGRESS = "en_cours"
    MET = "satisfait"
    DROPPED = "abandonne"


class Need(Synced, Base):
    __tablename__ = "need"

    household_id: Mapped[uuid.UUID] = mapped_column(foreign_key("household.id"), index=True)
    domain: Mapped[NeedDomain] = mapped_column(enum_column(NeedDomain), index=True)
    state: Mapped[NeedState] = mapped_column(enum_column(NeedState), default=NeedState.OPEN)
    person_id: Mapped[uuid.UUID | None] = mapped_column(foreign_key("person.id"))
    note: Mapped[str | None] = mapped_column(Text)
