"""Recording a household's settling in: the facts the programme's figures count."""

from __future__ import annotations

import unicodedata
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QStringListModel
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.cases.households import load_household
from desktop.errors import UserFacingError
from desktop.models import Commune, PersonRole, SchoolLevel, TerritoryKind
from desktop.storage import Database
from desktop.ui.household.reason_dialog import error_label, show_message
from desktop.ui.workspace import Workspace
from desktop.workflow.status import SettlementFacts

SUGGESTIONS = 30
"""How many communes the completer proposes at once."""


@dataclass(frozen=True)
class CommuneChoice:
    code: str
    text: str
    """What the officer reads and the field holds: « Besançon (25) »."""
    key: str
    """The name folded for matching: lower case, no accents, hyphens as spaces."""
    population: int


def fold(text: str) -> str:
    """« Saint-Étienne » → « saint etienne »: what a hurried officer types matches."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(letters.replace("-", " ").replace("'", " ").split())


def commune_choices(session: Session) -> list[CommuneChoice]:
    """Every commune, most populated first, named « Name (département) ».

    Two communes of one département sharing a name get their INSEE code added.
    """
    rows = session.execute(
        select(Commune.code, Commune.name, Commune.departement_code, Commune.population).order_by(
            Commune.population.desc().nulls_last(), Commune.name
        )
    ).all()
    texts = [f"{name} ({departement})" for _code, name, departement, _pop in rows]
    seen: dict[str, int] = {}
    for text in texts:
        seen[text] = seen.get(text, 0) + 1
    return [
        CommuneChoice(
            code=code,
            text=text if seen[text] == 1 else f"{text} – {code}",
            key=fold(name),
            population=population or 0,
        )
        for (code, name, _departement, population), text in zip(rows, texts, strict=True)
    ]


_CHOICES: weakref.WeakKeyDictionary[Database, list[CommuneChoice]] = weakref.WeakKeyDictionary()


def cached_commune_choices(database: Database) -> list[CommuneChoice]:
    """The communes of ``database``, read once (under a second) and kept while it is open.

    The reference geography changes only when Escale is upgraded, never while it runs.
    """
    if database not in _CHOICES:
        with database.session() as session:
            _CHOICES[database] = commune_choices(session)
    return _CHOICES[database]


class CommuneField(QLineEdit):
    """A line edit that proposes communes as the officer types, accents optional.

    The field's text is the commune as shown (« Besançon (25) »); :meth:`code`
    is its INSEE code, or ``None`` while the text names no commune of the list.
    """

    def __init__(self, choices: list[CommuneChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self._by_text = {choice.text: choice for choice in choices}
        self._by_code = {choice.code: choice for choice in choices}
        self._suggestions = QStringListModel(self)
        self.completer_ = QCompleter(self._suggestions, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(10)
        self.completer_.setWidget(self)
        self.completer_.activated.connect(self.setText)
        self.textEdited.connect(self.on_text_edited)

    def code(self) -> str | None:
        """The commune picked, or typed in full when no other commune has that name."""
        choice = self._by_text.get(self.text().strip())
        if choice is not None:
            return choice.code
        key = fold(self.text())
        named = [c for c in self._choices if c.key == key] if key else []
        return named[0].code if len(named) == 1 else None

    def set_code(self, code: str) -> None:
        choice = self._by_code.get(code)
        self.setText(choice.text if choice else "")

    def suggestions(self, text: str) -> list[str]:
        """Communes whose name starts with ``text``, then those containing it, biggest first."""
        key = fold(text.split("(", maxsplit=1)[0])
        if not key:
            return []
        starting = [c.text for c in self._choices if c.key.startswith(key)]
        if len(starting) < SUGGESTIONS:
            starting += [
                c.text for c in self._choices if key in c.key and not c.key.startswith(key)
            ]
        return starting[:SUGGESTIONS]

    def on_text_edited(self, text: str) -> None:
        found = self.suggestions(text)
        self._suggestions.setStringList(found)
        if found and text.strip() not in self._by_text:
            self.completer_.complete()
        else:
            self.completer_.popup().hide()


@dataclass(frozen=True)
class SettlementDefaults:
    """What the dialog proposes, read from the household."""

    adults: int
    children: int
    children_schooled: int
    commune_code: str | None


def settlement_defaults(session: Session, household_id: uuid.UUID) -> SettlementDefaults:
    data = load_household(session, household_id)
    adults = [m for m in data.members if m.role is PersonRole.ADULT]
    children = [m for m in data.members if m.role is PersonRole.CHILD]
    schooled = [
        c for c in children if c.school_level not in (None, SchoolLevel.NONE, SchoolLevel.HIGHER)
    ]
    commune = next((t.code for t in data.targets if t.kind is TerritoryKind.COMMUNE), None)
    return SettlementDefaults(
        adults=max(len(adults), 1),
        children=len(children),
        children_schooled=len(schooled),
        commune_code=commune,
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
        self.setWindowTitle(self.tr("Enregistrer l'installation"))
        self._workspace = workspace
        self._submit = submit
        choices = cached_commune_choices(workspace.database)
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
        self.commune = CommuneField(choices)
        self.commune.setObjectName("communeEdit")
        self.commune.setPlaceholderText(self.tr("Tapez le début du nom : Besançon, Nevers…"))
        if defaults.commune_code:
            self.commune.set_code(defaults.commune_code)
        self.adults = self._spin_box("adultsSpin", defaults.adults)
        self.children = self._spin_box("childrenSpin", defaults.children)
        self.children_schooled = self._spin_box("childrenSchooledSpin", defaults.children_schooled)

        self.errors = {
            "moved_on": error_label("movedOnError"),
            "commune_code": error_label("communeError"),
            "adults": error_label("adultsError"),
            "children": error_label("childrenError"),
            "children_schooled": error_label("childrenSchooledError"),
        }
        self.general_error = error_label("settlementError")

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
        return SettlementFacts(
            moved_on=moved_on,
            commune_code=self.commune.code() or "",
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
            show_message(label, problems.get(key))
        show_message(self.general_error, None)
        if problems:
            return
        try:
            self._submit(self.facts())
        except UserFacingError as error:
            show_message(self.general_error, error.message)
            return
        super().accept()
