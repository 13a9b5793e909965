"""The timeline panel driven from the keyboard: logging exchanges, planning and ticking off."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton
from sqlalchemy import event, select

from desktop.cases.follow_ups import schedule_follow_up
from desktop.cases.households import HouseholdInput, PersonInput, register_household
from desktop.cases.timeline import log_interaction
from desktop.models import Channel, FollowUp, Interaction, PersonRole, Source
from desktop.storage import Database
from desktop.ui.household.timeline_panel import TimelinePanel
from desktop.ui.workspace import Workspace

TODAY = date(2026, 11, 25)


@pytest.fixture
def workspace(database: Database, officer_id: uuid.UUID) -> Workspace:
    return Workspace(database, officer_id=officer_id, today=lambda: TODAY)


@pytest.fixture
def household_id(database: Database) -> uuid.UUID:
    data = HouseholdInput(
        source=Source.PHONE,
        members=[PersonInput(PersonRole.ADULT, "Léa", "Martin", phone="06 12 34 56 78")],
    )
    with database.transaction() as session:
        household_id = register_household(session, data, today=TODAY).id
        log_interaction(
            session,
            household_id,
            channel=Channel.EMAIL,
            summary="Demande de documentation sur Nevers",
            occurred_at=datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
            today=TODAY,
        )
    return household_id


@pytest.fixture
def panel(qtbot, workspace: Workspace, household_id: uuid.UUID) -> TimelinePanel:
    panel = TimelinePanel(workspace)
    qtbot.addWidget(panel)
    panel.resize(420, 600)
    panel.show()
    panel.load(household_id)
    return panel


def entries(panel: TimelinePanel) -> list[QFrame]:
    rows = []
    for index in range(panel.entries.count()):
        widget = panel.entries.itemAt(index).widget()
        if widget is not None and widget.objectName() == "timelineEntry":
            rows.append(widget)
    return rows


def label(row: QFrame, name: str) -> QLabel | None:
    return row.findChild(QLabel, name)


def follow_up_rows(panel: TimelinePanel) -> list[QFrame]:
    rows = []
    for index in range(panel.follow_ups.count()):
        widget = panel.follow_ups.itemAt(index).widget()
        if widget is not None and widget.objectName() == "followUpRow":
            rows.append(widget)
    return rows


def interactions(database: Database, household_id: uuid.UUID) -> list[Interaction]:
    with database.session() as session:
        return list(
            session.scalars(
                select(Interaction)
                .where(Interaction.household_id == household_id)
                .order_by(Interaction.occurred_at)
            )
        )


def follow_ups(database: Database, household_id: uuid.UUID) -> list[FollowUp]:
    with database.session() as session:
        return list(
            session.scalars(
                select(FollowUp)
                .where(FollowUp.household_id == household_id)
                .order_by(FollowUp.due_on)
            )
        )


def submit(qtbot, panel: TimelinePanel) -> None:
    qtbot.keyClick(panel.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_the_stored_exchanges_are_shown_with_their_details(panel: TimelinePanel) -> None:
    (row,) = entries(panel)
    local = datetime(2026, 11, 20, 9, 30, tzinfo=UTC).astimezone()
    assert label(row, "timelineMeta").text() == f"{local:%d/%m/%Y %H:%M} · E-mail"
    assert label(row, "timelineSummary").text() == "Demande de documentation sur Nevers"
    assert label(row, "internalBadge") is None
    assert panel.channel.currentText() == "Téléphone"
    assert panel.follow_up_date.date().toPython() == TODAY + timedelta(days=7)
    assert panel.follow_up_what.text() == "Rappeler"
    assert not panel.follow_up_date.isEnabled()


def test_a_call_is_logged_with_ctrl_return_and_shown_first(
    qtbot, panel: TimelinePanel, database: Database, household_id: uuid.UUID
) -> None:
    announced: list[str] = []
    panel._workspace.households_changed.connect(lambda: announced.append("households"))
    panel._workspace.follow_ups_changed.connect(lambda: announced.append("follow_ups"))

    panel.focus_quick_add()
    qtbot.keyClicks(panel.summary, "Appel : visite prevue a Decize")
    submit(qtbot, panel)

    stored = interactions(database, household_id)
    assert [(i.channel, i.summary, i.internal) for i in stored] == [
        (Channel.EMAIL, "Demande de documentation sur Nevers", False),
        (Channel.PHONE, "Appel : visite prevue a Decize", False),
    ]
    first = entries(panel)[0]
    assert label(first, "timelineSummary").text() == "Appel : visite prevue a Decize"
    assert label(first, "timelineMeta").text().endswith(" · Téléphone · Claire Morel")
    assert len(entries(panel)) == 2
    assert panel.summary.toPlainText() == ""
    assert announced == ["households"]
    assert follow_ups(database, household_id) == []


def test_an_internal_note_with_its_follow_up(
    qtbot, panel: TimelinePanel, database: Database, household_id: uuid.UUID
) -> None:
    announced: list[str] = []
    panel._workspace.follow_ups_changed.connect(lambda: announced.append("follow_ups"))

    panel.channel.setCurrentIndex(panel.channel.findText("Note"))
    qtbot.keyClicks(panel.summary, "Hesite encore, a ne pas brusquer")
    panel.internal.setChecked(True)
    qtbot.mouseClick(panel.follow_up, Qt.MouseButton.LeftButton)
    assert panel.follow_up_date.isEnabled()
    panel.follow_up_what.setText("Rappeler apres la visite")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    note = interactions(database, household_id)[-1]
    assert (note.channel, note.internal) == (Channel.NOTE, True)
    (planned,) = follow_ups(database, household_id)
    assert (planned.due_on, planned.what, planned.interaction_id, planned.done_on) == (
        TODAY + timedelta(days=7),
        "Rappeler apres la visite",
        note.id,
        None,
    )
    assert announced == ["follow_ups"]
    assert label(entries(panel)[0], "internalBadge").text() == "interne"
    (row,) = follow_up_rows(panel)
    assert label(row, "followUpDue").text() == "02/12/2026"
    assert label(row, "followUpWhat").text() == "Rappeler apres la visite"
    assert not panel.internal.isChecked()
    assert not panel.follow_up.isChecked()


def test_bad_input_is_told_beside_the_fields_and_kept(
    qtbot, panel: TimelinePanel, database: Database, household_id: uuid.UUID
) -> None:
    submit(qtbot, panel)
    summary_error = panel.findChild(QLabel, "summaryError")
    assert summary_error.isVisible()
    assert summary_error.text() == "Résumé : écrivez en une phrase ce qui s'est dit ou fait."

    qtbot.keyClicks(panel.summary, "Appel")
    panel.follow_up.setChecked(True)
    panel.follow_up_date.setDate(QDate(2026, 11, 20))
    submit(qtbot, panel)

    assert summary_error.isHidden()
    date_error = panel.findChild(QLabel, "followUpDateError")
    assert date_error.isVisible()
    assert date_error.text() == (
        "Date de relance : le 20/11/2026 est passé ; choisissez une date à venir."
    )
    assert panel.summary.toPlainText() == "Appel"
    assert panel.follow_up.isChecked()
    assert panel.follow_up_date.date() == QDate(2026, 11, 20)
    assert len(interactions(database, household_id)) == 1
    assert follow_ups(database, household_id) == []


def test_a_follow_up_is_ticked_off(
    qtbot, panel: TimelinePanel, database: Database, household_id: uuid.UUID
) -> None:
    with database.transaction() as session:
        schedule_follow_up(
            session, household_id, due_on=TODAY, what="Envoyer la liste", today=TODAY
        )
    with database.transaction() as session:  # overdue: planned a week ago
        schedule_follow_up(
            session,
            household_id,
            due_on=date(2026, 11, 18),
            what="Rappeler",
            today=date(2026, 11, 1),
        )
    panel.reload()
    overdue, due_today = follow_up_rows(panel)
    assert label(overdue, "followUpDue").text() == "18/11/2026 (en retard)"
    assert label(overdue, "followUpDue").property("overdue") is True
    assert label(due_today, "followUpDue").property("overdue") is False
    announced: list[str] = []
    panel._workspace.follow_ups_changed.connect(lambda: announced.append("follow_ups"))
    panel._workspace.households_changed.connect(lambda: announced.append("households"))

    qtbot.mouseClick(
        overdue.findChild(QPushButton, "followUpDoneButton"), Qt.MouseButton.LeftButton
    )

    done = {f.what: f.done_on for f in follow_ups(database, household_id)}
    assert done == {"Rappeler": TODAY, "Envoyer la liste": None}
    assert sorted(announced) == ["follow_ups", "households"]
    still_open, ticked = follow_up_rows(panel)
    assert label(still_open, "followUpWhat").text() == "Envoyer la liste"
    assert label(ticked, "followUpDone").text() == "Fait le 25/11/2026"
    assert ticked.findChild(QPushButton, "followUpDoneButton") is None


def test_a_follow_up_ticked_off_elsewhere_reloads_the_panel(
    panel: TimelinePanel, database: Database, household_id: uuid.UUID
) -> None:
    with database.transaction() as session:
        schedule_follow_up(session, household_id, due_on=TODAY, what="Rappeler", today=TODAY)
    assert follow_up_rows(panel) == []
    panel._workspace.follow_ups_changed.emit()
    assert len(follow_up_rows(panel)) == 1


def test_a_refused_write_keeps_the_typed_summary(
    qtbot, panel: TimelinePanel, database: Database, household_id: uuid.UUID
) -> None:
    database.engine.dispose()
    event.listen(database.engine, "connect", lambda c, _r: c.execute("PRAGMA query_only = 1"))
    announced: list[str] = []
    panel._workspace.households_changed.connect(lambda: announced.append("households"))

    qtbot.keyClicks(panel.summary, "Appel : rappeler lundi")
    submit(qtbot, panel)

    error = panel.findChild(QLabel, "quickAddError")
    assert error.isVisible()
    assert error.text().startswith("L'enregistrement a échoué")
    assert panel.summary.toPlainText() == "Appel : rappeler lundi"
    assert announced == []
    assert len(entries(panel)) == 1


def test_clear_empties_and_disables_the_panel(panel: TimelinePanel) -> None:
    panel.summary.setPlainText("brouillon")
    panel.clear()
    assert panel.household_id is None
    assert entries(panel) == []
    assert panel.summary.toPlainText() == ""
    assert not panel.isEnabled()
