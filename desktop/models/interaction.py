"""The timeline of a case: calls, emails, meetings, visits, events and notes."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Synced, enum_column, foreign_key, utcnow


class Channel(enum.Enum):
    PHONE = "telephone"
    EMAIL = "email"
    MEETING = "rendez_vous"
    VISIT = "visite"
    EVENT = "evenement"
    NOTE = "note"


class Interaction(Synced, Base):
    """One exchange with a household; ``internal`` ones never leave the office.

    Internal interactions are kept out of every document handed to the household.
    """

    __tablename__ = "interaction"

    household_id: Mapped[uuid.UUID] = mapped_column(foreign_key("household.id"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    channel: Mapped[Channel] = mapped_column(enum_column(Channel))
    officer_id: Mapped[uuid.UUID | None] = mapped_column(foreign_key("officer.id"))
    summary: Mapped[str] = mapped_column(Text)
    internal: Mapped[bool] = mapped_column(default=False)
