"""The headline figures as large tiles: a value, what it counts, and a line of context."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.ui import style


@dataclass(frozen=True)
class Headline:
    """One tile's texts, already formatted for the interface language."""

    value: str
    caption: str
    detail: str = ""


class HeadlineTile(QFrame):
    """A white card: the value large, its caption, then a muted detail (rate, people…)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureTile")
        self.setAccessibleName(name)
        # Preferred height: the tiles of a row grow to the tallest, so they line up.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.value = QLabel(self)
        self.value.setObjectName("figureValue")
        self.value.setFont(style.scaled_font(self.value, 2.1, weight=QFont.Weight.DemiBold))
        self.caption = QLabel(self)
        self.caption.setObjectName("figureCaption")
        self.caption.setWordWrap(True)
        self.caption.setFont(style.scaled_font(self.caption, 1.05))
        self.detail = QLabel(self)
        self.detail.setObjectName("figureDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 14, 14)
        layout.setSpacing(1)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_headline(self, headline: Headline) -> None:
        self.value.setText(headline.value)
        self.caption.setText(headline.caption)
        self.detail.setText(headline.detail)
        self.detail.setVisible(bool(headline.detail))
        self.setAccessibleDescription(f"{headline.value} {headline.caption}")

    def texts(self) -> tuple[str, str]:
        """(caption, value), as an officer reads the tile."""
        return self.caption.text(), self.value.text()
