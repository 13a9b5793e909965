"""Recording an audit entry: the one way any part of Escale says who did what (GDPR).

Where the action is itself a write (a print recorded, an erasure), pass its
session: the entry commits with it or not at all. Where it is not (a page
viewed, a file written), pass the database and the entry is its own small
transaction. The author is read from the device's stored login, so no caller
has to know who is working.
"""

from __future__ import annotations

import getpass
import logging
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from desktop.errors import WriteError
from desktop.models import AppMeta, AuditAction, AuditEntry, utcnow
from desktop.storage import Database
from desktop.sync import state

if TYPE_CHECKING:
    from desktop.importing.importer import ImportReport

log = logging.getLogger("escale.audit")

ENTRIES = AuditEntry.__table__
META = AppMeta.__table__
_SIGNATURE = (state.OFFICER_ID, state.OFFICER_NAME, state.OFFICER_EMAIL, state.DEVICE_ID)


def record(
    target: Database | Session | Connection,
    action: AuditAction,
    *,
    households: Iterable[uuid.UUID] = (),
    file: Path | str | None = None,
    count: int | None = None,
    detail: str = "",
) -> list[uuid.UUID]:
    """Add one entry per household of ``households`` (one entry when there are none).

    ``detail`` says what without naming anyone (« liste des foyers
    departement=58 »); ``count`` is rows exported or lines imported. Returns
    the entries' ids.

    Raises:
        WriteError: ``target`` is a :class:`Database` that could not be written.
    """
    if isinstance(target, Database):
        return target.write(
            lambda session: record(
                session, action, households=households, file=file, count=count, detail=detail
            )
        )
    connection = target.connection() if isinstance(target, Session) else target
    officer_id, officer_name, device = _signature(connection)
    moment = utcnow()
    rows = [
        {
            "id": uuid.uuid4(),
            "at": moment,
            "officer_id": officer_id,
            "officer_name": officer_name,
            "device_id": device,
            "action": action,
            "household_id": household_id,
            "file": None if file is None else str(file),
            "item_count": count,
            "detail": detail,
            "sent_at": None,
        }
        for household_id in list(households) or [None]
    ]
    connection.execute(insert(ENTRIES), rows)
    return [row["id"] for row in rows]


def author(connection: Connection) -> tuple[uuid.UUID | None, str]:
    """The officer signed in on this device (id, « Ana Martin <ana@exemple.fr> »).

    Before the first login, the system user's name, so the entry still says who.
    """
    officer_id, name, _device = _signature(connection)
    return officer_id, name


def _signature(connection: Connection) -> tuple[uuid.UUID | None, str, str]:
    """Author and device id in one read: an entry is noted on the GUI thread at each opening."""
    stored = dict(
        connection.execute(select(META.c.key, META.c.value).where(META.c.key.in_(_SIGNATURE))).all()
    )
    device = stored.get(state.DEVICE_ID) or state.device_id(connection)
    officer, name, email = (stored.get(key) for key in _SIGNATURE[:3])
    if officer and name and email:
        return uuid.UUID(officer), f"{name} <{email}>", device
    try:
        return None, f"utilisateur système {getpass.getuser()}", device
    except (KeyError, OSError):
        return None, "utilisateur inconnu", device


def record_import(database: Database, report: ImportReport) -> list[uuid.UUID]:
    """Record a finished import of the website's file, with what it did (counts only).

    A cancelled import kept nothing, so it records nothing. The import is
    already committed (its batches are its own transactions): if the entry
    cannot be written, the import is not reported as failed; the facts go to
    the log file instead.
    """
    if report.cancelled:
        return []
    detail = (
        f"crees={len(report.created)} fusionnes={len(report.merged_with_additions)} "
        f"deja_connus={len(report.already_known)} refuses={len(report.rejected)}"
    )
    try:
        return record(
            database, AuditAction.IMPORTED, file=report.path, count=report.lines, detail=detail
        )
    except WriteError:
        log.exception(
            "import of %s (%d lines, %s) left out of the audit log",
            report.path,
            report.lines,
            detail,
        )
        return []
