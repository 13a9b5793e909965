"""The *Synchronisation* page: the account, a sync on demand, conflicts and refused changes.

Conflicts and refusals are a few dozen lines at most (each is an exception
to review), so plain table widgets hold them; restoring a lost value is one
click and syncs like any other edit.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserFacingError
from desktop.sync import review
from desktop.sync.engine import Progress, SyncReport
from desktop.ui import style
from desktop.ui.duplicate_review import DuplicatesNotice
from desktop.ui.field_errors import FieldErrorLabel
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.sync_controller import SyncController
from desktop.ui.workspace import Workspace

translate = QCoreApplication.translate


class SyncPage(QWidget):
    key = "synchronisation"

    def __init__(
        self, workspace: Workspace, controller: SyncController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pageContent")
        self.title = translate("SyncPage", "Synchronisation")
        self._workspace = workspace
        self.controller = controller

        title = QLabel(self.title, self)
        title.setObjectName("pageTitle")
        title.setFont(style.scaled_font(title, 2.0, weight=QFont.Weight.DemiBold))
        self.account_label = QLabel(self)
        self.account_label.setObjectName("accountLabel")
        self.account_label.setWordWrap(True)
        self.login_button = QPushButton(self)
        self.login_button.setObjectName("loginButton")
        self.sync_button = QPushButton(translate("SyncPage", "Synchroniser maintenant"), self)
        self.sync_button.setObjectName("syncNowButton")
        self.cancel_button = QPushButton(translate("SyncPage", "Interrompre"), self)
        self.cancel_button.setObjectName("cancelSyncButton")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(True)
        self.report = QLabel(self)
        self.report.setObjectName("syncReport")
        self.report.setWordWrap(True)
        self.problem = FieldErrorLabel(None, self, name="syncProblem")

        self.conflicts = _table(
            self,
            "conflictTable",
            [
                translate("SyncPage", "Quand"),
                translate("SyncPage", "Fiche"),
                translate("SyncPage", "Champ"),
                translate("SyncPage", "Valeur gardée"),
                translate("SyncPage", "Valeur écartée"),
                translate("SyncPage", "Écartée de"),
            ],
        )
        self.restore_button = QPushButton(translate("SyncPage", "Rétablir la valeur écartée"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_problem = FieldErrorLabel(None, self, name="restoreProblem")
        self.rejected = _table(
            self,
            "rejectedTable",
            [
                translate("SyncPage", "Quand"),
                translate("SyncPage", "Fiche"),
                translate("SyncPage", "Champs"),
                translate("SyncPage", "Motif du refus"),
            ],
        )
        self.duplicates = DuplicatesNotice(workspace, self)
        controller.finished.connect(self.duplicates.refresh)
        self._build_layout(title)

        self.login_button.clicked.connect(self.log_in)
        self.sync_button.clicked.connect(controller.sync_now)
        self.cancel_button.clicked.connect(controller.cancel)
        self.restore_button.clicked.connect(self.restore_selected)
        self.conflicts.itemSelectionChanged.connect(self._update_restore_button)
        controller.changed.connect(self.refresh_state)
        controller.progressed.connect(self._on_progress)
        controller.finished.connect(self._on_finished)
        self.refresh_state()
        self.refresh_lists()

    def log_in(self) -> bool:
        dialog = LoginDialog(self.controller, self)
        accepted = dialog.exec() == LoginDialog.DialogCode.Accepted
        dialog.deleteLater()
        self.refresh_state()
        return accepted

    def refresh_state(self) -> None:
        status = self.controller.status()
        account, running = status.account, status.running
        if account is None:
            self.account_label.setText(
                translate(
                    "SyncPage",
                    "Ce poste n'est relié à aucun serveur régional : les dossiers restent "
                    "sur ce poste. Connectez-vous pour les partager avec votre territoire.",
                )
            )
            self.login_button.setText(translate("SyncPage", "Se connecter…"))
        else:
            self.account_label.setText(
                translate(
                    "SyncPage", "Connecté·e en tant que {name} ({email}) sur {server}."
                ).format(
                    name=account.officer_name,
                    email=account.officer_email,
                    server=account.server_url,
                )
            )
            self.login_button.setText(translate("SyncPage", "Changer de compte…"))
        self.sync_button.setEnabled(account is not None and not running)
        self.login_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running)
        if running:
            self.progress.setFormat(translate("SyncPage", "Synchronisation en cours…"))
        last = self.controller.last_report
        summary = status.text()
        self.report.setText(f"{summary}\n\n{last.describe()}" if last else summary)
        self.problem.show_message(status.problem)

    def refresh_lists(self) -> None:
        with self._workspace.database.session() as session:
            conflicts = review.conflicts(session)
            refused = review.rejected(session)
        self._conflict_seqs = [conflict.seq for conflict in conflicts]
        _fill(
            self.conflicts,
            [
                [
                    _when(conflict.occurred_at),
                    conflict.what,
                    conflict.field,
                    conflict.kept,
                    conflict.lost
                    + (
                        translate("SyncPage", " (rétablie)")
                        if conflict.restored_at is not None
                        else ""
                    ),
                    conflict.lost_by or "",
                ]
                for conflict in conflicts
            ],
        )
        _fill(
            self.rejected,
            [[_when(row.rejected_at), row.what, row.fields, row.reason] for row in refused],
        )
        self._update_restore_button()

    def restore_selected(self) -> bool:
        row = self.conflicts.currentRow()
        if row < 0:
            return False
        seq = self._conflict_seqs[row]
        try:
            self._workspace.write(lambda session: review.restore_conflict(session, seq))
        except UserFacingError as error:
            self.restore_problem.show_message(error.message)
            return False
        self.restore_problem.show_message(None)
        self._workspace.households_changed.emit()
        self.refresh_lists()
        self.refresh_state()
        return True

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh_state()
        self.refresh_lists()
        super().showEvent(event)

    def _on_progress(self, progress: Progress) -> None:
        verb = (
            translate("SyncPage", "Envoi")
            if progress.phase == "push"
            else translate("SyncPage", "Réception")
        )
        self.progress.setFormat(
            translate("SyncPage", "{verb} : {count} fiche(s)…").format(
                verb=verb, count=QLocale().toString(progress.done)
            )
        )
        if progress.remaining is not None:
            self.progress.setRange(0, progress.done + progress.remaining)
            self.progress.setValue(progress.done)
        else:
            self.progress.setRange(0, 0)

    def _on_finished(self, _report: SyncReport | None) -> None:
        self.progress.setRange(0, 0)
        self.refresh_state()
        self.refresh_lists()

    def _update_restore_button(self) -> None:
        self.restore_button.setEnabled(self.conflicts.currentRow() >= 0)

    def _build_layout(self, title: QLabel) -> None:
        actions = QHBoxLayout()
        actions.addWidget(self.sync_button)
        actions.addWidget(self.login_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 24)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.account_label)
        layout.addLayout(actions)
        layout.addWidget(self.report)
        layout.addWidget(self.problem)
        layout.addSpacing(12)
        layout.addWidget(_heading(translate("SyncPage", "Doublons"), self))
        layout.addWidget(self.duplicates)
        layout.addSpacing(12)
        layout.addWidget(_heading(translate("SyncPage", "Conflits"), self))
        layout.addWidget(
            _muted(
                translate(
                    "SyncPage",
                    "Un même champ modifié sur deux postes : la modification la plus récente "
                    "a été gardée. Vous pouvez rétablir l'autre valeur.",
                ),
                self,
            )
        )
        layout.addWidget(self.conflicts, 2)
        restore = QHBoxLayout()
        restore.addWidget(self.restore_button)
        restore.addWidget(self.restore_problem, 1)
        restore.addStretch(1)
        layout.addLayout(restore)
        layout.addSpacing(12)
        layout.addWidget(_heading(translate("SyncPage", "Modifications refusées"), self))
        layout.addWidget(self.rejected, 1)


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(row, column, item)


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(style.scaled_font(label, 1.2, weight=QFont.Weight.DemiBold))
    return label


def _muted(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {style.MUTED};")
    return label


def _when(moment: datetime) -> str:
    return QLocale().toString(moment.astimezone(), QLocale.FormatType.ShortFormat)
