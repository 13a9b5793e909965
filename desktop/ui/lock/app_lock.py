"""The app-wide lock: every window hidden behind the unlock screen, the passphrase to come back.

A laptop left on a fair's table, or lost, must show nothing. After the idle
delay chosen in the settings (5 minutes by default), on Ctrl+L or on
*Fichier › Verrouiller*, :class:`AppLock` hides every window of Escale: the
main window is hidden, an open dialog (which may be running its own event
loop, so it cannot be hidden without ending it) has its contents hidden. Only
the :class:`UnlockScreen` remains. The right passphrase brings everything back
as it was, with the focus where it was: nothing typed is lost, because nothing
is closed.

Ctrl+L is caught before Qt's shortcuts, so it locks from anywhere, a modal
dialog or the fair screen (whose own Ctrl+L would otherwise be ambiguous with
the menu's) included.
"""

from __future__ import annotations

import weakref
from typing import ClassVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.storage import Database
from desktop.ui import settings as keys
from desktop.ui import style
from desktop.ui.field_errors import FieldErrorLabel
from desktop.ui.lock.idle import IdleWatch
from desktop.ui.lock.passphrase_dialog import ChangePassphraseDialog

TRIES_BEFORE_PAUSE = 3
PAUSE_AFTER_TRIES_MS = 30_000
"""After three wrong passphrases on the lock screen, the next try waits this long."""


class UnlockScreen(QWidget):
    """What shows while Escale is locked: a passphrase field and nothing of the cases.

    Application-modal, so it also stands above a dialog that was open when the
    lock came; it cannot be closed, only unlocked.

    Signals:
        submitted(str): the officer typed a passphrase and pressed Entrée.
    """

    submitted = Signal(str)

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("unlockScreen")
        self.setWindowTitle(self.tr("Escale — verrouillé"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            f"#unlockScreen {{ background: {style.BLUE}; }}"
            "#unlockTitle, #unlockText { color: #ffffff; }"
            f"#unlockPanel {{ background: #ffffff; border-radius: 6px; }}"
        )
        title = QLabel(self.tr("Escale est verrouillé"))
        title.setObjectName("unlockTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setFont(style.scaled_font(title, 2.0, weight=QFont.Weight.DemiBold))
        text = QLabel(
            self.tr(
                "Vos dossiers sont cachés, pas fermés : ce que vous étiez en train de saisir "
                "vous attend. Entrez votre phrase secrète pour reprendre."
            )
        )
        text.setObjectName("unlockText")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        text.setFont(style.scaled_font(text, 1.15))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Phrase secrète"))
        self.passphrase.setAccessibleName(self.tr("Phrase secrète"))
        self.passphrase.setMinimumWidth(340)
        self.passphrase.returnPressed.connect(self._submit)
        self.button = QPushButton(self.tr("&Déverrouiller"))
        self.button.setObjectName("unlockButton")
        self.button.clicked.connect(self._submit)
        self.error = FieldErrorLabel(self.passphrase, name="unlockError")
        panel = QWidget()
        panel.setObjectName("unlockPanel")
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.button)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(20, 16, 20, 16)
        inner.addLayout(row)
        inner.addWidget(self.error)
        panel.setMaximumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addWidget(text)
        layout.addSpacing(24)
        layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.resize(900, 600)

    def _submit(self) -> None:
        if self.passphrase.isEnabled():
            self.submitted.emit(self.passphrase.text())

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # only the passphrase lifts the lock

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)


