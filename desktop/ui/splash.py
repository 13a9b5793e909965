"""The start-up splash: the programme's colours and a line saying what is being prepared."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui import style
from desktop.ui.icons import app_icon

SIZE = QSize(440, 250)


class StartupSplash(QWidget):
    """A frameless window with the artwork and one line of progress.

    Not a ``QSplashScreen``: in Qt 6 its ``show()`` waits up to a second for the
    window system to confirm the window is drawn, and on X11 and offscreen it
    waits the whole second, a third of the start-up budget.
    """

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self._artwork = _artwork()
        self._message = ""
        self.setFixedSize(SIZE)
        self.move(self.screen().availableGeometry().center() - self.rect().center())

    def message(self) -> str:
        return self._message

    def show_step(self, message: str) -> None:
        """Show ``message`` under the name and paint it now (the next step may take a while)."""
        self._message = message
        if not self.isVisible():
            self.show()
        self.repaint()
        QApplication.processEvents()

    def finish(self, _window: QWidget) -> None:
        """Close: the main window shown takes its place (same call as ``QSplashScreen``)."""
        self.close()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._artwork)
        painter.setPen(QColor("#dfe8f2"))
        painter.drawText(
            self.rect().adjusted(12, 0, -12, -14),
            Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
            self._message,
        )
        painter.end()


def _artwork() -> QPixmap:
    pixmap = QPixmap(SIZE)
    pixmap.fill(QColor(style.BLUE))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.drawPixmap(40, 60, app_icon().pixmap(QSize(104, 104)))
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * 2.6)
    font.setWeight(QFont.Weight.Bold)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRect(168, 70, 250, 50), Qt.AlignmentFlag.AlignVCenter, "Escale")
    font.setPointSizeF(QApplication.font().pointSizeF() * 1.05)
    font.setWeight(QFont.Weight.Normal)
    painter.setFont(font)
    painter.setPen(QColor("#b9cde2"))
    painter.drawText(
        QRect(170, 118, 250, 40),
        Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
        QCoreApplication.translate("StartupSplash", "Accueil des nouveaux habitants"),
    )
    painter.fillRect(QRect(0, SIZE.height() - 4, SIZE.width(), 4), QColor(style.ACCENT))
    painter.end()
    return pixmap
