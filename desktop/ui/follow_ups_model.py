"""The follow-ups of the *Relances* page as a Qt tree model: three groups, a row per follow-up.

Also the texts the page shows about them (relative days, the summary line),
so the model and the page word things the same way.
"""

from __future__ import annotations

import html
import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from desktop.cases.follow_ups import FollowUpRow, Horizon, horizon_label
from desktop.ui import style

translate = QCoreApplication.translate

AnyIndex = QModelIndex | QPersistentModelIndex

HORIZONS = list(Horizon)
"""The groups in the order shown: the late ones first."""

DONE, DUE, WHEN, HOUSEHOLD, WHAT = range(5)
COLUMN_COUNT = 5

FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole + 1
"""Data role giving the :class:`FollowUpRow` of a row (``None`` on group and empty rows)."""

GROUP = 0
"""Internal id of the top-level (group) indexes; a child's id is its group's row plus one."""


def empty_text(horizon: Horizon) -> str:
    """What an empty group says: that nothing is missing, not that something failed."""
    texts = {
        Horizon.OVERDUE: translate("FollowUpsPage", "Aucune relance en retard."),
        Horizon.TODAY: translate("FollowUpsPage", "Aucune relance prévue aujourd'hui."),
        Horizon.THIS_WEEK: translate("FollowUpsPage", "Aucune autre relance cette semaine."),
    }
    return texts[horizon]


def relative_day(due_on: date, today: date) -> str:
    """How far the due date is from today, in words: the officer reads "il y a 3 jours" faster."""
    days = (due_on - today).days
    if days == 0:
        return translate("FollowUpsPage", "aujourd'hui")
    if days == -1:
        return translate("FollowUpsPage", "hier")
    if days < 0:
        return translate("FollowUpsPage", "il y a {days} jours").format(days=-days)
    if days == 1:
        return translate("FollowUpsPage", "demain")
    return QLocale().standaloneDayName(due_on.isoweekday(), QLocale.FormatType.LongFormat)


def summary_parts(counts: dict[Horizon, int]) -> list[tuple[Horizon, str]]:
    """The three counts of the line under the title, each with its group."""
    texts = {
        Horizon.OVERDUE: translate("FollowUpsPage", "{count} en retard"),
        Horizon.TODAY: translate("FollowUpsPage", "{count} aujourd'hui"),
        Horizon.THIS_WEEK: translate("FollowUpsPage", "{count} cette semaine"),
    }
    return [
        (horizon, texts[horizon].format(count=QLocale().toString(counts[horizon])))
        for horizon in HORIZONS
    ]


def all_clear_text() -> str:
    return translate("FollowUpsPage", "Rien à faire cette semaine : tout est à jour.")


def summary_html(counts: dict[Horizon, int]) -> str:
    """The counts as links to their group: with a thousand late ones, today's are far down."""
    if not any(counts.values()):
        return html.escape(all_clear_text())
    link = f'style="color: {style.BLUE};"'
    parts = [
        f'<a href="{horizon.value}" {link}>{html.escape(text)}</a>'
        if counts[horizon]
        else html.escape(text)
        for horizon, text in summary_parts(counts)
    ]
    return " · ".join(parts)


