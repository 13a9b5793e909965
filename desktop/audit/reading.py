"""Reading the device's audit log back, for the *Journal d'audit* window (no Qt here).

The ids come first, latest entry first, and the rows by blocks as they are
shown (:class:`desktop.ui.block_rows.BlockRows`), so years of entries cost one
query for the ids and a few small ones as the officer scrolls.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, select

from desktop.i18n import translate
from desktop.models import AuditAction, AuditEntry, Household

ENTRIES = AuditEntry.__table__
HOUSEHOLDS = Household.__table__


@dataclass(frozen=True)
class JournalRow:
    """One entry as the journal shows it, with the household's name when it is still here."""

    id: uuid.UUID
    at: datetime
    officer_name: str
    action: AuditAction
    household_id: uuid.UUID | None
    household_name: str | None
    file: str | None
    item_count: int | None
    detail: str
    sent_at: datetime | None


def action_label(action: AuditAction) -> str:
    labels = {
        AuditAction.VIEWED: translate("Audit", "Consultation"),
        AuditAction.EXPORTED: translate("Audit", "Export"),
        AuditAction.PRINTED: translate("Audit", "Impression"),
        AuditAction.IMPORTED: translate("Audit", "Import"),
        AuditAction.ERASED: translate("Audit", "Effacement"),
        AuditAction.DATA_EXPORTED: translate("Audit", "Données d'un foyer exportées"),
    }
    return labels[action]


def entry_ids(connection: Connection) -> list[uuid.UUID]:
    """Every entry's id, the latest first."""
    query = select(ENTRIES.c.id).order_by(ENTRIES.c.at.desc(), ENTRIES.c.id.desc())
    return list(connection.scalars(query))


def entry_rows(connection: Connection, ids: list[uuid.UUID]) -> dict[uuid.UUID, JournalRow]:
    query = (
        select(ENTRIES, HOUSEHOLDS.c.name.label("household_name"))
        .outerjoin(HOUSEHOLDS, HOUSEHOLDS.c.id == ENTRIES.c.household_id)
        .where(ENTRIES.c.id.in_(ids))
    )
    return {
        row.id: JournalRow(
            id=row.id,
            at=row.at,
            officer_name=row.officer_name,
            action=row.action,
            household_id=row.household_id,
            household_name=row.household_name,
            file=row.file,
            item_count=row.item_count,
            detail=row.detail,
            sent_at=row.sent_at,
        )
        for row in connection.execute(query)
    }


def counts(connection: Connection) -> tuple[int, int]:
    """(entries, entries waiting to be sent)."""
    total, waiting = connection.execute(
        select(func.count(), func.count().filter(ENTRIES.c.sent_at.is_(None))).select_from(ENTRIES)
    ).one()
    return int(total), int(waiting)
