"""Who exported what: a line in the application log for every file written.

GDPR asks that exports of personal data be traceable. Printing a dossier is
recorded per household (:mod:`desktop.documents.prints`, synced); an export
covers up to the whole list, so it is logged once, with the officer logged in
on this device (or the system user), the filters, the row count and the file.
There is no audit table yet: the log file (``escale.log``) is the record.
"""

from __future__ import annotations

import getpass
import logging
from pathlib import Path

from desktop.storage import Database
from desktop.sync import state

log = logging.getLogger("escale.audit")


def who(database: Database) -> str:
    """« Ana Martin <ana@exemple.fr> », or the system user when no officer is logged in."""
    with database.engine.connect() as connection:
        account = state.account(connection)
    if account is not None:
        return f"{account.officer_name} <{account.officer_email}>"
    try:
        return f"utilisateur système {getpass.getuser()}"
    except (KeyError, OSError):
        return "utilisateur inconnu"


def log_export(database: Database, what: str, path: Path, *, rows: int, details: str = "") -> None:
    """Record that ``what`` (« liste des foyers », « indicateurs ») went to ``path``."""
    log.info(
        "export: %s by %s: %d rows to %s%s",
        what,
        who(database),
        rows,
        path,
        f" ({details})" if details else "",
    )
