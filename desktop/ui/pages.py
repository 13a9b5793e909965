"""The six pages of the navigation, and placeholders for those still to be built.

A placeholder shows its title, what the page will do, and where the database
already knows them, a few real figures: nothing on these pages is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui import style
from desktop.ui.figures import Figures

translate = QCoreApplication.translate

TILE_WIDTH = 184
"""Tiles share one width so a row of figures lines up; long captions wrap."""


@dataclass(frozen=True)
class Figure:
    """One tile: a caption and its value, already formatted for the interface language."""

    caption: str
    value: str


@dataclass(frozen=True)
class PageSpec:
    """What a page is: a stable key (saved in the settings), its icon and its texts."""

    key: str
    icon: str
    title: str
    summary: str = ""
    """What a page still to be built will do (a built page says it itself)."""
    figures: Callable[[Figures], list[Figure]] = lambda _figures: []


def _count(value: int) -> str:
    """``12 000`` in French, ``12,000`` in English: the default locale follows the language."""
    return QLocale().toString(value)


def page_specs() -> list[PageSpec]:
    """The pages in navigation order, in the installed language (call after the translators)."""
    return [
        PageSpec("dossiers", "page-dossiers", translate("Pages", "Dossiers")),
        PageSpec("relances", "page-relances", translate("Pages", "Relances")),
        PageSpec("salon", "page-salon", translate("Pages", "Salon")),
        PageSpec("offres", "page-offres", translate("Pages", "Offres")),
        PageSpec("tableau-de-bord", "page-tableau-de-bord", translate("Pages", "Tableau de bord")),
        PageSpec("synchronisation", "page-synchronisation", translate("Pages", "Synchronisation")),
    ]


class FigureTile(QFrame):
    """A white card with a large value above its caption."""

    def __init__(self, figure: Figure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureTile")
        self.setFixedWidth(TILE_WIDTH)
        value = QLabel(figure.value, self)
        value.setObjectName("figureValue")
        value.setFont(style.scaled_font(value, 1.9, weight=QFont.Weight.DemiBold))
        caption = QLabel(figure.caption, self)
        caption.setObjectName("figureCaption")
        caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(2)
        layout.addWidget(value)
        layout.addWidget(caption)
        layout.addStretch(1)


class PlaceholderPage(QWidget):
    """A page still to be built: its title, what it will hold, and the real figures known."""

    def __init__(self, spec: PageSpec, figures: Figures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = spec.key
        self.title = spec.title
        self.setObjectName("pageContent")

        title = QLabel(spec.title, self)
        title.setObjectName("pageTitle")
        title.setFont(style.scaled_font(title, 2.0, weight=QFont.Weight.DemiBold))
        summary = QLabel(spec.summary, self)
        summary.setObjectName("pageSummary")
        summary.setWordWrap(True)
        summary.setMaximumWidth(720)
        summary.setFont(style.scaled_font(summary, 1.15))
        note = QLabel(
            translate("Pages", "Cet écran est en préparation pour une prochaine version d'Escale."),
            self,
        )
        note.setObjectName("pageNote")
        note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 32)
        layout.setSpacing(0)
        layout.addWidget(title)
        layout.addSpacing(14)
        layout.addWidget(summary)
        tiles = spec.figures(figures)
        if tiles:
            layout.addSpacing(32)
            row = QHBoxLayout()
            row.setSpacing(16)
            for figure in tiles:
                row.addWidget(FigureTile(figure, self))
            row.addStretch(1)
            layout.addLayout(row)
        layout.addSpacing(28)
        layout.addWidget(note)
        layout.addStretch(1)

    def figure_texts(self) -> list[tuple[str, str]]:
        """(caption, value) of each tile, as shown: what an officer reads on the page."""
        return [
            (
                tile.findChild(QLabel, "figureCaption").text(),
                tile.findChild(QLabel, "figureValue").text(),
            )
            for tile in self.findChildren(FigureTile)
        ]
