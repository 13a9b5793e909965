"""Driving real widgets as an officer does: the window, typing (accents too), answering boxes."""

from __future__ import annotations

import unicodedata
import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.storage import Database
from desktop.ui.application import create_main_window
from desktop.ui.household.members_editor import MemberRow
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import open_settings


def open_main_window(
    qtbot,
    database: Database,
    data_dir: Path,
    *,
    officer_id: uuid.UUID | None = None,
    today: date | None = None,
    size: tuple[int, int] = (1300, 850),
) -> MainWindow:
    """The main window on the test database, shown and exposed; it never syncs by itself.

    Args:
        officer_id: the officer logged in on the device (audit entries, prints…).
        today: the workspace's today, whatever the machine's.
    """
    window = create_main_window(database, open_settings(data_dir), auto_sync=False)
    if officer_id is not None:
        window.workspace.officer_id = officer_id
    if today is not None:
        window.workspace._today = lambda: today
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def keys(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text``; accented letters come as from a French keyboard's own keys.

    ``QTest.keyClicks`` only knows ASCII (it aborts on "é"), so other characters
    are sent as the key events a real keyboard produces: no key code, the text.
    """
    for character in text:
        if character.isascii():
            qtbot.keyClicks(widget, character)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            )


def type_in(qtbot, widget: QWidget, text: str) -> None:
    """Click into ``widget``, select what it holds and type ``text`` over it."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        keys(qtbot, widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def tick(qtbot, box: QCheckBox) -> None:
    """Click the box's square (its centre may lie past the end of its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def choose(qtbot, combo: QWidget, label: str) -> None:
    """Pick an entry of a closed combo box by typing its first letters, as on a keyboard."""
    combo.setFocus()
    keys(qtbot, combo, label)
    assert combo.currentText() == label


def pick_place(qtbot, edit: QLineEdit, typed: str) -> None:
    """Type a place name and leave the field: a name typed in full is recognised."""
    type_in(qtbot, edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def fill_member(qtbot, row: MemberRow, **values: str) -> None:
    for name, value in values.items():
        type_in(qtbot, row.widgets[name], value)


def answer(object_name: str, button_name: str, seen: list[str]) -> None:
    """Click ``button_name`` in the modal box ``object_name`` as soon as it shows.

    ``seen`` gets the box's name, so a test fails instead of hanging when a box
    it did not expect (or none) appears.
    """
    tries = [0]

    def click() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != object_name:
            tries[0] += 1
            if tries[0] < 100:
                QTimer.singleShot(20, click)
            elif box is not None:
                seen.append(f"unexpected: {box.objectName()}")
                box.close()
            return
        seen.append(object_name)
        box.findChild(QAbstractButton, button_name).click()

    QTimer.singleShot(0, click)


def save_as(path: str, seen: list[str], dialog_name: str = "savePdfDialog") -> None:
    """Choose ``path`` in the file dialog ``dialog_name`` as soon as it shows, and accept it.

    The whole path is put in the file name box at once rather than typed key
    by key: the widget dialog's path completer would take the Entrée and
    relabel the button as the folders go by, which depends on the machine.
    """
    tries = [0]

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or dialog.objectName() != dialog_name:
            tries[0] += 1
            if tries[0] < 100:
                QTimer.singleShot(20, fill)
            elif dialog is not None:
                seen.append(f"unexpected: {dialog.objectName()}")
                dialog.close()
            return
        seen.append(dialog_name)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(path)
        dialog.accept()

    QTimer.singleShot(0, fill)


def mnemonic_clashes(top: QWidget) -> dict[str, list[str]]:
    """Alt+letter shortcuts that two visible labels or buttons of ``top`` share.

    A clash makes Alt+letter cycle between fields instead of jumping to one; the
    letter is compared as typed (case and accent aside: Alt+é is not a key).
    """
    owners: dict[str, list[str]] = {}
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton) or not widget.isVisibleTo(top):
            continue
        text = widget.text().replace("&&", "")
        at = text.find("&")
        if at < 0 or at + 1 >= len(text):
            continue
        letter = unicodedata.normalize("NFD", text[at + 1])[0].casefold()
        owners.setdefault(letter, []).append(text)
    return {letter: texts for letter, texts in owners.items() if len(texts) > 1}
