"""*Importer des inscriptions…*: the website's file, its columns, the import, the report.

Four steps in one dialog. The file is read in a worker (a 50 MB CSV takes a
moment) and shown as its columns, each with its first values and the Escale
information it holds, guessed and remembered; a required column missing is
said in French and the import waits for it. The import runs in a worker with
a progress bar and *Interrompre*: it is one transaction, so an interrupted
import leaves the database as it was. The report lists what was created,
merged, already known, rejected (with the file of rejected lines) and the
possible duplicates, each of which can be opened; the dialog is no longer
modal then, so the officer can go through them with the report beside.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.audit import record_import
from desktop.importing.columns import column_label, missing_columns
from desktop.importing.importer import FilePreview, ImportReport, import_registrations, preview_file
from desktop.ui import style
from desktop.ui.field_errors import FieldErrorLabel
from desktop.ui.importing.mapping_table import MappingTable
from desktop.ui.importing.report_view import ImportReportView
from desktop.ui.task import Task
from desktop.ui.workspace import Workspace

translate = QCoreApplication.translate

LAST_FOLDER_KEY = "import/last_folder"


def file_filters() -> list[str]:
    return [
        translate("ImportDialog", "Inscriptions du site (*.csv *.xlsx *.txt)"),
        translate("ImportDialog", "Tous les fichiers (*)"),
    ]


def ask_import_file(parent: QWidget, workspace: Workspace) -> Path | None:
    """The file dialog of *Importer des inscriptions…*; ``None`` if the officer cancelled."""
    dialog = QFileDialog(parent, translate("ImportDialog", "Importer des inscriptions"))
    dialog.setObjectName("importFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters(file_filters())
    settings = workspace.settings
    folder = settings.value(LAST_FOLDER_KEY) if settings is not None else None
    if isinstance(folder, str) and Path(folder).is_dir():
        dialog.setDirectory(folder)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        path = Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()
    if settings is not None:
        settings.setValue(LAST_FOLDER_KEY, str(path.parent))
    return path


class ImportDialog(QDialog):
    """The import of one file, from its columns to the report.

    Signals:
        imported(object): the :class:`ImportReport` of an import that went through.
    """

    imported = Signal(object)

    def __init__(self, workspace: Workspace, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(translate("ImportDialog", "Importer des inscriptions"))
        self._workspace = workspace
        self.path = path
        self.preview: FilePreview | None = None
        self.report: ImportReport | None = None
        self._task: Task | None = None
        self._close_when_done = False

        self.title = QLabel(self)
        self.title.setObjectName("importTitle")
        self.title.setWordWrap(True)
        self.title.setFont(style.scaled_font(self.title, 1.2, weight=QFont.Weight.DemiBold))
        self.pages = QStackedWidget(self)
        self._build_reading()
        self._build_mapping()
        self._build_importing()
        self.report_view = ImportReportView(self)
        self.pages.addWidget(self.report_view)
        self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.resize(880, 600)
        self.report_view.open_requested.connect(workspace.open_household)
        self.read_file(path)

    # Building -----------------------------------------------------------------------------

    def _build_reading(self) -> None:
        page = QWidget(self)
        self.reading_label = QLabel(page)
        self.reading_label.setWordWrap(True)
        self.reading_bar = QProgressBar(page)
        self.reading_bar.setRange(0, 0)
        self.file_problem = FieldErrorLabel(None, page, name="fileProblem")
        self.choose_another = QPushButton(
            translate("ImportDialog", "Choisir un autre fichier…"), page
        )
        self.choose_another.setObjectName("chooseAnotherFile")
        self.choose_another.hide()
        self.choose_another.clicked.connect(self._choose_another)
        layout = QVBoxLayout(page)
        layout.addWidget(self.reading_label)
        layout.addWidget(self.reading_bar)
        layout.addWidget(self.file_problem)
        layout.addWidget(self.choose_another, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.reading_page = page
        self.pages.addWidget(page)

    def _build_mapping(self) -> None:
        page = QWidget(self)
        self.file_facts = QLabel(page)
        self.file_facts.setObjectName("fileFacts")
        self.file_facts.setWordWrap(True)
        hint = QLabel(
            translate(
                "ImportDialog",
                "Vérifiez ce que contient chaque colonne du fichier : Escale l'a deviné d'après "
                "les en-têtes et les imports précédents, et retiendra vos choix pour le "
                "prochain fichier.",
            ),
            page,
        )
        hint.setWordWrap(True)
        self.mapping = MappingTable(page)
        self.missing = FieldErrorLabel(self.mapping, page, name="missingColumns")
        self.mapping.mapping_changed.connect(self._show_missing)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.file_facts)
        layout.addWidget(hint)
        layout.addWidget(self.mapping, 1)
        layout.addWidget(self.missing)
        self.mapping_page = page
        self.pages.addWidget(page)

    def _build_importing(self) -> None:
        page = QWidget(self)
        self.progress_label = QLabel(page)
        self.progress_label.setObjectName("importProgressLabel")
        self.progress = QProgressBar(page)
        self.progress.setObjectName("importProgress")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addStretch(2)
        self.importing_page = page
        self.pages.addWidget(page)

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(self)
        self.start_button = QPushButton(translate("ImportDialog", "Importer"), self)
        self.start_button.setObjectName("startImport")
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(translate("ImportDialog", "Interrompre"), self)
        self.cancel_button.setObjectName("cancelImport")
        self.close_button = QPushButton(translate("ImportDialog", "Annuler"), self)
        self.close_button.setObjectName("closeImport")
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.interrupt)
        self.close_button.clicked.connect(self.reject)

    def _show_buttons(self, *, start: bool, cancel: bool, close: str | None) -> None:
        self.start_button.setVisible(start)
        self.cancel_button.setVisible(cancel)
        self.cancel_button.setEnabled(cancel)
        self.close_button.setVisible(close is not None)
        if close is not None:
            self.close_button.setText(close)

    # Reading the file ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    def read_file(self, path: Path) -> None:
        """Open ``path`` in a worker, then show its columns (or what is wrong with it)."""
        self.path = path
        self.title.setText(path.name)
        self.reading_label.setText(
            translate("ImportDialog", "Lecture de {name}…").format(name=path.name)
        )
        self.reading_bar.show()
        self.file_problem.clear_message()
        self.choose_another.hide()
        self.pages.setCurrentWidget(self.reading_page)
        self._show_buttons(start=False, cancel=False, close=translate("ImportDialog", "Annuler"))
        database = self._workspace.database
        self._run(
            lambda _progress, _cancelled: preview_file(database, path),
            self._show_preview,
            self._show_file_problem,
        )

    def _show_preview(self, preview: FilePreview) -> None:
        self.preview = preview
        lines = preview.estimated_lines
        self.file_facts.setText(
            translate(
                "ImportDialog", "{format}, {columns} colonnes, environ {lines} lignes."
            ).format(
                format=preview.file_format,
                columns=QLocale().toString(len(preview.headers)),
                lines=QLocale().toString(lines) if lines is not None else "?",
            )
        )
        self.mapping.show_file(preview.headers, preview.mapping, preview.sample)
        self.pages.setCurrentWidget(self.mapping_page)
        self._show_buttons(start=True, cancel=False, close=translate("ImportDialog", "Annuler"))
        self._show_missing()

    def _show_file_problem(self, message: str) -> None:
        self.reading_bar.hide()
        self.reading_label.setText(
            translate("ImportDialog", "Ce fichier ne peut pas être importé :")
        )
        self.file_problem.show_message(message)
        self.choose_another.show()
        self._show_buttons(start=False, cancel=False, close=translate("ImportDialog", "Fermer"))

    def _choose_another(self) -> None:
        path = ask_import_file(self, self._workspace)
        if path is not None:
            self.read_file(path)

    def _show_missing(self) -> None:
        """Say what keeps the import from starting: a required column, a column chosen twice."""
        problems = []
        missing = missing_columns(self.mapping.mapping())
        if missing:
            names = ", ".join(f"« {column_label(column)} »" for column in missing)
            problems.append(
                translate(
                    "ImportDialog",
                    "Colonnes obligatoires introuvables : {names}. Choisissez la colonne du "
                    "fichier qui les contient (pour l'e-mail, le téléphone convient aussi), "
                    "ou ajoutez-la au fichier.",
                ).format(names=names)
            )
        for column, headers in self.mapping.chosen_twice().items():
            problems.append(
                translate(
                    "ImportDialog",
                    "« {column} » est choisie pour plusieurs colonnes du fichier ({headers}) : "
                    "gardez-la pour une seule.",
                ).format(
                    column=column_label(column),
                    headers=", ".join(f"« {header} »" for header in headers),
                )
            )
        self.missing.show_message("\n".join(problems))
        self.start_button.setEnabled(not problems)

    # Importing ----------------------------------------------------------------------------

    def start_import(self) -> bool:
        """Import with the mapping shown, in a worker; ``False`` if it cannot start."""
        if self.preview is None or self._task is not None:
            return False
        mapping = self.mapping.mapping()
        if missing_columns(mapping) or self.mapping.chosen_twice():
            return False
        workspace = self._workspace
        database, path = workspace.database, self.path
        officer_id, today = workspace.officer_id, workspace.today()
        total = self.preview.estimated_lines

        def work(progress: Any, cancelled: Any) -> ImportReport:
            report = import_registrations(
                database,
                path,
                mapping=mapping,
                progress=lambda done, estimate: progress((done, estimate)),
                cancelled=cancelled,
                officer_id=officer_id,
                today=today,
            )
            record_import(database, report)
            return report

        self.progress.setRange(0, total or 0)
        self.progress.setValue(0)
        self._show_progress((0, total))
        self.pages.setCurrentWidget(self.importing_page)
        self._show_buttons(start=False, cancel=True, close=None)
        task = self._run(work, self._show_report, self._show_import_failure)
        task.progressed.connect(self._show_progress)
        return True

    def interrupt(self) -> None:
        """Stop the import at its next line; nothing of it is kept."""
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(
                translate("ImportDialog", "Interruption : rien de l'import ne sera gardé…")
            )

    def _show_progress(self, done_total: tuple[int, int | None]) -> None:
        done, total = done_total
        if total:
            self.progress.setMaximum(max(total, done))
            self.progress.setValue(done)
            text = translate("ImportDialog", "{done} lignes lues sur environ {total}…")
        else:
            text = translate("ImportDialog", "{done} lignes lues…")
        self.progress_label.setText(
            text.format(done=QLocale().toString(done), total=QLocale().toString(total or 0))
        )

    def _show_report(self, report: ImportReport) -> None:
        self.report = report
        self.report_view.show_report(report)
        self.pages.setCurrentWidget(self.report_view)
        self._show_buttons(start=False, cancel=False, close=translate("ImportDialog", "Fermer"))
        if not report.cancelled:
            self._workspace.households_changed.emit()
            self.imported.emit(report)
        if self.isModal() and not self._close_when_done:
            # No longer modal: the officer opens the households listed, the report beside.
            self.hide()
            self.setWindowModality(Qt.WindowModality.NonModal)
            self.show()

    def _show_import_failure(self, message: str) -> None:
        self.pages.setCurrentWidget(self.reading_page)
        self.reading_bar.hide()
        self.reading_label.setText(translate("ImportDialog", "L'import n'a pas abouti :"))
        self.file_problem.show_message(message)
        self.choose_another.show()
        self._show_buttons(start=False, cancel=False, close=translate("ImportDialog", "Fermer"))

    # The worker ---------------------------------------------------------------------------

    def _run(self, work: Any, on_success: Any, on_failure: Any) -> Task:
        task = Task(work, self)
        task.succeeded.connect(on_success)
        task.failed.connect(on_failure)
        task.finished.connect(self._finished)
        self._task = task
        task.start()
        return task

    def _finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.deleteLater()
        if self._close_when_done:
            self._close_when_done = False
            super().reject()

    def reject(self) -> None:
        """*Annuler*, *Fermer* or Échap: during an import, interrupt it first."""
        if self._task is not None:
            self._close_when_done = True
            self._task.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._task is not None:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def shutdown(self) -> None:
        """The window closes: stop the work under way and wait for it (nothing is kept)."""
        if self._task is not None:
            self._task.cancel()
            self._task.wait()
