"""Follow-ups (*relances*): the next thing to do for a household, and when."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Synced, foreign_key


class FollowUp(Synced, Base):
    __tablename__ = "follow_up"

    household_id: Mapped[uuid.UUID] = mapped_column(foreign_key("household.id"), index=True)
    due_on: Mapped[date] = mapped_column(index=True)
    what: Mapped[str] = mapped_column(String(240))
    done_on: Mapped[date | None]
    officer_id: Mapped[uuid.UUID | None] = mapped_column(foreign_key("officer.id"), index=True)
    interaction_id: Mapped[uuid.UUID | None] = mapped_column(foreign_key("interaction.id"))
