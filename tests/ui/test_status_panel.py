"""The status panel driven as an officer would: menu, reason, settlement, history, refusals."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import event, select

from desktop.cases.households import (
    HouseholdInput,
    PersonInput,
    TargetInput,
    register_household,
)
from desktop.models import (
    Household,
    PersonRole,
    SchoolLevel,
    Settlement,
    Source,
    Status,
    StatusChange,
    TerritoryKind,
)
from desktop.storage import Database
from desktop.ui.household.reason_dialog import ReasonDialog
from desktop.ui.household.settlement_dialog import SettlementDialog
from desktop.ui.household.status_panel import StatusPanel
from desktop.ui.workspace import Workspace

BESANCON = "25056"


@pytest.fixture
def workspace(database: Database, officer_id: uuid.UUID) -> Workspace:
    return Workspace(database, officer_id=officer_id)


@pytest.fixture
def household_id(database: Database) -> uuid.UUID:
    """Two adults and two children (one at school), who would like Besançon."""
    data = HouseholdInput(
        source=Source.WEBSITE,
        members=[
            PersonInput(PersonRole.ADULT, "Léa", "Martin", phone="06 12 34 56 78"),
            PersonInput(PersonRole.ADULT, "Karim", "Martin"),
            PersonInput(PersonRole.CHILD, "Inès", "Martin", school_level=SchoolLevel.PRIMARY),
            PersonInput(PersonRole.CHILD, "Noé", "Martin", school_level=SchoolLevel.NONE),
        ],
        targets=[TargetInput(TerritoryKind.COMMUNE, BESANCON)],
    )
    with database.transaction() as session:
        return register_household(session, data, today=date.today()).id


@pytest.fixture
def panel(qtbot, workspace: Workspace, household_id: uuid.UUID) -> StatusPanel:
    panel = StatusPanel(workspace)
    qtbot.addWidget(panel)
    panel.resize(420, 480)
    panel.show()
    panel.load(household_id)
    return panel


def choose(panel: StatusPanel, target: Status) -> None:
    """Pick ``target`` in the « Changer le statut » menu."""
    assert panel.change_button.menu() is panel.change_menu
    action = panel.target_action(target)
    assert action is not None, f"{target} is not offered"
    action.trigger()


def menu_targets(panel: StatusPanel) -> list[str]:
    return [action.text() for action in panel.change_menu.actions()]


def stored_status(database: Database, household_id: uuid.UUID) -> Status:
    with database.session() as session:
        return session.get_one(Household, household_id).status


def changes(database: Database, household_id: uuid.UUID) -> list[tuple]:
    with database.session() as session:
        rows = session.scalars(
            select(StatusChange)
            .where(StatusChange.household_id == household_id)
            .order_by(StatusChange.changed_at)
        )
        return [(r.from_status, r.to_status, r.reason, r.officer_id) for r in rows]


def step_states(panel: StatusPanel) -> dict[str, str]:
    return {status.value: step.property("state") for status, step in panel.steps.items()}


def test_a_new_case_shows_the_pipeline_and_offers_the_allowed_moves(panel: StatusPanel) -> None:
    assert step_states(panel) == {
        "nouveau": "current",
        "contacte": "todo",
        "accompagne": "todo",
        "installe": "todo",
    }
    assert panel.badge.isHidden()
    assert menu_targets(panel) == ["Contacté", "En pause…", "Abandonné…"]
    assert panel.history_texts()[0].endswith("Dossier ouvert : Nouveau")


def test_moving_along_the_pipeline_is_written_dated_and_shown(
    qtbot, panel: StatusPanel, database: Database, household_id: uuid.UUID, officer_id: uuid.UUID
) -> None:
    announced: list[object] = []
    panel._workspace.households_changed.connect(lambda: announced.append("households"))

    with qtbot.waitSignal(panel.status_changed) as changed:
        choose(panel, Status.CONTACTED)
    assert changed.args == [Status.CONTACTED]
    choose(panel, Status.ACCOMPANIED)

    assert stored_status(database, household_id) is Status.ACCOMPANIED
    assert changes(database, household_id)[1:] == [
        (Status.NEW, Status.CONTACTED, None, officer_id),
        (Status.CONTACTED, Status.ACCOMPANIED, None, officer_id),
    ]
    assert announced == ["households", "households"]
    assert step_states(panel) == {
        "nouveau": "done",
        "contacte": "done",
        "accompagne": "current",
        "installe": "todo",
    }
    assert panel.steps[Status.NEW].text() == "✓ Nouveau"
    today = date.today().strftime("%d/%m/%Y")
    history = panel.history_texts()
    assert len(history) == 3
    assert history[0].startswith(f"{today} ") and "Claire Morel" in history[0]
    assert history[0].endswith("Contacté → Accompagné")
    assert history[1].endswith("Nouveau → Contacté")
    assert "Installé…" in menu_targets(panel)


def test_pausing_needs_a_reason_and_shows_a_badge(
    qtbot, panel: StatusPanel, database: Database, household_id: uuid.UUID
) -> None:
    choose(panel, Status.CONTACTED)
    choose(panel, Status.PAUSED)
    dialog = panel.dialog
    assert isinstance(dialog, ReasonDialog)
    assert dialog.isVisible()

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Motif : indiquez pourquoi le dossier passe à « En pause »."
    assert stored_status(database, household_id) is Status.CONTACTED

    qtbot.keyClicks(dialog.reason_edit, "Attend la vente de sa maison")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert panel.dialog is None

    assert stored_status(database, household_id) is Status.PAUSED
    assert changes(database, household_id)[-1][:3] == (
        Status.CONTACTED,
        Status.PAUSED,
        "Attend la vente de sa maison",
    )
    assert panel.badge.isVisible() and panel.badge.text() == "En pause"
    assert step_states(panel)["contacte"] == "current"
    assert panel.history_texts()[0].endswith("Contacté → En pause | Attend la vente de sa maison")
    assert menu_targets(panel) == ["Nouveau", "Contacté", "Accompagné", "Abandonné…"]

    choose(panel, Status.CONTACTED)
    assert panel.badge.isHidden()


def test_cancelling_the_reason_changes_nothing(
    panel: StatusPanel, database: Database, household_id: uuid.UUID
) -> None:
    choose(panel, Status.ABANDONED)
    assert isinstance(panel.dialog, ReasonDialog)
    panel.dialog.reason_edit.setPlainText("Ne répond plus")
    panel.dialog.reject()
    assert stored_status(database, household_id) is Status.NEW
    assert len(changes(database, household_id)) == 1


def accompanied(panel: StatusPanel) -> None:
    choose(panel, Status.CONTACTED)
    choose(panel, Status.ACCOMPANIED)


def test_settling_in_proposes_the_household_and_refuses_bad_values_keeping_them(
    qtbot, panel: StatusPanel, database: Database, household_id: uuid.UUID
) -> None:
    accompanied(panel)
    choose(panel, Status.SETTLED)
    dialog = panel.dialog
    assert isinstance(dialog, SettlementDialog)
    assert dialog.isVisible()
    assert dialog.moved_on.date().toPython() == date.today()
    assert dialog.commune.text() == "Besançon (25)"
    assert (dialog.adults.value(), dialog.children.value()) == (2, 2)
    assert dialog.children_schooled.value() == 1

    future = date.today() + timedelta(days=3)
    dialog.moved_on.setDate(QDate(future.year, future.month, future.day))
    dialog.children.setValue(1)
    dialog.children_schooled.setValue(2)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    schooled = dialog.findChild(QLabel, "childrenSchooledError")
    assert schooled.isVisible()
    assert schooled.text() == "Enfants scolarisés : entre 0 et le nombre d'enfants (1)."
    moved = dialog.findChild(QLabel, "movedOnError")
    assert moved.isVisible()
    assert moved.text().startswith(f"Date d'installation : {future:%d/%m/%Y} est dans le futur")
    assert dialog.findChild(QLabel, "adultsError").isHidden()
    assert dialog.moved_on.date().toPython() == future
    assert (dialog.children.value(), dialog.children_schooled.value()) == (1, 2)
    assert stored_status(database, household_id) is Status.ACCOMPANIED

    dialog.commune.clear()
    qtbot.keyClicks(dialog.commune, "Saint-Martin")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    commune = dialog.findChild(QLabel, "communeError")
    assert commune.isVisible(), "many communes share this name: one must be picked"

    dialog.commune.clear()
    qtbot.keyClicks(dialog.commune, "zzz")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert commune.isVisible()
    assert "« zzz » n'est pas dans la liste" in commune.text()

    with database.session() as session:
        assert session.scalar(select(Settlement)) is None


def test_settling_in_with_good_values_records_the_settlement(
    qtbot, panel: StatusPanel, database: Database, household_id: uuid.UUID
) -> None:
    accompanied(panel)
    choose(panel, Status.SETTLED)
    dialog = panel.dialog
    assert isinstance(dialog, SettlementDialog)

    dialog.commune.clear()
    qtbot.keyClicks(dialog.commune, "besancon")
    popup = dialog.commune.completer().popup()
    assert popup.isVisible()
    assert popup.model().index(0, 0).data() == "Besançon (25)"
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.commune.text() == "Besançon (25)"
    moved_on = date.today() - timedelta(days=2)
    dialog.moved_on.setDate(QDate(moved_on.year, moved_on.month, moved_on.day))
    dialog.children_schooled.setValue(2)

    with qtbot.waitSignal(panel.status_changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    with database.session() as session:
        settlement = session.scalars(select(Settlement)).one()
        assert (
            settlement.household_id,
            settlement.moved_on,
            settlement.commune_code,
            settlement.adults,
            settlement.children,
            settlement.children_schooled,
        ) == (household_id, moved_on, BESANCON, 2, 2, 2)
    assert stored_status(database, household_id) is Status.SETTLED
    assert set(step_states(panel).values()) == {"done", "current"}
    assert step_states(panel)["installe"] == "current"
    assert panel.history_texts()[0].endswith("Accompagné → Installé")
    assert menu_targets(panel) == ["Annuler l'installation (retour à « Accompagné »)…"]


def test_a_refused_write_is_told_and_changes_nothing(
    qtbot, panel: StatusPanel, database: Database, household_id: uuid.UUID
) -> None:
    database.engine.dispose()
    event.listen(database.engine, "connect", lambda c, _r: c.execute("PRAGMA query_only = 1"))
    announced: list[object] = []
    panel.status_changed.connect(announced.append)

    choose(panel, Status.CONTACTED)

    assert panel.error.isVisible()
    assert panel.error.text().startswith("L'enregistrement a échoué")
    assert announced == []
    assert stored_status(database, household_id) is Status.NEW
    assert step_states(panel)["nouveau"] == "current"

    choose(panel, Status.PAUSED)
    dialog = panel.dialog
    assert isinstance(dialog, ReasonDialog)
    qtbot.keyClicks(dialog.reason_edit, "Conge parental")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.text().startswith("L'enregistrement a échoué")
    assert dialog.reason_edit.toPlainText() == "Conge parental"
    assert stored_status(database, household_id) is Status.NEW


def test_a_change_made_elsewhere_refreshes_and_a_stale_menu_is_refused(
    panel: StatusPanel, database: Database, household_id: uuid.UUID
) -> None:
    stale = panel.target_action(Status.CONTACTED)
    with database.transaction() as session:
        session.get_one(Household, household_id).status = Status.SETTLED
    assert stale is not None
    stale.trigger()

    assert panel.error.isVisible()
    assert panel.error.text().startswith("Statut : impossible de passer de « Installé »")
    assert step_states(panel)["installe"] == "current"
    assert stored_status(database, household_id) is Status.SETTLED


def test_clear_empties_the_panel(panel: StatusPanel) -> None:
    panel.clear()
    assert panel.household_id is None
    assert panel.history_texts() == []
    assert not panel.change_button.isEnabled()
    assert panel.change_menu.actions() == []


def test_a_commune_typed_in_full_without_accents_is_recognised(
    qtbot, panel: StatusPanel, database: Database, household_id: uuid.UUID
) -> None:
    accompanied(panel)
    choose(panel, Status.SETTLED)
    dialog = panel.dialog
    assert isinstance(dialog, SettlementDialog)
    dialog.commune.clear()
    qtbot.keyClicks(dialog.commune, "nevers")
    dialog.commune.completer().popup().hide()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    with database.session() as session:
        assert session.scalars(select(Settlement.commune_code)).one() == "58194"
