"""*Nouvel événement…*: a fair or an immersion stay, named, placed and dated.

The event is created through :func:`desktop.cases.events.create_event`, which
checks every field; what it refuses is said beside the field and the dialog
stays open with what was typed. The new event syncs to the shared catalogue.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.events import EventInput, create_event
from desktop.cases.places import territory_index
from desktop.models import EventKind
from desktop.ui.household.territory_picker import TerritoryEdit
from desktop.ui.record_dialog import RecordDialog
from desktop.ui.workspace import Workspace

translate = QCoreApplication.translate


def event_kind_label(kind: EventKind) -> str:
    labels = {
        EventKind.FAIR: translate("Events", "Salon"),
        EventKind.IMMERSION: translate("Events", "Séjour d'immersion"),
    }
    return labels[kind]


class EventDialog(RecordDialog):
    """Creates one event; after ``exec()``, :attr:`event_id` is the new event's, or ``None``.

    The dialog is named ``eventDialog``; its buttons ``createEvent`` and ``cancelEvent``.
    """

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, "eventDialog", "eventProblem", parent)
        self.setWindowTitle(translate("Events", "Nouvel événement"))
        today = QDate(workspace.today())

        self.name = QLineEdit()
        self.name.setObjectName("eventName")
        self.name.setPlaceholderText(
            translate("Events", "ex. Salon Vivre et travailler en province")
        )
        self.kind = QComboBox()
        self.kind.setObjectName("eventKind")
        for kind in EventKind:
            self.kind.addItem(event_kind_label(kind), kind)
        self.place = QLineEdit()
        self.place.setObjectName("eventPlace")
        self.place.setPlaceholderText(translate("Events", "ex. Paris, Porte de Versailles"))
        self.commune = TerritoryEdit(lambda: territory_index(workspace.database).communes)
        self.commune.setObjectName("eventCommune")
        self.commune.setPlaceholderText(translate("Events", "Commune (facultatif)"))
        self.starts_on = _date_edit("eventStart", today)
        self.ends_on = _date_edit("eventEnd", today)
        self.starts_on.dateChanged.connect(self._follow_start)

        form = QFormLayout()
        for caption, widget, error in (
            (translate("Events", "&Nom"), self.name, "name"),
            (translate("Events", "&Type"), self.kind, None),
            (translate("Events", "&Lieu"), self.place, "place"),
            (translate("Events", "&Commune"), self.commune, "commune_code"),
            (translate("Events", "&Du"), self.starts_on, "starts_on"),
            (translate("Events", "&Au"), self.ends_on, "ends_on"),
        ):
            self.add_row(form, caption, widget, error)
        buttons, self.create_button = self.button_box(
            translate("Events", "Créer l'événement"),
            "createEvent",
            translate("Events", "Annuler"),
            "cancelEvent",
        )
        self.create_button.clicked.connect(self.create)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    @property
    def event_id(self) -> uuid.UUID | None:
        """The event created, once the dialog closed on it."""
        return self.saved_id

    def create(self) -> uuid.UUID | None:
        place = self.commune.resolved()
        data = EventInput(
            name=self.name.text(),
            kind=self.kind.currentData(),
            place=self.place.text(),
            commune_code=place.code if place is not None else self.commune.text().strip(),
            starts_on=self.starts_on.date().toPython(),
            ends_on=self.ends_on.date().toPython(),
        )
        return self.submit(lambda session: create_event(session, data).id)

    def _follow_start(self, start: QDate) -> None:
        """An end before the new start moves with it: most fairs last one or two days."""
        if self.ends_on.date() < start:
            self.ends_on.setDate(start)


def _date_edit(name: str, day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setObjectName(name)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit
