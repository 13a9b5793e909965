"""The dashboard's *Bilan du stand*: an event's visitors, by wished territory and by project.

Shown only while the dashboard is filtered on an event; the figures are
:func:`~desktop.reporting.stand.compute_stand_tally`'s, computed in the
dashboard's worker with the indicators.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.reporting.presentation import stand_heading, unknown_territory_label
from desktop.reporting.stand import StandTally, TallyRow
from desktop.ui import style
from desktop.ui.dashboard.formatting import count_text, counted
from desktop.ui.dashboard.territory_model import FiguresModel

translate = QCoreApplication.translate

ROWS_SHOWN = 8
"""Rows a tally table shows before it scrolls."""


class TallyModel(FiguresModel[TallyRow]):
    """Rows of :class:`TallyRow`: what they are, households, people."""

    def __init__(self, heading: str, parent: QObject | None = None) -> None:
        super().__init__(
            [heading, translate("Dashboard", "Foyers"), translate("Dashboard", "Personnes")],
            self._text,
            parent,
        )
        self._unknown = unknown_territory_label()
        self._with_code = True

    def set_rows(
        self,
        rows: Sequence[TallyRow],
        *,
        heading: str | None = None,
        unknown: str | None = None,
        with_code: bool = True,
    ) -> None:
        """Show ``rows``; ``with_code``: « Nièvre (58) » rather than the name alone."""
        self.beginResetModel()
        self._rows = list(rows)
        if heading is not None:
            self._headers[0] = heading
        if unknown is not None:
            self._unknown = unknown
        self._with_code = with_code
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)

    def _text(self, row: TallyRow, column: int) -> str | None:
        if column == 0:
            if row.code is None and not row.name:
                return self._unknown
            return f"{row.name} ({row.code})" if self._with_code and row.code else row.name
        return count_text(row.households if column == 1 else row.people)


def _table(model: TallyModel, name: str, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class StandSection(QWidget):
    """The visitors of the event filtered on; hidden when no event is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("standSection")
        self.tally: StandTally | None = None
        title = QLabel(translate("Dashboard", "Bilan du stand"), self)
        title.setObjectName("sectionTitle")
        title.setFont(style.scaled_font(title, 1.25, weight=QFont.Weight.DemiBold))
        self.level = QComboBox(self)
        self.level.setObjectName("standLevel")
        self.level.addItem(translate("Dashboard", "Par département souhaité"), "departement")
        self.level.addItem(translate("Dashboard", "Par intercommunalité souhaitée"), "epci")
        self.summary = QLabel(self)
        self.summary.setObjectName("standSummary")
        self.summary.setWordWrap(True)
        self.summary.setFont(style.scaled_font(self.summary, 1.1))
        note = QLabel(
            translate(
                "Dashboard",
                "Visiteurs : les foyers enregistrés à cet événement, quel que soit leur dossier "
                "depuis. Territoire : leur premier souhait. Un foyer peut avoir plusieurs "
                "projets : les lignes par projet peuvent dépasser le total.",
            ),
            self,
        )
        note.setObjectName("dashboardScope")
        note.setWordWrap(True)
        self.territory_model = TallyModel(translate("Dashboard", "Territoire souhaité"), self)
        self.project_model = TallyModel(translate("Dashboard", "Projet"), self)
        self.territory_table = _table(self.territory_model, "standTerritoryTable", self)
        self.project_table = _table(self.project_model, "standProjectTable", self)

        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.level)
        tables = QHBoxLayout()
        tables.setSpacing(12)
        tables.addWidget(self.territory_table, 3)
        tables.addWidget(self.project_table, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addLayout(tables)
        layout.addWidget(note)
        self.level.currentIndexChanged.connect(self._show_territories)
        self.setVisible(False)

    def show_tally(self, tally: StandTally | None) -> None:
        """Show ``tally``, or hide the section when there is none (no event filtered on)."""
        self.tally = tally
        self.setVisible(tally is not None)
        if tally is None:
            return
        self.summary.setText(
            translate("Dashboard", "{event} : {households}, {people}").format(
                event=stand_heading(tally),
                households=counted(
                    tally.households,
                    translate("Dashboard", "1 foyer"),
                    translate("Dashboard", "{count} foyers"),
                ),
                people=counted(
                    tally.people,
                    translate("Dashboard", "1 personne"),
                    translate("Dashboard", "{count} personnes"),
                ),
            )
        )
        self.project_model.set_rows(tally.by_project, with_code=False)
        self._show_territories()

    def _show_territories(self) -> None:
        tally = self.tally
        if tally is None:
            return
        if self.level.currentData() == "epci":
            self.territory_model.set_rows(
                tally.by_epci,
                heading=translate("Dashboard", "Intercommunalité souhaitée"),
                unknown=translate(
                    "Dashboard", "Intercommunalité non précisée (souhait d'un département)"
                ),
                with_code=False,
            )
        else:
            self.territory_model.set_rows(
                tally.by_departement,
                heading=translate("Dashboard", "Département souhaité"),
                unknown=unknown_territory_label(),
            )
        shown = max(self.territory_model.rowCount(), self.project_model.rowCount())
        for table in (self.territory_table, self.project_table):
            _fit(table, shown)

    def texts(self) -> tuple[list[list[str]], list[list[str]]]:
        """The territory table's rows as shown, and the project table's (tests read them)."""
        return _rows(self.territory_model), _rows(self.project_model)


def _fit(table: QTableView, rows: int) -> None:
    """Tall enough for ``rows`` up to :data:`ROWS_SHOWN`; more scroll inside the table."""
    shown = min(max(rows, 1), ROWS_SHOWN)
    height = table.verticalHeader().defaultSectionSize() * shown
    table.setFixedHeight(
        table.horizontalHeader().sizeHint().height() + height + 2 * table.frameWidth()
    )


def _rows(model: TallyModel) -> list[list[str]]:
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
