"""A list of editable rows (members, wished territories) whose additions and removals undo.

A removed row is hidden and kept, not destroyed, so that undoing the removal
brings back the very widgets with what was typed in them.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

R = TypeVar("R", bound=QWidget)


class RowList(QWidget, Generic[R]):
    """The rows shown, in order, and those kept hidden for undo.

    Signals:
        structure_changed: a row was added, removed or moved (the tab order must follow).
    """

    structure_changed = Signal()

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = stack
        self._rows: list[R] = []
        self._kept: list[R] = []
        self._list = QVBoxLayout()

    def rows(self) -> list[R]:
        return list(self._rows)

    def _drop_all(self) -> None:
        """Forget every row, shown or kept: a load starts a new undo history."""
        for row in self._rows + self._kept:
            self._list.removeWidget(row)
            row.deleteLater()
        self._rows, self._kept = [], []

    def _loaded(self) -> None:
        self._renumber()
        self.structure_changed.emit()

    def _show(self, row: R, position: int, *, notify: bool = True) -> None:
        if row in self._kept:
            self._kept.remove(row)
        self._rows.insert(position, row)
        self._list.insertWidget(position, row)
        row.setVisible(True)
        if notify:
            self._changed()

    def _hide(self, row: R) -> None:
        self._rows.remove(row)
        self._kept.append(row)
        self._list.removeWidget(row)
        row.setVisible(False)
        self._changed()

    def _changed(self) -> None:
        self._renumber()
        self.structure_changed.emit()

    def _renumber(self) -> None:
        """Titles and numbers that depend on each row's place (none by default)."""
