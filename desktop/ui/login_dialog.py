"""Linking this device to the officer's account on the regional server.

The password goes to the server once, off the GUI thread, and is never
stored. A refusal (wrong password, server unreachable, certificate not
trusted) is said under the fields and everything typed stays, so the officer
corrects and tries again. A region with its own certificate authority gives
its file in the optional last field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.sync.state import Account
from desktop.ui.field_errors import FieldErrorLabel
from desktop.ui.sync_controller import SyncController
from desktop.ui.task import Task


class LoginDialog(QDialog):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Connexion au serveur régional"))
        self._controller = controller
        self._task: Task | None = None
        self.account: Account | None = None
        current = controller.account()

        intro = QLabel(
            self.tr(
                "Reliez ce poste à votre compte de chargé·e d'accueil. Le mot de passe n'est "
                "pas conservé : seul un jeton propre à ce poste l'est."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.server = QLineEdit(current.server_url if current else "https://", self)
        self.server.setObjectName("serverUrl")
        self.email = QLineEdit(current.officer_email if current else "", self)
        self.email.setObjectName("officerEmail")
        self.email.setPlaceholderText("prenom.nom@region.fr")
        self.password = QLineEdit(self)
        self.password.setObjectName("officerPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_bundle = QLineEdit(controller.ca_bundle() or "", self)
        self.ca_bundle.setObjectName("caBundle")
        self.ca_bundle.setPlaceholderText(self.tr("facultatif : fichier .pem fourni par la région"))
        self.error = FieldErrorLabel(None, self, name="loginError")

        form = QFormLayout()
        form.addRow(self.tr("&Serveur"), self.server)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Mot de passe"), self.password)
        form.addRow(self.tr("&Autorité de certification"), self.ca_bundle)
        buttons = QDialogButtonBox(self)
        self.connect_button = QPushButton(self.tr("Se connecter"), self)
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setDefault(True)
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.connect_button.clicked.connect(self.submit)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        (self.password if current else self.server).setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        missing = [
            name
            for name, field in (
                (self.tr("l'adresse du serveur"), self.server),
                (self.tr("l'e-mail"), self.email),
                (self.tr("le mot de passe"), self.password),
            )
            if not field.text().strip() or field.text().strip() == "https://"
        ]
        if missing:
            self.error.show_message(self.tr("Saisissez {what}.").format(what=", ".join(missing)))
            return
        self.error.show_message(None)
        self._set_busy(True)
        self._task = self._controller.log_in(
            self.server.text().strip(),
            self.email.text().strip(),
            self.password.text(),
            self.ca_bundle.text().strip() or None,
        )
        self._task.succeeded.connect(self._on_success)
        self._task.failed.connect(self._on_failure)
        self._task.start()

    def _on_success(self, account: Account) -> None:
        self._forget_task()
        self.account = account
        self.accept()

    def _on_failure(self, message: str) -> None:
        self._forget_task()
        self._set_busy(False)
        self.error.show_message(message)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _forget_task(self) -> None:
        if self._task is not None:
            self._task.wait()
            self._task.deleteLater()
            self._task = None

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.server,
            self.email,
            self.password,
            self.ca_bundle,
            self.connect_button,
        ):
            widget.setEnabled(not busy)
        self.connect_button.setText(self.tr("Connexion…") if busy else self.tr("Se connecter"))
