"""The region's audit log: entries received from the devices, read by the administrator.

A device sends its entries after each push (``POST /audit/v1/entries``). Each
entry keeps its device-given id, so a resend after a cut connection is
counted as a duplicate and stored once. An officer sends only their own
entries: one in another officer's name refuses the whole request, so nobody
can blame a colleague. Entries recorded before the first login on a device
carry no author; the officer who sent them is kept beside (``sent_by``).

The administrator reads them with ``GET /admin/v1/audit`` or ``escale-server
audit``, filtered by officer, action and start date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased

from desktop.dates import parse_day
from desktop.errors import ValidationError
from desktop.reporting.french_numbers import format_count
from server.accounts import Caller, normalise_email
from server.database import is_postgresql
from server.errors import ForbiddenError, InvalidError
from server.models import AuditEntry, Officer
from server.models.base import utcnow

ACTIONS = {
    "consultation": "consultation",
    "export": "export",
    "impression": "impression",
    "import": "import",
    "effacement": "effacement",
    "acces": "données d'un foyer",
}
"""Action codes the devices send (``desktop.models.AuditAction``) → their French names."""

MAX_ENTRIES = 500
"""Entries per request; a device sends its log in batches of this size."""

DEFAULT_LIMIT = 1000
REGION_TIME = ZoneInfo("Europe/Paris")
"""The administrator reads times in the region's time."""

ANOTHER_OFFICER = (
    "Ces entrées du journal portent le nom d'un autre chargé d'accueil : chacun n'envoie "
    "que les siennes. Reconnectez ce poste avec votre propre compte."
)
ANOTHER_DEVICE = "Ce jeton a été délivré à un autre poste : reconnectez-vous."


@dataclass(frozen=True)
class IncomingEntry:
    """One entry as a device sends it, already validated in shape."""

    id: str
    at: datetime
    officer_id: str | None
    officer_name: str
    action: str
    household_id: str | None
    file: str | None
    item_count: int | None
    detail: str


def store_entries(
    session: Session, caller: Caller, device_id: str, entries: Sequence[IncomingEntry]
) -> tuple[int, int]:
    """Keep the entries the server does not have yet; returns (stored, duplicates).

    Raises:
        ForbiddenError: the token is another device's, or an entry names another officer.
    """
    if device_id != caller.device_id:
        raise ForbiddenError(ANOTHER_DEVICE)
    if any(entry.officer_id not in (None, caller.officer_id) for entry in entries):
        raise ForbiddenError(ANOTHER_OFFICER)
    wanted = {entry.id: entry for entry in entries}
    if not wanted:
        return 0, len(entries)
    known = set(session.scalars(select(AuditEntry.id).where(AuditEntry.id.in_(list(wanted)))))
    now = utcnow()
    rows = [
        {
            "id": entry.id,
            "at": entry.at,
            "officer_id": entry.officer_id,
            "officer_name": entry.officer_name,
            "sent_by": caller.officer_id,
            "device_id": caller.device_id,
            "action": entry.action,
            "household_id": entry.household_id,
            "file": entry.file,
            "item_count": entry.item_count,
            "detail": entry.detail,
            "received_at": now,
        }
        for entry in wanted.values()
        if entry.id not in known
    ]
    if rows:
        # A concurrent resend of the same entries may have landed since the read.
        dialect = postgresql if is_postgresql(session.connection()) else sqlite
        statement = dialect.insert(AuditEntry).on_conflict_do_nothing(index_elements=["id"])
        session.execute(statement, rows)
    return len(rows), len(entries) - len(rows)


@dataclass(frozen=True)
class AuditLine:
    """One entry as the administrator reads it."""

    id: str
    at: datetime
    officer_email: str | None
    officer_name: str
    sent_by_email: str
    device_id: str
    action: str
    household_id: str | None
    file: str | None
    item_count: int | None
    detail: str


def list_entries(
    session: Session,
    *,
    officer: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[AuditLine]:
    """The latest entries first, filtered by author's e-mail, action code and start instant.

    An entry recorded before the device's first login counts as its sender's.

    Raises:
        InvalidError: an unknown action or e-mail address (French message).
    """
    if limit < 1:
        raise InvalidError("Le nombre d'entrées à afficher doit être d'au moins 1 (--limit).")
    author = aliased(Officer)
    sender = aliased(Officer)
    query: Select[tuple[AuditEntry, str | None, str]] = (
        select(AuditEntry, author.email, sender.email)
        .outerjoin(author, author.id == AuditEntry.officer_id)
        .join(sender, sender.id == AuditEntry.sent_by)
        .order_by(AuditEntry.at.desc(), AuditEntry.id)
        .limit(limit)
    )
    if action is not None:
        if action not in ACTIONS:
            raise InvalidError(
                f"Action inconnue : « {action} ». Choisissez parmi : {', '.join(ACTIONS)}."
            )
        query = query.where(AuditEntry.action == action)
    if officer is not None:
        email = normalise_email(officer)
        officer_id = session.scalar(select(Officer.id).where(Officer.email == email))
        if officer_id is None:
            raise InvalidError(f"Aucun compte avec l'adresse {email}.")
        query = query.where(func.coalesce(AuditEntry.officer_id, AuditEntry.sent_by) == officer_id)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    return [
        AuditLine(
            id=entry.id,
            at=entry.at,
            officer_email=author_email,
            officer_name=entry.officer_name,
            sent_by_email=sender_email,
            device_id=entry.device_id,
            action=entry.action,
            household_id=entry.household_id,
            file=entry.file,
            item_count=entry.item_count,
            detail=entry.detail,
        )
        for entry, author_email, sender_email in session.execute(query)
    ]


def format_table(lines: Sequence[AuditLine]) -> str:
    """The entries as a French table for the terminal, times in the region's time."""
    if not lines:
        return "Aucune entrée dans le journal d'audit pour ces critères."
    headers = ("Date", "Chargé d'accueil", "Action", "Foyer", "Nombre", "Fichier", "Détail")
    rows = [
        (
            line.at.astimezone(REGION_TIME).strftime("%d/%m/%Y %H:%M"),
            line.officer_email or f"{line.officer_name} (envoyé par {line.sent_by_email})",
            ACTIONS.get(line.action, line.action),
            line.household_id or "",
            "" if line.item_count is None else format_count(line.item_count),
            line.file or "",
            line.detail,
        )
        for line in lines
    ]
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
    text = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [headers, *rows]
    ]
    text.insert(1, "  ".join("-" * width for width in widths))
    noun = "entrée" if len(lines) == 1 else "entrées"
    text.append(f"{format_count(len(lines))} {noun}.")
    return "\n".join(text)


def audit_text(
    session: Session,
    *,
    officer: str | None = None,
    since: str | None = None,
    action: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> str:
    """``escale-server audit``: the filtered log as a table; ``since`` as typed (25/11/2026).

    Raises:
        InvalidError: a date, action or address that cannot be read (French message).
    """
    start = None
    if since is not None:
        try:
            day = parse_day(since, label="--since")
        except ValidationError as error:
            raise InvalidError(error.message) from None
        start = datetime.combine(day, time(), REGION_TIME)
    lines = list_entries(session, officer=officer, action=action, since=start, limit=limit)
    return format_table(lines)
