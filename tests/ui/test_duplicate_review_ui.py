"""Doublons on the *Synchronisation* page: counted after each sync, merged in one click."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select

from desktop.cases.households import HouseholdInput, PersonInput, register_household
from desktop.models import Household, Person, PersonRole, Source
from desktop.storage import Database
from desktop.sync.engine import SyncReport
from desktop.ui.duplicate_review import DuplicateReviewDialog
from desktop.ui.main_window import MainWindow
from tests.ui.driving import open_main_window

pytestmark = pytest.mark.usefixtures("french")

TODAY = date(2026, 11, 25)


def register(database: Database, source: Source, first: str, day: int) -> uuid.UUID:
    data = HouseholdInput(
        source=source,
        members=[PersonInput(PersonRole.ADULT, first, "Moreau", phone="06 12 34 56 78")],
    )
    with database.transaction() as session:
        return register_household(
            session, data, today=TODAY, registered_at=datetime(2026, 11, day, 9, tzinfo=UTC)
        ).id


@pytest.fixture
def window(qtbot, database: Database, data_dir: Path) -> MainWindow:
    return open_main_window(qtbot, database, data_dir, size=(1280, 800))


def test_a_sync_that_brings_a_duplicate_shows_it_and_one_click_merges_it(
    qtbot, window: MainWindow, database: Database
) -> None:
    window.show_page("synchronisation")
    notice = window.page("synchronisation").duplicates
    qtbot.waitUntil(lambda: not notice.busy)
    assert notice.text.text() == "Aucun doublon possible parmi vos foyers."
    assert not notice.review_button.isEnabled()

    website = register(database, Source.WEBSITE, "Julie", day=2)
    fair = register(database, Source.FAIR, "Julie", day=20)  # as a sync would bring it
    with qtbot.waitSignal(window.sync.finished):
        window.sync.finished.emit(SyncReport(pulled=4))
    qtbot.waitUntil(lambda: not notice.busy and bool(notice.pairs))
    assert notice.text.text() == (
        "Doublons possibles : 1 paire(s) de foyers partagent un e-mail ou un téléphone."
    )

    seen: list[str] = []

    def merge() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DuplicateReviewDialog):
            QTimer.singleShot(20, merge)
            return
        seen.append(dialog.list.item(0).text())
        dialog.findChild(QPushButton, "mergePair").click()
        seen.append(dialog.list.item(0).text())
        dialog.reject()

    QTimer.singleShot(0, merge)
    qtbot.mouseClick(notice.review_button, Qt.MouseButton.LeftButton)
    assert seen[0].startswith("Moreau (Site web, 02/11/2026, 1 membre(s))  ⇄  Moreau (Salon")
    assert seen[0].endswith("même téléphone : 06 12 34 56 78")
    assert seen[1] == "Plus aucun doublon possible."
    assert notice.text.text() == "Aucun doublon possible parmi vos foyers."
    with database.session() as session:
        tombstone = session.get_one(Household, fair)
        people = session.scalars(
            select(Person).where(Person.household_id == website, Person.deleted.is_(False))
        ).all()
    assert tombstone.deleted and tombstone.merged_into_id == website
    assert [person.first_name for person in people] == ["Julie"]  # the same person, once
