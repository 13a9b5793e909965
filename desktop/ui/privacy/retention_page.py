"""The *Conservation* page: households with no contact from them for three years.

The CNIL keeps prospects' data three years after their last contact: the list
(see :mod:`desktop.privacy.retention` for what counts as a contact) is read
again once a month at start, and each time the page shows. For the households
selected, the officer asks again for consent (a note and a follow-up) or
anonymises them, after a confirmation that says it cannot be undone.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from desktop.errors import UserFacingError
from desktop.privacy.erasure import erase_household
from desktop.privacy.retention import (
    RETENTION_YEARS,
    RetentionCase,
    ask_consent_again,
    check_due,
    households_past_retention,
    mark_checked,
)
from desktop.ui import style
from desktop.ui.background import run_while_waiting
from desktop.ui.privacy.confirm import confirm_irreversible
from desktop.ui.workspace import Workspace
from desktop.workflow.status import status_label

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex


class RetentionModel(QAbstractTableModel):
    """The households past retention, one row each (the list is short: a query's result)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cases: list[RetentionCase] = []
        self._headers = [
            self.tr("Foyer"),
            self.tr("Dernier contact de sa part"),
            self.tr("Statut"),
            self.tr("Consentement"),
        ]

    def set_cases(self, cases: list[RetentionCase]) -> None:
        self.beginResetModel()
        self.cases = cases
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.cases)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        case = self.cases[index.row()]
        column = index.column()
        if column == 0:
            return case.name
        if column == 1:
            return case.last_contact_at.astimezone().strftime("%d/%m/%Y")
        if column == 2:
            return status_label(case.status)
        if case.consent_withdrawn:
            return self.tr("retiré")
        return self.tr("donné") if case.consent_given else self.tr("jamais recueilli")


