"""Where a case stands in the pipeline, how it got there, and moving it on."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserFacingError
from desktop.models import Household, Status
from desktop.ui import style
from desktop.ui.field_errors import FieldErrorLabel
from desktop.ui.household.reason_dialog import ReasonDialog
from desktop.ui.household.rows import clear_rows, local_moment, plain_label, section_title
from desktop.ui.household.settlement_dialog import SettlementDialog
from desktop.ui.workspace import Workspace
from desktop.workflow.status import (
    ALLOWED,
    ORDER,
    PIPELINE,
    HistoryEntry,
    SettlementFacts,
    change_status,
    pipeline_position,
    reason_required,
    status_history,
    status_label,
)

STEP_SHEET = f"""
QLabel#pipelineStep {{
    padding: 3px 8px; border-radius: 10px;
    color: {style.MUTED}; background: transparent; border: 1px solid {style.BORDER};
}}
QLabel#pipelineStep[state="done"] {{
    color: {style.BLUE}; background: {style.BLUE_PALE}; border: 1px solid {style.BLUE_PALE};
}}
QLabel#pipelineStep[state="current"] {{
    color: #ffffff; background: {style.BLUE}; border: 1px solid {style.BLUE};
}}
QLabel#statusBadge {{
    padding: 2px 8px; border-radius: 9px; color: #ffffff; background: {style.ACCENT};
}}
QLabel#statusBadge[status="abandonne"] {{ background: {style.MUTED}; }}
QLabel#historyWhat {{ color: {style.INK}; }}
QLabel#historyMeta, QLabel#historyReason {{ color: {style.MUTED}; }}
QLabel#historyEmpty {{ color: {style.MUTED}; }}
"""


class StatusPanel(QWidget):
    """The status of one household: pipeline, badge, history and the « Changer le statut » menu.

    Signals:
        status_changed(Status): the status of the shown household was changed here.
    """

    status_changed = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusPanel")
        self.setStyleSheet(STEP_SHEET)
        self._workspace = workspace
        self._household_id: uuid.UUID | None = None
        self._status: Status | None = None
        self._announcing = False
        self.dialog: QDialog | None = None
        """The reason or settlement dialog while it is open."""

        self.badge = QLabel()
        self.badge.setObjectName("statusBadge")
        self.badge.hide()
        self.change_button = QPushButton(self.tr("Changer le statut"))
        self.change_button.setObjectName("changeStatusButton")
        self.change_menu = QMenu(self.change_button)
        self.change_menu.setObjectName("changeStatusMenu")
        self.change_button.setMenu(self.change_menu)
        self.steps: dict[Status, QLabel] = {}

        self.error = FieldErrorLabel(name="statusError")

        history_title = section_title(self.tr("Historique"))
        self.history = QVBoxLayout()
        self.history.setSpacing(6)

        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addLayout(self._pipeline())
        layout.addWidget(self.error)
        layout.addSpacing(4)
        layout.addWidget(history_title)
        layout.addLayout(self.history)
        layout.addStretch(1)

        workspace.households_changed.connect(self.on_households_changed)
        self.clear()

    def _header(self) -> QHBoxLayout:
        title = QLabel(self.tr("Statut du dossier"))
        title.setObjectName("statusTitle")
        title.setFont(style.scaled_font(title, 1.1, weight=QFont.Weight.DemiBold))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.badge)
        header.addStretch(1)
        header.addWidget(self.change_button)
        return header

    def _pipeline(self) -> QHBoxLayout:
        steps = QHBoxLayout()
        steps.setSpacing(4)
        for index, status in enumerate(PIPELINE):
            if index:
                arrow = QLabel("›")
                arrow.setStyleSheet(f"color: {style.MUTED};")
                steps.addWidget(arrow)
            step = QLabel(status_label(status))
            step.setObjectName("pipelineStep")
            step.setProperty("status", status.value)
            steps.addWidget(step)
            self.steps[status] = step
        steps.addStretch(1)
        return steps

    # -- showing -------------------------------------------------------------------------------

    @property
    def household_id(self) -> uuid.UUID | None:
        return self._household_id

    @property
    def status(self) -> Status | None:
        return self._status

    def load(self, household_id: uuid.UUID) -> None:
        """Show this household's status; an erased or unknown one clears the panel."""
        with self._workspace.database.session() as session:
            household = session.get(Household, household_id)
            if household is None or household.deleted:
                self.clear()
                return
            status = household.status
            history = status_history(session, household_id)
        self._household_id = household_id
        self._status = status
        self._show_pipeline(status, history)
        self._show_history(history)
        self._fill_menu(status)
        self.change_button.setEnabled(True)

    def clear(self) -> None:
        self._household_id = None
        self._status = None
        self._show_pipeline(None, [])
        self._show_history([])
        self.change_menu.clear()
        self.change_button.setEnabled(False)
        self.error.clear_message()

    def reload(self) -> None:
        if self._household_id is not None:
            self.load(self._household_id)

    def on_households_changed(self) -> None:
        if not self._announcing:
            self.reload()

    def _show_pipeline(self, status: Status | None, history: list[HistoryEntry]) -> None:
        position = pipeline_position(status, history) if status else None
        reached = PIPELINE.index(position) if position else -1
        for index, (step_status, step) in enumerate(self.steps.items()):
            name = status_label(step_status)
            if index < reached:
                state, text, spoken = "done", "✓ " + name, self.tr("{step} : fait")
            elif index == reached:
                state, text, spoken = "current", name, self.tr("{step} : étape actuelle")
            else:
                state, text, spoken = "todo", name, self.tr("{step} : à venir")
            step.setText(text)
            step.setAccessibleName(spoken.format(step=name))
            step.setProperty("state", state)
            step.style().unpolish(step)
            step.style().polish(step)
        off_path = status in (Status.PAUSED, Status.ABANDONED)
        if status is not None and off_path:
            self.badge.setText(status_label(status))
            self.badge.setProperty("status", status.value)
            self.badge.style().unpolish(self.badge)
            self.badge.style().polish(self.badge)
        self.badge.setVisible(off_path)

    def _show_history(self, history: list[HistoryEntry]) -> None:
        clear_rows(self.history)
        if not history and self._household_id is not None:
            empty = QLabel(self.tr("Aucun changement de statut enregistré."))
            empty.setObjectName("historyEmpty")
            self.history.addWidget(empty)
        for entry in history:
            self.history.addWidget(self._history_row(entry))

    def _history_row(self, entry: HistoryEntry) -> QFrame:
        row = QFrame()
        row.setObjectName("statusHistoryEntry")
        box = QVBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        if entry.from_status is None:
            what = self.tr("Dossier ouvert : {to}").format(to=status_label(entry.to_status))
        else:
            what = self.tr("{from_} → {to}").format(
                from_=status_label(entry.from_status), to=status_label(entry.to_status)
            )
        meta = local_moment(entry.changed_at)
        if entry.officer:
            meta = self.tr("{moment} · {officer}").format(moment=meta, officer=entry.officer)
        for name, text in (
            ("historyMeta", meta),
            ("historyWhat", what),
            ("historyReason", entry.reason or ""),
        ):
            if not text:
                continue
            label = plain_label(text, name)
            if name == "historyWhat":
                label.setFont(style.scaled_font(label, 1.0, weight=QFont.Weight.DemiBold))
            box.addWidget(label)
        return row

    def history_texts(self) -> list[str]:
        """Each history row as one line of its visible texts, newest first (for tests, a11y)."""
        rows = []
        for index in range(self.history.count()):
            widget = self.history.itemAt(index).widget()
            if isinstance(widget, QFrame) and widget.objectName() == "statusHistoryEntry":
                rows.append(" | ".join(label.text() for label in widget.findChildren(QLabel)))
        return rows

    def _fill_menu(self, status: Status) -> None:
        self.change_menu.clear()
        for target in ORDER:
            if target not in ALLOWED[status]:
                continue
            if status is Status.SETTLED:
                text = self.tr("Annuler l'installation (retour à « {target} »)…").format(
                    target=status_label(target)
                )
            elif target is Status.SETTLED or reason_required(status, target):
                text = status_label(target) + "…"
            else:
                text = status_label(target)
            action = QAction(text, self.change_menu)
            action.setObjectName(f"statusTarget_{target.value}")
            action.setData(target.value)
            action.triggered.connect(lambda _checked=False, t=target: self.choose(t))
            self.change_menu.addAction(action)

    def target_action(self, target: Status) -> QAction | None:
        """The menu entry moving the case to ``target``, if the workflow allows it now."""
        for action in self.change_menu.actions():
            if action.data() == target.value:
                return action
        return None

    # -- changing ------------------------------------------------------------------------------

    def choose(self, target: Status) -> None:
        """Move the shown household to ``target``, asking for a reason or the settlement first."""
        if self._household_id is None or self._status is None:
            return
        self.error.clear_message()
        household_id = self._household_id
        label = status_label(target)
        if target is Status.SETTLED:
            self._open_dialog(
                SettlementDialog(
                    self._workspace,
                    household_id,
                    lambda facts: self._apply(household_id, target, settlement=facts),
                    self,
                )
            )
        elif reason_required(self._status, target):
            self._open_dialog(
                ReasonDialog(
                    label, lambda reason: self._apply(household_id, target, reason=reason), self
                )
            )
        else:
            try:
                self._apply(household_id, target)
            except UserFacingError as error:
                self.reload()
                self.error.show_message(error.message)

    def _open_dialog(self, dialog: QDialog) -> None:
        """Show ``dialog`` window-modal without blocking; it applies the change itself."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(self.on_dialog_finished)
        dialog.open()

    def on_dialog_finished(self) -> None:
        self.dialog = None

    def _apply(
        self,
        household_id: uuid.UUID,
        target: Status,
        *,
        reason: str | None = None,
        settlement: SettlementFacts | None = None,
    ) -> None:
        """Write the change; raises ``UserFacingError`` (nothing written) for the caller to show."""
        officer_id = self._workspace.officer_id
        today = self._workspace.today()
        self._workspace.write(
            lambda session: change_status(
                session,
                session.get_one(Household, household_id),
                target,
                reason=reason,
                officer_id=officer_id,
                settlement=settlement,
                today=today,
            )
        )
        self.load(household_id)
        self._announcing = True
        try:
            self._workspace.households_changed.emit()
        finally:
            self._announcing = False
        self.status_changed.emit(target)
