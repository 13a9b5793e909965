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
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.events import EventInput, create_event
from desktop.cases.places import territory_index
from desktop.errors import FormError, UserFacingError
from desktop.models import EventKind
from desktop.ui.field_errors import ERROR_SHEET, FieldErrorLabel
from desktop.ui.household.territory_picker import TerritoryEdit
from desktop.ui.workspace import Workspace

translate = QCoreApplication.translate


def event_kind_label(kind: EventKind) -> str:
    labels = {
        EventKind.FAIR: translate("Events", "Salon"),
        EventKind.IMMERSION: translate("Events", "Séjour d'immersion"),
    }
    return labels[kind]


class EventDialog(QDialog):
    """Creates one event; after ``exec()``, :attr:`event_id` is the new event's, or ``None``.

    The dialog is named ``eventDialog``; its buttons ``createEvent`` and ``cancelEvent``.
    """

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self.setWindowTitle(translate("Events", "Nouvel événement"))
        self.setStyleSheet(ERROR_SHEET)
        self._workspace = workspace
        self.event_id: uuid.UUID | None = None
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

        self.errors = {
            "name": FieldErrorLabel(self.name),
            "place": FieldErrorLabel(self.place),
            "commune_code": FieldErrorLabel(self.commune),
            "starts_on": FieldErrorLabel(self.starts_on),
            "ends_on": FieldErrorLabel(self.ends_on),
        }
        self.banner = FieldErrorLabel(None, name="eventProblem")
        form = QFormLayout()
        for caption, widget, error in (
            (translate("Events", "&Nom"), self.name, "name"),
            (translate("Events", "&Type"), self.kind, None),
            (translate("Events", "&Lieu"), self.place, "place"),
            (translate("Events", "&Commune"), self.commune, "commune_code"),
            (translate("Events", "&Du"), self.starts_on, "starts_on"),
            (translate("Events", "&Au"), self.ends_on, "ends_on"),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, widget)
            if error is not None:
                form.addRow("", self.errors[error])

        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(
            translate("Events", "Créer l'événement"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("createEvent")
        self.create_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("Events", "Annuler"))
        cancel.setObjectName("cancelEvent")
        self.create_button.clicked.connect(self.create)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def create(self) -> uuid.UUID | None:
        for label in (*self.errors.values(), self.banner):
            label.clear_message()
        place = self.commune.resolved()
        data = EventInput(
            name=self.name.text(),
            kind=self.kind.currentData(),
            place=self.place.text(),
            commune_code=place.code if place is not None else self.commune.text().strip(),
            starts_on=self.starts_on.date().toPython(),
            ends_on=self.ends_on.date().toPython(),
        )
        try:
            event_id = self._workspace.write(lambda session: create_event(session, data).id)
        except FormError as error:
            for field, message in error.by_field().items():
                self.errors.get(field, self.banner).show_message(message)
            return None
        except UserFacingError as error:
            self.banner.show_message(error.message)
            return None
        self.event_id = event_id
        self.accept()
        return event_id

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
