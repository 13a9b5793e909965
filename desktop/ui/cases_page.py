"""The *Dossiers* page: every household of the officer's base, searched, filtered and sorted.

The search box waits for a pause in the typing before it queries, so a name
typed quickly costs one query, not one per letter. Every filter combines
with the others and with the search; the count says how many households
match. Opening a household (double-click or Entrée) is asked of the
workspace, which the main window answers by showing the household page.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.filter_choices import FilterChoices, filter_choices
from desktop.cases.listing import CaseFilter
from desktop.labels import need_domain_label, source_label
from desktop.models import NeedDomain, Source, Status
from desktop.ui import style
from desktop.ui.case_list_files import CaseListFiles
from desktop.ui.case_list_model import CaseListModel
from desktop.ui.documents.packs_dialog import EventChoice, WelcomePacksDialog
from desktop.ui.filter_combos import epci_choices, fill_combo, filter_combo
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.workspace import Workspace
from desktop.workflow.status import status_label

translate = QCoreApplication.translate

SEARCH_DELAY_MS = 250
"""Long enough for a word typed in one go, short enough to feel instant."""

COLUMN_WIDTHS = [0, 80, 200, 110, 170, 120, 130]
"""Starting widths; the name column takes what is left."""


class CasesPage(QWidget):
    """The household list with its search box and filters."""

    key = "dossiers"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._stale = False
        self.title = translate("CasesPage", "Dossiers")
        self.setObjectName("pageContent")
        self.model = CaseListModel(workspace.database, workspace.today(), self)

        self.search = QLineEdit(self)
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            translate(
                "CasesPage",
                "Rechercher un nom, un e-mail, un téléphone, une commune, un échange…",
            )
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        self.status_filter = QPushButton(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_actions: dict[Status, QAction] = {}
        self.departement_filter = filter_combo("departementFilter", self)
        self.epci_filter = filter_combo("epciFilter", self)
        self.officer_filter = filter_combo("officerFilter", self)
        self.source_filter = filter_combo("sourceFilter", self)
        self.event_filter = filter_combo("eventFilter", self)
        self.need_filter = filter_combo("needFilter", self)
        self._combos = (
            self.departement_filter,
            self.epci_filter,
            self.officer_filter,
            self.source_filter,
            self.event_filter,
            self.need_filter,
        )
        self._resetting = False
        self.overdue_filter = QCheckBox(translate("CasesPage", "Relance en retard"), self)
        self.overdue_filter.setObjectName("overdueFilter")
        self.clear_filters = QPushButton(translate("CasesPage", "Tout afficher"), self)
        self.clear_filters.setObjectName("clearFilters")
        self.new_button = QPushButton(translate("CasesPage", "Nouveau foyer"), self)
        self.new_button.setObjectName("newHousehold")
        self.new_button.setToolTip(translate("CasesPage", "Créer un foyer (Ctrl+N)"))
        self._build_file_buttons()
        self.packs_button = QPushButton(translate("CasesPage", "Packs d'accueil…"), self)
        self.packs_button.setObjectName("welcomePacks")
        self.packs_dialog: WelcomePacksDialog | None = None
        self.packs_button.setToolTip(
            translate(
                "CasesPage",
                "Imprimer les dossiers des foyers sélectionnés (Ctrl+clic, Maj+clic) "
                "ou de l'événement choisi dans le filtre",
            )
        )

        self.count = QLabel(self)
        self.count.setObjectName("caseCount")
        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyList")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._list_area = QStackedWidget(self)

        self._fill_static_choices()
        self._fill_choices()
        self._build_layout()
        self._set_up_table()
        self._connect()

    # What other parts of the window call

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        """Read the list again, keeping the household selected if it is still there."""
        selected = self.selected_household()
        self.model.set_today(self._workspace.today())
        self._fill_choices()
        self.model.reload()
        self._stale = False
        if selected is not None:
            self.select_household(selected)

    def selected_household(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.household_id(index.row()) if index.isValid() else None

    def selected_households(self) -> list[uuid.UUID]:
        """The households of the selected rows, in list order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.household_id(row) for row in rows]

    def print_welcome_packs(self) -> None:
        """The batch dialog, for the selection or the event the list is filtered on."""
        event_id = self.event_filter.currentData()
        event = EventChoice(event_id, self.event_filter.currentText()) if event_id else None
        if self.packs_dialog is not None:
            self.packs_dialog.shutdown()
            self.packs_dialog.deleteLater()
        dialog = WelcomePacksDialog(self._workspace, self.selected_households(), event, self)
        self.packs_dialog = dialog
        dialog.open()

    def shutdown(self) -> None:
        """Wait for a batch of packs under way: its thread must end before the window."""
        if self.packs_dialog is not None:
            self.packs_dialog.shutdown()

    def select_household(self, household_id: uuid.UUID) -> bool:
        row = self.model.row_of(household_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def current_filter(self) -> CaseFilter:
        return CaseFilter(
            search=self.search.text(),
            statuses=frozenset(
                status for status, action in self.status_actions.items() if action.isChecked()
            ),
            departement=self.departement_filter.currentData(),
            epci=self.epci_filter.currentData(),
            officer_id=self.officer_filter.currentData(),
            source=self.source_filter.currentData(),
            event_id=self.event_filter.currentData(),
            need_domain=self.need_filter.currentData(),
            overdue_only=self.overdue_filter.isChecked(),
        )

    # Building

    def _fill_static_choices(self) -> None:
        menu = QMenu(self.status_filter)
        menu.setObjectName("statusFilterMenu")
        for status in Status:
            action = menu.addAction(status_label(status))
            action.setCheckable(True)
            self.status_actions[status] = action
        self.status_filter.setMenu(menu)
        self._update_status_button()
        fill_combo(
            self.source_filter,
            translate("CasesPage", "Toutes origines"),
            [(source, source_label(source)) for source in Source],
        )
        fill_combo(
            self.need_filter,
            translate("CasesPage", "Tous besoins"),
            [(domain, need_domain_label(domain)) for domain in NeedDomain],
        )

    def _fill_choices(self) -> None:
        """Territories, officers and events as the cases now refer to them."""
        with self._workspace.database.session() as session:
            self._choices: FilterChoices = filter_choices(session)
        fill_combo(
            self.departement_filter,
            translate("CasesPage", "Tous départements"),
            [(choice.key, choice.label) for choice in self._choices.departements],
        )
        self._fill_epcis()
        fill_combo(
            self.officer_filter,
            translate("CasesPage", "Tous chargés d'accueil"),
            self._choices.officers,
        )
        fill_combo(
            self.event_filter, translate("CasesPage", "Tous événements"), self._choices.events
        )

    def _fill_epcis(self) -> None:
        fill_combo(
            self.epci_filter,
            translate("CasesPage", "Toutes intercommunalités"),
            [
                (choice.key, choice.label)
                for choice in epci_choices(self._choices, self.departement_filter.currentData())
            ],
        )

    def _build_file_buttons(self) -> None:
        """*Importer des inscriptions…* and *Exporter la liste…* (see :mod:`.case_list_files`)."""
        self.files = CaseListFiles(self._workspace, self)
        self.import_button = QPushButton(translate("CasesPage", "Importer des inscriptions…"), self)
        self.import_button.setObjectName("importRegistrations")
        self.import_button.setToolTip(
            translate("CasesPage", "Importer l'export des inscriptions du site (CSV ou Excel)")
        )
        self.export_button = QPushButton(translate("CasesPage", "Exporter la liste…"), self)
        self.export_button.setObjectName("exportList")
        self.export_button.setToolTip(
            translate("CasesPage", "Les foyers de la liste, filtres et tri compris, en XLSX ou CSV")
        )

    def _build_layout(self) -> None:
        title = QLabel(self.title, self)
        title.setObjectName("pageTitle")
        title.setFont(style.scaled_font(title, 2.0, weight=QFont.Weight.DemiBold))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        header.addWidget(self.new_button)

        filters = FlowLayout(spacing=8)
        for widget in (self.status_filter, *self._combos, self.overdue_filter, self.clear_filters):
            filters.addWidget(widget)
        # At the end of the filters, which wrap: the header stays narrow enough for a laptop.
        filters.addWidget(self.import_button)
        filters.addWidget(self.export_button)
        filters.addWidget(self.packs_button)

        self._list_area.addWidget(self.table)
        self._list_area.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 20)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self._list_area, 1)

    def _set_up_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 12)
        columns = table.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setSortIndicatorShown(True)
        for index, width in enumerate(COLUMN_WIDTHS):
            if width:
                table.setColumnWidth(index, width)
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        columns.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)  # sorts once, which reads the first ids
        self._show_count()

    def _connect(self) -> None:
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._apply_search_now)
        self._search_timer.timeout.connect(self._apply_filter)
        for action in self.status_actions.values():
            action.toggled.connect(self._on_status_toggled)
        self.departement_filter.currentIndexChanged.connect(self._on_departement_changed)
        for combo in self._combos[1:]:
            combo.currentIndexChanged.connect(self._apply_filter)
        self.overdue_filter.toggled.connect(self._apply_filter)
        self.clear_filters.clicked.connect(self.reset_filters)
        self.new_button.clicked.connect(self._workspace.new_household_requested)
        self.import_button.clicked.connect(self.files.import_registrations)
        self.export_button.clicked.connect(self.files.export_list)
        self.packs_button.clicked.connect(self.print_welcome_packs)
        self.table.activated.connect(self._on_activated)
        self.model.modelReset.connect(self._show_count)
        self._workspace.households_changed.connect(self._on_households_changed)

    # Reacting

    def reset_filters(self) -> None:
        """Back to every household: search emptied, every filter off, in one query."""
        self._resetting = True
        try:
            self.search.clear()
            for combo in self._combos:
                combo.setCurrentIndex(0)
            self.overdue_filter.setChecked(False)
            for action in self.status_actions.values():
                action.setChecked(False)
        finally:
            self._resetting = False
        self._apply_filter()

    def _apply_search_now(self) -> None:
        self._search_timer.stop()
        self._apply_filter()

    def _apply_filter(self) -> None:
        """Query for the filters as shown (once only while :meth:`reset_filters` clears them)."""
        self._search_timer.stop()
        if not self._resetting:
            self.model.set_filter(self.current_filter())

    def _on_status_toggled(self) -> None:
        self._update_status_button()
        self._apply_filter()

    def _on_departement_changed(self) -> None:
        self.epci_filter.blockSignals(True)
        try:
            self._fill_epcis()
        finally:
            self.epci_filter.blockSignals(False)
        self._apply_filter()

    def _update_status_button(self) -> None:
        chosen = [status_label(s) for s, a in self.status_actions.items() if a.isChecked()]
        if not chosen:
            self.status_filter.setText(translate("CasesPage", "Tous statuts"))
        elif len(chosen) <= 2:
            self.status_filter.setText(", ".join(chosen))
        else:
            self.status_filter.setText(
                translate("CasesPage", "{count} statuts").format(count=len(chosen))
            )

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._workspace.open_household(self.model.household_id(index.row()))

    def _on_households_changed(self) -> None:
        """Refresh now if shown, else when next shown: a hidden list need not be re-read."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale or self.model.case_filter().overdue_only:
            self.refresh()
        super().showEvent(event)

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        with self._workspace.database.engine.connect() as connection:
            total = connection.exec_driver_sql("SELECT count(*) FROM household_summary").scalar()
        total = total or 0
        if shown == total:
            self.count.setText(households_text(shown))
        else:
            self.count.setText(
                translate("CasesPage", "{shown} sur {total}").format(
                    shown=households_text(shown), total=QLocale().toString(total)
                )
            )
        self._list_area.setCurrentWidget(self.table if shown else self.empty)
        self.empty.setText(
            translate(
                "CasesPage",
                "Aucun foyer ne correspond à la recherche et aux filtres. "
                "Vérifiez l'orthographe ou cliquez sur « Tout afficher ».",
            )
            if total
            else translate(
                "CasesPage",
                "Aucun foyer pour l'instant. Créez le premier avec « Nouveau foyer » (Ctrl+N).",
            )
        )


def households_text(count: int) -> str:
    """« Aucun foyer », « 1 foyer », « 12 345 foyers »: right in French and in English."""
    if count == 0:
        return translate("CasesPage", "Aucun foyer")
    if count == 1:
        return translate("CasesPage", "1 foyer")
    return translate("CasesPage", "{count} foyers").format(count=QLocale().toString(count))
