"""The read-only lists of the household page's panels: status history, exchanges, follow-ups.

Both panels rebuild their rows on every load and show what officers typed;
the helpers here make those rows the same way in each (text never read as
HTML, wrapped to the panel's width, dates on the officer's clock).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLayout, QSizePolicy

from desktop.ui import style


def local_moment(value: datetime) -> str:
    """A stored UTC moment as the officer's clock shows it: « 25/11/2026 14:05 »."""
    return f"{value.astimezone():%d/%m/%Y %H:%M}"


def section_title(text: str) -> QLabel:
    """A heading inside a panel, a little bolder than the rows below it."""
    label = QLabel(text)
    label.setFont(style.scaled_font(label, 1.0, weight=QFont.Weight.DemiBold))
    return label


def plain_label(text: str, name: str, *, wrap: bool = True) -> QLabel:
    """A label showing ``text`` as typed (never as HTML), wrapped to the panel's width."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if wrap:
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def clear_rows(layout: QLayout) -> None:
    """Remove every row; rows go later, since one may be running the click that got us here."""
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
