"""The exchanges with a household, logging the next one in a few keystrokes, and its follow-ups."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.follow_ups import household_follow_ups, mark_done
from desktop.cases.timeline import (
    NextFollowUp,
    TimelineEntry,
    channel_label,
    log_interaction,
    timeline,
)
from desktop.errors import FormError, UserFacingError
from desktop.models import Channel, FollowUp
from desktop.ui import style
from desktop.ui.field_errors import ERROR_SHEET, FieldErrorLabel
from desktop.ui.household.reason_dialog import SubmittingTextEdit
from desktop.ui.household.rows import clear_rows, local_moment, plain_label, section_title
from desktop.ui.workspace import Workspace

FOLLOW_UP_DAYS = 7
"""The follow-up the quick add proposes: in a week."""

CHANNELS = [
    Channel.PHONE,
    Channel.EMAIL,
    Channel.MEETING,
    Channel.VISIT,
    Channel.EVENT,
    Channel.NOTE,
]

SHEET = f"""
QFrame#quickAdd {{
    background: {style.BLUE_PALE}; border: 1px solid {style.BORDER}; border-radius: 6px;
}}
QFrame#timelineEntry {{ border-top: 1px solid {style.BORDER}; }}
QLabel#timelineMeta {{ color: {style.MUTED}; }}
QLabel#timelineSummary {{ color: {style.INK}; }}
QLabel#internalBadge {{
    color: #ffffff; background: {style.ACCENT}; border-radius: 7px; padding: 0px 6px;
}}
QLabel#followUpDue {{ color: {style.INK}; }}
QLabel#followUpDue[overdue="true"] {{ color: {style.ACCENT_TEXT}; font-weight: 600; }}
QLabel#followUpDone, QLabel#followUpDoneWhat {{ color: {style.OFFLINE_DOT}; }}
QLabel#timelineEmpty, QLabel#followUpsEmpty {{ color: {style.MUTED}; }}
"""


def french_date(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class TimelinePanel(QWidget):
    """One household's exchanges (newest first), the quick add above them, and its follow-ups.

    Adding and ticking off write through the workspace and announce it with
    ``households_changed`` (the last contact moves in the list) and
    ``follow_ups_changed``; a follow-up ticked off elsewhere reloads the panel.
    """

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self.setStyleSheet(SHEET + ERROR_SHEET)
        self._workspace = workspace
        self._household_id: uuid.UUID | None = None
        self._announcing = False

        self.channel = QComboBox()
        self.channel.setObjectName("channelChoice")
        for channel in CHANNELS:
            self.channel.addItem(channel_label(channel), channel.value)
        self.summary = SubmittingTextEdit()
        self.summary.setObjectName("summaryEdit")
        self.summary.setPlaceholderText(
            self.tr("Ce qui s'est dit ou fait… (Ctrl+Entrée pour ajouter)")
        )
        self.summary.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.summary.submitted.connect(self.add)
        self.internal = QCheckBox(self.tr("&Interne"))
        self.internal.setObjectName("internalCheck")
        self.internal.setToolTip(
            self.tr("Une note interne n'apparaît dans aucun document remis au foyer.")
        )
        self.follow_up = QCheckBox(self.tr("&Relancer le"))
        self.follow_up.setObjectName("followUpCheck")
        self.follow_up_date = QDateEdit()
        self.follow_up_date.setObjectName("followUpDate")
        self.follow_up_date.setDisplayFormat("dd/MM/yyyy")
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_what = QLineEdit()
        self.follow_up_what.setObjectName("followUpWhat")
        self.follow_up.toggled.connect(self.follow_up_date.setEnabled)
        self.follow_up.toggled.connect(self.follow_up_what.setEnabled)
        self.add_button = QPushButton(self.tr("Ajoute&r"))
        self.add_button.setObjectName("addInteractionButton")
        self.add_button.setToolTip(self.tr("Ajouter à l'historique (Ctrl+Entrée)"))
        self.add_button.clicked.connect(self.add)
        self.errors = {
            "summary": FieldErrorLabel(self.summary, name="summaryError"),
            "due_on": FieldErrorLabel(self.follow_up_date, name="followUpDateError"),
            "what": FieldErrorLabel(self.follow_up_what, name="followUpWhatError"),
        }
        self.quick_add_error = FieldErrorLabel(name="quickAddError")

        self.follow_ups = QVBoxLayout()
        self.follow_ups.setSpacing(4)
        self.entries = QVBoxLayout()
        self.entries.setSpacing(0)

        layout = QVBoxLayout(self)
        layout.addWidget(self._quick_add())
        layout.addSpacing(6)
        layout.addWidget(section_title(self.tr("Relances")))
        layout.addLayout(self.follow_ups)
        layout.addSpacing(6)
        layout.addWidget(section_title(self.tr("Échanges")))
        layout.addLayout(self.entries)
        layout.addStretch(1)

        workspace.follow_ups_changed.connect(self.on_follow_ups_changed)
        self.reset_quick_add()
        self.clear()

    def _quick_add(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("quickAdd")
        box = QVBoxLayout(frame)
        box.setContentsMargins(8, 8, 8, 8)
        box.setSpacing(4)

        top = QHBoxLayout()
        channel_label_ = QLabel(self.tr("&Canal"))
        channel_label_.setBuddy(self.channel)
        top.addWidget(channel_label_)
        top.addWidget(self.channel)
        top.addStretch(1)
        top.addWidget(self.internal)
        box.addLayout(top)
        box.addWidget(self.summary)
        box.addWidget(self.errors["summary"])

        follow_up = QHBoxLayout()
        follow_up.addWidget(self.follow_up)
        follow_up.addWidget(self.follow_up_date)
        follow_up.addWidget(self.follow_up_what, 1)
        box.addLayout(follow_up)
        box.addWidget(self.errors["due_on"])
        box.addWidget(self.errors["what"])

        bottom = QHBoxLayout()
        bottom.addWidget(self.quick_add_error, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(bottom)
        return frame

    # -- showing -------------------------------------------------------------------------------

    @property
    def household_id(self) -> uuid.UUID | None:
        return self._household_id

    def load(self, household_id: uuid.UUID) -> None:
        if household_id != self._household_id:
            self.reset_quick_add(keep_summary=False)
        with self._workspace.database.session() as session:
            entries = timeline(session, household_id)
            follow_ups = household_follow_ups(session, household_id)
        self._household_id = household_id
        self._show_follow_ups(follow_ups)
        self._show_entries(entries)
        self.setEnabled(True)

    def clear(self) -> None:
        self._household_id = None
        self._show_follow_ups([])
        self._show_entries([])
        self.reset_quick_add(keep_summary=False)
        self.setEnabled(False)

    def reload(self) -> None:
        if self._household_id is not None:
            self.load(self._household_id)

    def on_follow_ups_changed(self) -> None:
        if not self._announcing:
            self.reload()

    def focus_quick_add(self) -> None:
        """Put the cursor in the summary, ready to type (the page binds it to a shortcut)."""
        self.summary.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reset_quick_add(self, *, keep_summary: bool = False) -> None:
        if not keep_summary:
            self.summary.clear()
        self.channel.setCurrentIndex(0)
        self.internal.setChecked(False)
        self.follow_up.setChecked(False)
        self.follow_up_date.setEnabled(False)
        self.follow_up_what.setEnabled(False)
        self.follow_up_date.setDate(qdate(self._workspace.today() + timedelta(days=FOLLOW_UP_DAYS)))
        self.follow_up_what.setText(self.tr("Rappeler"))
        self._show_errors({}, None)

    def _show_errors(self, by_field: dict[str, str], general: str | None) -> None:
        for field, label in self.errors.items():
            label.show_message(by_field.get(field))
        self.quick_add_error.show_message(general)

    def _show_entries(self, entries: list[TimelineEntry]) -> None:
        clear_rows(self.entries)
        if not entries and self._household_id is not None:
            empty = QLabel(self.tr("Aucun échange pour l'instant : notez le premier ci-dessus."))
            empty.setObjectName("timelineEmpty")
            empty.setWordWrap(True)
            self.entries.addWidget(empty)
        for entry in entries:
            self.entries.addWidget(self._entry_row(entry))

    def _entry_row(self, entry: TimelineEntry) -> QFrame:
        row = QFrame()
        row.setObjectName("timelineEntry")
        box = QVBoxLayout(row)
        box.setContentsMargins(0, 6, 0, 6)
        box.setSpacing(2)
        header = QHBoxLayout()
        header.setSpacing(6)
        meta = [local_moment(entry.occurred_at), channel_label(entry.channel)]
        if entry.author:
            meta.append(entry.author)
        meta_label = plain_label(" · ".join(meta), "timelineMeta", wrap=False)
        header.addWidget(meta_label)
        if entry.internal:
            badge = QLabel(self.tr("interne"))
            badge.setObjectName("internalBadge")
            badge.setToolTip(self.tr("Note interne : n'apparaît dans aucun document remis."))
            header.addWidget(badge)
        header.addStretch(1)
        box.addLayout(header)
        box.addWidget(plain_label(entry.summary, "timelineSummary"))
        return row

    def _show_follow_ups(self, follow_ups: list[FollowUp]) -> None:
        clear_rows(self.follow_ups)
        if not follow_ups and self._household_id is not None:
            empty = QLabel(self.tr("Aucune relance prévue."))
            empty.setObjectName("followUpsEmpty")
            self.follow_ups.addWidget(empty)
        today = self._workspace.today()
        for follow_up in follow_ups:
            self.follow_ups.addWidget(self._follow_up_row(follow_up, today))

    def _follow_up_row(self, follow_up: FollowUp, today: date) -> QFrame:
        row = QFrame()
        row.setObjectName("followUpRow")
        row.setProperty("followUpId", str(follow_up.id))
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        if follow_up.done_on is not None:
            done = plain_label(
                self.tr("Fait le {day}").format(day=french_date(follow_up.done_on)),
                "followUpDone",
                wrap=False,
            )
            box.addWidget(done)
            box.addWidget(plain_label(follow_up.what, "followUpDoneWhat"), 1)
            return row
        overdue = follow_up.due_on < today
        due_text = french_date(follow_up.due_on)
        if overdue:
            due_text = self.tr("{day} (en retard)").format(day=due_text)
        elif follow_up.due_on == today:
            due_text = self.tr("{day} (aujourd'hui)").format(day=due_text)
        due = plain_label(due_text, "followUpDue", wrap=False)
        due.setProperty("overdue", overdue)
        box.addWidget(due)
        box.addWidget(plain_label(follow_up.what, "followUpWhat"), 1)
        button = QPushButton(self.tr("Fait"))
        button.setObjectName("followUpDoneButton")
        button.setToolTip(self.tr("Marquer cette relance comme faite aujourd'hui"))
        follow_up_id = follow_up.id
        button.clicked.connect(lambda: self.mark_done(follow_up_id))
        box.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    # -- writing -------------------------------------------------------------------------------

    def add(self) -> None:
        """Log the exchange typed in the quick add, with its follow-up if one is ticked."""
        household_id = self._household_id
        if household_id is None:
            return
        channel = Channel(self.channel.currentData())
        summary = self.summary.toPlainText()
        internal = self.internal.isChecked()
        follow_up = (
            NextFollowUp(self.follow_up_date.date().toPython(), self.follow_up_what.text())
            if self.follow_up.isChecked()
            else None
        )
        officer_id = self._workspace.officer_id
        today = self._workspace.today()
        try:
            self._workspace.write(
                lambda session: log_interaction(
                    session,
                    household_id,
                    channel=channel,
                    summary=summary,
                    internal=internal,
                    officer_id=officer_id,
                    follow_up=follow_up,
                    today=today,
                )
            )
        except FormError as error:
            self._show_errors(error.by_field(), None)
            self._focus_first_error(error.by_field())
            return
        except UserFacingError as error:
            self._show_errors({}, error.message)
            return
        self.reset_quick_add()
        self.load(household_id)
        self._announce(follow_ups=follow_up is not None)
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_first_error(self, by_field: dict[str, str]) -> None:
        for field, widget in (
            ("summary", self.summary),
            ("due_on", self.follow_up_date),
            ("what", self.follow_up_what),
        ):
            if field in by_field:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def mark_done(self, follow_up_id: uuid.UUID) -> None:
        today = self._workspace.today()
        try:
            self._workspace.write(lambda session: mark_done(session, follow_up_id, today=today))
        except UserFacingError as error:
            self._show_errors({}, error.message)
            return
        self.reload()
        self._announce(follow_ups=True)

    def _announce(self, *, follow_ups: bool) -> None:
        self._announcing = True
        try:
            self._workspace.households_changed.emit()
            if follow_ups:
                self._workspace.follow_ups_changed.emit()
        finally:
            self._announcing = False
