"""The breakdown by territory as a table model: one row per département or intercommunality.

:class:`FiguresModel` is what the dashboard's tables of figures share (this one
and the stand's tally): a short list of rows, a name then numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.reporting.indicators import TerritoryFigures
from desktop.reporting.presentation import unknown_territory_label
from desktop.ui.dashboard.formatting import count_text, money_text

translate = QCoreApplication.translate

AnyIndex = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


def _headers() -> list[str]:
    return [
        translate("Dashboard", "Territoire"),
        translate("Dashboard", "Inscrits"),
        translate("Dashboard", "Contactés"),
        translate("Dashboard", "Accompagnés"),
        translate("Dashboard", "Foyers installés"),
        translate("Dashboard", "Personnes installées"),
        translate("Dashboard", "Enfants scolarisés"),
        translate("Dashboard", "Dépenses par an"),
    ]


class FiguresModel(QAbstractTableModel, Generic[RowT]):
    """A few rows of figures: the first column says what each row is, the others are numbers.

    Subclasses say what a cell shows (:meth:`_text`); numbers and their headers
    are right-aligned.
    """

    def __init__(
        self,
        headers: list[str],
        text: Callable[[RowT, int], str | None],
        parent: QObject | None = None,
    ) -> None:
        """``text(row, column)`` is what a cell shows."""
        super().__init__(parent)
        self._rows: list[RowT] = []
        self._headers = headers
        self._cell_text = text

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell_text(self._rows[index.row()], column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TerritoryModel(FiguresModel[TerritoryFigures]):
    """Rows of :class:`TerritoryFigures` (a few dozen at most), most registrations first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_headers(), self._text, parent)
        self._unknown = unknown_territory_label()

    def set_rows(self, rows: Sequence[TerritoryFigures], *, epci: bool = False) -> None:
        """Show ``rows``; ``epci``: they are intercommunalities (the unknown one is named so)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._unknown = (
            translate("Dashboard", "Intercommunalité non précisée (souhait d'un département)")
            if epci
            else unknown_territory_label()
        )
        self.endResetModel()

    def _text(self, row: TerritoryFigures, column: int) -> str | None:
        if column == 0:
            if row.code is None:
                return self._unknown
            return row.name if len(row.code) > 3 else f"{row.name} ({row.code})"
        values = [
            count_text(row.registered),
            count_text(row.contacted),
            count_text(row.accompanied),
            count_text(row.settled),
            count_text(row.people_settled),
            count_text(row.children_schooled),
            money_text(row.yearly_spending_eur) if row.yearly_spending_eur else "—",
        ]
        return values[column - 1] if column <= len(values) else None
