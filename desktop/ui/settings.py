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

LOCK_AFTER_MINUTES = "security/lock_after_minutes"
"""Minutes without input before Escale locks itself (*Fichier › Délai de verrouillage…*)."""
DEFAULT_LOCK_MINUTES = 5
LOCK_MINUTES_RANGE = (1, 240)

# Nothing secret is kept here: the server token lives in the encrypted database
# (``app_meta``), the passphrase nowhere.


def open_settings(data_dir: Path) -> QSettings:
    return QSettings(str(settings_path(data_dir)), QSettings.Format.IniFormat)


def read_text(settings: QSettings, key: str) -> str | None:
    """The string stored under ``key``, or ``None`` when absent or of another type."""
    value = settings.value(key)
    return value if isinstance(value, str) and value else None


def lock_after_minutes(settings: QSettings) -> int:
    """The idle delay before locking, within :data:`LOCK_MINUTES_RANGE` whatever the file says."""
    try:
        minutes = int(settings.value(LOCK_AFTER_MINUTES, DEFAULT_LOCK_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_LOCK_MINUTES
    low, high = LOCK_MINUTES_RANGE
    return min(max(minutes, low), high)
