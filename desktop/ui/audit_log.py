"""*Journal d'audit*: what this device noted of who viewed, exported, printed or erased what.

Read-only, as the log itself: a table of the entries, the latest first, read
by blocks as they are shown (:mod:`desktop.audit.reading`), with whether each
has reached the regional server yet.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.audit.reading import JournalRow, action_label, counts, entry_ids, entry_rows
from desktop.storage import Database
from desktop.ui import style
from desktop.ui.block_rows import BlockRows
from desktop.ui.dashboard.formatting import count_text, counted

AnyIndex = QModelIndex | QPersistentModelIndex

WHEN, WHO, WHAT, HOUSEHOLD, COUNT, FILE, DETAIL, SENT = range(8)
COLUMN_COUNT = 8


def _moment(value: datetime) -> str:
    """A stored UTC instant in local time, as the interface language writes it."""
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class AuditLogModel(QAbstractTableModel):
    """Every entry of the device's audit log, the latest first."""

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._block: BlockRows[uuid.UUID, JournalRow] = BlockRows(self._read)

    def reload(self) -> None:
        with self._database.engine.connect() as connection:
            ids = entry_ids(connection)
        self.beginResetModel()
        self._block.reset(ids)
        self.endResetModel()

    def entry(self, row: int) -> JournalRow | None:
        return self._block.row(row)

    def _read(self, keys: list[uuid.UUID]) -> dict[uuid.UUID, JournalRow]:
        with self._database.engine.connect() as connection:
            return entry_rows(connection, keys)

    def rowCount(self, parent: AnyIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._block)

    def columnCount(self, parent: AnyIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            self.tr("Date"),
            self.tr("Chargé·e d'accueil"),
            self.tr("Action"),
            self.tr("Foyer"),
            self.tr("Nombre"),
            self.tr("Fichier"),
            self.tr("Détail"),
            self.tr("Serveur"),
        ]
        return titles[section] if 0 <= section < COLUMN_COUNT else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._block):
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == SENT:
            return QColor(style.MUTED) if entry.sent_at is None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, entry: JournalRow, column: int) -> str:
        texts = [
            lambda: _moment(entry.at),
            lambda: entry.officer_name,
            lambda: action_label(entry.action),
            lambda: self._household(entry),
            lambda: "" if entry.item_count is None else QLocale().toString(entry.item_count),
            lambda: entry.file or "",
            lambda: entry.detail,
            lambda: self._sent(entry),
        ]
        return texts[column]()

    def _household(self, entry: JournalRow) -> str:
        if entry.household_id is None:
            return ""
        return entry.household_name or self.tr("(n'est plus sur ce poste)")

    def _sent(self, entry: JournalRow) -> str:
        if entry.sent_at is None:
            return self.tr("en attente")
        return self.tr("reçue le {moment}").format(moment=_moment(entry.sent_at))


class AuditLogDialog(QDialog):
    """The device's audit log, to read; nothing in it can be changed."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self.setWindowTitle(self.tr("Journal d'audit"))
        self.resize(1100, 600)
        self._database = database
        explanation = QLabel(
            self.tr(
                "Ce que ce poste a noté : qui a consulté, exporté, imprimé, importé ou effacé "
                "quoi, et quand. Les entrées partent au serveur régional à chaque "
                "synchronisation, où l'administrateur les lit ; personne ne peut les modifier "
                "ni les effacer."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("auditSummary")
        self.model = AuditLogModel(database, self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(DETAIL, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the log again (a sync may have sent entries since)."""
        self.model.reload()
        with self._database.engine.connect() as connection:
            total, waiting = counts(connection)
        self.summary.setText(
            self.tr("{entries}, dont {waiting} en attente d'envoi au serveur.").format(
                entries=counted(total, self.tr("1 entrée"), self.tr("{count} entrées")),
                waiting=count_text(waiting),
            )
        )
        for column in (WHEN, WHO, WHAT, COUNT, SENT):
            self.table.resizeColumnToContents(column)
