"""What the household needs to settle: one line per domain, ticked, with its state and a note.

The domains are a fixed list, so the editor is a fixed grid: ticking a domain
enables its state and note; unticking keeps what was typed (greyed), so a
mis-click loses nothing, and only ticked domains are saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from desktop.cases.households import NeedInput
from desktop.labels import need_domain_label, need_state_label
from desktop.models import NeedDomain, NeedState
from desktop.ui.field_errors import FieldErrorLabel
from desktop.ui.household.undo import Field, check_field, combo_field, line_field


class _NeedLine:
    """The three widgets of one domain and their undoable fields."""

    def __init__(self, domain: NeedDomain, stack: QUndoStack) -> None:
        self.domain = domain
        self.check = QCheckBox(need_domain_label(domain))
        self.check.setObjectName(f"need_{domain.value}")
        self.state = QComboBox()
        self.state.setObjectName(f"needState_{domain.value}")
        for state in NeedState:
            self.state.addItem(need_state_label(state), state)
        self.state.setAccessibleName(
            QCoreApplication.translate("NeedsEditor", "État du besoin : {domain}").format(
                domain=need_domain_label(domain)
            )
        )
        self.note = QLineEdit()
        self.note.setObjectName(f"needNote_{domain.value}")
        self.note.setPlaceholderText(
            QCoreApplication.translate("NeedsEditor", "Précision (facultatif)")
        )
        self.note.setAccessibleName(
            QCoreApplication.translate("NeedsEditor", "Précision du besoin : {domain}").format(
                domain=need_domain_label(domain)
            )
        )

        self.checked: Field = check_field(stack, self.check, self._enable)
        self.state_field: Field = combo_field(stack, self.state)
        self.note_field: Field = line_field(stack, self.note)
        self._enable()

    def _enable(self) -> None:
        ticked = self.check.isChecked()
        self.state.setEnabled(ticked)
        self.note.setEnabled(ticked)


class NeedsEditor(QWidget):
    """The needs checklist of :class:`~desktop.models.NeedDomain`, in the domain's order."""

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.error = FieldErrorLabel(None)
        grid.addWidget(self.error, 0, 0, 1, 3)
        for column, title in enumerate(
            (
                QCoreApplication.translate("NeedsEditor", "Besoin"),
                QCoreApplication.translate("NeedsEditor", "État"),
                QCoreApplication.translate("NeedsEditor", "Précision"),
            )
        ):
            heading = QLabel(title)
            heading.setObjectName("needsHeading")
            grid.addWidget(heading, 1, column)
        self.lines: dict[NeedDomain, _NeedLine] = {}
        for row, domain in enumerate(NeedDomain, start=2):
            line = _NeedLine(domain, stack)
            grid.addWidget(line.check, row, 0)
            grid.addWidget(line.state, row, 1)
            grid.addWidget(line.note, row, 2)
            self.lines[domain] = line
        grid.setColumnStretch(2, 1)

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for line in self.lines.values():
            chain += [line.check, line.state, line.note]
        return chain

    def load(self, needs: list[NeedInput]) -> None:
        wanted = {need.domain: need for need in needs}
        for domain, line in self.lines.items():
            need = wanted.get(domain)
            line.checked.reset(need is not None)
            line.state_field.reset(need.state if need else NeedState.OPEN)
            line.note_field.reset(need.note if need else "")

    def inputs(self) -> list[NeedInput]:
        return [
            NeedInput(domain, line.state_field.value(), line.note_field.value())
            for domain, line in self.lines.items()
            if line.checked.value()
        ]

    def clear_errors(self) -> None:
        self.error.clear_message()
