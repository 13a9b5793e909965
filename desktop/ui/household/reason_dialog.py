"""Asking why a case is paused, abandoned or taken back from « Installé »."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserFacingError
from desktop.ui.field_errors import FieldErrorLabel


class SubmittingTextEdit(QPlainTextEdit):
    """A text box that Ctrl+Entrée submits, and that Tab leaves instead of indenting.

    Signals:
        submitted: Ctrl+Return (or Ctrl+Enter on the keypad) was pressed.
    """

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class ReasonDialog(QDialog):
    """Asks for the reason of a status change, and applies it through ``submit``.

    The dialog stays open, the text kept, while ``submit`` refuses (a
    :class:`~desktop.errors.UserFacingError`, shown under the text).

    Args:
        target_label: the status the case moves to, as the officer reads it.
        submit: records the change with the reason given; raises a
            ``UserFacingError`` to refuse.
    """

    def __init__(
        self, target_label: str, submit: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self._target_label = target_label
        self._submit = submit
        self.setWindowTitle(self.tr("Passer à « {target} »").format(target=target_label))

        prompt = QLabel(
            self.tr("Pourquoi le dossier passe-t-il à « {target} » ?").format(target=target_label)
        )
        prompt.setWordWrap(True)
        self.reason_edit = SubmittingTextEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText(
            self.tr("Par exemple : projet reporté à la rentrée prochaine")
        )
        self.reason_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        prompt.setBuddy(self.reason_edit)
        self.error = FieldErrorLabel(self.reason_edit, name="reasonError")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.submitted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def accept(self) -> None:
        if not self.reason():
            self.error.show_message(
                self.tr("Motif : indiquez pourquoi le dossier passe à « {target} ».").format(
                    target=self._target_label
                )
            )
            self.reason_edit.setFocus()
            return
        try:
            self._submit(self.reason())
        except UserFacingError as error:
            self.error.show_message(error.message)
            return
        super().accept()
