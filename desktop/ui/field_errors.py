"""Showing a refused value where the officer typed it.

Each checked field (of the form, the status and settlement dialogs, the
timeline's quick add) owns a :class:`FieldErrorLabel` placed just below it;
:func:`mark_invalid` flags the field itself, which :data:`ERROR_SHEET` outlines,
so the eye goes from the banner to the field and its message without searching.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui import style

ERROR_SHEET = f"""
QLineEdit[invalid="true"], QComboBox[invalid="true"], QSpinBox[invalid="true"] {{
    border: 1px solid {style.ERROR};
    border-radius: 3px;
    padding: 2px;
}}
#formBanner {{
    background: {style.ERROR_PALE};
    border: 1px solid {style.ERROR};
    border-radius: 4px;
    color: {style.ERROR};
    padding: 8px;
}}
"""


class FieldErrorLabel(QLabel):
    """The message about one field, hidden while there is none.

    The label colours itself, so it reads as an error in any window, with or
    without :data:`ERROR_SHEET`.

    Args:
        field: the widget the message is about; it is marked invalid with the message
            and screen readers hear the message with it. ``None`` for a message about
            the whole form or dialog.
        name: the object name, for tests and style sheets to find this message.
    """

    def __init__(
        self,
        field: QWidget | None = None,
        parent: QWidget | None = None,
        *,
        name: str = "fieldError",
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(f"color: {style.ERROR};")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
        self.setVisible(False)
        self.field = field

    def show_message(self, message: str | None) -> None:
        """Show ``message``; an empty one or ``None`` hides the label and unmarks the field."""
        message = message or ""
        self.setText(message)
        self.setVisible(bool(message))
        if self.field is not None:
            mark_invalid(self.field, bool(message))
            self.field.setAccessibleDescription(message)

    def clear_message(self) -> None:
        self.show_message("")


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Flag ``widget`` for the error style sheet and make the style see the change."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
