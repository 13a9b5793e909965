"""The mapping step: each column of the file, its first values, and what it holds for Escale.

One row per header of the file (a few dozen at most), a combo box per row
pre-set to the guess (:func:`~desktop.importing.importer.preview_file`: the
header, the remembered mapping, the closest known name). An Escale column is
held by one header at most: one chosen twice is reported (:meth:`MappingTable.chosen_twice`)
rather than taken silently from the other header, as a keyboard search through
a combo box passes over other columns on its way.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.importing.columns import REQUIRED, Column, ColumnMapping, column_label

translate = QCoreApplication.translate

SAMPLE_SEPARATOR = " · "
SAMPLE_LENGTH = 70


def _column_choice(column: Column) -> str:
    label = column_label(column)
    if column in REQUIRED:
        return translate("ImportDialog", "{label} (obligatoire)").format(label=label)
    if column in (Column.EMAIL, Column.PHONE):
        return translate("ImportDialog", "{label} (e-mail ou téléphone obligatoire)").format(
            label=label
        )
    return label


class MappingTable(QTableWidget):
    """Header → Escale column, edited with a combo box per row.

    Signals:
        mapping_changed: a combo box changed (the caller checks what is missing).
    """

    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("mappingTable")
        self.setHorizontalHeaderLabels(
            [
                translate("ImportDialog", "Colonne du fichier"),
                translate("ImportDialog", "Premières valeurs"),
                translate("ImportDialog", "Information pour Escale"),
            ]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._headers: list[str] = []
        self.combos: list[QComboBox] = []

    def show_file(
        self, headers: Sequence[str], mapping: ColumnMapping, sample: Sequence[Sequence[str]]
    ) -> None:
        """One row per header with its first values; combos set to ``mapping``."""
        self._headers = list(headers)
        self.combos = []
        self.setRowCount(len(headers))
        for row, header in enumerate(headers):
            self.setItem(row, 0, QTableWidgetItem(header))
            values = [line[row] for line in sample if row < len(line) and line[row]]
            text = SAMPLE_SEPARATOR.join(values)
            shown = text if len(text) <= SAMPLE_LENGTH else text[: SAMPLE_LENGTH - 1] + "…"
            item = QTableWidgetItem(shown)
            item.setToolTip("\n".join(values))
            self.setItem(row, 1, item)
            combo = QComboBox(self)
            combo.setObjectName(f"mapping{row}")
            combo.setAccessibleName(
                translate("ImportDialog", "Information de la colonne « {header} »").format(
                    header=header
                )
            )
            combo.addItem(translate("ImportDialog", "— ne pas importer —"), None)
            for column in Column:
                combo.addItem(_column_choice(column), column)
            combo.setCurrentIndex(max(combo.findData(mapping.get(header)), 0))
            combo.currentIndexChanged.connect(self.mapping_changed)
            self.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.resizeColumnsToContents()

    def mapping(self) -> ColumnMapping:
        """Every header of the file with the column chosen for it (``None``: not imported)."""
        return {
            header: combo.currentData()
            for header, combo in zip(self._headers, self.combos, strict=True)
        }

    def combo_for(self, header: str) -> QComboBox:
        return self.combos[self._headers.index(header)]

    def chosen_twice(self) -> dict[Column, list[str]]:
        """Escale columns that more than one header of the file is set to."""
        headers: dict[Column, list[str]] = {}
        for header, column in self.mapping().items():
            if column is not None:
                headers.setdefault(column, []).append(header)
        return {column: names for column, names in headers.items() if len(names) > 1}
