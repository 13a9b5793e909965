"""The application shell, driven through its real widgets (offscreen)."""

from __future__ import annotations

import gc
import logging
import sys
import weakref
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox
from sqlalchemy import func, insert, select

from desktop import __version__
from desktop.models import FollowUp, Household, Source, Status
from desktop.paths import database_path, settings_path
from desktop.storage import Database, open_database
from desktop.ui import settings as keys
from desktop.ui.about_dialog import AboutDialog
from desktop.ui.application import create_main_window, run_application
from desktop.ui.error_reporting import ErrorReporter
from desktop.ui.follow_ups_page import FollowUpsPage
from desktop.ui.garbage import GuiThreadCollector
from desktop.ui.lock.passphrase_dialog import PassphraseDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import open_settings
from desktop.ui.splash import StartupSplash
from tests.conftest import TEST_PASSPHRASE

PAGES = [
    ("dossiers", "Dossiers"),
    ("relances", "Relances"),
    ("salon", "Salon"),
    ("offres", "Offres"),
    ("tableau-de-bord", "Tableau de bord"),
    ("synchronisation", "Synchronisation"),
    ("conservation", "Conservation"),
]


@pytest.fixture
def open_window(qtbot, database: Database, data_dir: Path) -> Callable[[], MainWindow]:
    """Opens a main window on the test database, reading the data folder's settings."""

    def open_window() -> MainWindow:
        window = create_main_window(database, open_settings(data_dir))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_window


@pytest.fixture
def window(open_window: Callable[[], MainWindow]) -> MainWindow:
    return open_window()


def add_households(database: Database, statuses: list[Status], *, deleted: int = 0) -> None:
    rows = [
        {"name": f"Foyer {i}", "source": Source.WEBSITE, "status": s}
        for i, s in enumerate(statuses)
    ]
    rows += [{"name": "Effacé", "source": Source.FAIR, "deleted": True}] * deleted
    with database.transaction() as session:
        session.execute(insert(Household), rows)


def visible_texts(widget: QObject) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.text()]


def answer_run_application(seen: list[str]) -> None:
    """Close whatever run_application shows first: its message box or its main window.

    The passphrase dialog on the way is answered with the tests' passphrase
    (typed twice when the database is new or not encrypted yet).

    ``seen`` gets ``"message: <text>"`` or ``"window: <title>"``, so a test fails
    instead of hanging on an unexpected modal box. Only strings are kept: a widget
    caught in this self-referencing closure would linger as cyclic garbage.
    """

    def answer() -> None:
        box = QApplication.activeModalWidget()
        windows = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, MainWindow) and widget.isVisible()
        ]
        if isinstance(box, PassphraseDialog):
            box.passphrase.setText(TEST_PASSPHRASE)
            box.confirmation.setText(TEST_PASSPHRASE)
            box.submit()
            QTimer.singleShot(20, answer)
        elif isinstance(box, QMessageBox):
            seen.append(f"message: {box.text()}")
            box.done(QMessageBox.StandardButton.Ok)
        elif windows:
            seen.append(f"window: {windows[0].windowTitle()}")
            windows[0].close()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def test_the_window_offers_the_seven_pages(window: MainWindow) -> None:
    navigation = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert navigation == [title for _key, title in PAGES]
    assert window.pages.count() == 7
    assert window.navigation.width() == 200
    assert window.current_page().key == "dossiers"
    assert "Dossiers" in visible_texts(window.current_page())


def test_clicking_a_navigation_entry_shows_its_page(qtbot, window: MainWindow) -> None:
    for row in reversed(range(len(PAGES))):
        item = window.navigation.item(row)
        center = window.navigation.visualItemRect(item).center()
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=center)
        key, title = PAGES[row]
        assert window.current_page().key == key
        assert window.pages.currentWidget().isVisible()
        assert title in visible_texts(window.pages.currentWidget())


