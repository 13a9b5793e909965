"""Recording that a dossier was printed: when, which version, by whom (GDPR: printing is logged).

Written like any other change of a case, through :meth:`Database.write`: the
record and its sync outbox entry commit together, and it reaches the regional
server with the household. Preview alone is not printing; the UI records once
the officer printed or saved the document. The audit entry of each print
(:func:`desktop.audit.record`) commits in the same transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.audit import AuditAction, record
from desktop.models import DocumentPrint, DocumentVersion, Officer, utcnow
from desktop.storage import Database
from desktop.sync import state


def record_print(
    database: Database,
    household_id: uuid.UUID,
    version: DocumentVersion,
    officer_id: uuid.UUID | None,
    *,
    printed_at: datetime | None = None,
    file: Path | None = None,
) -> uuid.UUID:
    """Record one printing of a household's dossier; returns the record's id.

    Args:
        file: where it was saved as PDF; ``None`` when it went to a printer.

    Raises:
        WriteError: the database could not be written (French message).
    """
    return record_prints(
        database, [household_id], version, officer_id, printed_at=printed_at, file=file
    )[0]


def record_prints(
    database: Database,
    household_ids: Iterable[uuid.UUID],
    version: DocumentVersion,
    officer_id: uuid.UUID | None,
    *,
    printed_at: datetime | None = None,
    file: Path | None = None,
) -> list[uuid.UUID]:
    """Record a batch's printing for each household, in one transaction; returns the ids.

    ``file`` is where the PDF was written (a folder for one file per household), for
    the audit log; ``None`` when it went to a printer.

    Raises:
        WriteError: the database could not be written (French message).
    """
    moment = printed_at or utcnow()
    wanted = list(household_ids)

    def work(session: Session) -> list[uuid.UUID]:
        records = [
            DocumentPrint(
                id=uuid.uuid4(),
                household_id=household_id,
                printed_at=moment,
                document_version=version,
                officer_id=officer_id,
            )
            for household_id in wanted
        ]
        session.add_all(records)
        record(
            session,
            AuditAction.PRINTED,
            households=wanted,
            file=file,
            detail=f"dossier version={version.value}",
        )
        return [printed.id for printed in records]

    return database.write(work)


def signed_in_officer(database: Database) -> uuid.UUID | None:
    """The officer this device is signed in as, when their record is here (else ``None``).

    The officer's record arrives with the first sync; before it, a print is
    recorded without its author rather than refused.
    """
    with database.session() as session:
        account = state.account(session.connection())
        if account is None or session.get(Officer, account.officer_id) is None:
            return None
        return account.officer_id
