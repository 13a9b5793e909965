"""The fair screen's lock: what was typed disappears after a short idle time or on Ctrl+L.

At a stand the laptop faces the aisle: when the officer turns away, the next
visitor must not read the last one's details. :class:`ScreenLock` hides the
form (not merely covers it: nothing under it can be read, tabbed into or
grabbed) and shows "Écran verrouillé — appuyez sur Entrée" in its place;
what was typed stays in the fields, and comes back on unlocking.

The idle time counts from the last key press, click or wheel turn anywhere in
the application while the guarded screen is shown: the same
:class:`~desktop.ui.lock.idle.IdleWatch` as the app-wide lock's. That veil is
for the next visitor at the stand, so Entrée lifts it. Ctrl+L and the lock
button are the officer leaving the laptop: where Escale runs with its app-wide
lock (:mod:`desktop.ui.lock.app_lock`), they lock the whole application behind
the passphrase instead (Ctrl+L reaches the app lock before any shortcut).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from desktop.ui import style
from desktop.ui.lock.app_lock import AppLock
from desktop.ui.lock.idle import IdleWatch

translate = QCoreApplication.translate

DEFAULT_IDLE_SECONDS = 60
SETTING_KEY = "fair/lock_after_seconds"
"""Where the officer's choice of idle time is kept (``escale.ini``)."""


class LockOverlay(QWidget):
    """The locked screen: a plain panel that says how to unlock, and takes the keyboard.

    Signals:
        unlock_requested: Entrée was pressed on it.
    """

    unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            f"#lockOverlay {{ background: {style.BLUE}; }}"
            "#lockOverlay QLabel { color: #ffffff; }"
            "#lockHint { color: #c9d8e8; }"
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.message = QLabel(translate("FairLock", "Écran verrouillé — appuyez sur Entrée"), self)
        self.message.setObjectName("lockMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setFont(style.scaled_font(self.message, 2.4, weight=QFont.Weight.DemiBold))
        self.hint = hint = QLabel(
            translate(
                "FairLock",
                "La saisie en cours est cachée, pas effacée : elle revient au déverrouillage.",
            ),
            self,
        )
        hint.setObjectName("lockHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        hint.setFont(style.scaled_font(hint, 1.2))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addSpacing(18)
        layout.addWidget(hint)
        layout.addStretch(1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.unlock_requested.emit()
            event.accept()
            return
        event.accept()  # nothing typed while locked reaches anything


class ScreenLock(QObject):
    """Locks ``content`` by swapping it for ``overlay`` after ``idle_ms`` without input.

    Args:
        content: what is hidden while locked.
        overlay: what is shown instead (it must sit where ``content`` is).

    Signals:
        locked_changed(bool): the screen was locked (``True``) or unlocked.
    """

    locked_changed = Signal(bool)

    def __init__(
        self,
        content: QWidget,
        overlay: LockOverlay,
        *,
        idle_ms: int = DEFAULT_IDLE_SECONDS * 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._content = content
        self._overlay = overlay
        self._focus: QWidget | None = None
        self._locked = False
        self.watch = IdleWatch(idle_ms, self)
        self.watch.idle.connect(self.veil)
        overlay.unlock_requested.connect(self.unlock)
        overlay.setVisible(False)

    @property
    def locked(self) -> bool:
        return self._locked

    def set_idle_ms(self, idle_ms: int) -> None:
        self.watch.set_idle_ms(idle_ms)

    def start(self) -> None:
        """Count idle time from now on (the guarded screen is shown)."""
        if self.locked:
            self.watch.start()
            self.watch.pause()
        else:
            self.watch.start()

    def stop(self) -> None:
        """No more counting (the guarded screen is gone); a lock in place stays."""
        self.watch.stop()

    def lock(self) -> None:
        """The officer locks (Ctrl+L, the button): the whole application when it has a lock."""
        app_lock = AppLock.current()
        if app_lock is not None:
            app_lock.lock()
            return
        self.veil()

    def veil(self) -> None:
        """Hide the content behind the overlay (Entrée lifts it)."""
        if self.locked:
            return
        focused = QApplication.focusWidget()
        self._focus = (
            focused if focused is not None and self._content.isAncestorOf(focused) else None
        )
        self.watch.pause()
        self._locked = True
        self._content.setVisible(False)
        self._overlay.setVisible(True)
        self._overlay.raise_()
        self._overlay.setFocus(Qt.FocusReason.OtherFocusReason)
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        if not self.locked:
            return
        self._locked = False
        self._overlay.setVisible(False)
        self._content.setVisible(True)
        if self._focus is not None:
            self._focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus = None
        self.watch.resume()
        self.locked_changed.emit(False)
