"""The pieces the fair screen is built from: captioned rows, advice strips, tick boxes, its look.

Kept apart from :mod:`desktop.ui.fair.capture_screen`, which says what the
screen does; here is only how it is laid out and drawn.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import style
from desktop.ui.icons import ICONS_DIR

E = TypeVar("E", bound=enum.Enum)


class Rows:
    """A grid of captioned rows: the caption in column 0, one field or two beside it."""

    def __init__(self, grid: QGridLayout) -> None:
        self.grid = grid
        self.row = 0
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

    def add(self, caption: str, *fields: QWidget, buddy: QWidget | None = None) -> None:
        label = QLabel(caption)
        label.setBuddy(buddy or fields[0])
        self.grid.addWidget(label, self.row, 0)
        if len(fields) == 1:
            self.grid.addWidget(fields[0], self.row, 1, 1, 2)
        else:
            self.grid.addWidget(fields[0], self.row, 1)
            self.grid.addWidget(fields[1], self.row, 2)
        self.row += 1

    def span(self, widget: QWidget, *, first_column: int = 1, columns: int = 2) -> None:
        self.grid.addWidget(widget, self.row, first_column, 1, columns)
        self.row += 1

    def pair(self, one: QWidget, other: QWidget) -> None:
        self.grid.addWidget(one, self.row, 1)
        self.grid.addWidget(other, self.row, 2)
        self.row += 1


def advice_strip(name: str, text: QLabel, button: QPushButton) -> QFrame:
    """A line of advice with its button (a known contact, a mistyped e-mail), hidden at first."""
    frame = QFrame()
    frame.setObjectName(name)
    layout = QHBoxLayout(frame)
    layout.setContentsMargins(8, 4, 8, 4)
    layout.addWidget(text, 1)
    layout.addWidget(button)
    frame.setVisible(False)
    return frame


def tick_boxes(
    layout: QVBoxLayout, values: list[E], label: Callable[[E], str], prefix: str, *, columns: int
) -> dict[E, QCheckBox]:
    grid = QGridLayout()
    grid.setVerticalSpacing(2)
    boxes = {}
    for position, value in enumerate(values):
        check = QCheckBox(label(value))
        check.setObjectName(f"{prefix}_{value.value}")
        grid.addWidget(check, position // columns, position % columns)
        boxes[value] = check
    layout.addLayout(grid)
    return boxes


def indicator_sheet(size: int) -> str:
    """Check boxes as large as the type, drawn in the programme's blue, ticked in white."""
    tick = (ICONS_DIR / "fair-check.svg").as_posix()
    return f"""
#fairCapture QCheckBox::indicator {{
    width: {size}px; height: {size}px;
    border: 2px solid {style.MUTED}; border-radius: 4px; background: #ffffff;
}}
#fairCapture QCheckBox::indicator:focus {{ border-color: {style.ACCENT}; }}
#fairCapture QCheckBox::indicator:checked {{
    background: {style.BLUE}; border-color: {style.BLUE}; image: url({tick});
}}
#fairCapture QCheckBox::indicator:checked:focus {{ border-color: {style.ACCENT}; }}
#fairCapture QCheckBox[invalid="true"]::indicator {{ border-color: {style.ERROR}; }}
"""


def event_dates(starts_on: date, ends_on: date) -> str:
    """« 25/11/2026 » or « 25/11/2026 – 26/11/2026 »."""
    locale = QLocale()
    start = locale.toString(starts_on, QLocale.FormatType.ShortFormat)
    if ends_on == starts_on:
        return start
    return f"{start} – {locale.toString(ends_on, QLocale.FormatType.ShortFormat)}"


SHEET = f"""
#fairCapture, #fairContent, #fairForm {{ background: {style.PAGE_BACKGROUND}; }}
#fairCapture QGroupBox {{
    background: #ffffff;
    border: 1px solid {style.BORDER};
    border-radius: 6px;
    margin-top: 1.4em;
    padding: 10px 12px 12px 12px;
}}
#fairCapture QGroupBox::title {{
    subcontrol-origin: margin;
    left: 12px;
    padding: 0 4px;
    color: {style.BLUE};
}}
#fairEvent, #fairCaption {{ color: {style.BLUE}; }}
#fairCounter {{ color: {style.ACCENT_TEXT}; }}
#fairStatus {{ color: {style.INK}; }}
#consentFrame {{
    background: {style.BLUE_PALE};
    border-radius: 6px;
}}
#knownRow {{
    background: #fff4e5;
    border: 1px solid {style.ACCENT};
    border-radius: 4px;
}}
#knownWarning, #emailSuggestion {{ color: {style.ACCENT_TEXT}; }}
#fairCapture QLineEdit, #fairCapture QComboBox, #fairCapture QSpinBox {{
    padding: 3px 6px;
}}
#fairSave {{
    background: {style.BLUE};
    color: #ffffff;
    border-radius: 4px;
    padding: 8px 18px;
}}
"""
