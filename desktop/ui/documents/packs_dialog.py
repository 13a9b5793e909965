"""Welcome packs in batch: the households chosen in the list, or all those met at an event.

The packs are rendered in a worker (itself using two processes for a long
batch) into one PDF, each pack on new pages, or one file per household. The
window stays usable, a bar shows the households done, *Interrompre* stops
between two households and leaves no half-written file. Once written, the
packs are recorded as printed, and the single PDF opens in the preview to be
sent to the printer.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.batch import (
    BatchResult,
    event_household_ids,
    render_welcome_packs,
    written_to,
)
from desktop.documents.prints import record_prints
from desktop.errors import UserFacingError
from desktop.models import DocumentVersion
from desktop.ui.documents.preview_dialog import LAST_FOLDER_KEY, PdfPreviewDialog
from desktop.ui.task import Task
from desktop.ui.workspace import Workspace


@dataclass(frozen=True)
class EventChoice:
    """The event the list is filtered on, offered as the batch's other scope."""

    event_id: uuid.UUID
    name: str


class WelcomePacksDialog(QDialog):
    """Choose which households, one file or one per household, then render with progress."""

    def __init__(
        self,
        workspace: Workspace,
        selected: list[uuid.UUID],
        event: EventChoice | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePacksDialog")
        self.setWindowTitle(self.tr("Packs d'accueil"))
        self._workspace = workspace
        self._selected = selected
        self._event_ids = event_household_ids(workspace.database, event.event_id) if event else []
        self._task: Task | None = None
        self.result_: BatchResult | None = None
        self.preview: PdfPreviewDialog | None = None

        intro = QLabel(
            self.tr(
                "Chaque foyer reçoit la version à lui remettre de son dossier d'installation "
                "(sans notes internes), en commençant sur une nouvelle page."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setMinimumWidth(460)  # the layout sets the dialog's minimum from its contents
        self.selection_choice = QRadioButton(
            self.tr("Les foyers sélectionnés dans la liste ({count})").format(count=len(selected)),
            self,
        )
        self.selection_choice.setObjectName("packsOfSelection")
        self.event_choice = QRadioButton(
            self.tr("Tous les foyers rencontrés à « {event} » ({count})").format(
                event=event.name if event else "", count=len(self._event_ids)
            ),
            self,
        )
        self.event_choice.setObjectName("packsOfEvent")
        self.event_choice.setVisible(event is not None)
        group = QButtonGroup(self)
        group.addButton(self.selection_choice)
        group.addButton(self.event_choice)
        self.selection_choice.setEnabled(bool(selected))
        (self.selection_choice if selected or event is None else self.event_choice).setChecked(True)
        self.one_file_each = QCheckBox(self.tr("Un fichier PDF par foyer"), self)
        self.one_file_each.setObjectName("oneFilePerHousehold")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("packsProgress")
        self.progress.setFormat(self.tr("%v / %m foyers"))
        self.progress.hide()
        self.outcome = QLabel(self)
        self.outcome.setObjectName("packsOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with the outcome
        layout.addWidget(intro)
        layout.addWidget(self.selection_choice)
        layout.addWidget(self.event_choice)
        layout.addWidget(self.one_file_each)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addWidget(self._build_buttons())
        self.start_button.setEnabled(bool(selected or self._event_ids))

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.start_button = QPushButton(self.tr("Créer les packs…"), self)
        self.start_button.setObjectName("startPacks")
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Interrompre"), self)
        self.cancel_button.setObjectName("cancelPacks")
        self.open_button = QPushButton(self.tr("Aperçu et impression…"), self)
        self.open_button.setObjectName("openPacks")
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Fermer"))
        self.close_button.setObjectName("closePacks")
        for button in (self.start_button, self.cancel_button, self.open_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.hide()  # after addButton, which shows what it adds
        self.open_button.hide()
        buttons.rejected.connect(self.reject)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self.open_result)

        return buttons

    def households(self) -> list[uuid.UUID]:
        return self._event_ids if self.event_choice.isChecked() else self._selected

    def start(self) -> None:
        """Ask where, then render in a worker."""
        output = self._choose_output()
        if output is None:
            return
        database, today = self._workspace.database, self._workspace.today()
        households, each = self.households(), self.one_file_each.isChecked()

        def work(progress: Any, cancelled: Any) -> BatchResult:
            return render_welcome_packs(
                database,
                households,
                output,
                today=today,
                one_file_per_household=each,
                progress=lambda done, total: progress((done, total)),
                cancelled=cancelled,
            )

        self.progress.setRange(0, len(households))
        self.progress.setValue(0)
        self.progress.show()
        self.outcome.clear()
        self.adjustSize()
        self._task = Task(work, self)
        self._task.progressed.connect(self._show_progress)
        self._task.succeeded.connect(self._done)
        self._task.failed.connect(self._failed)
        self._task.finished.connect(self._finished)
        self._set_running(True)
        self._task.start()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.outcome.setText(self.tr("Interruption après le foyer en cours…"))

    def open_result(self) -> None:
        """The single PDF in the preview (to print), or the folder of files."""
        if self.result_ is None or not self.result_.paths:
            return
        if self.one_file_each.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_.paths[0].parent)))
            return
        path = self.result_.paths[0]
        self.preview = PdfPreviewDialog(
            path.read_bytes(),
            title=self.windowTitle(),
            file_name=path.name,
            settings=self._workspace.settings,
            parent=self,
        )
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()

    def shutdown(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task.wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def reject(self) -> None:
        self.shutdown()
        super().reject()

    def _choose_output(self) -> Path | None:
        """The PDF to write, or with one file per household the folder to write them in."""
        dialog = QFileDialog(self)
        dialog.setDirectory(self._last_folder())
        if self.one_file_each.isChecked():
            dialog.setObjectName("packsFolderDialog")
            dialog.setWindowTitle(self.tr("Dossier où écrire les packs"))
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        else:
            dialog.setObjectName("savePacksDialog")
            dialog.setWindowTitle(self.tr("Enregistrer les packs d'accueil"))
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setNameFilter(self.tr("Documents PDF (*.pdf)"))
            dialog.setDefaultSuffix("pdf")
            dialog.selectFile(self.tr("packs-d-accueil.pdf"))
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def _last_folder(self) -> str:
        settings = self._workspace.settings
        folder = settings.value(LAST_FOLDER_KEY) if settings is not None else None
        if isinstance(folder, str) and Path(folder).is_dir():
            return folder
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _show_progress(self, value: object) -> None:
        done, _total = value  # type: ignore[misc]
        self.progress.setValue(done)

    def _done(self, result: BatchResult) -> None:
        self.result_ = result
        if result.household_ids:
            try:
                record_prints(
                    self._workspace.database,
                    result.household_ids,
                    DocumentVersion.HOUSEHOLD,
                    self._workspace.officer_id,
                    file=written_to(result),
                )
            except UserFacingError as error:
                QMessageBox.warning(self, self.windowTitle(), error.message)
            self._workspace.households_changed.emit()
        if result.cancelled and not result.paths:
            self.outcome.setText(self.tr("Interrompu : aucun fichier n'a été écrit."))
        elif result.cancelled:
            self.outcome.setText(
                self.tr("Interrompu : {count} pack(s) écrit(s) dans {folder}.").format(
                    count=len(result.paths), folder=result.paths[0].parent
                )
            )
        else:
            where = result.paths[0] if len(result.paths) == 1 else result.paths[0].parent
            self.outcome.setText(
                self.tr("{count} pack(s), {pages} page(s) : {where}").format(
                    count=len(result.household_ids), pages=result.pages, where=where
                )
            )
        self.open_button.setVisible(bool(result.paths))
        self.adjustSize()

    def _failed(self, message: str) -> None:
        self.outcome.setText(message)

    def _finished(self) -> None:
        if self._task is not None:
            self._task.deleteLater()
        self._task = None
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.selection_choice.setEnabled(not running and bool(self._selected))
        self.event_choice.setEnabled(not running)
        self.one_file_each.setEnabled(not running)
