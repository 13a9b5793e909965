"""The household list as a Qt table model that reads rows only when the view shows them.

A filter or a sort runs one SQL query for the matching ids (hex strings, a few
megabytes for 100,000 households); the rows themselves are read by blocks
around the one the view asks for and kept in a bounded cache. Scrolling to
the end of 100,000 households reads the last block, not the 99,900 before it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.cases.listing import CaseFilter, CaseRow, SortColumn, household_ids, household_rows
from desktop.storage import Database
from desktop.ui import style
from desktop.ui.block_rows import BlockRows
from desktop.workflow.status import status_label

translate = QCoreApplication.translate


COLUMNS: list[SortColumn] = [
    SortColumn.NAME,
    SortColumn.MEMBERS,
    SortColumn.TARGET,
    SortColumn.STATUS,
    SortColumn.OFFICER,
    SortColumn.LAST_CONTACT,
    SortColumn.NEXT_FOLLOW_UP,
]

AnyIndex = QModelIndex | QPersistentModelIndex


def column_title(column: SortColumn) -> str:
    titles = {
        SortColumn.NAME: translate("CaseList", "Foyer"),
        SortColumn.MEMBERS: translate("CaseList", "Membres"),
        SortColumn.TARGET: translate("CaseList", "Territoire visé"),
        SortColumn.STATUS: translate("CaseList", "Statut"),
        SortColumn.OFFICER: translate("CaseList", "Chargé·e d'accueil"),
        SortColumn.LAST_CONTACT: translate("CaseList", "Dernier contact"),
        SortColumn.NEXT_FOLLOW_UP: translate("CaseList", "Prochaine relance"),
    }
    return titles[column]


class CaseListModel(QAbstractTableModel):
    """Households matching a :class:`CaseFilter`, in the order of one sortable column."""

    def __init__(self, database: Database, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._today = today
        self._filter = CaseFilter()
        self._sort = SortColumn.NAME
        self._descending = False
        self._block: BlockRows[str, CaseRow] = BlockRows(self._read)
        """How many blocks were read since the last reset: what tests and benches watch."""

    # What the list shows

    def case_filter(self) -> CaseFilter:
        return self._filter

    def sort_order(self) -> tuple[SortColumn, bool]:
        return self._sort, self._descending

    def set_filter(self, case_filter: CaseFilter) -> None:
        if case_filter != self._filter:
            self._filter = case_filter
            self.reload()

    def set_today(self, today: date) -> None:
        """A new day changes which follow-ups are overdue."""
        if today != self._today:
            self._today = today
            self.reload()

    def reload(self) -> None:
        """Query the ids again and forget every row read: the data or the question changed."""
        with self._database.engine.connect() as connection:
            ids = household_ids(
                connection,
                self._filter,
                sort=self._sort,
                descending=self._descending,
                today=self._today,
            )
        self.beginResetModel()
        self._block.reset(ids)
        self.endResetModel()

    def household_id(self, row: int) -> uuid.UUID:
        return uuid.UUID(hex=self._block.ids[row])

    def row_of(self, household_id: uuid.UUID) -> int | None:
        """The row showing ``household_id``, if it is in the list (a linear scan: rare use)."""
        return self._block.position(household_id.hex)

    def cached_row_count(self) -> int:
        return self._block.cached()

    @property
    def blocks_read(self) -> int:
        return self._block.blocks_read

    def case_row(self, row: int) -> CaseRow | None:
        """The row's data, read with its block if it is not cached; ``None`` if it vanished."""
        return self._block.row(row)

    def _read(self, keys: list[str]) -> dict[str, CaseRow]:
        with self._database.engine.connect() as connection:
            return household_rows(connection, keys)

    # QAbstractTableModel

    def rowCount(self, parent: AnyIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._block)

    def columnCount(self, parent: AnyIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(COLUMNS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] in _RIGHT_ALIGNED:
                return _RIGHT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._block):
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self.household_id(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in _RIGHT_ALIGNED else None
        if role in _ROLES_WITH_ROW_DATA:
            return self._row_data(index.row(), column, role)
        return None

    def _row_data(self, row: int, column: SortColumn, role: int) -> Any:
        case = self.case_row(row)
        if case is None:
            return translate("CaseList", "(supprimé)") if role == _DISPLAY else None
        if role == _DISPLAY:
            return _display(case, column)
        if not (column is SortColumn.NEXT_FOLLOW_UP and case.overdue(self._today)):
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(style.ACCENT)
        return translate("CaseList", "Relance en retard")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL on the whole list, not on the rows read so far."""
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = COLUMNS[column]
        self._descending = order is Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self.reload()
        self.layoutChanged.emit()


_DISPLAY = Qt.ItemDataRole.DisplayRole
_ROLES_WITH_ROW_DATA = {
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole,
}
_RIGHT_ALIGNED = {SortColumn.MEMBERS, SortColumn.LAST_CONTACT, SortColumn.NEXT_FOLLOW_UP}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _display(case: CaseRow, column: SortColumn) -> str:
    locale = QLocale()
    texts: dict[SortColumn, Callable[[], str]] = {
        SortColumn.NAME: lambda: case.name or translate("CaseList", "(sans nom)"),
        SortColumn.MEMBERS: lambda: locale.toString(case.member_count),
        SortColumn.TARGET: lambda: case.target or "",
        SortColumn.STATUS: lambda: status_label(case.status),
        SortColumn.OFFICER: lambda: case.officer or "",
        SortColumn.LAST_CONTACT: lambda: _short_date(locale, case.last_contact_at),
        SortColumn.NEXT_FOLLOW_UP: lambda: _short_date(locale, case.next_follow_up_on),
    }
    return texts[column]()


def _short_date(locale: QLocale, value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return locale.toString(value, QLocale.FormatType.ShortFormat)
