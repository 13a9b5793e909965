"""Recording a household's settling in: the facts the programme's figures count."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.cases.households import load_household
from desktop.cases.places import Place, describe_wish, territory_index
from desktop.errors import UserFacingError
from desktop.models import PersonRole, SchoolLevel, TerritoryKind
from desktop.ui.field_errors import ERROR_SHEET, FieldErrorLabel
from desktop.ui.household.territory_picker import TerritoryEdit
from desktop.ui.workspace import Workspace
from desktop.workflow.status import SettlementFacts


@dataclass(frozen=True)
class SettlementDefaults:
    """What the dialog proposes, read from the household."""

    adults: int
    children: int
    children_schooled: int
    commune: Place | None
    """The first commune the household wished for, if any."""


def settlement_defaults(session: Session, household_id: uuid.UUID) -> SettlementDefaults:
    data = load_household(session, household_id)
    adults = [m for m in data.members if m.role is PersonRole.ADULT]
    children = [m for m in data.members if m.role is PersonRole.CHILD]
    schooled = [
        c for c in children if c.school_level not in (None, SchoolLevel.NONE, SchoolLevel.HIGHER)
    ]
    code = next((t.code for t in data.targets if t.kind is TerritoryKind.COMMUNE), None)
    return SettlementDefaults(
        adults=max(len(adults), 1),
        children=len(children),
        children_schooled=len(schooled),
        commune=describe_wish(session, TerritoryKind.COMMUNE, code) if code else None,
    )


class SettlementDialog(QDialog):
    """Date, commune and people of a settlement; ``submit`` records it.

    Every problem is shown beside its field and the values stay as typed; a
    refusal from ``submit`` (a :class:`~desktop.errors.UserFacingError`) is
    shown at the bottom, the dialog still open.

    Args:
        workspace: gives today and the database.
        household_id: the household settling in.
        submit: records the settlement; raises ``UserFacingError`` to refuse.
    """

    def __init__(
        self,
        workspace: Workspace,
        household_id: uuid.UUID,
        submit: Callable[[SettlementFacts], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settlementDialog")
        self.setStyleSheet(ERROR_SHEET)
        self.setWindowTitle(self.tr("Enregistrer l'installation"))
        self._workspace = workspace
        self._submit = submit
        with workspace.database.session() as session:
            defaults = settlement_defaults(session, household_id)

        intro = QLabel(
            self.tr(
                "Le foyer s'est installé dans la région : ces chiffres alimentent le bilan "
                "du programme (personnes installées, enfants scolarisés)."
            )
        )
        intro.setWordWrap(True)

        today = workspace.today()
        self.moved_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.moved_on.setObjectName("movedOnEdit")
        self.moved_on.setDisplayFormat("dd/MM/yyyy")
        self.moved_on.setCalendarPopup(True)
        self.moved_on.setMaximumWidth(140)
        database = workspace.database
        self.commune = TerritoryEdit(lambda: territory_index(database).communes)
        self.commune.setObjectName("communeEdit")
        self.commune.setPlaceholderText(self.tr("Tapez le début du nom : Besançon, Nevers…"))
        if defaults.commune is not None:
            self.commune.set_value((defaults.commune.label, defaults.commune))
        self.adults = self._spin_box("adultsSpin", defaults.adults)
        self.children = self._spin_box("childrenSpin", defaults.children)
        self.children_schooled = self._spin_box("childrenSchooledSpin", defaults.children_schooled)

        self.errors = {
            "moved_on": FieldErrorLabel(self.moved_on, name="movedOnError"),
            "commune_code": FieldErrorLabel(self.commune, name="communeError"),
            "adults": FieldErrorLabel(self.adults, name="adultsError"),
            "children": FieldErrorLabel(self.children, name="childrenError"),
            "children_schooled": FieldErrorLabel(
                self.children_schooled, name="childrenSchooledError"
            ),
        }
        self.general_error = FieldErrorLabel(name="settlementError")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            (self.tr("&Date d'installation"), self.moved_on, "moved_on"),
            (self.tr("&Commune"), self.commune, "commune_code"),
            (self.tr("&Adultes"), self.adults, "adults"),
            (self.tr("&Enfants"), self.children, "children"),
            (self.tr("Enfants &scolarisés"), self.children_schooled, "children_schooled"),
        ]
        for text, field, key in rows:
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(field)
            box.addWidget(self.errors[key])
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Enregistrer l'installation"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

    def _spin_box(self, name: str, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(0, 30)
        box.setValue(value)
        box.setMaximumWidth(90)
        return box

    def facts(self) -> SettlementFacts:
        moved_on: date = self.moved_on.date().toPython()
        commune = self.commune.resolved()
        return SettlementFacts(
            moved_on=moved_on,
            commune_code=commune.code if commune is not None else "",
            adults=self.adults.value(),
            children=self.children.value(),
            children_schooled=self.children_schooled.value(),
        )

    def problems(self) -> dict[str, str]:
        """The French message of each field in error, by field."""
        facts = self.facts()
        found = {p.field: p.message for p in facts.problems(self._workspace.today())}
        if not facts.commune_code:
            found["commune_code"] = (
                self.tr(
                    "Commune : « {text} » n'est pas dans la liste ; tapez le début du nom "
                    "et choisissez la commune proposée."
                ).format(text=self.commune.text().strip())
                if self.commune.text().strip()
                else self.tr("Commune : indiquez la commune où le foyer s'est installé.")
            )
        return found

    def accept(self) -> None:
        problems = self.problems()
        for key, label in self.errors.items():
            label.show_message(problems.get(key))
        self.general_error.clear_message()
        if problems:
            return
        try:
            self._submit(self.facts())
        except UserFacingError as error:
            self.general_error.show_message(error.message)
            return
        super().accept()
