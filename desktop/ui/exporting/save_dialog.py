"""Asking where to write a file: the folder used last time, the format by its extension.

Qt's own file dialog (not the platform's) is used where a test drives it; the
officer sees the same dialog either way. The folder chosen is remembered in
the settings for the next export.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

LAST_FOLDER_KEY = "exports/last_folder"


def ask_save_path(
    parent: QWidget,
    *,
    title: str,
    formats: Sequence[tuple[str, str]],
    file_name: str,
    settings: QSettings | None,
    object_name: str,
) -> Path | None:
    """Where to write, or ``None`` if the officer cancelled.

    Args:
        formats: (filter text, suffix) pairs, the default first:
            ``[("Classeur Excel (*.xlsx)", "xlsx"), ("CSV pour Excel (*.csv)", "csv")]``.
            A name typed with one of these suffixes keeps it; another gets the
            suffix of the filter chosen.
        file_name: the name proposed (its suffix follows the first format).
        object_name: the dialog's object name, for tests to find it.
    """
    dialog = QFileDialog(parent, title)
    dialog.setObjectName(object_name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    filters = [text for text, _suffix in formats]
    suffixes = dict(formats)
    dialog.setNameFilters(filters)
    dialog.selectNameFilter(filters[0])
    dialog.setDefaultSuffix(formats[0][1])
    dialog.filterSelected.connect(lambda chosen: dialog.setDefaultSuffix(suffixes.get(chosen, "")))
    dialog.setDirectory(_last_folder(settings))
    dialog.selectFile(file_name)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        path = Path(dialog.selectedFiles()[0])
        known = {f".{suffix}" for suffix in suffixes.values()}
        if path.suffix.lower() not in known:
            path = path.with_name(f"{path.name}.{suffixes.get(dialog.selectedNameFilter(), '')}")
    finally:
        dialog.deleteLater()
    if settings is not None:
        settings.setValue(LAST_FOLDER_KEY, str(path.parent))
    return path


def _last_folder(settings: QSettings | None) -> str:
    if settings is not None:
        folder = settings.value(LAST_FOLDER_KEY)
        if isinstance(folder, str) and Path(folder).is_dir():
            return folder
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
