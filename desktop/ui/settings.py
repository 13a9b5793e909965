"""The interface settings, declared once, kept in ``escale.ini`` in the data folder.

Keeping the file in the data folder (rather than Qt's per-user default place)
makes an officer's whole state one folder to back up, and isolates tests.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.paths import settings_path

LANGUAGE = "interface/language"
"""``"fr"`` or ``"en"``; absent means "follow the system locale"."""

WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
CURRENT_PAGE = "window/page"
"""The key (not the index) of the page shown at close, so reordering pages is harmless."""


def open_settings(data_dir: Path) -> QSettings:
    return QSettings(str(settings_path(data_dir)), QSettings.Format.IniFormat)


def read_text(settings: QSettings, key: str) -> str | None:
    """The string stored under ``key``, or ``None`` when absent or of another type."""
    value = settings.value(key)
    return value if isinstance(value, str) and value else None
