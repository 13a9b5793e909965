"""The *Synchronisation* page and the status bar against the real regional server."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.models import Household, PersonRole, Source, TerritoryKind
from desktop.storage import Database
from desktop.sync import state
from desktop.sync.account import login
from desktop.sync.outbox import pending_count
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.sync_page import SyncPage
from tests.real_server import PASSWORD, Server
from tests.ui.driving import open_main_window, type_in

pytestmark = pytest.mark.usefixtures("french")

SYNC_TIMEOUT_MS = 30_000


@pytest.fixture
def window(qtbot, database: Database, data_dir: Path) -> MainWindow:
    return open_main_window(qtbot, database, data_dir, size=(1200, 800))


def sync_page(window: MainWindow) -> SyncPage:
    window.show_page("synchronisation")
    page = window.page("synchronisation")
    assert isinstance(page, SyncPage)
    return page


def add_household(database: Database) -> None:
    with database.transaction() as session:
        register_household(
            session,
            HouseholdInput(
                source=Source.FAIR,
                members=[PersonInput(PersonRole.ADULT, "Hélène", "Lefèvre", phone="0612345678")],
                targets=[TargetInput(TerritoryKind.COMMUNE, "58194")],
            ),
            today=date.today(),
        )


def test_a_closed_window_starts_no_more_syncs(
    qtbot, window: MainWindow, server: Server, database: Database
) -> None:
    server.add_officer("claire@example.fr", "Claire Morel", "58")
    login(database.engine, server.url, "claire@example.fr", PASSWORD)
    window.close()
    assert window.sync.sync_now() is False
    assert not window.sync.running()


def test_without_an_account_the_window_says_it_is_off_line(window: MainWindow) -> None:
    page = sync_page(window)
    assert "aucun serveur" in window.sync_status.text()
    assert not page.sync_button.isEnabled()
    assert page.login_button.text() == "Se connecter…"
    assert window.sync.sync_now() is False


def test_a_wrong_password_is_said_in_the_dialog_and_nothing_typed_is_lost(
    qtbot, window: MainWindow, server: Server, database: Database
) -> None:
    server.add_officer("claire@example.fr", "Claire Morel", "58")
    page = sync_page(window)
    dialog = LoginDialog(window.sync, page)
    qtbot.addWidget(dialog)
    dialog.show()
    type_in(qtbot, dialog.server, server.url)
    type_in(qtbot, dialog.email, "claire@example.fr")
    type_in(qtbot, dialog.password, "pas le bon")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=SYNC_TIMEOUT_MS)
    assert "mot de passe" in dialog.error.text().lower()
    assert dialog.email.text() == "claire@example.fr"
    assert dialog.password.text() == "pas le bon"
    assert window.sync.account() is None

    type_in(qtbot, dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=SYNC_TIMEOUT_MS):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    account = window.sync.account()
    assert account is not None and account.officer_name == "Claire Morel"
    assert window.workspace.officer_id == account.officer_id


def test_a_household_typed_here_reaches_the_server_and_the_status_says_so(
    qtbot, window: MainWindow, server: Server, database: Database
) -> None:
    server.add_officer("claire@example.fr", "Claire Morel", "58")
    page = sync_page(window)
    login(database.engine, server.url, "claire@example.fr", PASSWORD)
    page.refresh_state()
    assert page.sync_button.isEnabled()
    assert "Claire Morel" in page.account_label.text()

    add_household(database)
    with database.engine.connect() as connection:
        assert pending_count(connection) > 0
    window.sync.changed.emit()
    assert "en attente" in window.sync_status.text()

    with qtbot.waitSignal(window.sync.finished, timeout=SYNC_TIMEOUT_MS) as finished:
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    report = finished.args[0]
    assert report is not None and report.error is None and report.pushed > 0
    qtbot.waitUntil(lambda: not window.sync.running(), timeout=SYNC_TIMEOUT_MS)
    with database.engine.connect() as connection:
        assert pending_count(connection) == 0
        assert state.read(connection, state.LAST_SYNC_AT)
    assert "En ligne" in window.sync_status.text()
    assert "Envoyées" in page.report.text()


def test_an_unreachable_server_leaves_the_edits_waiting_and_says_why(
    qtbot, window: MainWindow, server: Server, database: Database
) -> None:
    server.add_officer("claire@example.fr", "Claire Morel", "58")
    login(database.engine, server.url, "claire@example.fr", PASSWORD)
    with database.engine.begin() as connection:
        state.write(connection, state.SERVER_URL, "http://127.0.0.1:9")  # nothing listens
    add_household(database)
    with qtbot.waitSignal(window.sync.finished, timeout=SYNC_TIMEOUT_MS):
        assert window.sync.sync_now()
    qtbot.waitUntil(lambda: not window.sync.running(), timeout=SYNC_TIMEOUT_MS)
    assert window.sync.last_problem
    assert "Hors ligne" in window.sync_status.text()
    assert window.sync_status.toolTip() == window.sync.last_problem
    with database.engine.connect() as connection:
        assert pending_count(connection) > 0
    with database.session() as session:
        assert len(session.scalars(select(Household)).all()) == 1