def test_ctrl_number_switches_pages(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    for number, (key, _title) in reversed(list(enumerate(PAGES, start=1))):
        qtbot.keyClick(
            window, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier
        )
        assert window.current_page().key == key
        assert window.navigation.currentRow() == number - 1


def test_pages_show_real_figures_from_the_database(
    database: Database, open_window: Callable[[], MainWindow]
) -> None:
    add_households(database, [Status.NEW, Status.NEW, Status.SETTLED], deleted=2)
    with database.transaction() as session:
        household = session.scalar(select(Household.id).where(~Household.deleted).limit(1))
        today = date.today()
        session.add_all(
            [
                FollowUp(household_id=household, due_on=today - timedelta(days=3), what="Rappeler"),
                FollowUp(household_id=household, due_on=today + timedelta(days=3), what="Écrire"),
                FollowUp(
                    household_id=household,
                    due_on=today - timedelta(days=9),
                    what="Fait",
                    done_on=today,
                ),
            ]
        )
    window = open_window()
    assert window.cases_page.count.text() == "3 foyers"
    assert window.cases_page.model.rowCount() == 3
    follow_ups = window.page("relances")
    assert isinstance(follow_ups, FollowUpsPage)
    window.show_page("relances")
    assert follow_ups.summary_text() == "1 en retard · 0 aujourd'hui · 1 cette semaine"
    assert window.page("tableau-de-bord").figure_texts() == []


def test_status_bar_names_the_database_and_says_offline(
    window: MainWindow, database: Database
) -> None:
    texts = visible_texts(window.statusBar())
    assert f"Base de données : {database.path}" in texts
    assert any("Hors ligne" in text for text in texts)


def test_about_dialog_shows_version_folder_and_credits(
    qtbot, window: MainWindow, data_dir: Path
) -> None:
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    texts = visible_texts(dialog)
    assert f"Version {__version__}" in texts
    assert str(data_dir.resolve()) in texts
    assert "Données géographiques : INSEE, La Poste (Licence Ouverte)" in texts
    assert any(text.startswith("Qt 6.") and "PySide6" in text for text in texts)
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is None)


def test_geometry_and_page_come_back_after_a_restart(
    window: MainWindow, open_window: Callable[[], MainWindow], data_dir: Path
) -> None:
    window.resize(700, 500)
    window.move(QPoint(40, 30))
    window.show_page("offres")
    window.quit_action.trigger()
    assert not window.isVisible()
    assert settings_path(data_dir).exists()

    reopened = open_window()
    assert reopened.size() == QSize(700, 500)
    assert reopened.pos() == QPoint(40, 30)
    assert reopened.current_page().key == "offres"
    assert reopened.navigation.currentRow() == 3


def test_a_first_start_opens_centred_at_the_default_size_or_less(window: MainWindow) -> None:
    available = window.screen().availableGeometry()
    expected = QSize(1200, 760).boundedTo(available.size() * 0.9)
    assert window.size() == expected
    assert abs(window.frameGeometry().center().x() - available.center().x()) <= 2
    assert window.current_page().key == "dossiers"


def test_an_unknown_saved_page_falls_back_to_the_first(
    data_dir: Path, open_window: Callable[[], MainWindow]
) -> None:
    settings = open_settings(data_dir)
    settings.setValue(keys.CURRENT_PAGE, "a-page-that-no-longer-exists")
    settings.sync()
    assert open_window().current_page().key == "dossiers"


def test_choosing_a_language_is_stored_and_applies_at_next_start(
    qtbot, window: MainWindow, data_dir: Path
) -> None:
    window.language_actions["en"].trigger()
    note = window.findChild(QMessageBox, "languageNote")
    assert note is not None
    qtbot.waitUntil(note.isVisible)
    assert "prochain démarrage" in note.text()
    note.done(QMessageBox.StandardButton.Ok)
    assert open_settings(data_dir).value(keys.LANGUAGE) == "en"
    assert window.navigation.item(0).text() == "Dossiers"


