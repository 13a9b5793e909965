"""Noticing that nobody has touched the application for a while.

One mechanism for every lock: the app-wide lock (:mod:`desktop.ui.lock.app_lock`)
and the fair screen's veil (:mod:`desktop.ui.fair.lock`) each hold an
:class:`IdleWatch`, which restarts its timer on every key press, click, wheel
turn or touch anywhere in the application (an application-wide event filter,
installed only while watching).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatch(QObject):
    """Emits :attr:`idle` once ``idle_ms`` pass with no input, while started.

    Signals:
        idle: nobody touched the application for the whole delay.
    """

    idle = Signal()

    def __init__(self, idle_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watching = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self.idle)

    @property
    def watching(self) -> bool:
        return self._watching

    def set_idle_ms(self, idle_ms: int) -> None:
        self.timer.setInterval(idle_ms)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        """Count idle time from now on."""
        if not self._watching:
            QApplication.instance().installEventFilter(self)
            self._watching = True
        self.timer.start()

    def pause(self) -> None:
        """Stop counting but keep listening (a lock in place: it restarts on :meth:`resume`)."""
        self.timer.stop()

    def resume(self) -> None:
        if self._watching:
            self.timer.start()

    def stop(self) -> None:
        if self._watching:
            QApplication.instance().removeEventFilter(self)
            self._watching = False
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False
