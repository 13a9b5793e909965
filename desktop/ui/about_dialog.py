"""The "À propos d'Escale" dialog: what runs, where the data lives, whose data it uses."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.ui import style
from desktop.ui.icons import app_icon


class AboutDialog(QDialog):
    """Version, data folder and credits: what support asks for first."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("À propos d'Escale"))

        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(QSize(80, 80), self.devicePixelRatio()))
        name = QLabel("Escale", self)
        name.setFont(style.scaled_font(name, 2.0, weight=QFont.Weight.Bold))
        name.setStyleSheet(f"color: {style.BLUE};")
        version = QLabel(self.tr("Version {version}").format(version=__version__), self)
        version.setObjectName("version")
        description = QLabel(
            self.tr(
                "Le poste de travail des chargés d'accueil : suivi des foyers qui s'installent "
                "en Bourgogne-Franche-Comté, relances, salons et dossiers d'installation, "
                "même sans connexion."
            ),
            self,
        )
        description.setWordWrap(True)

        details = QFormLayout()
        details.setContentsMargins(0, 8, 0, 0)
        details.setHorizontalSpacing(14)
        details.setVerticalSpacing(8)
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        details.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        folder = QLabel(str(data_dir), self)
        folder.setObjectName("dataFolder")
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.addRow(self._caption(self.tr("Dossier des données")), folder)
        details.addRow(
            self._caption(self.tr("Données de référence")),
            self._wrapped(self.tr("Données géographiques : INSEE, La Poste (Licence Ouverte)")),
        )
        details.addRow(
            self._caption(self.tr("Bibliothèques")),
            self._wrapped(f"Qt {qVersion()} · PySide6 {PySide6.__version__}"),
        )

        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(name)
        text.addWidget(version)
        text.addSpacing(10)
        text.addWidget(description)
        text.addSpacing(6)
        text.addLayout(details)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(16)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _caption(self, text: str) -> QLabel:
        caption = QLabel(text, self)
        caption.setStyleSheet(f"color: {style.MUTED};")
        return caption

    def _wrapped(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label
