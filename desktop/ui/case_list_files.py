"""The files of the *Dossiers* page: registrations imported from the website, the list exported.

*Importer des inscriptions…* asks for the website's file and opens the
:class:`~desktop.ui.importing.import_dialog.ImportDialog`; the list and the
dashboard refresh when it has imported. *Exporter la liste…* writes the
households the list shows, with its filters and in its order, to CSV (for a
French Excel) or XLSX as the file's name or the filter chosen says, in a
worker; the export is logged with who made it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt

from desktop.exporting.case_list import ExportFormat, export_case_list
from desktop.ui.exporting.background import BackgroundWork, writing_to
from desktop.ui.exporting.save_dialog import ask_save_path
from desktop.ui.importing.import_dialog import ImportDialog, ask_import_file
from desktop.ui.workspace import Workspace

if TYPE_CHECKING:
    from desktop.ui.cases_page import CasesPage

translate = QCoreApplication.translate


class CaseListFiles(QObject):
    """Import and export for one cases page (its list gives the filter and the order)."""

    def __init__(self, workspace: Workspace, page: CasesPage) -> None:
        super().__init__(page)
        self._workspace = workspace
        self._page = page
        self.import_dialog: ImportDialog | None = None
        """The import dialog last opened (kept for tests and to stop it with the window)."""
        self.export = BackgroundWork(translate("CaseListFiles", "Export de la liste"), page)

    def import_registrations(self) -> ImportDialog | None:
        """Ask for the website's file, then open the import dialog on it."""
        path = ask_import_file(self._page, self._workspace)
        if path is None:
            return None
        dialog = ImportDialog(self._workspace, path, self._page.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Forgotten as it closes (no import can run then), not only once Qt deletes it:
        # the deletion waits for the event loop, which a busy machine may keep a while.
        dialog.finished.connect(lambda _result: self._forget_dialog())
        dialog.destroyed.connect(self._forget_dialog)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def export_list(self) -> bool:
        """Ask where, then write the list as shown (filters, order) in a worker."""
        model = self._page.model
        case_filter = model.case_filter()
        sort, descending = model.sort_order()
        path = ask_save_path(
            self._page,
            title=translate("CaseListFiles", "Exporter la liste"),
            formats=[
                (translate("CaseListFiles", "Classeur Excel (*.xlsx)"), "xlsx"),
                (translate("CaseListFiles", "CSV pour Excel (*.csv)"), "csv"),
            ],
            file_name=f"foyers-{self._workspace.today().isoformat()}.xlsx",
            settings=self._workspace.settings,
            object_name="exportListDialog",
        )
        if path is None:
            return False
        database, today = self._workspace.database, self._workspace.today()
        return self.export.start(
            writing_to(
                path,
                lambda: export_case_list(
                    database,
                    path,
                    case_filter,
                    sort=sort,
                    descending=descending,
                    today=today,
                    export_format=ExportFormat.of(path),
                ),
            ),
            lambda count: translate("CaseListFiles", "{count} foyers exportés dans {path}.").format(
                count=_count(count), path=path
            ),
        )

    def shutdown(self) -> None:
        """The window closes: an import under way stops (nothing kept), an export ends."""
        if self.import_dialog is not None:
            self.import_dialog.shutdown()
        self.export.shutdown()

    def _forget_dialog(self) -> None:
        self.import_dialog = None


def _count(value: int) -> str:
    return QLocale().toString(value)
