"""An officer's morning in the main window, end to end, with the keyboard and the mouse.

Create a family, find it again without typing accents, move it along the
pipeline, log a call with its follow-up, see the follow-up under *Relances*
and tick it off; then the guard rails: unsaved edits, and a duplicate merged.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.cases.follow_ups import Horizon
from desktop.models import FollowUp, Household, Interaction, Person, PersonRole, Status
from desktop.storage import Database
from desktop.ui.application import create_main_window
from desktop.ui.follow_ups_page import FollowUpsPage
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import open_settings
from tests.ui.driving import answer, fill_member, keys, type_in

pytestmark = pytest.mark.usefixtures("french")


@pytest.fixture
def window(qtbot, database: Database, data_dir: Path) -> MainWindow:
    window = create_main_window(database, open_settings(data_dir))
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def shortcut(qtbot, window: MainWindow, key: Qt.Key) -> None:
    """Ctrl+key pressed wherever the focus is, as on a real keyboard."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)


def type_family(qtbot, window: MainWindow, email: str = "helene.lefevre@example.fr") -> None:
    form = window.household_page.form
    fill_member(
        qtbot,
        form.members.rows()[0],
        first_name="Hélène",
        last_name="Lefèvre",
        birth_year="1988",
        email=email,
    )
    qtbot.mouseClick(form.members.add_adult_button, Qt.MouseButton.LeftButton)
    fill_member(qtbot, form.members.rows()[1], first_name="Karim", last_name="Benali")
    qtbot.mouseClick(form.members.add_child_button, Qt.MouseButton.LeftButton)
    fill_member(qtbot, form.members.rows()[2], first_name="Lina", birth_year="2017")


