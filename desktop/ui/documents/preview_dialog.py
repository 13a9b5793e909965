"""A rendered PDF shown before it leaves the computer: zoom, pages, then print or save.

The document is already rendered (off the GUI thread) when the dialog opens;
the dialog only displays the bytes with QtPdf, sends them to the printer the
officer picks, or writes them where they choose. Each of those emits a signal
so the caller records who printed what.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QSettings,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.output import write_file
from desktop.errors import UserFacingError
from desktop.ui.documents.printing import print_document, printer_available

LAST_FOLDER_KEY = "documents/last_folder"
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
FIT_WIDTH, FIT_PAGE = "width", "page"


class PdfPreviewDialog(QDialog):
    """Shows ``pdf`` and offers *Imprimer…* and *Enregistrer en PDF…*.

    Signals:
        printed: the pages went to a printer.
        saved(Path): the PDF was written to that file.
    """

    printed = Signal()
    saved = Signal(Path)

    def __init__(
        self,
        pdf: bytes,
        *,
        title: str,
        file_name: str,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self._pdf = pdf
        self._file_name = file_name
        self._settings = settings
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setDocument(self.document)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_toolbar())
        layout.addWidget(self.view, 1)
        layout.addWidget(self._build_buttons())
        self.resize(820, 900)

        self._connect()
        self._show_page(0)

    def _build_toolbar(self) -> QHBoxLayout:
        self.previous_button = self._tool_button("‹", "previousPage", self.tr("Page précédente"))
        self.next_button = self._tool_button("›", "nextPage", self.tr("Page suivante"))
        self.page = QSpinBox(self)
        self.page.setObjectName("pageNumber")
        self.page.setRange(1, max(1, self.document.pageCount()))
        self.page.setAccessibleName(self.tr("Numéro de page"))
        self.page_count = QLabel(self.tr("/ {count}").format(count=self.document.pageCount()), self)
        self.zoom_out_button = self._tool_button("−", "zoomOut", self.tr("Réduire (Ctrl+-)"))
        self.zoom_in_button = self._tool_button("+", "zoomIn", self.tr("Agrandir (Ctrl++)"))
        self.zoom = QComboBox(self)
        self.zoom.setObjectName("zoom")
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.addItem(self.tr("Pleine largeur"), FIT_WIDTH)
        self.zoom.addItem(self.tr("Page entière"), FIT_PAGE)
        for factor in ZOOM_STEPS:
            self.zoom.addItem(f"{factor:.0%}".replace("%", "\u202f%"), factor)

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page)
        bar.addWidget(self.page_count)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom)
        bar.addWidget(self.zoom_in_button)
        return bar

    def _build_buttons(self) -> QDialogButtonBox:
        self.print_button = QPushButton(self.tr("&Imprimer…"), self)
        self.print_button.setObjectName("printDocument")
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Enregistrer en PDF…"), self)
        self.save_button.setObjectName("savePdf")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Fermer"))
        close.setObjectName("closePreview")
        buttons.rejected.connect(self.reject)

        return buttons

    def _connect(self) -> None:
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._show_page)
        self.page.valueChanged.connect(self.go_to_page)
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page()))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 2))
        self.zoom.activated.connect(self._apply_zoom_choice)
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(+1))
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)
        for sequence, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(+1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1)),
            (QKeySequence(Qt.Key.Key_PageDown), lambda: self.go_to_page(self.current_page() + 2)),
            (QKeySequence(Qt.Key.Key_PageUp), lambda: self.go_to_page(self.current_page())),
            (QKeySequence.StandardKey.Print, self.print_),
            (QKeySequence.StandardKey.Save, self.save),
        ):
            QShortcut(QKeySequence(sequence), self, activated=slot)

    def current_page(self) -> int:
        """The page shown, counted from 0."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, number: int) -> None:
        """Show page ``number`` (counted from 1, as the officer reads it)."""
        page = min(max(number, 1), self.document.pageCount()) - 1
        if page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def step_zoom(self, direction: int) -> None:
        """Next zoom step up (``+1``) or down (``-1``) from what is shown now."""
        current = self.view.zoomFactor()
        if direction > 0:
            factor = next((step for step in ZOOM_STEPS if step > current + 0.01), ZOOM_STEPS[-1])
        else:
            factor = next(
                (step for step in reversed(ZOOM_STEPS) if step < current - 0.01), ZOOM_STEPS[0]
            )
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self.zoom.setCurrentIndex(self.zoom.findData(factor))

    def print_(self) -> None:
        """The system print dialog, then the pages to the printer chosen."""
        if not printer_available():
            self._offer_pdf_instead()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._file_name)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_document(self.document, printer)
        except UserFacingError as error:
            self._warn(error.message)
            return
        self.printed.emit()

    def save(self) -> Path | None:
        """Ask where, then write the PDF there; a refused folder is said in French."""
        dialog = QFileDialog(self, self.tr("Enregistrer en PDF"))
        dialog.setObjectName("savePdfDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(self.tr("Documents PDF (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setDirectory(self._last_folder())
        dialog.selectFile(self._file_name)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        path = Path(dialog.selectedFiles()[0])
        try:
            write_file(path, self._pdf)
        except UserFacingError as error:
            self._warn(error.message)
            return None
        if self._settings is not None:
            self._settings.setValue(LAST_FOLDER_KEY, str(path.parent))
        self.saved.emit(path)
        return path

    def _offer_pdf_instead(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.windowTitle(),
            self.tr(
                "Aucune imprimante n'est installée sur ce poste. Enregistrez le document en "
                "PDF pour l'imprimer depuis un autre ordinateur."
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("noPrinterBox")
        save = box.addButton(self.tr("Enregistrer en PDF…"), QMessageBox.ButtonRole.AcceptRole)
        save.setObjectName("saveInstead")
        box.exec()
        if box.clickedButton() is save:
            self.save()

    def _warn(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.windowTitle(),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("documentErrorBox")
        box.button(QMessageBox.StandardButton.Ok).setObjectName("okButton")
        box.exec()

    def _last_folder(self) -> str:
        if self._settings is not None:
            folder = self._settings.value(LAST_FOLDER_KEY)
            if isinstance(folder, str) and Path(folder).is_dir():
                return folder
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _apply_zoom_choice(self, index: int) -> None:
        choice = self.zoom.itemData(index)
        if choice == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))

    def _show_page(self, page: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.document.pageCount() - 1)

    def _tool_button(self, text: str, name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button
