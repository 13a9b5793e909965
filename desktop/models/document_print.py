"""Who printed which dossier of a household, and when (GDPR: printing is logged)."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Synced, enum_column, foreign_key, utcnow


class DocumentVersion(enum.Enum):
    """The two versions of the dossier d'installation."""

    HOUSEHOLD = "foyer"
    """Handed to the household: nothing internal."""
    INTERNAL = "interne"
    """The officer's copy: history, internal notes, follow-ups."""


class DocumentPrint(Synced, Base):
    """One printing (or save as PDF) of a household's dossier; synced like the case itself."""

    __tablename__ = "document_print"

    household_id: Mapped[uuid.UUID] = mapped_column(foreign_key("household.id"), index=True)
    printed_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Not ``version``: that is the sync protocol's write counter (:class:`Synced`).
    document_version: Mapped[DocumentVersion] = mapped_column(enum_column(DocumentVersion))
    officer_id: Mapped[uuid.UUID | None] = mapped_column(foreign_key("officer.id"))