class FollowUpsModel(QAbstractItemModel):
    """The open follow-ups as three groups (overdue, today, this week) of rows.

    A group with no follow-up holds one row that says so, so every group keeps
    its place and the officer sees at a glance what is clear.

    Signals:
        done_requested(FollowUpRow): the officer ticked a row; the page writes it,
            and the row changes only when the page reloads the model.
    """

    done_requested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: dict[Horizon, list[FollowUpRow]] = {horizon: [] for horizon in HORIZONS}
        self._today = date.today()
        self._emptying: Horizon | None = None
        """The group whose last row is being removed: it has no row at all until the
        "nothing here" row is inserted, so views are told of both changes."""

    def set_follow_ups(self, groups: dict[Horizon, list[FollowUpRow]], today: date) -> None:
        self.beginResetModel()
        self._groups = {horizon: list(groups.get(horizon, [])) for horizon in HORIZONS}
        self._today = today
        self.endResetModel()

    def remove(self, follow_up_id: uuid.UUID) -> bool:
        """Take one row out without reloading: ticking off stays instant on a long list.

        Returns:
            Whether the follow-up was listed.
        """
        index = self.index_of(follow_up_id)
        horizon = self.horizon_at(index)
        if horizon is None:
            return False
        group = self.group_index(horizon)
        rows = self._groups[horizon]
        self.beginRemoveRows(group, index.row(), index.row())
        del rows[index.row()]
        if not rows:
            self._emptying = horizon
        self.endRemoveRows()
        if not rows:
            self.beginInsertRows(group, 0, 0)
            self._emptying = None
            self.endInsertRows()
        self.dataChanged.emit(group, group)
        return True

    def follow_ups(self, horizon: Horizon) -> list[FollowUpRow]:
        return list(self._groups[horizon])

    def counts(self) -> dict[Horizon, int]:
        return {horizon: len(rows) for horizon, rows in self._groups.items()}

    def group_index(self, horizon: Horizon) -> QModelIndex:
        return self.index(HORIZONS.index(horizon), 0)

    def index_of(self, follow_up_id: uuid.UUID) -> QModelIndex:
        """The first-column index of a follow-up, invalid if it is not listed."""
        for group, horizon in enumerate(HORIZONS):
            for row, follow_up in enumerate(self._groups[horizon]):
                if follow_up.id == follow_up_id:
                    return self.createIndex(row, 0, group + 1)
        return QModelIndex()

    def follow_up_at(self, index: AnyIndex) -> FollowUpRow | None:
        if not index.isValid() or index.internalId() == GROUP:
            return None
        rows = self._groups[HORIZONS[index.internalId() - 1]]
        return rows[index.row()] if index.row() < len(rows) else None

    def horizon_at(self, index: AnyIndex) -> Horizon | None:
        """The group an index belongs to (or is)."""
        if not index.isValid():
            return None
        group = index.row() if index.internalId() == GROUP else index.internalId() - 1
        return HORIZONS[group]

    # Qt's item model interface

    def index(self, row: int, column: int, parent: AnyIndex | None = None) -> QModelIndex:
        parent = parent if parent is not None else QModelIndex()
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex | None = None) -> Any:  # type: ignore[override]
        """The group of a follow-up row; called bare, the QObject parent as usual."""
        if index is None:
            return super().parent()
        if not index.isValid() or index.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, GROUP)

    def rowCount(self, parent: AnyIndex | None = None) -> int:
        if parent is None or not parent.isValid():
            return len(HORIZONS)
        if parent.internalId() != GROUP or parent.column() != 0:
            return 0
        horizon = HORIZONS[parent.row()]
        if horizon is self._emptying:
            return 0
        return max(1, len(self._groups[horizon]))

    def columnCount(self, parent: AnyIndex | None = None) -> int:
        return COLUMN_COUNT

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if self.follow_up_at(index) is None:
            # Group titles and "nothing here" rows are read, not picked: the
            # keyboard goes from one follow-up to the next over them.
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            DONE: translate("FollowUpsPage", "Fait"),
            DUE: translate("FollowUpsPage", "Échéance"),
            WHEN: translate("FollowUpsPage", "Quand"),
            HOUSEHOLD: translate("FollowUpsPage", "Foyer"),
            WHAT: translate("FollowUpsPage", "À faire"),
        }
        return titles.get(section)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == GROUP:
            return self._group_data(HORIZONS[index.row()], index.column(), role)
        horizon = HORIZONS[index.internalId() - 1]
        follow_up = self.follow_up_at(index)
        if follow_up is None:
            return self._empty_data(horizon, index.column(), role)
        return self._follow_up_data(horizon, follow_up, index.column(), role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A tick asks the page to write; the model itself changes only on reload."""
        follow_up = self.follow_up_at(index)
        if follow_up is None or index.column() != DONE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if Qt.CheckState(value) != Qt.CheckState.Checked:
            return False
        self.done_requested.emit(follow_up)
        return True

    # Cell contents

    def _group_data(self, horizon: Horizon, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return translate("FollowUpsPage", "{label} ({count})").format(
                label=horizon_label(horizon), count=QLocale().toString(len(self._groups[horizon]))
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            font.setPointSizeF(font.pointSizeF() * 1.1)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            late = horizon is Horizon.OVERDUE and self._groups[horizon]
            return QColor(style.ACCENT if late else style.BLUE)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(style.BLUE_PALE)
        return None

    def _empty_data(self, horizon: Horizon, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return empty_text(horizon)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(style.MUTED)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _follow_up_data(
        self, horizon: Horizon, follow_up: FollowUpRow, column: int, role: int
    ) -> Any:
        if role == FOLLOW_UP_ROLE:
            return follow_up
        if column == DONE:
            return self._done_data(role)
        if role == Qt.ItemDataRole.ForegroundRole and column in (DUE, WHEN):
            return QColor(style.ACCENT if horizon is Horizon.OVERDUE else style.INK)
        if role == Qt.ItemDataRole.DisplayRole or (
            role == Qt.ItemDataRole.ToolTipRole and column in (HOUSEHOLD, WHAT)
        ):
            texts = {
                DUE: follow_up.due_on.strftime("%d/%m/%Y"),
                WHEN: relative_day(follow_up.due_on, self._today),
                HOUSEHOLD: follow_up.household_name,
                WHAT: follow_up.what,
            }
            return texts.get(column)
        return None

    def _done_data(self, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return translate("FollowUpsPage", "Marquer comme faite")
        return None
