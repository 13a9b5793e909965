"""A dialog that saves one record: fields with their errors beside them, *Enregistrer*, *Annuler*.

The event, offer and partner dialogs differ in their fields only. The save is
one transaction through the workspace; a refusal puts each French message
beside its field (or in the banner when no field owns it) and keeps
everything typed, so the officer corrects and saves again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.errors import FormError, UserFacingError
from desktop.ui.field_errors import ERROR_SHEET, FieldErrorLabel
from desktop.ui.workspace import Workspace


class RecordDialog(QDialog):
    """Base of the dialogs that create or edit one record.

    After ``exec()``, :attr:`saved_id` is the record saved, or ``None``.
    """

    def __init__(
        self, workspace: Workspace, name: str, banner_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(ERROR_SHEET)
        self._workspace = workspace
        self.saved_id: uuid.UUID | None = None
        self.errors: dict[str, FieldErrorLabel] = {}
        self.banner = FieldErrorLabel(None, name=banner_name)

    def add_row(
        self,
        form: QFormLayout,
        caption: str,
        widget: QWidget,
        field: str | None = None,
        *,
        buddy: QWidget | None = None,
        marked: QWidget | None = None,
    ) -> None:
        """A labelled row; with ``field``, an error line under it for that field's messages.

        ``buddy`` takes the label's mnemonic and ``marked`` the error's red frame
        when they are not ``widget`` itself (a row holding several widgets).
        """
        label = QLabel(caption)
        label.setBuddy(buddy or widget)
        form.addRow(label, widget)
        if field is not None:
            self.errors[field] = FieldErrorLabel(marked or widget)
            form.addRow("", self.errors[field])

    def button_box(
        self, save_text: str, save_name: str, cancel_text: str, cancel_name: str
    ) -> tuple[QDialogButtonBox, QPushButton]:
        """The buttons: the default one submits (the caller connects it), the other cancels."""
        buttons = QDialogButtonBox()
        save = buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName(save_name)
        save.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(cancel_text)
        cancel.setObjectName(cancel_name)
        cancel.clicked.connect(self.reject)
        return buttons, save

    def submit(self, write: Callable[[Session], uuid.UUID]) -> uuid.UUID | None:
        """Run ``write`` in one transaction; close on success, show the refusal otherwise."""
        for label in (*self.errors.values(), self.banner):
            label.clear_message()
        try:
            saved = self._workspace.write(write)
        except FormError as error:
            for field, message in error.by_field().items():
                self.errors.get(field, self.banner).show_message(message)
            return None
        except UserFacingError as error:
            self.banner.show_message(error.message)
            return None
        self.saved_id = saved
        self.accept()
        return saved