class RetentionPage(QWidget):
    """Households kept past retention, with *Redemander le consentement* and *Anonymiser…*."""

    key = "conservation"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageContent")
        self._workspace = workspace
        self._stale = True
        title = QLabel(self.title, self)
        title.setObjectName("pageTitle")
        title.setFont(style.scaled_font(title, 1.7, weight=QFont.Weight.DemiBold))
        rule = QLabel(
            self.tr(
                "Les foyers sans contact de leur part depuis plus de {years} ans (règle de la "
                "CNIL pour les prospects). Un contact de leur part : l'inscription, le "
                "consentement donné, un appel, un e-mail, un rendez-vous, une visite ou un "
                "événement non internes ; les notes et les relances n'en sont pas. Redemandez "
                "leur consentement, ou anonymisez-les : leurs chiffres restent dans les "
                "statistiques."
            ).format(years=RETENTION_YEARS),
            self,
        )
        rule.setWordWrap(True)
        rule.setStyleSheet(f"color: {style.MUTED};")
        self.summary = QLabel(self)
        self.summary.setObjectName("retentionSummary")
        self.summary.setWordWrap(True)
        self.model = RetentionModel(self)
        self.table = self._table()
        self.table.doubleClicked.connect(self._open)
        self.ask_button = QPushButton(self.tr("Redemander le consentement"), self)
        self.ask_button.setObjectName("askConsentAgain")
        self.ask_button.setToolTip(
            self.tr("Note la demande sur chaque foyer et prévoit une relance dans 30 jours")
        )
        self.anonymise_button = QPushButton(self.tr("Anonymiser…"), self)
        self.anonymise_button.setObjectName("anonymiseHouseholds")
        self.open_button = QPushButton(self.tr("Ouvrir le dossier"), self)
        self.open_button.setObjectName("openRetainedHousehold")
        self.ask_button.clicked.connect(self.ask_again)
        self.anonymise_button.clicked.connect(self.anonymise)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self._workspace.households_changed.connect(self._mark_stale)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ask_button)
        buttons.addWidget(self.anonymise_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(rule)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.monthly_check()
        self._enable()

    def _table(self) -> QTableView:
        """The list: whole rows selected, several at once; the name takes the spare width."""
        table = QTableView(self)
        table.setObjectName("retentionTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    @property
    def title(self) -> str:
        return self.tr("Conservation")

    def monthly_check(self) -> bool:
        """At start: read the list again if a month has passed since; whether it was."""
        with self._workspace.database.engine.connect() as connection:
            due = check_due(connection, self._workspace.today())
        if not due:
            return False
        self.refresh()
        try:
            with self._workspace.database.engine.begin() as connection:
                mark_checked(connection, self._workspace.today())
        except OperationalError:  # a read-only disk must not stop the start
            log.exception("retention check date not stored")
        return True

    def refresh(self) -> None:
        with self._workspace.database.engine.connect() as connection:
            cases = households_past_retention(connection, self._workspace.today())
        self.model.set_cases(cases)
        self._stale = False
        if cases:
            self.summary.setText(
                self.tr("{count} foyer(s) à revoir au {day}.").format(
                    count=len(cases), day=self._workspace.today().strftime("%d/%m/%Y")
                )
            )
        else:
            self.summary.setText(
                self.tr("Aucun foyer sans contact depuis plus de {years} ans.").format(
                    years=RETENTION_YEARS
                )
            )
        self._enable()

    def selected(self) -> list[RetentionCase]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.cases[row] for row in rows]

    def ask_again(self) -> int:
        """Note a renewed request of consent on each selected household; how many."""
        cases = self.selected()
        today = self._workspace.today()
        officer = self._workspace.officer_id

        def work(session: Any) -> None:
            for case in cases:
                ask_consent_again(session, case.household_id, today=today, officer_id=officer)

        try:
            self._workspace.write(work)
        except UserFacingError as error:
            self._warn(error.message)
            return 0
        self._workspace.follow_ups_changed.emit()
        self._workspace.households_changed.emit()
        self.summary.setText(
            self.tr(
                "Consentement redemandé à {count} foyer(s) : une relance est prévue dans 30 "
                "jours. Ils restent dans la liste jusqu'à leur réponse."
            ).format(count=len(cases))
        )
        return len(cases)

    def anonymise(self) -> int:
        """After a confirmation, anonymise each selected household; how many were."""
        cases = self.selected()
        if not cases:
            return 0
        if not confirm_irreversible(
            self,
            name="anonymiseBox",
            title=self.tr("Anonymiser"),
            text=self.tr("Anonymiser {count} foyer(s) ?").format(count=len(cases)),
            details=self.tr(
                "Noms, coordonnées, notes et textes des échanges de ces foyers seront effacés "
                "de ce poste, du serveur et de chaque poste à sa prochaine synchronisation ; "
                "leurs chiffres restent dans les statistiques.\n\n"
                "Cette opération ne peut pas être annulée."
            ),
            confirm=(self.tr("Anonymiser"), "confirmAnonymise"),
            cancel=(self.tr("Annuler"), "cancelAnonymise"),
        ):
            return 0
        done = 0
        for case in cases:
            try:
                run_while_waiting(
                    lambda household_id=case.household_id: self._workspace.write(
                        lambda session: erase_household(session, household_id)
                    )
                )
            except UserFacingError as error:
                self._warn(error.message)
                break
            done += 1
        self._workspace.households_changed.emit()
        self._workspace.follow_ups_changed.emit()
        self.refresh()
        self.summary.setText(self.tr("{count} foyer(s) anonymisé(s).").format(count=done))
        return done

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self._workspace.open_household(self.model.cases[index.row()].household_id)

    def _enable(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.ask_button.setEnabled(chosen)
        self.anonymise_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)

    def _warn(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Conservation"),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("retentionErrorBox")
        box.button(QMessageBox.StandardButton.Ok).setObjectName("okButton")
        box.exec()
        box.deleteLater()
