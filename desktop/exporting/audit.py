"""Who exported what: an audit entry for every file written, and a line in the log file.

GDPR asks that exports of personal data be traceable. The entry
(:func:`desktop.audit.record`) is the record the administrator reads once it
reached the server; the line in ``escale.log`` keeps the same facts on this
device for whoever investigates a problem.
"""

from __future__ import annotations

import logging
from pathlib import Path

from desktop.audit import AuditAction, author, record
from desktop.storage import Database

log = logging.getLogger("escale.audit")


def log_export(database: Database, what: str, path: Path, *, rows: int, details: str = "") -> None:
    """Record that ``what`` (« liste des foyers », « indicateurs ») went to ``path``.

    Raises:
        WriteError: the entry could not be written (the file itself is there).
    """
    record(
        database,
        AuditAction.EXPORTED,
        file=path,
        count=rows,
        detail=f"{what} {details}".strip(),
    )
    with database.engine.connect() as connection:
        _, who = author(connection)
    log.info(
        "export: %s by %s: %d rows to %s%s",
        what,
        who,
        rows,
        path,
        f" ({details})" if details else "",
    )