def test_a_garbage_database_is_refused_untouched_with_a_french_message(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    garbage = b"not a database" * 100
    database_path(data_dir).write_bytes(garbage)
    seen: list[str] = []
    answer_run_application(seen)

    assert run_application(data_dir) == 2

    assert database_path(data_dir).read_bytes() == garbage
    assert len(seen) == 1
    assert seen[0].startswith("message: Le fichier ")
    assert "n'est pas une base de données Escale lisible" in seen[0]
    assert str(database_path(data_dir).resolve()) in seen[0]


def test_run_application_opens_the_window_and_saves_its_state_on_close(
    data_dir: Path,
) -> None:
    hook = sys.excepthook
    shown: list[str] = []
    answer_run_application(shown)

    assert run_application(data_dir) == 0

    assert shown == ["window: Escale"]
    assert open_settings(data_dir).value(keys.CURRENT_PAGE) == "dossiers"
    assert sys.excepthook is hook
    assert gc.isenabled()


def test_demo_if_empty_fills_a_new_database_once(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("desktop.demo")
    steps: list[str] = []
    show_step = StartupSplash.show_step

    def record_step(splash: StartupSplash, message: str) -> None:
        steps.append(message)
        show_step(splash, message)

    monkeypatch.setattr(StartupSplash, "show_step", record_step)
    for _start in range(2):
        seen: list[str] = []
        answer_run_application(seen)
        assert run_application(data_dir, demo_if_empty=3) == 0
        assert seen == ["window: Escale"]

    assert steps == [
        "Ouverture de la base de données…",
        "Préparation des données de démonstration…",
        "Ouverture de la base de données…",
    ]
    database = open_database(database_path(data_dir), TEST_PASSPHRASE)
    try:
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(Household)) == 3
    finally:
        database.close()


class Node:
    """An object that can be caught in a reference cycle and watched with a weak reference."""

    other: Node | None = None


def test_cycles_are_collected_by_the_gui_thread_timer_while_escale_runs(qapp) -> None:
    collector = GuiThreadCollector()
    collector.start()
    try:
        assert not gc.isenabled()
        node = Node()
        node.other = node
        watched = weakref.ref(node)
        del node
        allocations = [{} for _ in range(gc.get_threshold()[0] + 1)]
        assert watched() is not None
        collector.on_timeout()
        assert watched() is None
        assert allocations
    finally:
        collector.stop()
    assert gc.isenabled()


class Emitter(QObject):
    fired = Signal()


@pytest.fixture
def reporter_messages(tmp_path: Path) -> Iterator[tuple[ErrorReporter, list[tuple[str, str]]]]:
    shown: list[tuple[str, str]] = []
    yield (
        ErrorReporter(
            tmp_path / "escale.log", show=lambda title, text: shown.append((title, text))
        ),
        shown,
    )


def test_an_exception_in_a_slot_is_logged_and_told_in_french(
    reporter_messages: tuple[ErrorReporter, list[tuple[str, str]]],
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    reporter, shown = reporter_messages
    emitter = Emitter()

    def broken_slot() -> None:
        raise RuntimeError("a bug in a slot")

    emitter.fired.connect(broken_slot)
    previous = sys.excepthook
    sys.excepthook = reporter
    try:
        with caplog.at_level(logging.ERROR):
            emitter.fired.emit()
    finally:
        sys.excepthook = previous

    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Escale"
    assert text.startswith("Une erreur inattendue s'est produite")
    assert f"Le détail est dans le journal : {tmp_path / 'escale.log'}" in text
    assert "Traceback" not in text
    assert "RuntimeError: a bug in a slot" in caplog.text


def test_a_user_facing_error_is_shown_as_it_is(
    reporter_messages: tuple[ErrorReporter, list[tuple[str, str]]],
) -> None:
    from desktop.errors import UserFacingError

    reporter, shown = reporter_messages
    error = UserFacingError("Le disque est plein : libérez de la place.")
    reporter(UserFacingError, error, None)
    assert shown == [("Escale", "Le disque est plein : libérez de la place.")]
