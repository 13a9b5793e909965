"""A line edit that names a place: completion as the officer types, a full name recognised.

What is searched, and how matches rank, is :mod:`desktop.cases.places`; this
field shows the best matches ("Dole (39)"), remembers the place picked, and
recognises a name typed in full on leaving, so the keyboard alone suffices.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop.cases.places import SHOWN, Place, Places


class TerritoryEdit(QLineEdit):
    """A line edit that completes place names and remembers the place chosen.

    Args:
        places: returns the places offered, one of a
            :class:`~desktop.cases.places.TerritoryIndex`'s lists (called on the
            first keystroke, so the index is built only when needed).

    Signals:
        changed: the text or the place picked changed by the officer's hand.
    """

    changed = Signal()

    def __init__(
        self,
        places: Callable[[], Places],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._places = places
        self._place: Place | None = None
        self._matches = QStandardItemModel(self)
        completer = QCompleter(self._matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(SHOWN)
        completer.activated[QModelIndex].connect(self.on_match_activated)
        self.setCompleter(completer)
        self.textEdited.connect(self.on_text_edited)
        self.editingFinished.connect(self.on_editing_finished)
        self.setClearButtonEnabled(True)

    def place(self) -> Place | None:
        return self._place

    def value(self) -> tuple[str, Place | None]:
        return self.text(), self._place

    def set_value(self, value: tuple[str, Place | None]) -> None:
        text, place = value
        self._place = place
        self.setText(text)

    def resolved(self) -> Place | None:
        """The place picked, or else the one whose name was typed in full."""
        if self._place is not None or not self.text().strip():
            return self._place
        return self._places().resolve(self.text())

    def on_text_edited(self, text: str) -> None:
        if self._place is not None and text != self._place.label:
            self._place = None
        self._matches.clear()
        for place in self._places().search(text):
            item = QStandardItem(place.label)
            item.setData(place, Qt.ItemDataRole.UserRole)
            self._matches.appendRow(item)
        self.changed.emit()

    def on_match_activated(self, index: QModelIndex) -> None:
        place = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(place, Place):
            self._place = place
            self.setText(place.label)
            self.changed.emit()

    def on_editing_finished(self) -> None:
        """Recognise a name typed in full, so picking from the list is not compulsory."""
        if self._place is not None:
            return
        place = self.resolved()
        if place is not None:
            self._place = place
            self.setText(place.label)
            self.changed.emit()
