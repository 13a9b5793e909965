"""The *Dossiers* page driven as an officer would: type, click, open."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox

from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.demo import generate_demo
from desktop.models import (
    FollowUp,
    Household,
    Need,
    NeedDomain,
    NeedState,
    Officer,
    PersonRole,
    Source,
    Status,
    TerritoryKind,
)
from desktop.storage import Database
from desktop.ui.block_rows import BLOCK
from desktop.ui.case_list_model import CaseListModel
from desktop.ui.cases_page import CasesPage
from desktop.ui.workspace import Workspace
from desktop.workflow.status import change_status

pytestmark = pytest.mark.usefixtures("french")

TODAY = date.today()


def add_household(
    database: Database,
    last_name: str,
    *,
    first_name: str = "Anne",
    commune: str = "58194",
    children: int = 0,
    source: Source = Source.WEBSITE,
    officer_id: uuid.UUID | None = None,
) -> uuid.UUID:
    members = [
        PersonInput(
            PersonRole.ADULT, first_name, last_name, email=f"{last_name.lower()}@example.fr"
        )
    ]
    members += [PersonInput(PersonRole.CHILD, f"Enfant{n}", last_name) for n in range(children)]
    with database.transaction() as session:
        household = register_household(
            session,
            HouseholdInput(
                source=source,
                members=members,
                targets=[TargetInput(TerritoryKind.COMMUNE, commune)],
                officer_id=officer_id,
            ),
            today=TODAY,
        )
        return household.id


@pytest.fixture
def workspace(database: Database) -> Workspace:
    return Workspace(database)


@pytest.fixture
def page(qtbot, workspace: Workspace) -> CasesPage:
    page = CasesPage(workspace)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def shown_names(page: CasesPage) -> list[str]:
    model = page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def type_search(qtbot, page: CasesPage, text: str) -> None:
    """Type as a person, then wait for the list to follow the pause in typing."""
    page.search.clear()
    with qtbot.waitSignal(page.model.modelReset, timeout=2000):
        qtbot.keyClicks(page.search, text)


def test_the_list_model_passes_qt_model_tester(qtmodeltester, database: Database) -> None:
    for name in ("Martin", "Benali", "Zola"):
        add_household(database, name)
    model = CaseListModel(database, TODAY)
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_rows_are_read_as_shown_not_all_at_once(qtbot, database: Database) -> None:
    generate_demo(database, households=1000)
    model = CaseListModel(database, TODAY)
    model.reload()
    assert model.rowCount() == 1000
    assert model.cached_row_count() == 0

    last = model.index(999, 0).data()
    assert last
    assert model.blocks_read == 1
    assert model.cached_row_count() == BLOCK
    model.index(0, 3).data()
    model.index(BLOCK - 1, 1).data()
    assert model.blocks_read == 2
    assert model.cached_row_count() == 2 * BLOCK


def test_scrolling_to_the_end_reads_only_what_passes_on_screen(qtbot, database: Database) -> None:
    generate_demo(database, households=1000)
    page = CasesPage(Workspace(database))
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    assert page.count.text() == "1\u202f000 foyers"
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert page.table.currentIndex().row() == 999
    assert page.table.rowAt(page.table.viewport().height() - 2) == 999
    assert page.model.cached_row_count() <= 3 * BLOCK


def test_typing_part_of_a_name_without_accents_finds_the_household(
    qtbot, page: CasesPage, database: Database
) -> None:
    add_household(database, "Lefèvre", first_name="Hélène")
    add_household(database, "Martin", first_name="Paul")
    page.refresh()
    assert sorted(shown_names(page)) == ["Lefèvre", "Martin"]

    type_search(qtbot, page, "helen")
    assert shown_names(page) == ["Lefèvre"]
    assert page.count.text() == "1 foyer sur 2"

    type_search(qtbot, page, "lefevre")
    assert shown_names(page) == ["Lefèvre"]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ('"martin"', True),
        ('"', False),
        ("martin*", True),
        ("*", False),
        ("-martin", True),
        ("(martin)", True),
        ("^mart", True),
        ("NEAR", False),
        ("martin NEAR", False),
        ("martin OR zola", False),
        ("martin:", True),
    ],
)
def test_search_syntax_is_plain_text_and_never_fails(
    qtbot, page: CasesPage, database: Database, typed: str, found: bool
) -> None:
    """Operators are words like any other: « martin OR zola » wants both words, not either."""
    add_household(database, "Martin")
    page.refresh()
    type_search(qtbot, page, typed)
    assert shown_names(page) == (["Martin"] if found else [])


def test_a_search_that_finds_nothing_says_how_to_widen_it(
    qtbot, page: CasesPage, database: Database
) -> None:
    add_household(database, "Martin")
    page.refresh()
    type_search(qtbot, page, "zzzz")
    assert page.model.rowCount() == 0
    assert page.empty.isVisible()
    assert "Tout afficher" in page.empty.text()

    qtbot.mouseClick(page.clear_filters, Qt.MouseButton.LeftButton)
    assert shown_names(page) == ["Martin"]
    assert page.search.text() == ""


def test_clicking_a_column_header_sorts_the_whole_list_in_sql(
    qtbot, page: CasesPage, database: Database
) -> None:
    add_household(database, "Alpha", children=2)
    add_household(database, "Bravo", children=0)
    add_household(database, "Charlie", children=1)
    page.refresh()
    assert shown_names(page) == ["Alpha", "Bravo", "Charlie"]

    header = page.table.horizontalHeader()
    members = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(members, 5))
    assert page.model.sort_order()[0].name == "MEMBERS"
    assert shown_names(page) == ["Bravo", "Charlie", "Alpha"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(members, 5))
    assert shown_names(page) == ["Alpha", "Charlie", "Bravo"]


def test_filters_combine_with_each_other_and_with_the_search(
    qtbot, page: CasesPage, database: Database
) -> None:
    claire = Officer(id=uuid.uuid4(), name="Claire Morel", email="claire@region.fr")
    with database.transaction() as session:
        session.add(claire)
    martin = add_household(database, "Martin", commune="58194", officer_id=claire.id)
    add_household(database, "Moreau", commune="39198", source=Source.FAIR)
    marchal = add_household(database, "Marchal", commune="58194")
    with database.transaction() as session:
        household = session.get_one(Household, martin)
        change_status(session, household, Status.CONTACTED)
        session.add(
            FollowUp(household_id=marchal, due_on=TODAY - timedelta(days=3), what="Rappeler")
        )
    page.refresh()
    assert len(shown_names(page)) == 3

    choose(page.departement_filter, "58 – Nièvre")
    assert sorted(shown_names(page)) == ["Marchal", "Martin"]

    page.status_actions[Status.CONTACTED].trigger()
    assert shown_names(page) == ["Martin"]
    assert page.status_filter.text() == "Contacté"

    page.status_actions[Status.CONTACTED].trigger()
    qtbot.mouseClick(page.overdue_filter, Qt.MouseButton.LeftButton)
    assert shown_names(page) == ["Marchal"]

    qtbot.mouseClick(page.overdue_filter, Qt.MouseButton.LeftButton)
    choose(page.officer_filter, "Claire Morel")
    assert shown_names(page) == ["Martin"]

    qtbot.mouseClick(page.clear_filters, Qt.MouseButton.LeftButton)
    choose(page.source_filter, "Salon")
    assert shown_names(page) == ["Moreau"]
    type_search(qtbot, page, "mar")
    assert shown_names(page) == []


def test_the_need_filter_keeps_households_whose_need_is_still_open(
    qtbot, page: CasesPage, database: Database
) -> None:
    school = add_household(database, "Martin")
    add_household(database, "Moreau")
    with database.transaction() as session:
        session.add(Need(household_id=school, domain=NeedDomain.SCHOOL, state=NeedState.OPEN))
    page.refresh()
    choose(page.need_filter, "École")
    assert shown_names(page) == ["Martin"]


def test_opening_a_row_asks_the_workspace_for_that_household(
    qtbot, page: CasesPage, workspace: Workspace, database: Database
) -> None:
    add_household(database, "Alpha")
    bravo = add_household(database, "Bravo")
    page.refresh()
    rect = page.table.visualRect(page.model.index(1, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(workspace.household_requested) as opened:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [bravo]

    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    with qtbot.waitSignal(workspace.household_requested) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args[0] != bravo


def test_a_change_elsewhere_refreshes_the_list_and_keeps_the_selection(
    qtbot, page: CasesPage, workspace: Workspace, database: Database
) -> None:
    add_household(database, "Bravo")
    page.refresh()
    bravo = page.model.household_id(0)
    page.select_household(bravo)
    add_household(database, "Alpha")
    workspace.households_changed.emit()
    assert shown_names(page) == ["Alpha", "Bravo"]
    assert page.selected_household() == bravo
    assert page.count.text() == "2 foyers"


def test_an_empty_base_invites_to_create_the_first_household(
    qtbot, page: CasesPage, workspace: Workspace
) -> None:
    assert page.empty.isVisible()
    assert "Nouveau foyer" in page.empty.text()
    with qtbot.waitSignal(workspace.new_household_requested):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not among {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)
