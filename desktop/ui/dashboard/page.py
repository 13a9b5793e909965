"""The *Tableau de bord* page: the programme's figures for the filters chosen.

The figures are :func:`~desktop.reporting.indicators.compute_indicators`'s,
the same as ``escale stats`` and the bilan: headline tiles, the funnel from
registration to settling, settlements by month and a table by territory;
filtered on an event, the stand's tally first (its visitors by wished
territory and by project).
They are computed in a worker (a quarter of a second on 100,000 households),
again when a filter changes and whenever households change (an edit, an
import, a sync that brought news); a page not shown only notes that it is
stale and computes when it shows. *Bilan PDF…* renders the bilan of the same
filters in a worker and opens its preview; *Exporter les indicateurs (XLSX)…*
writes the figures shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.filter_choices import FilterChoices, filter_choices
from desktop.documents.bilan import bilan_file_name, period_text, render_bilan
from desktop.documents.bilan import load_bilan as load_bilan_data
from desktop.exporting.indicators_workbook import export_indicators
from desktop.labels import source_label
from desktop.models import Source
from desktop.reporting.indicators import IndicatorFilter, Indicators, compute_indicators
from desktop.reporting.months import every_month
from desktop.reporting.stand import StandTally, compute_stand_tally
from desktop.ui import style
from desktop.ui.dashboard.charts import FunnelChart, MonthsChart
from desktop.ui.dashboard.formatting import count_text, days_text, money_text, rate_text
from desktop.ui.dashboard.period import PeriodPicker
from desktop.ui.dashboard.stand import StandSection
from desktop.ui.dashboard.territory_model import TerritoryModel
from desktop.ui.dashboard.tiles import Headline, HeadlineTile
from desktop.ui.documents.preview_dialog import PdfPreviewDialog
from desktop.ui.exporting.background import BackgroundWork, writing_to
from desktop.ui.exporting.save_dialog import ask_save_path
from desktop.ui.filter_combos import epci_choices, fill_combo, filter_combo
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.task import Task
from desktop.ui.workspace import Workspace

translate = QCoreApplication.translate

FILTER_DELAY_MS = 300
"""A date typed digit by digit costs one computation, not eight."""

TILE_COLUMNS = 4
TABLE_ROWS_SHOWN = 12

PAGE_SHEET = f"""
#figureDetail {{ color: {style.MUTED}; }}
#dashboardCard {{
    background: #ffffff;
    border: 1px solid {style.BORDER};
    border-radius: 6px;
}}
#sectionTitle {{ color: {style.BLUE}; }}
#dashboardScope, #dashboardBusy {{ color: {style.MUTED}; }}
#dashboardEmpty {{ color: {style.INK}; }}
"""


@dataclass(frozen=True)
class Computed:
    """What one computation brings back to the GUI thread."""

    indicators: Indicators
    households_in_base: int
    stand: StandTally | None = None


def headlines(indicators: Indicators) -> list[Headline]:
    """The eight tiles, in reading order."""
    people = translate("Dashboard", "{count} personnes")
    return [
        Headline(
            count_text(indicators.registered.households),
            translate("Dashboard", "foyers inscrits"),
            people.format(count=count_text(indicators.registered.people)),
        ),
        Headline(
            count_text(indicators.contacted.households),
            translate("Dashboard", "foyers contactés"),
            translate("Dashboard", "{rate} des inscrits").format(
                rate=rate_text(indicators.contact_rate)
            ),
        ),
        Headline(
            count_text(indicators.accompanied.households),
            translate("Dashboard", "foyers accompagnés"),
            translate("Dashboard", "{rate} des contactés").format(
                rate=rate_text(indicators.accompaniment_rate)
            ),
        ),
        Headline(
            count_text(indicators.settled.households),
            translate("Dashboard", "foyers installés"),
            translate("Dashboard", "{rate} des accompagnés").format(
                rate=rate_text(indicators.settlement_rate)
            ),
        ),
        Headline(
            count_text(indicators.settled.people),
            translate("Dashboard", "personnes installées"),
            translate("Dashboard", "{adults} adultes, {children} enfants").format(
                adults=count_text(indicators.adults_settled),
                children=count_text(indicators.children_settled),
            ),
        ),
        Headline(
            count_text(indicators.children_schooled),
            translate("Dashboard", "enfants scolarisés"),
            translate("Dashboard", "dans les familles installées"),
        ),
        Headline(
            money_text(indicators.yearly_spending_eur),
            translate("Dashboard", "dépensés chaque année dans la région"),
            translate("Dashboard", "{amount} par personne installée").format(
                amount=money_text(indicators.spending_per_person_eur)
            ),
        ),
        Headline(
            days_text(indicators.median_days_to_settle),
            translate("Dashboard", "de l'inscription à l'installation"),
            translate("Dashboard", "délai médian"),
        ),
    ]


class DashboardPage(QWidget):
    """Headline figures, charts and the breakdown by territory, for the filters shown.

    Signals:
        refreshed: new figures are on screen (tests wait for it).
    """

    key = "tableau-de-bord"
    refreshed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.title = translate("Dashboard", "Tableau de bord")
        self.setObjectName("pageContent")
        self.setStyleSheet(PAGE_SHEET)
        self.indicators: Indicators | None = None
        """The figures on screen (``None`` until the first computation)."""
        self.preview: PdfPreviewDialog | None = None
        """The bilan's preview last opened."""
        self._task: Task | None = None
        self._again = False
        self._stale = True
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(FILTER_DELAY_MS)
        self._delay.timeout.connect(self.refresh)
        self.bilan = BackgroundWork(translate("Dashboard", "Bilan PDF"), self)
        self.export = BackgroundWork(translate("Dashboard", "Export des indicateurs"), self)

        self._build_filters()
        self._build_buttons()
        self._build_figures()
        self._build_layout()
        self._connect()

    # Building -----------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.period = PeriodPicker(self._workspace.today(), self)
        self.departement_filter = filter_combo("departementFilter", self)
        self.epci_filter = filter_combo("epciFilter", self)
        self.officer_filter = filter_combo("officerFilter", self)
        self.source_filter = filter_combo("sourceFilter", self)
        self.event_filter = filter_combo("eventFilter", self)
        self._combos = (
            self.departement_filter,
            self.epci_filter,
            self.officer_filter,
            self.source_filter,
            self.event_filter,
        )
        fill_combo(
            self.source_filter,
            translate("Dashboard", "Toutes origines"),
            [(source, source_label(source)) for source in Source],
        )
        self.clear_filters = QPushButton(translate("Dashboard", "Tout afficher"), self)
        self.clear_filters.setObjectName("clearFilters")
        self._fill_choices()

    def _build_buttons(self) -> None:
        self.bilan_button = QPushButton(translate("Dashboard", "Bilan PDF…"), self)
        self.bilan_button.setObjectName("bilanButton")
        self.bilan_button.setToolTip(
            translate(
                "Dashboard",
                "Le bilan de ces chiffres en PDF, avec graphiques et tableaux par territoire, "
                "à imprimer ou à enregistrer",
            )
        )
        self.export_button = QPushButton(
            translate("Dashboard", "Exporter les indicateurs (XLSX)…"), self
        )
        self.export_button.setObjectName("exportIndicatorsButton")

    def _build_figures(self) -> None:
        self.stand = StandSection(self)
        self.tiles = [HeadlineTile(f"tile{index}", self) for index in range(8)]
        self.funnel = FunnelChart(self)
        self.months = MonthsChart(self)
        self.territory_level = QComboBox(self)
        self.territory_level.setObjectName("territoryLevel")
        self.territory_level.addItem(translate("Dashboard", "Par département"), "departement")
        self.territory_level.addItem(translate("Dashboard", "Par intercommunalité"), "epci")
        self.territory_model = TerritoryModel(self)
        self.territory_table = QTableView(self)
        self.territory_table.setObjectName("territoryTable")
        self.territory_table.setModel(self.territory_model)
        self.territory_table.verticalHeader().hide()
        self.territory_table.setAlternatingRowColors(True)
        self.territory_table.setWordWrap(False)
        self.territory_table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.territory_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.territory_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.scope = QLabel(self)
        self.scope.setObjectName("dashboardScope")
        self.scope.setWordWrap(True)
        self.busy_label = QLabel(translate("Dashboard", "Calcul des indicateurs…"), self)
        self.busy_label.setObjectName("dashboardBusy")
        self.busy_label.setVisible(False)
        self.empty = QLabel(self)
        self.empty.setObjectName("dashboardEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setFont(style.scaled_font(self.empty, 1.15))
        self.empty.setMinimumHeight(200)

    def _build_layout(self) -> None:
        title = QLabel(self.title, self)
        title.setObjectName("pageTitle")
        title.setFont(style.scaled_font(title, 2.0, weight=QFont.Weight.DemiBold))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.busy_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        header.addWidget(self.bilan_button)
        header.addWidget(self.export_button)

        filters = FlowLayout(spacing=8)
        for widget in (self.period, *self._combos, self.clear_filters):
            filters.addWidget(widget)

        tiles = QGridLayout()
        tiles.setSpacing(12)
        for index, tile in enumerate(self.tiles):
            tiles.addWidget(tile, index // TILE_COLUMNS, index % TILE_COLUMNS)

        charts = QHBoxLayout()
        charts.setSpacing(12)
        charts.addWidget(_card(self.funnel.view), 1)
        charts.addWidget(_card(self.months.view), 1)

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(14)
        content_layout.addWidget(self.stand)
        content_layout.addLayout(tiles)
        content_layout.addLayout(charts)
        content_layout.addLayout(self._territory_section())
        self.content = content

        self.body = QStackedWidget(self)
        self.body.addWidget(content)
        self.body.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.scope)
        layout.addLayout(filters)
        layout.addSpacing(6)
        layout.addWidget(self.body, 1)
        self._show_buttons()

    def _territory_section(self) -> QVBoxLayout:
        territory_title = QLabel(translate("Dashboard", "Par territoire"), self)
        territory_title.setObjectName("sectionTitle")
        territory_title.setFont(
            style.scaled_font(territory_title, 1.25, weight=QFont.Weight.DemiBold)
        )
        territory_note = QLabel(
            translate(
                "Dashboard",
                "Un foyer compte là où il s'est installé, sinon dans le premier territoire "
                "qu'il souhaite : les lignes s'additionnent au total.",
            ),
            self,
        )
        territory_note.setObjectName("dashboardScope")
        territory_note.setWordWrap(True)
        territory_head = QHBoxLayout()
        territory_head.addWidget(territory_title)
        territory_head.addStretch(1)
        territory_head.addWidget(self.territory_level)

        section = QVBoxLayout()
        section.setSpacing(6)
        section.addLayout(territory_head)
        section.addWidget(territory_note)
        section.addWidget(self.territory_table)
        return section

    def _connect(self) -> None:
        self.period.changed.connect(self._delay.start)
        self.departement_filter.currentIndexChanged.connect(self._on_departement_changed)
        for combo in self._combos[1:]:
            combo.currentIndexChanged.connect(self.refresh)
        self.clear_filters.clicked.connect(self.reset_filters)
        self.territory_level.currentIndexChanged.connect(self._show_territories)
        self.bilan_button.clicked.connect(self.open_bilan)
        self.export_button.clicked.connect(self.export_indicators)
        self.bilan.done.connect(self._show_bilan)
        self.bilan.ended.connect(self._show_buttons)
        self.export.ended.connect(self._show_buttons)
        self._workspace.households_changed.connect(self._on_households_changed)

    # The filters --------------------------------------------------------------------------

    def current_filter(self) -> IndicatorFilter:
        start, end = self.period.period()
        return IndicatorFilter(
            registered_from=start,
            registered_to=end,
            departement=self.departement_filter.currentData(),
            epci=self.epci_filter.currentData(),
            officer_id=self.officer_filter.currentData(),
            source=self.source_filter.currentData(),
            event_id=self.event_filter.currentData(),
        )

    def reset_filters(self) -> None:
        """Every household of the base: whole period, no filter; one computation."""
        for combo in self._combos:
            blocked = combo.blockSignals(True)
            try:
                combo.setCurrentIndex(0)
            finally:
                combo.blockSignals(blocked)
        self._fill_epcis()
        self.period.reset()
        self.refresh()

    def _fill_choices(self) -> None:
        with self._workspace.database.session() as session:
            self._choices: FilterChoices = filter_choices(session)
        fill_combo(
            self.departement_filter,
            translate("Dashboard", "Tous départements"),
            [(choice.key, choice.label) for choice in self._choices.departements],
        )
        self._fill_epcis()
        fill_combo(
            self.officer_filter,
            translate("Dashboard", "Tous chargés d'accueil"),
            self._choices.officers,
        )
        fill_combo(
            self.event_filter, translate("Dashboard", "Tous événements"), self._choices.events
        )

    def _fill_epcis(self) -> None:
        fill_combo(
            self.epci_filter,
            translate("Dashboard", "Toutes intercommunalités"),
            [
                (choice.key, choice.label)
                for choice in epci_choices(self._choices, self.departement_filter.currentData())
            ],
        )

    def _on_departement_changed(self) -> None:
        self._fill_epcis()
        self.refresh()

    # Computing ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A computation is under way."""
        return self._task is not None

    def refresh(self) -> None:
        """Compute the figures of the filters shown, in a worker; again after one under way."""
        self._delay.stop()
        self._stale = False
        if self._task is not None:
            self._again = True
            return
        flt = self.current_filter()
        database = self._workspace.database

        def work(_progress: Any, _cancelled: Any) -> Computed:
            with database.engine.connect() as connection:
                indicators = compute_indicators(connection, flt)
                total = connection.exec_driver_sql("SELECT count(*) FROM household_summary")
                stand = compute_stand_tally(connection, flt)
                return Computed(indicators, int(total.scalar() or 0), stand)

        task = Task(work, self)
        task.succeeded.connect(self._show_computed)
        task.failed.connect(self._show_failure)
        task.finished.connect(self._computed)
        self._task = task
        self.busy_label.setVisible(True)
        task.start()

    def shutdown(self) -> None:
        """Wait for the work under way (figures, bilan, export): threads end before the window."""
        self._delay.stop()
        self._again = False
        if self._task is not None:
            self._task.wait()
        self.bilan.shutdown()
        self.export.shutdown()

    def _computed(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.deleteLater()
        if self._again:
            self._again = False
            self.refresh()
        else:
            self.busy_label.setVisible(False)

    def _show_computed(self, computed: Computed) -> None:
        if self._again:
            return  # the filters changed meanwhile: the next figures are on their way
        self.indicators = indicators = computed.indicators
        self.scope.setText(self._scope_text(indicators))
        if indicators.registered.households == 0:
            self.empty.setText(self._empty_text(computed.households_in_base))
            self.body.setCurrentWidget(self.empty)
        else:
            for tile, headline in zip(self.tiles, headlines(indicators), strict=True):
                tile.show_headline(headline)
            self.funnel.show_indicators(indicators)
            self.months.show_months(every_month(indicators.settlements_by_month))
            self._show_territories()
            self.stand.show_tally(computed.stand)
            self.body.setCurrentWidget(self.content)
        self._show_buttons()
        self.refreshed.emit()

    def _show_failure(self, message: str) -> None:
        self.scope.setText(message)

    def _scope_text(self, indicators: Indicators) -> str:
        text = period_text(indicators.filter)
        filtered = self.current_filter()
        chosen = [
            combo.currentText()
            for combo, value in (
                (self.departement_filter, filtered.departement),
                (self.epci_filter, filtered.epci),
                (self.officer_filter, filtered.officer_id),
                (self.source_filter, filtered.source),
                (self.event_filter, filtered.event_id),
            )
            if value is not None
        ]
        return " · ".join([text, *chosen])

    @staticmethod
    def _empty_text(households_in_base: int) -> str:
        if households_in_base:
            return translate(
                "Dashboard",
                "Aucun foyer inscrit ne correspond à cette période et à ces filtres. "
                "Élargissez la période ou cliquez sur « Tout afficher ».",
            )
        return translate(
            "Dashboard",
            "Aucun foyer pour l'instant : les indicateurs apparaîtront avec les premières "
            "inscriptions. Importez l'export du site (Dossiers › Importer des inscriptions…) "
            "ou créez un foyer.",
        )

    def _show_territories(self) -> None:
        if self.indicators is None:
            return
        by_epci = self.territory_level.currentData() == "epci"
        rows = self.indicators.by_epci if by_epci else self.indicators.by_departement
        self.territory_model.set_rows(rows, epci=by_epci)
        self._fit_territory_table()

    def _fit_territory_table(self) -> None:
        """Tall enough for every row up to a dozen; more scroll inside the table."""
        table = self.territory_table
        shown = min(max(self.territory_model.rowCount(), 1), TABLE_ROWS_SHOWN)
        rows = table.verticalHeader().defaultSectionSize() * shown
        frame = 2 * table.frameWidth()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + frame)

    def _show_buttons(self) -> None:
        has_figures = self.indicators is not None
        self.bilan_button.setEnabled(not self.bilan.busy)
        self.export_button.setEnabled(has_figures and not self.export.busy)

    def _on_households_changed(self) -> None:
        """Compute now if shown, else when next shown; the filters' choices may have grown."""
        self._fill_choices()
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def closeEvent(self, event: QCloseEvent) -> None:
        """A page shown on its own (tests, a detached window) ends its threads as it closes."""
        self.shutdown()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.period.set_today(self._workspace.today())
        if self._stale:
            self.refresh()
        super().showEvent(event)

    # What the officer reads ---------------------------------------------------------------

    def figure_texts(self) -> list[tuple[str, str]]:
        """(caption, value) of each tile, as shown; none while the page is empty."""
        if self.indicators is None or self.body.currentWidget() is not self.content:
            return []
        return [tile.texts() for tile in self.tiles]

    # Bilan and export ---------------------------------------------------------------------

    def open_bilan(self) -> bool:
        """Render the bilan of the filters shown in a worker, then preview it."""
        flt = self.current_filter()
        database, today = self._workspace.database, self._workspace.today()

        def work(_progress: Any, _cancelled: Any) -> tuple[IndicatorFilter, bytes]:
            return flt, render_bilan(load_bilan_data(database, flt, today=today))

        started = self.bilan.start(work, lambda _outcome: None)
        self._show_buttons()
        return started

    def _show_bilan(self, outcome: tuple[IndicatorFilter, bytes]) -> None:
        flt, pdf = outcome
        self.preview = PdfPreviewDialog(
            pdf,
            title=translate("Dashboard", "Bilan du programme — {period}").format(
                period=period_text(flt)
            ),
            file_name=bilan_file_name(flt, self._workspace.today()),
            settings=self._workspace.settings,
            parent=self.window(),
        )
        self.preview.setObjectName("bilanPreview")
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()

    def export_indicators(self) -> bool:
        """Ask where, then write the figures on screen to an Excel workbook."""
        indicators = self.indicators
        if indicators is None:
            return False
        path = ask_save_path(
            self,
            title=translate("Dashboard", "Exporter les indicateurs"),
            formats=[(translate("Dashboard", "Classeur Excel (*.xlsx)"), "xlsx")],
            file_name=f"indicateurs-{_file_day(self._workspace.today())}.xlsx",
            settings=self._workspace.settings,
            object_name="exportIndicatorsDialog",
        )
        if path is None:
            return False
        database = self._workspace.database
        started = self.export.start(
            writing_to(path, lambda: export_indicators(database, path, indicators)),
            lambda _outcome: translate(
                "Dashboard", "Les indicateurs sont enregistrés dans {path}."
            ).format(path=path),
        )
        self._show_buttons()
        return started


def _file_day(day: date) -> str:
    return day.isoformat()


def _card(widget: QWidget) -> QFrame:
    """``widget`` on a white card, like the tiles."""
    card = QFrame(widget.parentWidget())
    card.setObjectName("dashboardCard")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addWidget(widget)
    return card
