"""The *Salon* page: pick the event (or create it), then capture its visitors.

The events listed are those still to come or ended in the last two months,
the nearest first, with how many visitors each has; ``Entrée`` on one (or
*Commencer la saisie*) opens the capture screen
(:class:`~desktop.ui.fair.capture_screen.FairCaptureScreen`), which can go
full screen. How long the screen waits before locking itself is set here and
kept in the settings.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFont, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.events import EventSummary, list_events
from desktop.ui import style
from desktop.ui.fair.capture_screen import FairCaptureScreen
from desktop.ui.fair.event_dialog import EventDialog, event_kind_label
from desktop.ui.fair.lock import DEFAULT_IDLE_SECONDS, SETTING_KEY
from desktop.ui.fair.widgets import event_dates
from desktop.ui.workspace import Workspace

translate = QCoreApplication.translate

LAST_EVENT_KEY = "fair/last_event"
LOCK_RANGE_SECONDS = (15, 900)


class EventList(QListWidget):
    """The events to choose from; ``Entrée`` on one starts its capture."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.itemActivated.emit(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)


class FairPage(QWidget):
    """*Salon*: the event chooser, then the capture screen of the event chosen."""

    key = "salon"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageContent")
        self.title = translate("FairPage", "Salon")
        self._workspace = workspace
        self._settings: QSettings | None = workspace.settings
        self.stack = QStackedWidget(self)
        self.chooser = self._build_chooser()
        self.capture = FairCaptureScreen(workspace, lock_after_seconds=self._lock_seconds())
        self._capture_holder = QWidget()
        holder_layout = QVBoxLayout(self._capture_holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.capture)
        self.stack.addWidget(self.chooser)
        self.stack.addWidget(self._capture_holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.capture.change_event_requested.connect(self.show_chooser)
        self.refresh_events()

    def _build_chooser(self) -> QWidget:
        page = QWidget()
        page.setObjectName("pageContent")
        title = QLabel(self.title, page)
        title.setObjectName("pageTitle")
        title.setFont(style.scaled_font(title, 2.0, weight=QFont.Weight.DemiBold))
        intro = QLabel(
            translate(
                "FairPage",
                "Choisissez l'événement, puis saisissez chaque visiteur au clavier : Entrée "
                "l'enregistre et prépare la fiche suivante. Tout reste sur ce poste jusqu'à la "
                "prochaine synchronisation ; aucune connexion n'est nécessaire.",
            ),
            page,
        )
        intro.setWordWrap(True)
        intro.setMaximumWidth(760)
        intro.setFont(style.scaled_font(intro, 1.1))
        self.events = EventList(page)
        self.events.setObjectName("eventList")
        self.events.setFont(style.scaled_font(self.events, 1.1))
        self.events.setSpacing(2)
        self.events.itemActivated.connect(lambda _item: self.start_capture())
        self.no_event = QLabel(
            translate(
                "FairPage",
                "Aucun événement à venir : créez celui du salon avec « Nouvel événement ».",
            ),
            page,
        )
        self.no_event.setObjectName("noEvent")
        self.no_event.setStyleSheet(f"color: {style.MUTED};")
        self.start_button = QPushButton(translate("FairPage", "Commencer la saisie"), page)
        self.start_button.setObjectName("startCapture")
        self.start_button.clicked.connect(self.start_capture)
        self.new_event_button = QPushButton(translate("FairPage", "Nouvel événement…"), page)
        self.new_event_button.setObjectName("newEvent")
        self.new_event_button.clicked.connect(self.new_event)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.new_event_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 40, 48, 32)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.events, 1)
        layout.addWidget(self.no_event)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addLayout(self._lock_row(page))
        return page

    def _lock_row(self, page: QWidget) -> QHBoxLayout:
        self.lock_delay = QSpinBox(page)
        self.lock_delay.setObjectName("lockDelay")
        self.lock_delay.setRange(*LOCK_RANGE_SECONDS)
        self.lock_delay.setSingleStep(15)
        self.lock_delay.setSuffix(translate("FairPage", " s"))
        self.lock_delay.setValue(self._lock_seconds())
        self.lock_delay.valueChanged.connect(self._on_lock_delay)
        lock_label = QLabel(translate("FairPage", "Verrouiller l'écran de saisie après"), page)
        lock_label.setBuddy(self.lock_delay)
        lock_tail = QLabel(translate("FairPage", "sans frappe ni clic (Ctrl+L : tout de suite)"))

        lock_row = QHBoxLayout()
        lock_row.addWidget(lock_label)
        lock_row.addWidget(self.lock_delay)
        lock_row.addWidget(lock_tail)
        lock_row.addStretch(1)
        return lock_row

    def refresh_events(self, select: uuid.UUID | None = None) -> None:
        with self._workspace.database.session() as session:
            events = list_events(session, today=self._workspace.today())
        wanted = select or self._last_event()
        self.events.clear()
        for event in events:
            item = QListWidgetItem(self._event_text(event))
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, event.name)
            self.events.addItem(item)
            if event.id == wanted:
                self.events.setCurrentItem(item)
        if self.events.currentRow() < 0 and self.events.count():
            self.events.setCurrentRow(0)
        self.no_event.setVisible(not events)
        self.start_button.setEnabled(bool(events))

    def start_capture(self) -> bool:
        item = self.events.currentItem()
        if item is None:
            return False
        event_id = item.data(Qt.ItemDataRole.UserRole)
        self.capture.set_event(event_id, item.data(Qt.ItemDataRole.UserRole + 1))
        if self._settings is not None:
            self._settings.setValue(LAST_EVENT_KEY, event_id.hex)
        self.stack.setCurrentWidget(self._capture_holder)
        self.capture.lock.start()
        self.capture.first_name.setFocus()
        return True

    def show_chooser(self) -> None:
        if self.capture.is_full_screen():
            self.capture.leave_full_screen()
        self.capture.lock.stop()
        self.refresh_events(self.capture.event_id)
        self.stack.setCurrentWidget(self.chooser)
        self.events.setFocus()

    def new_event(self) -> uuid.UUID | None:
        dialog = EventDialog(self._workspace, self)
        dialog.exec()
        event_id = dialog.event_id
        dialog.deleteLater()
        if event_id is not None:
            self.refresh_events(event_id)
        return event_id

    def showEvent(self, event: QShowEvent) -> None:
        if self.stack.currentWidget() is self.chooser:
            self.refresh_events()
        else:
            self.capture.lock.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if not self.capture.is_full_screen():
            self.capture.lock.stop()
        super().hideEvent(event)

    def _event_text(self, event: EventSummary) -> str:
        return translate(
            "FairPage", "{name}\n{kind} · {place} · {dates} · {count} visiteur(s) saisi(s)"
        ).format(
            name=event.name,
            kind=event_kind_label(event.kind),
            place=event.place,
            dates=event_dates(event.starts_on, event.ends_on),
            count=event.visitors,
        )

    def _lock_seconds(self) -> int:
        if self._settings is None:
            return DEFAULT_IDLE_SECONDS
        try:
            value = int(self._settings.value(SETTING_KEY, DEFAULT_IDLE_SECONDS))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_SECONDS
        low, high = LOCK_RANGE_SECONDS
        return min(max(value, low), high)

    def _on_lock_delay(self, seconds: int) -> None:
        if self._settings is not None:
            self._settings.setValue(SETTING_KEY, seconds)
        self.capture.lock.set_idle_ms(seconds * 1000)

    def _last_event(self) -> uuid.UUID | None:
        if self._settings is None:
            return None
        value = self._settings.value(LAST_EVENT_KEY)
        try:
            return uuid.UUID(hex=value) if isinstance(value, str) else None
        except ValueError:
            return None
