"""Starting the desktop application: Qt, translations, the database, the main window.

:func:`run_application` is what ``escale`` runs with no sub-command. Each step
is its own function so tests build the window without entering the event loop.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.errors import UserFacingError
from desktop.paths import check_data_dir, database_path
from desktop.storage import Database, open_database
from desktop.storage.encryption import FileState, file_state
from desktop.ui import style
from desktop.ui.background import run_while_waiting
from desktop.ui.error_reporting import ErrorReporter, current_log_file, show_critical
from desktop.ui.figures import has_households
from desktop.ui.garbage import GuiThreadCollector
from desktop.ui.icons import app_icon
from desktop.ui.lock.app_lock import AppLock, install_app_lock
from desktop.ui.lock.passphrase_dialog import PassphraseDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import open_settings
from desktop.ui.splash import StartupSplash
from desktop.ui.translations import choose_language, install_translations

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

WINDOW_SHOWN = "window shown after"
STARTED_AT = time.monotonic()
"""When this module was imported: the start of the application, give or take Python itself."""

EXIT_USER_ERROR = 2
EXIT_BUG = 1


def create_application() -> QApplication:
    """The process's QApplication (an existing one is reused, as under pytest-qt)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setOrganizationName("Escale")
    app.setApplicationName("Escale")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("escale")
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")
    style.apply_palette(app)
    return app


def create_main_window(
    database: Database, settings: QSettings, *, auto_sync: bool = True
) -> MainWindow:
    return MainWindow(database, settings, auto_sync=auto_sync)


def fill_with_demo(database: Database, households: int) -> None:
    """Give a brand-new database ``households`` demonstration households (first start only)."""
    from desktop.demo import generate_demo  # noqa: PLC0415 - only a first start with demo needs it

    generate_demo(database, households=households)


def unlock_database(
    path: Path, splash: StartupSplash, passphrase: str | None = None
) -> Database | None:
    """Ask the passphrase (a new one the first time) and open the database with it.

    A ``passphrase`` given (``escale --passphrase-stdin``, for scripts and the
    start-up bench) is used as is, with no dialog: a wrong one ends the start.

    Returns:
        The open database, or ``None`` when the officer chose to quit.

    Raises:
        UserFacingError: three wrong passphrases, or a file that cannot be used.
    """
    state = file_state(path)
    if passphrase is not None:
        splash.show_step(translate("Application", "Ouverture de la base de données…"))
        return run_while_waiting(lambda: open_database(path, passphrase))

    def attempt(passphrase: str) -> Database:
        splash.show_step(translate("Application", "Ouverture de la base de données…"))
        try:
            return run_while_waiting(lambda: open_database(path, passphrase))
        except UserFacingError:
            splash.hide()
            raise

    dialog = PassphraseDialog(
        attempt, create=state is not FileState.ENCRYPTED, encrypting=state is FileState.PLAIN
    )
    dialog.exec()
    dialog.deleteLater()
    if dialog.failure is not None:
        raise dialog.failure
    return dialog.database


def install_lock(window: MainWindow, database: Database, settings: QSettings) -> AppLock:
    """The app-wide lock, its actions in the *Fichier* menu just above *Quitter*."""
    menu = next(
        action.menu()
        for action in window.menuBar().actions()
        if window.quit_action in action.menu().actions()
    )
    return install_app_lock(window, menu, window.quit_action, database, settings)


def _log_window_shown() -> None:
    """Says in the log when the window is up: support reads it, ``make bench`` waits for it."""
    log.info("%s %.2f s", WINDOW_SHOWN, time.monotonic() - STARTED_AT)


def run_application(
    data_dir: Path, *, demo_if_empty: int = 0, passphrase: str | None = None
) -> int:
    """Run Escale on the data folder ``data_dir`` until its window closes.

    Args:
        data_dir: holds the database, the settings and the log.
        demo_if_empty: when above 0 and the database has no household yet,
            fill it with that many demonstration households first.
        passphrase: the database's, when given on stdin; otherwise it is asked
            (chosen at the first start) before anything else.

    Returns:
        The exit status: 0, 2 when the database or the data folder cannot be
        used (the officer was told why), 1 after an unexpected error (logged).
    """
    app = create_application()
    settings = open_settings(data_dir)
    translations = install_translations(choose_language(settings))
    reporter = ErrorReporter(current_log_file())
    previous_hook = sys.excepthook
    sys.excepthook = reporter
    collector = GuiThreadCollector()
    collector.start()
    splash = StartupSplash()
    try:
        check_data_dir(data_dir)  # read-only or full: said in a box before anything is written
        database = unlock_database(database_path(data_dir), splash, passphrase)
        if database is None:
            splash.close()
            return 0
        try:
            if demo_if_empty > 0 and not has_households(database):
                splash.show_step(
                    translate("Application", "Préparation des données de démonstration…")
                )
                run_while_waiting(lambda: fill_with_demo(database, demo_if_empty))
            window = create_main_window(database, settings)
            lock = install_lock(window, database, settings)
            window.show()
            splash.finish(window)
            QTimer.singleShot(0, _log_window_shown)
            status = app.exec()
            lock.stop()
            return status
        finally:
            database.close()
    except UserFacingError as error:
        log.warning("cannot start: %s", error.message)
        splash.close()
        show_critical(translate("Application", "Escale ne peut pas démarrer"), error.message)
        return EXIT_USER_ERROR
    except Exception as error:
        splash.close()
        reporter(type(error), error, error.__traceback__)
        return EXIT_BUG
    finally:
        splash.deleteLater()
        collector.stop()
        sys.excepthook = previous_hook
        translations.remove()
