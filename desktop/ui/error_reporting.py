"""What the officer sees when something goes wrong: a French message, never a trace.

Installed as ``sys.excepthook`` (PySide hands it every exception a slot lets
through), :class:`ErrorReporter` tells the two kinds of error apart: a
:class:`~desktop.errors.UserFacingError` is shown as it is; anything else is a
bug, logged with its trace, and the officer is pointed at the log file.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.errors import UserFacingError

log = logging.getLogger(__name__)

ShowMessage = Callable[[str, str], None]
"""Shows a title and a message to the officer; tests pass a recorder."""


def current_log_file() -> Path | None:
    """The file the log goes to, if logging was set up to write one."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def show_critical(title: str, message: str) -> None:
    QMessageBox.critical(QApplication.activeWindow(), title, message)


def unexpected_error_message(log_file: Path | None) -> str:
    message = QCoreApplication.translate(
        "Errors",
        "Une erreur inattendue s'est produite : l'action en cours n'a peut-être pas abouti. "
        "Les données déjà enregistrées ne sont pas touchées.",
    )
    if log_file is None:
        return message
    details = QCoreApplication.translate(
        "Errors",
        "Le détail est dans le journal : {path}\n"
        "Si le problème se reproduit, transmettez ce fichier à l'assistance.",
    ).format(path=log_file)
    return f"{message}\n\n{details}"


class ErrorReporter:
    """A ``sys.excepthook`` that logs and shows, one message at a time.

    Args:
        log_file: where the trace is written, named in the message.
        show: how the message reaches the officer (a critical message box).
    """

    def __init__(self, log_file: Path | None, show: ShowMessage = show_critical) -> None:
        self._log_file = log_file
        self._show = show
        self._showing = False

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        if isinstance(error, UserFacingError):
            log.warning("user-facing error reached the top: %s", error.message)
            message = error.message
        else:
            log.error("uncaught exception", exc_info=(kind, error, trace))
            message = unexpected_error_message(self._log_file)
        if self._showing:
            return
        self._showing = True
        try:
            self._show(QCoreApplication.translate("Errors", "Escale"), message)
        finally:
            self._showing = False
