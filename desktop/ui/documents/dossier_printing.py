"""*Imprimer le dossier*: render off the GUI thread, preview, then record who printed what.

A dossier takes about a tenth of a second to render, a long one more: the
rendering runs in a :class:`~desktop.ui.task.Task` so typing never stalls, and
the preview opens when the bytes are there. Printing it or saving it as PDF
records the print on the household (date, version, officer), which syncs.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.documents.batch import pack_file_name
from desktop.documents.dossier import render_dossier
from desktop.documents.dossier_data import DossierData, load_dossier
from desktop.documents.prints import record_print
from desktop.errors import UserFacingError
from desktop.models import DocumentVersion
from desktop.ui.documents.preview_dialog import PdfPreviewDialog
from desktop.ui.task import Task
from desktop.ui.workspace import Workspace

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def version_label(version: DocumentVersion) -> str:
    if version is DocumentVersion.INTERNAL:
        return translate("DossierPrinting", "Dossier interne")
    return translate("DossierPrinting", "Dossier du foyer")


class DossierPrinting(QObject):
    """Opens the preview of a household's dossier, one rendering at a time."""

    def __init__(self, workspace: Workspace, settings: QSettings | None, parent: QWidget) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._settings = settings
        self._parent = parent
        self._task: Task | None = None
        self.preview: PdfPreviewDialog | None = None
        """The preview last opened (kept for tests and to close it with the page)."""

    @property
    def busy(self) -> bool:
        return self._task is not None

    def open_preview(self, household_id: uuid.UUID, version: DocumentVersion) -> None:
        if self._task is not None:
            return
        database, today = self._workspace.database, self._workspace.today()

        def work(_progress: object, _cancelled: object) -> tuple[DossierData, bytes]:
            data = load_dossier(database, household_id, version, today=today)
            return data, render_dossier(data)

        self._task = Task(work, self)
        self._task.succeeded.connect(lambda outcome: self._show(household_id, version, outcome))
        self._task.failed.connect(self._failed)
        self._task.finished.connect(self._finished)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._task.start()

    def shutdown(self) -> None:
        """Wait for a rendering under way: a thread must end before its window."""
        if self._task is not None:
            self._task.wait()

    def _show(
        self,
        household_id: uuid.UUID,
        version: DocumentVersion,
        outcome: tuple[DossierData, bytes],
    ) -> None:
        QGuiApplication.restoreOverrideCursor()
        data, pdf = outcome
        title = translate("DossierPrinting", "{version} — {name}").format(
            version=version_label(version), name=data.name
        )
        name = pack_file_name(data)
        if version is DocumentVersion.INTERNAL:
            name = name.replace("dossier-", "dossier-interne-", 1)
        self.preview = PdfPreviewDialog(
            pdf, title=title, file_name=name, settings=self._settings, parent=self._parent
        )
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.printed.connect(lambda: self._record(household_id, version))
        self.preview.saved.connect(lambda path: self._record(household_id, version, path))
        self.preview.open()

    def _record(
        self, household_id: uuid.UUID, version: DocumentVersion, file: Path | None = None
    ) -> None:
        try:
            record_print(
                self._workspace.database,
                household_id,
                version,
                self._workspace.officer_id,
                file=file,
            )
        except UserFacingError as error:
            QMessageBox.warning(self._parent, version_label(version), error.message)
            return
        self._workspace.households_changed.emit()

    def _failed(self, message: str) -> None:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(self._parent, translate("DossierPrinting", "Dossier"), message)

    def _finished(self) -> None:
        if self._task is not None:
            self._task.deleteLater()
        self._task = None
