"""The passphrase at start, the app-wide lock (idle and Ctrl+L) and the change of passphrase.

Real windows offscreen, a real encrypted database; the modal dialogs are
answered by typing into them as the officer would.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QVBoxLayout

from desktop.cases.events import EventInput, create_event
from desktop.errors import DatabaseOpenError
from desktop.paths import database_path
from desktop.storage import Database, open_database
from desktop.storage.encryption import SQLITE_HEADER, WrongPassphraseError
from desktop.ui import settings as keys
from desktop.ui.application import create_main_window, install_lock, run_application
from desktop.ui.fair.page import FairPage
from desktop.ui.lock.app_lock import AppLock
from desktop.ui.lock.passphrase_dialog import ChangePassphraseDialog, PassphraseDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import open_settings
from tests.ui.driving import answer, mnemonic_clashes
from tests.ui.driving import keys as type_keys

PASSPHRASE = "thé vert à Nevers"


def when_modal(kind: type, act: Callable[[QDialog], None], seen: list[str]) -> None:
    """Run ``act`` on the modal dialog of type ``kind`` as soon as it shows."""
    tries = [0]

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            seen.append(dialog.objectName())
            try:
                act(dialog)
            except Exception as error:  # reported by the test, not by a message box
                seen.append(f"erreur : {error!r}")
                dialog.reject()
            return
        tries[0] += 1
        if tries[0] < 500:
            QTimer.singleShot(20, check)
        else:
            seen.append(f"jamais vu : {kind.__name__}")

    QTimer.singleShot(0, check)


def close_main_window_when_shown(seen: list[str]) -> None:
    def check() -> None:
        windows = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, MainWindow) and widget.isVisible()
        ]
        if windows:
            seen.append("fenêtre")
            windows[0].close()
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)


def type_passphrase(qtbot, dialog: QDialog, first: str, second: str | None = None) -> None:
    for name, text in (("passphrase", first), ("passphraseConfirmation", second)):
        field = dialog.findChild(QLineEdit, name)
        if text is not None and field is not None:
            field.clear()
            type_keys(qtbot, field, text)
    qtbot.keyClick(dialog.findChild(QLineEdit, "passphrase"), Qt.Key.Key_Return)


@pytest.fixture
def encrypted_database(data_dir: Path) -> Iterator[Database]:
    database = open_database(database_path(data_dir), PASSPHRASE)
    yield database
    database.close()


@pytest.fixture
def locked_window(
    qtbot, encrypted_database: Database, data_dir: Path
) -> Iterator[tuple[MainWindow, AppLock]]:
    settings = open_settings(data_dir)
    window = create_main_window(encrypted_database, settings, auto_sync=False)
    window.resize(1280, 800)
    lock = install_lock(window, encrypted_database, settings)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window, lock
    if lock.locked:
        lock.try_unlock(PASSPHRASE)
    lock.stop()
    answer("confirmLeaveBox", "discardChanges", [])  # a test that typed in the form
    window.close()
    window.deleteLater()


def test_the_first_start_creates_the_passphrase_and_the_next_one_asks_it(
    qtbot, tmp_path: Path, template_database: Path
) -> None:
    data_dir = tmp_path / "donnees"
    data_dir.mkdir()
    shutil.copy2(template_database, database_path(data_dir))  # a database from before #8
    seen: list[str] = []
    messages: list[str] = []

    def create(dialog: QDialog) -> None:
        assert isinstance(dialog, PassphraseDialog) and dialog.creating
        assert dialog.findChild(QLineEdit, "passphraseConfirmation").isVisible()
        type_passphrase(qtbot, dialog, "court", "court")
        messages.append(dialog.error.text())
        type_passphrase(qtbot, dialog, PASSPHRASE, "thé vert à Dijon")
        messages.append(dialog.error.text())
        type_passphrase(qtbot, dialog, PASSPHRASE, PASSPHRASE)

    when_modal(PassphraseDialog, create, seen)
    close_main_window_when_shown(seen)
    assert run_application(data_dir) == 0
    assert seen == ["passphraseDialog", "fenêtre"]
    assert "au moins 10 caractères" in messages[0]
    assert "Les deux saisies diffèrent" in messages[1]
    assert not database_path(data_dir).read_bytes().startswith(SQLITE_HEADER)

    seen.clear()

    def unlock(dialog: QDialog) -> None:
        assert isinstance(dialog, PassphraseDialog) and not dialog.creating
        assert dialog.findChild(QLineEdit, "passphraseConfirmation") is None
        type_passphrase(qtbot, dialog, PASSPHRASE)

    when_modal(PassphraseDialog, unlock, seen)
    close_main_window_when_shown(seen)
    assert run_application(data_dir) == 0
    assert seen == ["passphraseDialog", "fenêtre"]


@pytest.mark.parametrize("create", [True, False])
def test_each_alt_letter_of_the_passphrase_dialog_reaches_one_field(qtbot, create: bool) -> None:
    dialog = PassphraseDialog(lambda _: None, create=create)  # type: ignore[arg-type,return-value]
    qtbot.addWidget(dialog)
    dialog.show()
    assert mnemonic_clashes(dialog) == {}


def test_three_wrong_passphrases_close_escale_with_a_french_message(qtbot, data_dir: Path) -> None:
    open_database(database_path(data_dir), PASSPHRASE).close()
    before = database_path(data_dir).read_bytes()
    seen: list[str] = []
    errors: list[str] = []

    def wrong_three_times(dialog: QDialog) -> None:
        for attempt in range(3):
            type_passphrase(qtbot, dialog, f"thé vert à Dijon {attempt}")
            errors.append(dialog.error.text())

    def read_message(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        errors.append(box.text())
        box.done(QMessageBox.StandardButton.Ok)

    when_modal(PassphraseDialog, wrong_three_times, seen)
    when_modal(QMessageBox, read_message, seen)
    assert run_application(data_dir) == 2
    assert "encore 2 essai(s)" in errors[0]
    assert "encore 1 essai(s)" in errors[1]
    assert errors[3].startswith("Trois phrases secrètes incorrectes : Escale se ferme")
    assert database_path(data_dir).read_bytes() == before


def test_idle_locks_every_window_and_the_passphrase_brings_back_the_typing(
    qtbot, locked_window: tuple[MainWindow, AppLock]
) -> None:
    window, lock = locked_window
    assert window.new_household()
    row = window.household_page.form.members.rows()[0]
    first_name = row.widgets["first_name"]
    first_name.setFocus()
    type_keys(qtbot, first_name, "Hélène")
    note = QDialog(window)  # an open dialog is hidden too, not closed
    note.setObjectName("noteDialog")
    field = QLineEdit(note)
    QVBoxLayout(note).addWidget(field)
    note.show()
    type_keys(qtbot, field, "à garder")
    first_name.setFocus()
    window.activateWindow()

    lock.watch.set_idle_ms(200)
    lock.watch.resume()
    qtbot.waitUntil(lambda: lock.locked, timeout=5000)
    assert not window.isVisible()
    assert note.isVisible() and not field.isVisible()  # its event loop runs on, its text hidden
    assert lock.screen.isVisible()
    assert lock.screen.windowModality() == Qt.WindowModality.ApplicationModal
    lock.screen.grab().save("/tmp/unlock.png")

    type_keys(qtbot, lock.screen.passphrase, "thé vert à Dijon")
    qtbot.keyClick(lock.screen.passphrase, Qt.Key.Key_Return)
    assert lock.locked and not window.isVisible()
    assert "Phrase secrète incorrecte" in lock.screen.error.text()

    lock.screen.passphrase.clear()
    type_keys(qtbot, lock.screen.passphrase, PASSPHRASE)
    qtbot.keyClick(lock.screen.passphrase, Qt.Key.Key_Return)
    assert not lock.locked
    assert window.isVisible() and not lock.screen.isVisible()
    assert first_name.text() == "Hélène" and field.text() == "à garder" and field.isVisible()
    assert window.focusWidget() is first_name  # where the focus goes back when it is active
    note.close()
    assert window.household_page.form.is_dirty()  # the typing is still to be saved


def test_ctrl_l_locks_from_the_window_and_from_a_dialog(
    qtbot, locked_window: tuple[MainWindow, AppLock]
) -> None:
    window, lock = locked_window
    actions = {
        action.objectName(): action
        for action in window.menuBar().findChildren(type(window.quit_action))
    }
    assert actions["lockAction"].shortcut().toString() == "Ctrl+L"
    assert actions["lockAction"].text() == "&Verrouiller"
    window.search_cases()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked and not window.isVisible()
    qtbot.keyClick(lock.screen.passphrase, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked  # Ctrl+L on the lock screen changes nothing
    lock.try_unlock(PASSPHRASE)
    assert window.isVisible()

    dialog = QDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.open()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked and not field.isVisible()
    assert lock.try_unlock(PASSPHRASE)
    assert field.isVisible()
    dialog.close()


def test_three_wrong_passphrases_on_the_lock_screen_make_the_next_try_wait(
    qtbot, locked_window: tuple[MainWindow, AppLock]
) -> None:
    _window, lock = locked_window
    lock.pause_ms = 300
    lock.lock()
    for attempt in range(3):
        assert not lock.try_unlock(f"mauvaise phrase {attempt}")
    assert not lock.screen.passphrase.isEnabled()
    assert "attendez" in lock.screen.error.text()
    qtbot.waitUntil(lock.screen.passphrase.isEnabled, timeout=3000)
    assert lock.try_unlock(PASSPHRASE)


def test_the_idle_delay_is_a_setting_kept_in_escale_ini(
    locked_window: tuple[MainWindow, AppLock], data_dir: Path
) -> None:
    _window, lock = locked_window
    assert keys.lock_after_minutes(open_settings(data_dir)) == keys.DEFAULT_LOCK_MINUTES == 5
    assert lock.watch.timer.interval() == 5 * 60_000
    lock.set_idle_minutes(12)
    assert lock.watch.timer.interval() == 12 * 60_000
    settings = open_settings(data_dir)
    assert keys.lock_after_minutes(settings) == 12
    settings.setValue(keys.LOCK_AFTER_MINUTES, "n'importe quoi")
    assert keys.lock_after_minutes(settings) == 5


def test_changing_the_passphrase_rekeys_the_database(
    qtbot, locked_window: tuple[MainWindow, AppLock], encrypted_database: Database
) -> None:
    window, lock = locked_window
    seen: list[str] = []
    errors: list[str] = []
    new = "une toute nouvelle phrase"

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangePassphraseDialog)
        fields = {
            name: dialog.findChild(QLineEdit, name)
            for name in ("currentPassphrase", "newPassphrase", "newPassphraseConfirmation")
        }
        for name, text in zip(fields, ("pas la bonne phrase", new, new), strict=True):
            type_keys(qtbot, fields[name], text)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        errors.append(dialog.error.text())
        fields["currentPassphrase"].clear()
        type_keys(qtbot, fields["currentPassphrase"], PASSPHRASE)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(ChangePassphraseDialog, change, seen)
    assert lock.change_passphrase(window)
    assert seen == ["changePassphraseDialog"]
    assert "actuelle est incorrecte" in errors[0]
    lock.lock()
    assert not lock.try_unlock(PASSPHRASE)
    assert lock.try_unlock(new)
    path = encrypted_database.path
    encrypted_database.close()
    with pytest.raises(WrongPassphraseError):
        open_database(path, PASSPHRASE)
    open_database(path, new).close()
    with pytest.raises(DatabaseOpenError):
        open_database(path)


def test_a_passphrase_given_on_stdin_opens_without_the_dialog(qtbot, data_dir: Path) -> None:
    open_database(database_path(data_dir), PASSPHRASE).close()
    seen: list[str] = []
    close_main_window_when_shown(seen)
    assert run_application(data_dir, passphrase=PASSPHRASE) == 0
    assert seen == ["fenêtre"]

    messages: list[str] = []

    def read_message(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        messages.append(box.text())
        box.done(QMessageBox.StandardButton.Ok)

    when_modal(QMessageBox, read_message, seen)
    assert run_application(data_dir, passphrase="thé vert à Dijon") == 2
    assert messages[0].startswith("Phrase secrète incorrecte")


def test_at_the_fair_ctrl_l_and_the_lock_button_lock_the_whole_application(
    qtbot, locked_window: tuple[MainWindow, AppLock], encrypted_database: Database
) -> None:
    window, lock = locked_window
    with encrypted_database.transaction() as session:
        event_id = create_event(
            session, EventInput("Salon de Lyon", place="Lyon", starts_on=date(2026, 11, 25))
        ).id
    window.show_page(FairPage.key)
    page = window.fair_page
    page.refresh_events(event_id)
    assert page.start_capture()
    screen = page.capture
    type_keys(qtbot, screen.first_name, "Inès")
    qtbot.keyClick(screen.first_name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked and not window.isVisible()
    assert not screen.lock.locked  # the passphrase lock, not the visitor's veil
    assert lock.try_unlock(PASSPHRASE)
    assert screen.first_name.text() == "Inès"

    qtbot.mouseClick(screen.lock_button, Qt.MouseButton.LeftButton)
    assert lock.locked and not screen.lock.locked
    assert lock.try_unlock(PASSPHRASE)
    assert screen.first_name.isVisible() and screen.first_name.text() == "Inès"
