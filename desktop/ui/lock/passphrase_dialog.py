"""Asking for the officer's passphrase: at start (create it, or enter it) and to change it.

The dialogs never keep the passphrase: it goes to ``attempt`` (which opens the
database) or to :meth:`Database.change_passphrase`, and the fields are cleared
once it has been used.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import DatabaseOpenError, UserFacingError
from desktop.storage import Database
from desktop.storage.database import check_new_passphrase
from desktop.storage.encryption import WrongPassphraseError
from desktop.ui.background import run_while_waiting
from desktop.ui.field_errors import FieldErrorLabel

MAX_TRIES = 3
"""Wrong passphrases accepted at start before Escale closes."""


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(320)
    return field


def _fit(dialog: QDialog, layout: QVBoxLayout) -> None:
    """Wide enough to read the explanations, and growing with the messages shown."""
    dialog.setMinimumWidth(560)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)


def _explanation(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class PassphraseDialog(QDialog):
    """The start of Escale: choose the passphrase (typed twice) or enter it, three tries.

    Args:
        attempt: opens the database with a passphrase; raises
            :class:`WrongPassphraseError` for a wrong one.
        create: a new passphrase (new or not yet encrypted database) rather than the known one.
        encrypting: the database exists in clear and is about to be encrypted.

    After ``exec()``: :attr:`database` holds what ``attempt`` returned, or
    :attr:`failure` the error to show before closing (three wrong passphrases,
    a damaged file); both are ``None`` when the officer chose to quit.
    """

    def __init__(
        self,
        attempt: Callable[[str], Database],
        *,
        create: bool,
        encrypting: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self._attempt = attempt
        self.creating = create
        self.tries = 0
        self.database: Database | None = None
        self.failure: UserFacingError | None = None
        self.setWindowTitle(
            self.tr("Escale — nouvelle phrase secrète")
            if create
            else self.tr("Escale — déverrouiller")
        )
        self.passphrase = _secret_field("passphrase")
        self.confirmation = _secret_field("passphraseConfirmation")
        self.error = FieldErrorLabel(self.passphrase, name="passphraseError")
        form = QFormLayout()
        form.addRow(self.tr("&Phrase secrète :"), self.passphrase)
        if create:
            form.addRow(self.tr("C&onfirmation :"), self.confirmation)
        form.addRow("", self.error)
        buttons = QDialogButtonBox()
        self.ok_button = QPushButton(
            self.tr("&Chiffrer et ouvrir") if create else self.tr("&Déverrouiller")
        )
        self.ok_button.setObjectName("passphraseOk")
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        quit_button = buttons.addButton(
            self.tr("&Quitter Escale"), QDialogButtonBox.ButtonRole.RejectRole
        )
        quit_button.setObjectName("passphraseQuit")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_explanation(self._explanation_text(encrypting)))
        layout.addLayout(form)
        layout.addWidget(buttons)
        _fit(self, layout)
        self.confirmation.setVisible(create)
        self.passphrase.setFocus()

    def _explanation_text(self, encrypting: bool) -> str:
        if not self.creating:
            return self.tr(
                "Vos dossiers sont chiffrés sur cet ordinateur. Entrez votre phrase secrète "
                "pour les ouvrir."
            )
        first = (
            self.tr(
                "Votre base de dossiers va être chiffrée : sans la phrase secrète, personne "
                "ne pourra la lire sur cet ordinateur."
            )
            if encrypting
            else self.tr(
                "Escale chiffre vos dossiers sur cet ordinateur : sans la phrase secrète, "
                "personne ne peut les lire."
            )
        )
        return (
            first
            + "\n\n"
            + self.tr(
                "Choisissez une phrase d'au moins 10 caractères, facile à retenir (plusieurs "
                "mots). Elle vous sera demandée à chaque démarrage et après chaque verrouillage. "
                "Perdue, elle ne peut pas être retrouvée : seuls les dossiers déjà envoyés au "
                "serveur reviendraient, par une synchronisation sur une base neuve."
            )
        )

    def submit(self) -> None:
        passphrase = self.passphrase.text()
        if self.creating:
            try:
                check_new_passphrase(passphrase)
            except DatabaseOpenError as error:
                self._refuse(error.message)
                return
            if self.confirmation.text() != passphrase:
                self._refuse(
                    self.tr(
                        "Les deux saisies diffèrent : tapez la même phrase secrète dans les "
                        "deux champs."
                    ),
                    self.confirmation,
                )
                return
        elif not passphrase:
            self._refuse(self.tr("Tapez votre phrase secrète, puis Entrée."))
            return
        try:
            self.database = self._attempt(passphrase)
        except WrongPassphraseError:
            self.tries += 1
            if self.tries >= MAX_TRIES:
                self.failure = UserFacingError(
                    self.tr(
                        "Trois phrases secrètes incorrectes : Escale se ferme, vos dossiers "
                        "restent chiffrés. Relancez Escale pour réessayer (majuscules, accents, "
                        "disposition du clavier)."
                    )
                )
                self.reject()
                return
            left = MAX_TRIES - self.tries
            self._refuse(
                self.tr(
                    "Phrase secrète incorrecte. Vérifiez les majuscules et les accents ; "
                    "encore %n essai(s) avant la fermeture d'Escale.",
                    "",
                    left,
                )
            )
            return
        except UserFacingError as error:
            self.failure = error
            self.reject()
            return
        self.passphrase.clear()
        self.confirmation.clear()
        self.accept()

    def _refuse(self, message: str, field: QLineEdit | None = None) -> None:
        self.error.show_message(message)
        self.adjustSize()
        target = field or self.passphrase
        target.selectAll()
        target.setFocus()


class ChangePassphraseDialog(QDialog):
    """*Changer la phrase secrète…*: the current one, then the new one twice; re-keys the file.

    Args:
        database: the open, encrypted database to re-key.
    """

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Changer la phrase secrète"))
        self._database = database
        self.current = _secret_field("currentPassphrase")
        self.new = _secret_field("newPassphrase")
        self.confirmation = _secret_field("newPassphraseConfirmation")
        self.error = FieldErrorLabel(self.new, name="changePassphraseError")
        form = QFormLayout()
        form.addRow(self.tr("Phrase &actuelle :"), self.current)
        form.addRow(self.tr("&Nouvelle phrase :"), self.new)
        form.addRow(self.tr("&Confirmation :"), self.confirmation)
        form.addRow("", self.error)
        buttons = QDialogButtonBox()
        self.ok_button = QPushButton(self.tr("C&hanger"))
        self.ok_button.setObjectName("changePassphraseOk")
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _explanation(
                self.tr(
                    "La base est chiffrée à nouveau avec la nouvelle phrase : l'ancienne ne "
                    "l'ouvrira plus. Les commandes et scripts qui utilisent ESCALE_PASSPHRASE "
                    "devront recevoir la nouvelle."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(buttons)
        _fit(self, layout)

    def submit(self) -> None:
        current, new = self.current.text(), self.new.text()
        if not self._database.check_passphrase(current):
            self._refuse(
                self.tr("La phrase secrète actuelle est incorrecte : rien n'a été changé."),
                self.current,
            )
            return
        try:
            check_new_passphrase(new)
        except DatabaseOpenError as error:
            self._refuse(error.message, self.new)
            return
        if self.confirmation.text() != new:
            self._refuse(
                self.tr(
                    "Les deux saisies de la nouvelle phrase diffèrent : tapez-la deux fois à "
                    "l'identique."
                ),
                self.confirmation,
            )
            return
        try:
            run_while_waiting(lambda: self._database.change_passphrase(current, new))
        except UserFacingError as error:
            self._refuse(error.message, self.new)
            return
        for field in (self.current, self.new, self.confirmation):
            field.clear()
        self.accept()

    def _refuse(self, message: str, field: QLineEdit) -> None:
        self.error.show_message(message)
        self.adjustSize()
        field.selectAll()
        field.setFocus()