def test_an_officer_registers_follows_and_relances_a_family(
    qtbot, window: MainWindow, database: Database
) -> None:
    shortcut(qtbot, window, Qt.Key.Key_N)
    page = window.household_page
    assert window.cases_stack.currentWidget() is page
    assert page.heading.text() == "Nouveau foyer"
    type_family(qtbot, window)
    assert page.unsaved.isVisible()

    shortcut(qtbot, window, Qt.Key.Key_S)
    household_id = page.household_id
    assert household_id is not None
    assert page.heading.text() == "Lefèvre – Benali"
    assert not page.unsaved.isVisible()
    with database.session() as session:
        people = session.scalars(select(Person).where(Person.household_id == household_id))
        roles = sorted((person.first_name, person.role) for person in people)
    assert roles == [
        ("Hélène", PersonRole.ADULT),
        ("Karim", PersonRole.ADULT),
        ("Lina", PersonRole.CHILD),
    ]

    # Find it again from the list, typing without accents.
    shortcut(qtbot, window, Qt.Key.Key_F)
    cases = window.cases_page
    assert window.cases_stack.currentWidget() is cases
    assert cases.search.hasFocus()
    with qtbot.waitSignal(cases.model.modelReset, timeout=2000):
        keys(qtbot, cases.search, "helene lefev")
    assert cases.model.rowCount() == 1
    assert cases.model.household_id(0) == household_id
    qtbot.keyClick(cases.search, Qt.Key.Key_Down)
    cases.table.setCurrentIndex(cases.model.index(0, 0))
    qtbot.keyClick(cases.table, Qt.Key.Key_Return)
    assert window.cases_stack.currentWidget() is page
    assert page.household_id == household_id

    # Contacted, then accompanied.
    for status in (Status.CONTACTED, Status.ACCOMPANIED):
        action = page.status_panel.target_action(status)
        assert action is not None and action.isEnabled()
        action.trigger()
    with database.session() as session:
        assert session.get_one(Household, household_id).status is Status.ACCOMPANIED
    assert "Accompagné" in page.status_panel.history_texts()[0]

    # A phone call logged from the keyboard, with a follow-up for today.
    shortcut(qtbot, window, Qt.Key.Key_E)
    timeline = page.timeline
    assert timeline.summary.hasFocus()
    keys(qtbot, timeline.summary, "Appel : visite de Nevers prévue")
    qtbot.mouseClick(timeline.follow_up, Qt.MouseButton.LeftButton)
    timeline.follow_up_date.setDate(QDate.currentDate())
    type_in(qtbot, timeline.follow_up_what, "Rappeler après la visite")
    qtbot.keyClick(timeline.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with database.session() as session:
        calls = session.scalars(
            select(Interaction).where(Interaction.household_id == household_id)
        ).all()
        follow_up = session.scalars(
            select(FollowUp).where(FollowUp.household_id == household_id)
        ).one()
    assert [call.summary for call in calls] == ["Appel : visite de Nevers prévue"]
    assert (follow_up.due_on, follow_up.what) == (date.today(), "Rappeler après la visite")

    # Under Relances, today; ticked off with the space bar.
    shortcut(qtbot, window, Qt.Key.Key_2)
    relances = window.current_page()
    assert isinstance(relances, FollowUpsPage)
    today = relances.model.follow_ups(Horizon.TODAY)
    assert [(row.household_name, row.what) for row in today] == [
        ("Lefèvre – Benali", "Rappeler après la visite")
    ]
    relances.view.setFocus()
    relances.view.setCurrentIndex(relances.model.index_of(follow_up.id))
    qtbot.keyClick(relances.view, Qt.Key.Key_Space)
    assert relances.model.follow_ups(Horizon.TODAY) == []
    with database.session() as session:
        assert session.get_one(FollowUp, follow_up.id).done_on == date.today()

    # The list shows where the family stands.
    shortcut(qtbot, window, Qt.Key.Key_1)
    page.back_button.click()
    row = cases.model.row_of(household_id)
    assert row is not None
    assert cases.model.index(row, 3).data() == "Accompagné"
    assert cases.model.index(row, 1).data() == "3"


def test_unsaved_edits_are_asked_about_before_leaving(
    qtbot, window: MainWindow, database: Database
) -> None:
    shortcut(qtbot, window, Qt.Key.Key_N)
    type_family(qtbot, window)
    page = window.household_page

    seen: list[str] = []
    answer("confirmLeaveBox", "cancelLeave", seen)
    page.back_button.click()
    assert seen == ["confirmLeaveBox"]
    assert window.cases_stack.currentWidget() is page
    assert page.form.members.rows()[0].widgets["first_name"].text() == "Hélène"

    answer("confirmLeaveBox", "discardChanges", seen)
    page.back_button.click()
    assert seen == ["confirmLeaveBox", "confirmLeaveBox"]
    assert window.cases_stack.currentWidget() is window.cases_page
    with database.session() as session:
        assert session.scalars(select(Household)).all() == []

    shortcut(qtbot, window, Qt.Key.Key_N)
    type_family(qtbot, window)
    answer("confirmLeaveBox", "saveChanges", seen)
    window.close()
    assert seen[-1] == "confirmLeaveBox"
    with database.session() as session:
        assert [h.name for h in session.scalars(select(Household))] == ["Lefèvre – Benali"]


def test_a_family_typed_twice_is_caught_and_merged(
    qtbot, window: MainWindow, database: Database
) -> None:
    shortcut(qtbot, window, Qt.Key.Key_N)
    type_family(qtbot, window)
    shortcut(qtbot, window, Qt.Key.Key_S)
    first = window.household_page.household_id

    shortcut(qtbot, window, Qt.Key.Key_N)
    form = window.household_page.form
    fill_member(
        qtbot,
        form.members.rows()[0],
        first_name="Helene",
        last_name="Lefevre",
        email="HELENE.LEFEVRE@example.fr",
    )
    qtbot.mouseClick(form.members.add_child_button, Qt.MouseButton.LeftButton)
    fill_member(qtbot, form.members.rows()[1], first_name="Sami", birth_year="2020")
    seen: list[str] = []
    answer("duplicatesDialog", "mergeDuplicate", seen)
    shortcut(qtbot, window, Qt.Key.Key_S)
    assert seen == ["duplicatesDialog"]
    assert window.household_page.household_id == first
    with database.session() as session:
        live = session.scalars(select(Household).where(Household.deleted.is_(False))).all()
        people = session.scalars(
            select(Person.first_name).where(Person.household_id == first, Person.deleted.is_(False))
        ).all()
    assert [household.id for household in live] == [first]
    assert sorted(people) == ["Hélène", "Karim", "Lina", "Sami"]
    window.household_page.back_button.click()
    assert window.cases_page.model.rowCount() == 1
    assert window.cases_page.model.index(0, 1).data() == "4"
