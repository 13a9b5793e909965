"""Where Escale keeps its files.

Everything lives in one data folder (the platform's user data dir unless
``--data-dir`` says otherwise), so an officer's whole state is one folder to
back up, and tests point it at a temporary directory.
"""

from __future__ import annotations

import errno
import os
import shutil
import sys
import tempfile
from pathlib import Path

import platformdirs

from desktop.errors import UserFacingError
from desktop.i18n import translate

APP_NAME = "escale"
DATABASE_FILE = "escale.db"
SETTINGS_FILE = "escale.ini"
LOG_FILE = "escale.log"
MINIMUM_FREE_BYTES = 16 * 1024 * 1024
"""Below this, a start is refused: the log, the write-ahead log and a migration's copy need room."""
_PROBE_BYTES = 64 * 1024


def _resources_dir() -> Path:
    """``resources/`` beside the package, or inside the frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root / "resources"


RESOURCES_DIR = _resources_dir()


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE


def settings_path(data_dir: Path) -> Path:
    return data_dir / SETTINGS_FILE


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_FILE


def check_data_dir(data_dir: Path) -> None:
    """Refuse, in French, a data folder that cannot take a write (read-only, full).

    Called at start, before the database is opened, so the officer reads what
    to do instead of meeting a crash or a failed save later. Nothing in the
    folder is changed: the probe is a temporary file, gone when closed.

    Raises:
        UserFacingError: the folder cannot be created, is read-only or full.
    """
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=data_dir, prefix=".escale-essai-") as probe:
            probe.write(b"\0" * _PROBE_BYTES)
            probe.flush()
            os.fsync(probe.fileno())
        free = shutil.disk_usage(data_dir).free
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise UserFacingError(_full_message(data_dir, 0)) from error
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise UserFacingError(_read_only_message(data_dir, error)) from error
        raise UserFacingError(
            translate(
                "Database",
                "Impossible de créer le dossier de données {folder} ({reason}). "
                "Vérifiez les droits d'écriture ou choisissez un autre dossier.",
            ).format(folder=data_dir, reason=error.strerror or error)
        ) from error
    if free < MINIMUM_FREE_BYTES:
        raise UserFacingError(_full_message(data_dir, free))


def _read_only_message(data_dir: Path, error: OSError) -> str:
    return translate(
        "Paths",
        "Escale ne peut pas écrire dans son dossier de données {folder} ({reason}) : il est en "
        "lecture seule ou vous n'avez pas le droit d'y écrire. Demandez au service informatique "
        "de le rendre modifiable, ou lancez Escale avec --data-dir vers un dossier où vous pouvez "
        "écrire. Vos dossiers n'ont pas été modifiés.",
    ).format(folder=data_dir, reason=error.strerror or error)


def _full_message(data_dir: Path, free: int) -> str:
    return translate(
        "Paths",
        "Le disque du dossier de données {folder} est plein (il reste {free} Mo, il en faut au "
        "moins {needed} Mo). Libérez de la place (corbeille, téléchargements, anciennes copies), "
        "puis relancez Escale. Vos dossiers n'ont pas été modifiés.",
    ).format(
        folder=data_dir, free=free // (1024 * 1024), needed=MINIMUM_FREE_BYTES // (1024 * 1024)
    )
