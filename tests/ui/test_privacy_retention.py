"""The *Conservation* page: the monthly list, asking for consent again, anonymising."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import select

from desktop.models import AuditAction, AuditEntry, FollowUp, Household, Interaction, Source
from desktop.privacy.anonymous import ANONYMOUS_NAME
from desktop.privacy.retention import CHECKED_ON
from desktop.storage import Database
from desktop.sync import state
from desktop.ui.application import create_main_window
from desktop.ui.privacy.retention_page import RetentionPage
from desktop.ui.settings import open_settings
from desktop.ui.workspace import Workspace
from tests.ui.driving import answer

pytestmark = pytest.mark.usefixtures("french")

TODAY = date(2026, 11, 26)


def _household(database: Database, name: str, registered: datetime) -> uuid.UUID:
    household = Household(name=name, source=Source.WEBSITE, registered_at=registered)
    with database.transaction() as session:
        session.add(household)
    return household.id


@pytest.fixture
def households(database: Database) -> dict[str, uuid.UUID]:
    return {
        "Durand": _household(database, "Durand", datetime(2021, 3, 4, tzinfo=UTC)),
        "Moreau": _household(database, "Moreau", datetime(2022, 9, 1, tzinfo=UTC)),
        "Récent": _household(database, "Récent", datetime(2025, 1, 1, tzinfo=UTC)),
    }


def _page(qtbot, database: Database, officer_id: uuid.UUID) -> RetentionPage:
    workspace = Workspace(database, officer_id=officer_id, today=lambda: TODAY)
    page = RetentionPage(workspace)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def _names(page: RetentionPage) -> list[str]:
    model = page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _select(page: RetentionPage, row: int) -> None:
    page.table.selectionModel().select(
        page.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_the_list_is_read_at_start_once_a_month(
    qtbot, database: Database, officer_id: uuid.UUID, households: dict[str, uuid.UUID]
) -> None:
    page = _page(qtbot, database, officer_id)
    assert _names(page) == ["Durand", "Moreau"]
    assert page.model.index(0, 1).data() == "04/03/2021"
    assert page.model.index(0, 3).data() == "jamais recueilli"  # registered without consent
    assert page.summary.text() == "2 foyer(s) à revoir au 26/11/2026."
    with database.engine.connect() as connection:
        assert state.read(connection, CHECKED_ON) == "2026-11-26"
    assert not page.ask_button.isEnabled() and not page.anonymise_button.isEnabled()
    assert page.monthly_check() is False  # checked this month already


def test_asking_again_notes_it_and_plans_a_follow_up(
    qtbot, database: Database, officer_id: uuid.UUID, households: dict[str, uuid.UUID]
) -> None:
    page = _page(qtbot, database, officer_id)
    _select(page, 0)
    assert page.ask_button.isEnabled()
    qtbot.mouseClick(page.ask_button, Qt.MouseButton.LeftButton)
    assert "Consentement redemandé à 1 foyer(s)" in page.summary.text()
    with database.session() as session:
        note = session.scalars(select(Interaction)).one()
        follow_up = session.scalars(select(FollowUp)).one()
    assert note.household_id == households["Durand"] and note.officer_id == officer_id
    assert follow_up.due_on == date(2026, 12, 26)
    assert _names(page) == ["Durand", "Moreau"]  # until the family answers


def test_anonymising_asks_first_then_takes_the_household_off_the_list(
    qtbot, database: Database, officer_id: uuid.UUID, households: dict[str, uuid.UUID]
) -> None:
    page = _page(qtbot, database, officer_id)
    _select(page, 1)
    seen: list[str] = []
    answer("anonymiseBox", "cancelAnonymise", seen)
    qtbot.mouseClick(page.anonymise_button, Qt.MouseButton.LeftButton)
    assert seen == ["anonymiseBox"] and _names(page) == ["Durand", "Moreau"]

    answer("anonymiseBox", "confirmAnonymise", seen)
    qtbot.mouseClick(page.anonymise_button, Qt.MouseButton.LeftButton)
    assert seen == ["anonymiseBox", "anonymiseBox"]
    assert _names(page) == ["Durand"]
    assert page.summary.text() == "1 foyer(s) anonymisé(s)."
    with database.session() as session:
        household = session.get_one(Household, households["Moreau"])
        erased = session.scalars(
            select(AuditEntry.household_id).where(AuditEntry.action == AuditAction.ERASED)
        ).all()
    assert household.name == ANONYMOUS_NAME and household.erased_at is not None
    assert erased == [households["Moreau"]]


def test_the_page_is_in_the_navigation_and_opens_a_household(
    qtbot, database: Database, data_dir: Path, households: dict[str, uuid.UUID]
) -> None:
    window = create_main_window(database, open_settings(data_dir), auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(RetentionPage.key)
    page = window.current_page()
    assert isinstance(page, RetentionPage)
    assert "Durand" in _names(page)
    row = _names(page).index("Durand")
    _select(page, row)
    page.table.setCurrentIndex(page.model.index(row, 0))
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.household_page.household_id == households["Durand"])
