"""Showing a refused value where the officer typed it.

Each checked field of the form owns a :class:`FieldErrorLabel` placed just
below it; :func:`mark_invalid` colours the field itself, so the eye goes from
the banner to the field and its message without searching.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

ERROR_COLOUR = "#b3261e"
ERROR_SHEET = f"""
#fieldError {{ color: {ERROR_COLOUR}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QSpinBox[invalid="true"] {{
    border: 1px solid {ERROR_COLOUR};
    border-radius: 3px;
    padding: 2px;
}}
#formBanner {{
    background: #fdecea;
    border: 1px solid {ERROR_COLOUR};
    border-radius: 4px;
    color: {ERROR_COLOUR};
    padding: 8px;
}}
"""


class FieldErrorLabel(QLabel):
    """The message about one field, hidden while there is none.

    Args:
        field: the widget the message is about; it is marked invalid with the message.
    """

    def __init__(self, field: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
        self.setVisible(False)
        self.field = field

    def show_message(self, message: str) -> None:
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
