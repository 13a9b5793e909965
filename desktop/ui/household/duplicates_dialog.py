"""Before creating a household: "this family may already be known".

Creating a second record of a family splits its history; the dialog shows
the likely duplicates with why each was found (same e-mail, same phone, a close
name in the same commune) and lets the officer open the existing case, fold
the new one into it, or create it anyway.
"""

from __future__ import annotations

import enum
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.duplicates import DuplicateCandidate


class DuplicateChoice(enum.Enum):
    OPEN = "open"
    MERGE = "merge"
    CREATE = "create"
    CANCEL = "cancel"


class DuplicatesDialog(QDialog):
    """Lists the candidates; the officer picks one and says what to do.

    After ``exec()``, :attr:`choice` says what was decided and :meth:`selected`
    which existing household it concerns (for "open" and "merge").
    """

    def __init__(self, candidates: list[DuplicateCandidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Foyer peut-être déjà connu"))
        self.setModal(True)
        self.choice = DuplicateChoice.CANCEL
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Ce foyer ressemble à un dossier existant. Ouvrez-le ou fusionnez-y ce que vous "
                "venez de saisir, plutôt que de créer un doublon."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.candidates = QListWidget()
        self.candidates.setObjectName("duplicateCandidates")
        self.candidates.setAccessibleName(self.tr("Dossiers ressemblants"))
        for candidate in candidates:
            item = QListWidgetItem(
                self.tr("{name} — {reasons}").format(
                    name=candidate.name or self.tr("(sans nom)"),
                    reasons=", ".join(candidate.reasons),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, candidate.household_id)
            self.candidates.addItem(item)
        self.candidates.setCurrentRow(0)
        layout.addWidget(self.candidates)

        buttons = QDialogButtonBox()
        self.open_button = self._button(buttons, self.tr("&Ouvrir ce dossier"), "openDuplicate")
        self.merge_button = self._button(
            buttons, self.tr("&Fusionner dans ce dossier"), "mergeDuplicate"
        )
        self.create_button = self._button(buttons, self.tr("&Créer quand même"), "createAnyway")
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Annuler"))
        self.cancel_button.setObjectName("cancelDuplicate")
        self.open_button.clicked.connect(lambda: self._decide(DuplicateChoice.OPEN))
        self.merge_button.clicked.connect(lambda: self._decide(DuplicateChoice.MERGE))
        self.create_button.clicked.connect(lambda: self._decide(DuplicateChoice.CREATE))
        self.cancel_button.clicked.connect(self.reject)
        self.open_button.setDefault(True)
        layout.addWidget(buttons)
        self.resize(560, 300)

    def _button(self, buttons: QDialogButtonBox, text: str, name: str) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        return button

    def _decide(self, choice: DuplicateChoice) -> None:
        self.choice = choice
        self.accept()

    def selected(self) -> uuid.UUID | None:
        item = self.candidates.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)
