"""The members of a household, one block of fields per adult or child.

A grid of plain widgets per person (not a table view) lets each refused value
be shown in French right under the field that holds it. Adding and removing a
person are undoable: a removed block is only taken off the screen, kept by its
undo command, so undoing brings back the very same fields and their history.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.households import PersonInput
from desktop.labels import school_level_label
from desktop.models import PersonRole, SchoolLevel
from desktop.ui.field_errors import FieldErrorLabel
from desktop.ui.household.row_list import RowList
from desktop.ui.household.undo import Field, Step, check_field, combo_field, line_field
from desktop.validation import format_phone


class MemberRow(QFrame):
    """The fields of one person; which fields depends on the role.

    Signals:
        remove_requested: the officer clicked "Retirer" on this person.
    """

    remove_requested = Signal(object)

    def __init__(
        self,
        role: PersonRole,
        stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("memberRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.role = role
        self.person_id: uuid.UUID | None = None
        self.fields: dict[str, Field] = {}
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, FieldErrorLabel] = {}
        self._stack = stack

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("memberTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.remove_button = QPushButton(QCoreApplication.translate("MembersEditor", "Retirer"))
        self.remove_button.setObjectName("removeMember")
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.remove_button)
        layout.addLayout(header)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        layout.addLayout(grid)
        self._grid = grid
        self._line("first_name", QCoreApplication.translate("MembersEditor", "Prénom"), 0, 0)
        self._line("last_name", QCoreApplication.translate("MembersEditor", "Nom"), 0, 1)
        year = self._line(
            "birth_year", QCoreApplication.translate("MembersEditor", "Année de naissance"), 0, 2
        )
        year.setPlaceholderText(QCoreApplication.translate("MembersEditor", "ex. 1984"))
        year.setMaxLength(8)
        if role is PersonRole.ADULT:
            self._line(
                "occupation", QCoreApplication.translate("MembersEditor", "Profession"), 3, 0
            )
            self._line(
                "job_sought", QCoreApplication.translate("MembersEditor", "Emploi recherché"), 3, 1
            )
            self._check(
                "remote_worker", QCoreApplication.translate("MembersEditor", "Télétravail"), 3, 2
            )
            email = self._line("email", QCoreApplication.translate("MembersEditor", "E-mail"), 6, 0)
            email.setPlaceholderText(
                QCoreApplication.translate("MembersEditor", "prenom.nom@exemple.fr")
            )
            phone = self._line(
                "phone", QCoreApplication.translate("MembersEditor", "Téléphone"), 6, 1
            )
            phone.setPlaceholderText(QCoreApplication.translate("MembersEditor", "06 12 34 56 78"))
        else:
            school = QComboBox()
            school.addItem(QCoreApplication.translate("MembersEditor", "Non précisée"), None)
            for level in SchoolLevel:
                school.addItem(school_level_label(level), level)
            self._place(
                "school_level",
                QCoreApplication.translate("MembersEditor", "Scolarité"),
                school,
                3,
                0,
            )
            self.fields["school_level"] = combo_field(stack, school)
            self._check(
                "childcare_need",
                QCoreApplication.translate("MembersEditor", "Besoin de garde"),
                3,
                1,
            )
        for column in range(3):
            grid.setColumnStretch(column, 1)

    def _place(self, name: str, label: str, widget: QWidget, row: int, column: int) -> None:
        widget.setObjectName(name)
        caption = QLabel(label)
        caption.setBuddy(widget)
        error = FieldErrorLabel(widget)
        self._grid.addWidget(caption, row, column)
        self._grid.addWidget(widget, row + 1, column)
        self._grid.addWidget(error, row + 2, column)
        self.widgets[name] = widget
        self.errors[name] = error

    def _line(self, name: str, label: str, row: int, column: int) -> QLineEdit:
        edit = QLineEdit()
        self._place(name, label, edit, row, column)
        self.fields[name] = line_field(self._stack, edit)
        return edit

    def _check(self, name: str, label: str, row: int, column: int) -> QCheckBox:
        box = QCheckBox(label)
        box.setObjectName(name)
        error = FieldErrorLabel(box)
        self._grid.addWidget(box, row + 1, column)
        self._grid.addWidget(error, row + 2, column)
        self.widgets[name] = box
        self.errors[name] = error
        self.fields[name] = check_field(self._stack, box)
        return box

    def focus_chain(self) -> list[QWidget]:
        return [*self.widgets.values(), self.remove_button]

    def load(self, person: PersonInput) -> None:
        """Show ``person`` as stored, recording nothing for undo."""
        self.person_id = person.id
        for name, field in self.fields.items():
            value = getattr(person, name)
            if name == "phone" and value:
                value = format_phone(value)  # stored as +33…, read the French way
            field.reset(value)

    def to_input(self) -> PersonInput:
        values = {name: field.value() for name, field in self.fields.items()}
        return PersonInput(role=self.role, id=self.person_id, **values)

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear_message()


class MembersEditor(RowList[MemberRow]):
    """Adults first, then children; "Ajouter un adulte", "Ajouter un enfant", "Retirer"."""

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(stack, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.error = FieldErrorLabel(None)
        layout.addWidget(self.error)
        layout.addLayout(self._list)
        buttons = QHBoxLayout()
        self.add_adult_button = QPushButton(
            QCoreApplication.translate("MembersEditor", "Ajouter un adult&e")
        )
        self.add_adult_button.setObjectName("addAdult")
        self.add_child_button = QPushButton(
            QCoreApplication.translate("MembersEditor", "Ajouter un e&nfant")
        )
        self.add_child_button.setObjectName("addChild")
        self.add_adult_button.clicked.connect(lambda: self.add_member(PersonRole.ADULT))
        self.add_child_button.clicked.connect(lambda: self.add_member(PersonRole.CHILD))
        buttons.addWidget(self.add_adult_button)
        buttons.addWidget(self.add_child_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for row in self._rows:
            chain += row.focus_chain()
        return [*chain, self.add_adult_button, self.add_child_button]

    def add_member(self, role: PersonRole) -> MemberRow:
        """Add an empty person (undoable) after the others of the same role; focus its name."""
        row = self._new_row(role)
        position = self._insert_position(role)

        def redo() -> None:
            self._show(row, position)
            row.widgets["first_name"].setFocus(Qt.FocusReason.OtherFocusReason)

        label = (
            QCoreApplication.translate("MembersEditor", "Ajout d'un adulte")
            if role is PersonRole.ADULT
            else QCoreApplication.translate("MembersEditor", "Ajout d'un enfant")
        )
        self._stack.push(Step(label, redo, lambda: self._hide(row)))
        return row

    def remove_member(self, row: MemberRow) -> None:
        position = self._rows.index(row)
        self._stack.push(
            Step(
                QCoreApplication.translate("MembersEditor", "Retrait d'un membre"),
                lambda: self._hide(row),
                lambda: self._show(row, position),
            )
        )

    def load(self, members: list[PersonInput]) -> None:
        """Replace every person by ``members``; the undo history must have been cleared."""
        self._drop_all()
        for person in members:
            row = self._new_row(person.role)
            row.load(person)
            self._show(row, len(self._rows), notify=False)
        self._loaded()

    def inputs(self) -> list[PersonInput]:
        return [row.to_input() for row in self._rows]

    def clear_errors(self) -> None:
        self.error.clear_message()
        for row in self._rows:
            row.clear_errors()

    def _new_row(self, role: PersonRole) -> MemberRow:
        row = MemberRow(role, self._stack, self)
        row.setVisible(False)
        row.remove_requested.connect(self.remove_member)
        self._kept.append(row)
        return row

    def _insert_position(self, role: PersonRole) -> int:
        if role is PersonRole.CHILD:
            return len(self._rows)
        return sum(1 for row in self._rows if row.role is PersonRole.ADULT)

    def _renumber(self) -> None:
        counts = {PersonRole.ADULT: 0, PersonRole.CHILD: 0}
        for row in self._rows:
            counts[row.role] += 1
            template = (
                QCoreApplication.translate("MembersEditor", "Adulte {n}")
                if row.role is PersonRole.ADULT
                else QCoreApplication.translate("MembersEditor", "Enfant {n}")
            )
            row.title.setText(template.format(n=counts[row.role]))
