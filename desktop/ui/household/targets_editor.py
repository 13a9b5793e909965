"""The territories a household would like to live in, first wish first.

Each wish is a line: its rank, a :class:`TerritoryEdit`, buttons to move it up
or down and to remove it, and its message when refused. Adding, removing and
moving are undoable; a removed line is kept by its undo command, so undo
brings back the same line with what was typed in it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.households import TargetInput
from desktop.cases.places import Place, Places
from desktop.models import TerritoryKind
from desktop.ui.field_errors import FieldErrorLabel
from desktop.ui.household.row_list import RowList
from desktop.ui.household.territory_picker import TerritoryEdit
from desktop.ui.household.undo import Field, Step, route_undo_keys


class TargetRow(QWidget):
    """One wished territory.

    Signals:
        move_requested: (row, -1 or +1), the officer moved it up or down.
        remove_requested: the officer removed it.
    """

    move_requested = Signal(object, int)
    remove_requested = Signal(object)

    def __init__(
        self,
        places: Callable[[], Places],
        stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("targetRow")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.rank = QLabel()
        self.rank.setObjectName("targetRank")
        self.edit = TerritoryEdit(places)
        self.edit.setObjectName("targetEdit")
        self.edit.setPlaceholderText(
            QCoreApplication.translate(
                "TargetsEditor", "Commune, intercommunalité ou département (ex. Dole)"
            )
        )
        self.rank.setBuddy(self.edit)
        self.up = self._tool("↑", QCoreApplication.translate("TargetsEditor", "Monter"), "moveUp")
        self.down = self._tool(
            "↓", QCoreApplication.translate("TargetsEditor", "Descendre"), "moveDown"
        )
        self.remove = self._tool(
            "✕", QCoreApplication.translate("TargetsEditor", "Retirer ce territoire"), "remove"
        )
        self.up.clicked.connect(lambda: self.move_requested.emit(self, -1))
        self.down.clicked.connect(lambda: self.move_requested.emit(self, 1))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.error = FieldErrorLabel(self.edit)
        grid.addWidget(self.rank, 0, 0)
        grid.addWidget(self.edit, 0, 1)
        grid.addWidget(self.up, 0, 2)
        grid.addWidget(self.down, 0, 3)
        grid.addWidget(self.remove, 0, 4)
        grid.addWidget(self.error, 1, 1, 1, 4)
        grid.setColumnStretch(1, 1)
        self.field = Field(stack, self.edit.value, self.edit.set_value, text=True, parent=self)
        self.edit.changed.connect(self.field.on_user_change)
        route_undo_keys(self.edit)

    def _tool(self, text: str, tip: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setObjectName(name)
        return button

    def to_input(self) -> TargetInput | None:
        """The wish, or ``None`` for a blank line; text not recognised goes as is, to be refused."""
        place = self.edit.resolved()
        if place is not None:
            return TargetInput(place.kind, place.code)
        text = self.edit.text().strip()
        return TargetInput(TerritoryKind.COMMUNE, text) if text else None


class TargetsEditor(RowList[TargetRow]):
    """The ranked list of wished territories with "Ajouter un territoire"."""

    def __init__(
        self,
        places: Callable[[], Places],
        stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(stack, parent)
        self._places = places
        self._sent: list[TargetRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(
            QCoreApplication.translate("TargetsEditor", "Ajouter un &territoire")
        )
        self.add_button.setObjectName("addTarget")
        self.add_button.clicked.connect(self.add_target)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for row in self._rows:
            chain += [row.edit, row.up, row.down, row.remove]
        return [*chain, self.add_button]

    def add_target(self) -> TargetRow:
        row = self._new_row()
        position = len(self._rows)

        def redo() -> None:
            self._show(row, position)
            row.edit.setFocus()

        self._stack.push(
            Step(
                QCoreApplication.translate("TargetsEditor", "Ajout d'un territoire"),
                redo,
                lambda: self._hide(row),
            )
        )
        return row

    def remove_target(self, row: TargetRow) -> None:
        position = self._rows.index(row)
        self._stack.push(
            Step(
                QCoreApplication.translate("TargetsEditor", "Retrait d'un territoire"),
                lambda: self._hide(row),
                lambda: self._show(row, position),
            )
        )

    def move_target(self, row: TargetRow, delta: int) -> None:
        position = self._rows.index(row)
        if not 0 <= position + delta < len(self._rows):
            return

        def move(to: int) -> None:
            self._rows.remove(row)
            self._rows.insert(to, row)
            self._list.removeWidget(row)
            self._list.insertWidget(to, row)
            self._changed()

        self._stack.push(
            Step(
                QCoreApplication.translate("TargetsEditor", "Déplacement d'un territoire"),
                lambda: move(position + delta),
                lambda: move(position),
            )
        )

    def load(self, places: list[tuple[str, Place | None]]) -> None:
        """Replace every line by ``places``; the undo history must have been cleared."""
        self._drop_all()
        for value in places:
            row = self._new_row()
            row.field.reset(value)
            self._show(row, len(self._rows), notify=False)
        self._loaded()

    def inputs(self) -> list[TargetInput]:
        """The wishes in rank order, blank lines skipped (see :meth:`sent_rows`)."""
        wishes: list[TargetInput] = []
        self._sent = []
        for row in self._rows:
            wish = row.to_input()
            if wish is not None:
                wishes.append(wish)
                self._sent.append(row)
        return wishes

    def sent_rows(self) -> list[TargetRow]:
        """The lines behind the last :meth:`inputs`, so ``targets[i]`` errors find their line."""
        return list(self._sent)

    def clear_errors(self) -> None:
        for row in self._rows:
            row.error.clear_message()

    def _new_row(self) -> TargetRow:
        row = TargetRow(self._places, self._stack, self)
        row.setVisible(False)
        row.move_requested.connect(self.move_target)
        row.remove_requested.connect(self.remove_target)
        self._kept.append(row)
        return row

    def _renumber(self) -> None:
        for number, row in enumerate(self._rows, start=1):
            row.rank.setText(f"{number}.")
            row.up.setEnabled(number > 1)
            row.down.setEnabled(number < len(self._rows))