class AppLock(QObject):
    """Locks the whole application; the passphrase of ``database`` unlocks it.

    Args:
        database: the open, encrypted database whose passphrase unlocks.
        settings: where the idle delay is read and kept.

    Signals:
        locked_changed(bool): the application was locked (``True``) or unlocked.
    """

    locked_changed = Signal(bool)
    _current: ClassVar[weakref.ReferenceType[AppLock] | None] = None

    def __init__(
        self, database: Database, settings: QSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._settings = settings
        self._locked = False
        self._hidden: list[QWidget] = []
        self._concealed: list[tuple[QWidget, list[QWidget]]] = []
        self._active: QWidget | None = None
        self._focus: QWidget | None = None
        self.wrong_tries = 0
        self.pause_ms = PAUSE_AFTER_TRIES_MS
        self.screen = UnlockScreen()
        self.screen.submitted.connect(self.try_unlock)
        self.watch = IdleWatch(keys.lock_after_minutes(settings) * 60_000, self)
        self.watch.idle.connect(self.lock)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._allow_retry)

    @classmethod
    def current(cls) -> AppLock | None:
        """The lock guarding this application, if one was started."""
        lock = cls._current() if cls._current is not None else None
        return lock if lock is not None and shiboken6.isValid(lock) else None

    @property
    def locked(self) -> bool:
        return self._locked

    def start(self) -> None:
        """Watch for idleness and Ctrl+L from now on."""
        AppLock._current = weakref.ref(self)
        QApplication.instance().installEventFilter(self)
        self.watch.start()

    def stop(self) -> None:
        self.watch.stop()
        QApplication.instance().removeEventFilter(self)
        if AppLock.current() is self:
            AppLock._current = None
        self.screen.deleteLater()

    def set_idle_minutes(self, minutes: int) -> None:
        """The officer's choice of idle delay: kept in ``escale.ini`` and applied now."""
        low, high = keys.LOCK_MINUTES_RANGE
        minutes = min(max(minutes, low), high)
        self._settings.setValue(keys.LOCK_AFTER_MINUTES, minutes)
        self.watch.set_idle_ms(minutes * 60_000)

    def add_actions(self, menu: QMenu, before: QAction | None = None) -> list[QAction]:
        """*Verrouiller* (Ctrl+L), *Changer la phrase secrète…*, *Délai de verrouillage…*."""
        parent = menu.parentWidget() or menu
        lock = QAction(self.tr("&Verrouiller"), menu)
        lock.setObjectName("lockAction")
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock)
        change = QAction(self.tr("Changer la &phrase secrète…"), menu)
        change.setObjectName("changePassphraseAction")
        change.triggered.connect(lambda: self.change_passphrase(parent))
        delay = QAction(self.tr("&Délai de verrouillage…"), menu)
        delay.setObjectName("lockDelayAction")
        delay.triggered.connect(lambda: self.ask_idle_minutes(parent))
        actions = [lock, change, delay]
        if before is None:
            menu.addActions(actions)
            return [*actions, menu.addSeparator()]
        menu.insertActions(before, actions)
        return [*actions, menu.insertSeparator(before)]

    def change_passphrase(self, parent: QWidget | None = None) -> bool:
        dialog = ChangePassphraseDialog(self._database, parent)
        changed = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return changed

    def ask_idle_minutes(self, parent: QWidget | None = None) -> None:
        low, high = keys.LOCK_MINUTES_RANGE
        minutes, chosen = QInputDialog.getInt(
            parent,
            self.tr("Délai de verrouillage"),
            self.tr("Verrouiller Escale après ce nombre de minutes sans activité :"),
            keys.lock_after_minutes(self._settings),
            low,
            high,
        )
        if chosen:
            self.set_idle_minutes(minutes)

    def lock(self) -> None:
        """Hide every window of Escale behind the unlock screen."""
        if self._locked:
            return
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            popup = QApplication.activePopupWidget()
        self._active = QApplication.activeWindow()
        self._focus = QApplication.focusWidget()
        for window in QApplication.topLevelWidgets():
            if window is self.screen or not window.isVisible():
                continue
            if isinstance(window, QDialog) or window.isModal():
                shown = [
                    child
                    for child in window.findChildren(
                        QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
                    )
                    if child.isVisible()
                ]
                for child in shown:
                    child.setVisible(False)
                self._concealed.append((window, shown))
            else:
                window.setVisible(False)
                self._hidden.append(window)
        self._locked = True
        self.watch.pause()
        self.screen.passphrase.clear()
        self.screen.error.clear_message()
        self.screen.show()
        self.screen.raise_()
        self.screen.activateWindow()
        self.screen.passphrase.setFocus()
        self.locked_changed.emit(True)

    def try_unlock(self, passphrase: str) -> bool:
        """Unlock when ``passphrase`` is the database's; say why not otherwise."""
        if not self._locked:
            return True
        if not self._database.check_passphrase(passphrase):
            self.wrong_tries += 1
            self.screen.passphrase.selectAll()
            if self.wrong_tries % TRIES_BEFORE_PAUSE == 0:
                self.screen.passphrase.setEnabled(False)
                self.screen.button.setEnabled(False)
                self.screen.error.show_message(
                    self.tr(
                        "Trois phrases secrètes incorrectes : attendez %n seconde(s) avant "
                        "de réessayer.",
                        "",
                        self.pause_ms // 1000,
                    )
                )
                self._retry.start(self.pause_ms)
            else:
                self.screen.error.show_message(
                    self.tr("Phrase secrète incorrecte : vérifiez les majuscules et les accents.")
                )
            return False
        self.wrong_tries = 0
        self._restore()
        return True

    def _allow_retry(self) -> None:
        self.screen.passphrase.setEnabled(True)
        self.screen.button.setEnabled(True)
        self.screen.error.show_message(self.tr("Vous pouvez réessayer."))
        self.screen.passphrase.setFocus()

    def _restore(self) -> None:
        self._locked = False
        self.screen.passphrase.clear()
        self.screen.hide()
        for window in self._hidden:
            if shiboken6.isValid(window):
                window.setVisible(True)
        for window, children in self._concealed:
            if not shiboken6.isValid(window):
                continue
            for child in children:
                if shiboken6.isValid(child):
                    child.setVisible(True)
        self._hidden.clear()
        self._concealed.clear()
        active, focus = self._active, self._focus
        self._active = self._focus = None
        if active is not None and shiboken6.isValid(active):
            active.activateWindow()
        if focus is not None and shiboken6.isValid(focus):
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.watch.resume()
        self.locked_changed.emit(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        if event.key() != Qt.Key.Key_L or event.modifiers() != Qt.KeyboardModifier.ControlModifier:
            return False
        if self._locked:
            return kind == QEvent.Type.KeyPress
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # a key press, not a shortcut: it comes back below
            return True
        self.lock()
        return True


def install_app_lock(
    window: QWidget, menu: QMenu, before: QAction | None, database: Database, settings: QSettings
) -> AppLock:
    """Guard the application with an :class:`AppLock` whose actions sit in ``menu``."""
    lock = AppLock(database, settings, window)
    lock.add_actions(menu, before)
    lock.start()
    return lock
