"""Wiping this device's local data, when the server says the device was reported lost.

What goes: the database and everything named after it in the data folder (its
``-wal``/``-shm``/``-journal``, the copies kept before a migration or an
encryption, any half-written sidecar), and the log, which may name households.
Each file is overwritten with zeros before it is unlinked, so a disk that was
never encrypted keeps less in its free blocks. What stays: the preferences
(window geometry, language) and whatever the officer exported elsewhere, which
is theirs. :func:`wipe_database` closes the database for good first: nothing
may hold it open, and nothing may open it again (SQLite would create an empty
file in its place).
"""

from __future__ import annotations

import glob
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event

from desktop.errors import UserFacingError
from desktop.i18n import translate
from desktop.paths import LOG_FILE
from desktop.storage.database import Database

log = logging.getLogger(__name__)

_CHUNK = 1024 * 1024


class WipeError(UserFacingError):
    """Some files could not be removed; their paths are in the message."""


@dataclass
class WipeReport:
    removed: list[Path] = field(default_factory=list)


def files_to_wipe(database_path: Path) -> list[Path]:
    """Every file of the data folder that holds or may hold personal data, sorted."""
    folder = database_path.parent
    patterns = (f"{glob.escape(database_path.name)}*", f"{glob.escape(LOG_FILE)}*")
    found = {path for pattern in patterns for path in folder.glob(pattern) if path.is_file()}
    return sorted(found)


class WipedError(UserFacingError):
    """Something tried to read the database after it was wiped."""


def wipe_database(database: Database) -> WipeReport:
    """Close ``database`` so that it never opens again, then wipe it and its data folder's files."""
    event.listen(database.engine, "do_connect", _refuse_connection)
    database.close()
    return wipe_local_data(database.path)


def _refuse_connection(*_args: Any) -> Any:
    raise WipedError(
        translate(
            "Wipe",
            "Les données de ce poste ont été effacées : redémarrez Escale et connectez-vous.",
        )
    )


def wipe_local_data(database_path: Path) -> WipeReport:
    """Remove the database at ``database_path``, its sidecars, its backups and the log.

    Raises:
        WipeError: a file could not be removed (held open by another program…);
            the others are gone.
    """
    _close_log_files(database_path.parent)
    report = WipeReport()
    failed: list[str] = []
    for path in files_to_wipe(database_path):
        _overwrite(path)
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            failed.append(f"{path} ({error.strerror or error})")
            continue
        report.removed.append(path)
    if failed:
        raise WipeError(
            translate(
                "Wipe",
                "Certains fichiers de ce poste n'ont pas pu être effacés : {files}. Fermez "
                "les programmes qui les utilisent, puis supprimez-les à la main.",
            ).format(files=", ".join(failed))
        )
    return report


def _overwrite(path: Path) -> None:
    """Best effort: zeros over the content, flushed to the disk."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as stream:
            zeros = bytes(min(size, _CHUNK))
            written = 0
            while written < size:
                written += stream.write(zeros[: size - written])
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as error:
        log.debug("could not overwrite %s before removing it: %s", path, error)


def _close_log_files(folder: Path) -> None:
    """Stop logging into the folder: an open log could not be removed on Windows."""
    resolved = folder.resolve()
    for logger in (logging.getLogger(), *logging.Logger.manager.loggerDict.values()):
        if not isinstance(logger, logging.Logger):
            continue
        for handler in list(logger.handlers):
            if not isinstance(handler, logging.FileHandler):
                continue
            if Path(handler.baseFilename).resolve().parent == resolved:
                logger.removeHandler(handler)
                handler.close()
