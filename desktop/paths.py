"""Where Escale keeps its files.

Everything lives in one data folder (the platform's user data dir unless
``--data-dir`` says otherwise), so an officer's whole state is one folder to
back up, and tests point it at a temporary directory.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "escale"
DATABASE_FILE = "escale.db"
SETTINGS_FILE = "escale.ini"
LOG_FILE = "escale.log"


def _resources_dir() -> Path:
    """``resources/`` beside the package, or inside the frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root / "resources"


RESOURCES_DIR = _resources_dir()


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE


def settings_path(data_dir: Path) -> Path:
    return data_dir / SETTINGS_FILE


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_FILE
