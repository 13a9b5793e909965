"""Writing a finished document to disk: whole or not at all, with French errors."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop.errors import UserFacingError
from desktop.i18n import translate


class OutputError(UserFacingError):
    """The chosen file or folder cannot be written; nothing was left behind."""


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """A file that becomes ``path`` only when the block ends without error.

    It is written beside ``path`` under a temporary name, so a cancelled or
    failed export never leaves a half-written PDF where the officer expects one.

    Raises:
        OutputError: the folder is missing, read-only or full.
    """
    folder = path.parent
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=".part", dir=folder
        )
    except OSError as error:
        raise OutputError(cannot_write_message(path, error)) from error
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
        Path(temporary).replace(path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(cannot_write_message(path, error)) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_file(path: Path, content: bytes) -> Path:
    """Write ``content`` to ``path`` atomically; returns ``path``.

    Raises:
        OutputError: the folder is missing, read-only or full.
    """
    with atomic_output(path) as handle:
        handle.write(content)
    return path


def check_writable_folder(folder: Path) -> None:
    """Fail early, in French, when ``folder`` cannot receive files (before any long work).

    Raises:
        OutputError: it is missing, not a folder, or not writable.
    """
    probe = folder / ".escale-test-ecriture"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise OutputError(cannot_write_message(folder, error)) from error


def cannot_write_message(path: Path, error: OSError) -> str:
    """What to tell the officer when ``path`` cannot be written."""
    if isinstance(error, PermissionError):
        return translate(
            "Documents",
            "Impossible d'écrire {path} : permission refusée. Choisissez un autre dossier.",
        ).format(path=path)
    if isinstance(error, FileNotFoundError | NotADirectoryError):
        return translate(
            "Documents",
            "Impossible d'écrire {path} : le dossier n'existe pas. Choisissez un autre dossier.",
        ).format(path=path)
    return translate(
        "Documents",
        "Impossible d'écrire {path} ({reason}). Vérifiez l'espace disque ou choisissez un "
        "autre dossier.",
    ).format(path=path, reason=error.strerror or error)
