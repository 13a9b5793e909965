"""Icons drawn for Escale, read from ``resources/icons`` (SVG, crisp at any scale)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from desktop.paths import RESOURCES_DIR

ICONS_DIR = RESOURCES_DIR / "icons"


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``."""
    return QIcon(str(ICONS_DIR / f"{name}.svg"))


def app_icon() -> QIcon:
    return icon("escale")
