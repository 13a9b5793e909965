"""The programme's colours and the few style rules that give Escale its look.

Fusion draws the widgets the same on Windows and Linux; the palette and the
style sheet below only set the brand colours and the navigation column, so
dialogs keep the platform's familiar controls.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

BLUE = "#1f4e79"
BLUE_LIGHT = "#2b639a"
BLUE_PALE = "#e8eff7"
ACCENT = "#e07a2f"
ACCENT_TEXT = "#b35a14"
"""The brand accent darkened enough for small text (overdue dates)."""
ERROR = "#b3261e"
"""Refused values and their messages: a dark red that reads on white (the accent is too light)."""
ERROR_PALE = "#fdecea"
INK = "#1d2733"
MUTED = "#5b6775"
PAGE_BACKGROUND = "#f6f8fb"
BORDER = "#d8dfe8"
OFFLINE_DOT = "#9aa5b1"
ONLINE_DOT = "#2e8b57"

MAIN_WINDOW_SHEET = f"""
#navigationPanel {{ background: {BLUE}; }}
#brandName {{ color: #ffffff; }}
#brandTagline {{ color: #b9cde2; }}
#navigation {{
    background: {BLUE};
    border: none;
    outline: 0;
    color: #e3ebf4;
}}
#navigation::item {{
    padding: 9px 10px 9px 13px;
    margin: 1px 8px;
    border-left: 3px solid transparent;
    border-radius: 4px;
}}
#navigation::item:hover {{ background: {BLUE_LIGHT}; }}
#navigation::item:selected {{
    background: rgba(255, 255, 255, 34);
    color: #ffffff;
    border-left: 3px solid {ACCENT};
}}
#pageArea, #pageScroll, #pageContent {{ background: {PAGE_BACKGROUND}; }}
#pageTitle {{ color: {BLUE}; }}
#pageSummary {{ color: {INK}; }}
#pageNote {{ color: {MUTED}; }}
#figureTile {{
    background: #ffffff;
    border: 1px solid {BORDER};
    border-radius: 6px;
}}
#figureValue {{ color: {BLUE}; }}
#figureCaption {{ color: {MUTED}; }}
#syncStatus {{ color: {MUTED}; }}
QStatusBar {{ color: {MUTED}; }}
"""


def apply_palette(app: QApplication) -> None:
    """Brand the selection colour; everything else stays Fusion's light palette."""
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(BLUE))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor(BLUE))
    app.setPalette(palette)


def scaled_font(widget: QWidget, factor: float, *, weight: QFont.Weight | None = None) -> QFont:
    """The widget's font ``factor`` times larger: sizes follow the officer's system font."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    if weight is not None:
        font.setWeight(weight)
    return font
