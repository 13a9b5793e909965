"""Which registrations the figures are about: a ready-made period, or two dates.

*Toute la période* (the default: the figures ``escale stats`` gives without
dates; no date shown), *Cette année*, *L'année dernière*, *12 derniers mois*,
or *Dates choisies* with the two calendars; changing a date by hand chooses
the last.
"""

from __future__ import annotations

import enum
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

translate = QCoreApplication.translate

Period = tuple[date | None, date | None]


class Preset(enum.Enum):
    ALL = "all"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    LAST_12_MONTHS = "last_12_months"
    CHOSEN = "chosen"


def preset_label(preset: Preset) -> str:
    labels = {
        Preset.ALL: translate("Period", "Toute la période"),
        Preset.THIS_YEAR: translate("Period", "Cette année"),
        Preset.LAST_YEAR: translate("Period", "L'année dernière"),
        Preset.LAST_12_MONTHS: translate("Period", "12 derniers mois"),
        Preset.CHOSEN: translate("Period", "Dates choisies"),
    }
    return labels[preset]


def preset_period(preset: Preset, today: date) -> Period:
    """The days a preset covers, both included (``CHOSEN`` has none of its own)."""
    if preset is Preset.THIS_YEAR:
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if preset is Preset.LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if preset is Preset.LAST_12_MONTHS:
        return today - timedelta(days=364), today
    return None, None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodPicker(QWidget):
    """A preset combo, then *du* … *au* …; ``changed`` when the period shown changes.

    Signals:
        changed: the period is another one.
    """

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.preset = QComboBox(self)
        self.preset.setObjectName("periodPreset")
        self.preset.setAccessibleName(translate("Period", "Période d'inscription"))
        for preset in Preset:
            self.preset.addItem(preset_label(preset), preset)
        self.start = self._date_edit("periodStart", translate("Period", "Inscrits à partir du"))
        self.end = self._date_edit("periodEnd", translate("Period", "Inscrits jusqu'au"))
        self.start_label = QLabel(translate("Period", "du"), self)
        self.start_label.setBuddy(self.start)
        self.end_label = QLabel(translate("Period", "au"), self)
        self.end_label.setBuddy(self.end)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (self.preset, self.start_label, self.start, self.end_label, self.end):
            layout.addWidget(widget)

        self._show_preset(Preset.ALL)
        self.preset.currentIndexChanged.connect(self._on_preset_chosen)
        self.start.dateChanged.connect(self._on_date_typed)
        self.end.dateChanged.connect(self._on_date_typed)

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setDate(_qdate(self._today))
        return edit

    def period(self) -> Period:
        """(first day, last day) registered, ``None`` for an open end."""
        if self.preset.currentData() is Preset.ALL:
            return None, None
        start, end = _day(self.start.date()), _day(self.end.date())
        return (start, end) if start <= end else (end, start)

    def choose(self, preset: Preset) -> None:
        self.preset.setCurrentIndex(self.preset.findData(preset))

    def set_dates(self, start: date, end: date) -> None:
        """Show *Dates choisies* from ``start`` to ``end`` (one ``changed``)."""
        self._set_quietly(start, end)
        if self.preset.currentData() is Preset.CHOSEN:
            self.changed.emit()
        else:
            self.choose(Preset.CHOSEN)

    def set_today(self, today: date) -> None:
        """A new day moves the presets that depend on it."""
        if today != self._today:
            self._today = today
            preset = self.preset.currentData()
            if preset not in (Preset.ALL, Preset.CHOSEN):
                self._show_preset(preset)
                self.changed.emit()

    def reset(self) -> None:
        """Back to *Toute la période*, without a signal (the caller refreshes once)."""
        blocked = self.preset.blockSignals(True)
        try:
            self.preset.setCurrentIndex(self.preset.findData(Preset.ALL))
        finally:
            self.preset.blockSignals(blocked)
        self._show_preset(Preset.ALL)

    def _show_preset(self, preset: Preset) -> None:
        start, end = preset_period(preset, self._today)
        if start is not None and end is not None:
            self._set_quietly(start, end)
        dated = preset is not Preset.ALL
        for widget in (self.start, self.end, self.start_label, self.end_label):
            widget.setVisible(dated)

    def _set_quietly(self, start: date, end: date) -> None:
        for edit, day in ((self.start, start), (self.end, end)):
            blocked = edit.blockSignals(True)
            try:
                edit.setDate(_qdate(day))
            finally:
                edit.blockSignals(blocked)

    def _on_preset_chosen(self) -> None:
        self._show_preset(self.preset.currentData())
        self.changed.emit()

    def _on_date_typed(self) -> None:
        if self.preset.currentData() is Preset.CHOSEN:
            self.changed.emit()
            return
        blocked = self.preset.blockSignals(True)
        try:
            self.choose(Preset.CHOSEN)
        finally:
            self.preset.blockSignals(blocked)
        self.changed.emit()
