"""A family's rights from its household page: export its data, withdraw consent, erase it.

Each act asks what it needs (where to save, which channel, a confirmation that
says what will go and that it cannot be undone), then calls the Qt-free
:mod:`desktop.privacy` functions; a refusal (unwritable folder, full disk) is
said in French and nothing is half done.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserFacingError
from desktop.labels import consent_channel_label, labelled
from desktop.models import ConsentChannel, Household
from desktop.privacy import consent, subject_access
from desktop.privacy.erasure import erase_household
from desktop.ui.background import run_while_waiting
from desktop.ui.exporting.save_dialog import ask_save_path
from desktop.ui.privacy.confirm import confirm_irreversible
from desktop.ui.workspace import Workspace

log = logging.getLogger(__name__)


class HouseholdPrivacy(QObject):
    """The three privacy acts of one household page."""

    erased = Signal(object)
    """A household (``uuid.UUID``) was erased: the page goes back to the list."""
    consent_changed = Signal(object)
    """The household's consent was withdrawn: the form shows it."""

    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._parent = parent

    def export_data(self, household_id: uuid.UUID) -> Path | None:
        """Ask where, then write the PDF and the JSON beside it; where the PDF went."""
        name = self._name(household_id)
        path = ask_save_path(
            self._parent,
            title=self.tr("Exporter les données du foyer"),
            formats=[(self.tr("Document PDF (*.pdf)"), "pdf")],
            file_name=self.tr("Données du foyer {name}.pdf").format(name=name),
            settings=self._workspace.settings,
            object_name="subjectAccessDialog",
        )
        if path is None:
            return None
        try:
            with self._workspace.database.session() as session:
                json_path, pdf_path = subject_access.export(session, household_id, path)
        except UserFacingError as error:
            self._warn(self.tr("Export impossible"), error.message)
            return None
        self._inform(
            "subjectAccessDone",
            self.tr("Données exportées"),
            self.tr(
                "Les données du foyer « {name} » sont dans deux fichiers à remettre au foyer :\n"
                "{pdf} (lisible)\n{json} (pour un autre logiciel)."
            ).format(name=name, pdf=pdf_path, json=json_path),
        )
        return pdf_path

    def withdraw_consent(self, household_id: uuid.UUID) -> bool:
        """Ask how the household said it, then record the withdrawal; whether it was."""
        dialog = WithdrawalDialog(self._name(household_id), self._parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            channel = dialog.channel()
        finally:
            dialog.deleteLater()
        try:
            self._workspace.write(
                lambda session: consent.withdraw_consent(session, household_id, channel=channel)
            )
        except UserFacingError as error:
            self._warn(self.tr("Retrait non enregistré"), error.message)
            return False
        self._workspace.households_changed.emit()
        self.consent_changed.emit(household_id)
        return True

    def erase(self, household_id: uuid.UUID) -> bool:
        """Say what will be erased and that it cannot be undone; erase if confirmed."""
        name = self._name(household_id)
        if not confirm_irreversible(
            self._parent,
            name="eraseHouseholdBox",
            title=self.tr("Effacer le foyer"),
            text=self.tr("Effacer définitivement le foyer « {name} » ?").format(name=name),
            details=self.tr(
                "Seront effacés de ce poste, puis du serveur régional et de chaque poste à sa "
                "prochaine synchronisation : le nom du foyer, les noms, coordonnées, années de "
                "naissance et métiers de ses membres, sa ville d'origine, son budget, les notes, "
                "le texte des échanges et des relances, les motifs de statut.\n\n"
                "Restent, sans rien qui permette de reconnaître la famille, le statut et ses "
                "dates, les territoires, le nombre d'adultes et d'enfants et l'installation : "
                "les statistiques du programme ne changent pas.\n\n"
                "Cette opération ne peut pas être annulée. Exportez d'abord les données si le "
                "foyer les a demandées."
            ),
            confirm=(self.tr("Effacer définitivement"), "confirmErase"),
            cancel=(self.tr("Annuler"), "cancelErase"),
        ):
            return False
        try:
            run_while_waiting(  # about a second on a big base: the window keeps painting
                lambda: self._workspace.write(
                    lambda session: erase_household(session, household_id)
                )
            )
        except UserFacingError as error:
            self._warn(self.tr("Effacement impossible"), error.message)
            return False
        self._workspace.households_changed.emit()
        self._workspace.follow_ups_changed.emit()
        self.erased.emit(household_id)
        return True

    def _name(self, household_id: uuid.UUID) -> str:
        with self._workspace.database.session() as session:
            household = session.get(Household, household_id)
            return household.name if household is not None else ""

    def _warn(self, title: str, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self._parent
        )
        box.setObjectName("privacyErrorBox")
        box.button(QMessageBox.StandardButton.Ok).setObjectName("okButton")
        box.exec()
        box.deleteLater()

    def _inform(self, object_name: str, title: str, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            title,
            message,
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        box.setObjectName(object_name)
        box.button(QMessageBox.StandardButton.Ok).setObjectName("okButton")
        box.exec()
        box.deleteLater()


class WithdrawalDialog(QDialog):
    """How the household said it withdraws its consent (the date is today's)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("withdrawConsentDialog")
        self.setWindowTitle(self.tr("Retrait du consentement"))
        explanation = QLabel(
            self.tr(
                "Le foyer « {name} » retire son consentement : il reste suivi dans Escale, "
                "marqué comme tel, avec la date d'aujourd'hui. Pour effacer ses données, "
                "utilisez « Effacer le foyer… »."
            ).format(name=name)
        )
        explanation.setWordWrap(True)
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("withdrawalChannel")
        for label, channel in labelled(ConsentChannel, consent_channel_label):
            self.channel_combo.addItem(label, channel)
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(ConsentChannel.PHONE))
        form = QFormLayout()
        caption = QLabel(self.tr("&Reçu par"))
        caption.setBuddy(self.channel_combo)
        form.addRow(caption, self.channel_combo)
        buttons = QDialogButtonBox()
        record = buttons.addButton(
            self.tr("Enregistrer le retrait"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        record.setObjectName("recordWithdrawal")
        cancel = buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelWithdrawal")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def channel(self) -> ConsentChannel:
        return self.channel_combo.currentData()
