"""Long work (a sync, a login over a slow network) run off the GUI thread.

The work is a plain function that takes two callables, ``progress(value)``
and ``cancelled() -> bool``; it knows nothing of Qt. Its outcome comes back to
the GUI thread through queued signals: the window stays responsive and can
show a progress bar with a cancel button.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from desktop.errors import UserFacingError

log = logging.getLogger(__name__)

Work = Callable[[Callable[[Any], None], Callable[[], bool]], Any]


class Task(QThread):
    """Runs ``work`` once in its own thread.

    Signals:
        progressed(object): what the work reported as it went.
        succeeded(object): what it returned.
        failed(str): a French message (a :class:`UserFacingError`'s, or a generic one
            for a bug, whose trace goes to the log).
    """

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next checkpoint (between two pages of a sync)."""
        self._cancel.set()

    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            outcome = self._work(self.progressed.emit, self._cancel.is_set)
        except UserFacingError as error:
            self.failed.emit(error.message)
        except Exception:
            log.exception("background task failed")
            self.failed.emit(
                QCoreApplication.translate(
                    "Task",
                    "Une erreur inattendue a interrompu l'opération ; les données déjà "
                    "enregistrées ne sont pas touchées. Le détail est dans le journal.",
                )
            )
        else:
            self.succeeded.emit(outcome)
