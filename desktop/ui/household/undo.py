"""Undoable edits of the household form.

Every editable widget of the form is wrapped in a :class:`Field`: it knows how
to read and write its widget, and turns each change the officer makes into a
command on the form's :class:`QUndoStack`. Typing in one field merges into one
command (undo takes back the word, not the letter); a value set by the program
(loading, undoing) pushes nothing. Structural edits (adding a member, moving a
target) are :class:`Step` commands given a redo and an undo function.

Widgets keep their own small undo history (``QLineEdit``); :func:`route_undo_keys`
hands Ctrl+Z and Ctrl+Shift+Z to the form instead, so there is one history.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

_TYPING = 1
"""Command id shared by text edits, so consecutive typing in one field merges."""


class _UndoKeys(QObject):
    """Keeps Ctrl+Z / Ctrl+Shift+Z away from the widgets' own histories.

    The shortcut-override event is swallowed without being accepted, which tells
    Qt the widget does not want the keys: the form's undo and redo actions get them.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            return True
        return super().eventFilter(watched, event)


_undo_keys: _UndoKeys | None = None


def route_undo_keys(widget: QWidget) -> None:
    """Let the form's undo/redo shortcuts work while ``widget`` has the focus."""
    global _undo_keys  # noqa: PLW0603 - one stateless filter shared by every widget
    if _undo_keys is None:
        _undo_keys = _UndoKeys()
    widget.installEventFilter(_undo_keys)
    if isinstance(widget, QAbstractSpinBox) and widget.lineEdit() is not None:
        widget.lineEdit().installEventFilter(_undo_keys)


class Field(QObject):
    """One value of the form, read from and written to its widget, edits recorded for undo.

    Args:
        stack: the form's undo stack.
        read: returns the widget's current value.
        write: shows a value in the widget (called with signals from it ignored).
        text: whether edits are typing, merged while they follow each other.
        on_change: called after every change, by the officer or by undo.
    """

    def __init__(
        self,
        stack: QUndoStack,
        read: Callable[[], Any],
        write: Callable[[Any], None],
        *,
        text: bool = False,
        on_change: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._stack = stack
        self._read = read
        self._write = write
        self.text = text
        self._on_change = on_change
        self._applying = False
        self._last = read()

    def value(self) -> Any:
        return self._read()

    def reset(self, value: Any) -> None:
        """Show ``value`` as the starting point, recording nothing (loading, clearing)."""
        self.apply(value)

    def apply(self, value: Any) -> None:
        """Show ``value`` in the widget without recording it (used by undo and redo)."""
        self._applying = True
        try:
            if self._read() != value:
                self._write(value)
        finally:
            self._applying = False
        self._last = value
        if self._on_change is not None:
            self._on_change()

    def on_user_change(self, *_args: object) -> None:
        """Slot for the widget's change signal: record the edit, unless the program made it."""
        if self._applying:
            return
        new = self._read()
        if new == self._last:
            return
        old, self._last = self._last, new
        self._stack.push(_SetField(self, old, new))
        if self._on_change is not None:
            self._on_change()


class _SetField(QUndoCommand):
    def __init__(self, field: Field, old: Any, new: Any) -> None:
        super().__init__()
        self.field = field
        self.old = old
        self.new = new

    def id(self) -> int:
        return _TYPING if self.field.text else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SetField) or other.field is not self.field:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.field.apply(self.new)

    def undo(self) -> None:
        self.field.apply(self.old)


class Step(QUndoCommand):
    """A structural edit (add, remove, move) given as a pair of functions."""

    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo

    def redo(self) -> None:
        self._redo()

    def undo(self) -> None:
        self._undo()


def line_field(
    stack: QUndoStack, edit: QLineEdit, on_change: Callable[[], None] | None = None
) -> Field:
    field = Field(stack, edit.text, edit.setText, text=True, on_change=on_change, parent=edit)
    edit.textEdited.connect(field.on_user_change)
    route_undo_keys(edit)
    return field


def plain_text_field(
    stack: QUndoStack, edit: QPlainTextEdit, on_change: Callable[[], None] | None = None
) -> Field:
    edit.setUndoRedoEnabled(False)
    field = Field(
        stack, edit.toPlainText, edit.setPlainText, text=True, on_change=on_change, parent=edit
    )
    edit.textChanged.connect(field.on_user_change)
    route_undo_keys(edit)
    return field


def check_field(
    stack: QUndoStack, box: QCheckBox, on_change: Callable[[], None] | None = None
) -> Field:
    field = Field(stack, box.isChecked, box.setChecked, on_change=on_change, parent=box)
    box.toggled.connect(field.on_user_change)
    return field


def combo_field(
    stack: QUndoStack, combo: QComboBox, on_change: Callable[[], None] | None = None
) -> Field:
    """A combo whose value is the item data of the current entry."""

    def write(value: Any) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    field = Field(stack, combo.currentData, write, on_change=on_change, parent=combo)
    combo.currentIndexChanged.connect(field.on_user_change)
    return field


def spin_field(
    stack: QUndoStack, spin: QSpinBox, on_change: Callable[[], None] | None = None
) -> Field:
    field = Field(stack, spin.value, spin.setValue, text=True, on_change=on_change, parent=spin)
    spin.valueChanged.connect(field.on_user_change)
    route_undo_keys(spin)
    return field


def date_field(
    stack: QUndoStack, edit: QDateEdit, on_change: Callable[[], None] | None = None
) -> Field:
    def read() -> date:
        return edit.date().toPython()  # type: ignore[no-any-return]

    def write(value: date) -> None:
        edit.setDate(QDate(value))

    field = Field(stack, read, write, text=True, on_change=on_change, parent=edit)
    edit.dateChanged.connect(field.on_user_change)
    route_undo_keys(edit)
    return field
