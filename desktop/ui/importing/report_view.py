"""What an import did, for the officer to act on: counts, then the lines to look at.

Rejected lines with their line number and reason (and the file they were
saved to, to fix in Excel and import again); lines merged into a household
already known; possible duplicates, each with a way to open the households
concerned. The lists are at most a file's lines, shown in plain tables.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.importing.importer import ImportReport
from desktop.ui import style
from desktop.ui.dashboard.formatting import count_text, counted
from desktop.ui.field_errors import FieldErrorLabel

translate = QCoreApplication.translate

ID_ROLE = Qt.ItemDataRole.UserRole


def _table(name: str, headers: Sequence[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[tuple[list[str], uuid.UUID | None]]) -> None:
    table.setRowCount(len(rows))
    for row, (texts, household_id) in enumerate(rows):
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column == 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(ID_ROLE, household_id)
            table.setItem(row, column, item)


class ImportReportView(QWidget):
    """The report of one import.

    Signals:
        open_requested(object): the officer asks for a household (``uuid.UUID``).
    """

    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel(self)
        self.headline.setObjectName("importHeadline")
        self.headline.setWordWrap(True)
        self.headline.setFont(style.scaled_font(self.headline, 1.15, weight=QFont.Weight.DemiBold))
        self.counts = QLabel(self)
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        self.rejects_file = QLabel(self)
        self.rejects_file.setObjectName("rejectsFile")
        self.rejects_file.setWordWrap(True)
        self.rejects_file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rejects_error = FieldErrorLabel(None, self, name="rejectsError")

        self.rejected = _table(
            "rejectedLines",
            [translate("ImportDialog", "Ligne"), translate("ImportDialog", "Motif du rejet")],
            self,
        )
        self.merged = _table(
            "mergedLines",
            [
                translate("ImportDialog", "Ligne"),
                translate("ImportDialog", "Foyer déjà connu"),
                translate("ImportDialog", "Reconnu par"),
                translate("ImportDialog", "Ajouté au foyer"),
            ],
            self,
        )
        self.duplicates = _table(
            "possibleDuplicates",
            [
                translate("ImportDialog", "Ligne"),
                translate("ImportDialog", "Ressemble à"),
                translate("ImportDialog", "Pourquoi"),
            ],
            self,
        )
        self.open_merged = QPushButton(translate("ImportDialog", "Ouvrir le foyer"), self)
        self.open_merged.setObjectName("openMerged")
        self.open_imported = QPushButton(translate("ImportDialog", "Ouvrir le foyer importé"), self)
        self.open_imported.setObjectName("openImported")
        self.open_existing = QPushButton(
            translate("ImportDialog", "Ouvrir le foyer existant"), self
        )
        self.open_existing.setObjectName("openExisting")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("importTabs")
        self._build_layout()
        self._connect()
        self._report: ImportReport | None = None

    def _build_layout(self) -> None:
        merged = QWidget(self)
        merged_layout = QVBoxLayout(merged)
        merged_layout.addWidget(self.merged, 1)
        merged_buttons = QHBoxLayout()
        merged_buttons.addStretch(1)
        merged_buttons.addWidget(self.open_merged)
        merged_layout.addLayout(merged_buttons)
        duplicates = QWidget(self)
        duplicates_layout = QVBoxLayout(duplicates)
        note = QLabel(
            translate(
                "ImportDialog",
                "Ces foyers ont été importés mais ressemblent à un foyer déjà connu (nom proche, "
                "même commune) : ouvrez-les pour les fusionner ou les garder.",
            ),
            duplicates,
        )
        note.setWordWrap(True)
        duplicates_layout.addWidget(note)
        duplicates_layout.addWidget(self.duplicates, 1)
        duplicate_buttons = QHBoxLayout()
        duplicate_buttons.addStretch(1)
        duplicate_buttons.addWidget(self.open_imported)
        duplicate_buttons.addWidget(self.open_existing)
        duplicates_layout.addLayout(duplicate_buttons)
        self._pages = {"rejected": self.rejected, "merged": merged, "duplicates": duplicates}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.counts)
        layout.addWidget(self.rejects_file)
        layout.addWidget(self.rejects_error)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.merged.itemDoubleClicked.connect(lambda _item: self._open(self.merged, 0))
        self.open_merged.clicked.connect(lambda: self._open(self.merged, 0))
        self.duplicates.itemDoubleClicked.connect(lambda _item: self._open(self.duplicates, 0))
        self.open_imported.clicked.connect(lambda: self._open(self.duplicates, 0))
        self.open_existing.clicked.connect(lambda: self._open(self.duplicates, 1))
        for table in (self.merged, self.duplicates):
            table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def show_report(self, report: ImportReport) -> None:
        self._report = report
        if report.cancelled:
            self.headline.setText(
                translate(
                    "ImportDialog",
                    "Import interrompu : rien n'a été importé, la base est telle qu'avant.",
                )
            )
            for widget in (self.counts, self.rejects_file, self.tabs):
                widget.hide()
            return
        done = translate("ImportDialog", "Import terminé : {lines} lignes lues en {seconds} s.")
        self.headline.setText(
            done.format(
                lines=count_text(report.lines), seconds=QLocale().toString(report.seconds, "f", 1)
            )
        )
        counts = [
            counted(
                len(report.created),
                translate("ImportDialog", "1 foyer créé"),
                translate("ImportDialog", "{count} foyers créés"),
            ),
            counted(
                len(report.merged_with_additions),
                translate(
                    "ImportDialog",
                    "1 ligne fusionnée dans un foyer déjà connu (même e-mail ou téléphone)",
                ),
                translate(
                    "ImportDialog",
                    "{count} lignes fusionnées dans un foyer déjà connu (même e-mail ou téléphone)",
                ),
            ),
            counted(
                len(report.already_known),
                translate("ImportDialog", "1 ligne déjà présente, sans rien de nouveau"),
                translate("ImportDialog", "{count} lignes déjà présentes, sans rien de nouveau"),
            ),
            counted(
                len(report.rejected),
                translate("ImportDialog", "1 ligne refusée"),
                translate("ImportDialog", "{count} lignes refusées"),
            ),
            counted(
                len(report.possible_duplicates),
                translate("ImportDialog", "1 doublon possible à vérifier"),
                translate("ImportDialog", "{count} doublons possibles à vérifier"),
            ),
        ]
        self.counts.setText("\n".join(f"• {line}" for line in counts))
        self._show_rejects_file(report)
        self._fill_tables(report)

    def _show_rejects_file(self, report: ImportReport) -> None:
        if report.rejects_path is not None:
            self.rejects_file.setText(
                translate(
                    "ImportDialog",
                    "Les lignes refusées sont enregistrées, avec leur motif, dans {path}. "
                    "Corrigez-les dans Excel puis importez ce fichier.",
                ).format(path=report.rejects_path)
            )
        self.rejects_file.setVisible(report.rejects_path is not None)
        self.rejects_error.show_message(report.rejects_error)

    def _fill_tables(self, report: ImportReport) -> None:
        _fill(
            self.rejected,
            [([str(line.line), line.reason], None) for line in report.rejected],
        )
        _fill(
            self.merged,
            [
                (
                    [
                        str(line.line),
                        line.household_name,
                        ", ".join(line.reasons),
                        ", ".join(line.added)
                        or translate("ImportDialog", "rien de nouveau (déjà importée)"),
                    ],
                    line.household_id,
                )
                for line in report.merged
            ],
        )
        _fill(
            self.duplicates,
            [
                ([str(item.line), item.candidate_name, ", ".join(item.reasons)], item.household_id)
                for item in report.possible_duplicates
            ],
        )
        self.tabs.clear()
        for key, title, count in (
            ("rejected", translate("ImportDialog", "Refusées ({count})"), len(report.rejected)),
            ("merged", translate("ImportDialog", "Fusionnées ({count})"), len(report.merged)),
            (
                "duplicates",
                translate("ImportDialog", "Doublons possibles ({count})"),
                len(report.possible_duplicates),
            ),
        ):
            if count:
                self.tabs.addTab(self._pages[key], title.format(count=count_text(count)))
        self.tabs.setVisible(self.tabs.count() > 0)
        self._update_buttons()

    def _selected_row(self, table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        return rows[0].row() if rows else None

    def _open(self, table: QTableWidget, which: int) -> None:
        """Ask for the household of the selected line (``which`` 1: the one it resembles)."""
        row = self._selected_row(table)
        if row is None or self._report is None:
            return
        if table is self.duplicates:
            item = self._report.possible_duplicates[row]
            self.open_requested.emit(item.candidate_id if which else item.household_id)
        else:
            self.open_requested.emit(self._report.merged[row].household_id)

    def _update_buttons(self) -> None:
        self.open_merged.setEnabled(self._selected_row(self.merged) is not None)
        chosen = self._selected_row(self.duplicates) is not None
        self.open_imported.setEnabled(chosen)
        self.open_existing.setEnabled(chosen)
