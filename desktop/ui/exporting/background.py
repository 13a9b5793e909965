"""Writing a file off the GUI thread, then saying in a box where it went or what went wrong.

An export of 100,000 households takes seconds: it runs in a
:class:`~desktop.ui.task.Task` while the window stays usable, one at a time
per page. A folder that cannot be written is told in French
(:func:`~desktop.documents.output.cannot_write_message`), never as a trace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.documents.output import OutputError, cannot_write_message, check_writable_folder
from desktop.ui.task import Task


def writing_to(path: Path, work: Callable[[], Any]) -> Callable[[Any, Any], Any]:
    """``work`` as a task's work: the folder checked first, an ``OSError`` said in French."""

    def run(_progress: Any, _cancelled: Any) -> Any:
        check_writable_folder(path.parent)
        try:
            return work()
        except OSError as error:
            raise OutputError(cannot_write_message(path, error)) from error

    return run


class BackgroundWork(QObject):
    """One piece of work at a time in a worker; its outcome told in a message box.

    Signals:
        done(object): what the work returned, after the box opened.
        failed(str): the French message shown.
        ended: the worker is gone; another piece of work may start.
    """

    done = Signal(object)
    failed = Signal(str)
    ended = Signal()

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._title = title
        self._parent = parent
        self._task: Task | None = None
        self.box: QMessageBox | None = None
        """The last box shown (tests read and close it)."""

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(
        self,
        work: Callable[[Any, Any], Any],
        success_message: Callable[[Any], str | None],
    ) -> bool:
        """Run ``work``; when it returns, show ``success_message(outcome)`` unless ``None``."""
        if self._task is not None:
            return False
        task = Task(work, self)
        task.succeeded.connect(lambda outcome: self._succeeded(outcome, success_message))
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        self._task = task
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        task.start()
        return True

    def shutdown(self) -> None:
        """Wait for the work under way: a thread must end before its window."""
        if self._task is not None:
            self._task.wait()

    def _succeeded(self, outcome: Any, success_message: Callable[[Any], str | None]) -> None:
        QGuiApplication.restoreOverrideCursor()
        message = success_message(outcome)
        if message:
            self._show(QMessageBox.Icon.Information, message, "exportDoneBox")
        self.done.emit(outcome)

    def _failed(self, message: str) -> None:
        QGuiApplication.restoreOverrideCursor()
        self._show(QMessageBox.Icon.Warning, message, "exportErrorBox")
        self.failed.emit(message)

    def _finished(self) -> None:
        if self._task is not None:
            self._task.deleteLater()
        self._task = None
        self.ended.emit()

    def _show(self, kind: QMessageBox.Icon, message: str, name: str) -> None:
        box = QMessageBox(kind, self._title, message, QMessageBox.StandardButton.Ok, self._parent)
        box.setObjectName(name)
        box.button(QMessageBox.StandardButton.Ok).setObjectName("okButton")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.box = box
        box.open()
