"""A data folder that is read-only or full stops Escale at start with a French message, not a crash.

The folders are real file systems: a tmpfs mounted read-only, a small tmpfs
filled to the last byte (the tests run as root, where a chmod stops nothing).
Both the headless commands (stderr, status 2) and the window (a message box,
status 2) are checked, and the officer's files are left exactly as they were.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.cli import main
from desktop.errors import UserFacingError
from desktop.paths import MINIMUM_FREE_BYTES, check_data_dir, database_path
from desktop.ui.application import run_application


@contextlib.contextmanager
def tmpfs(where: Path, size_mb: int) -> Iterator[Path]:
    where.mkdir()
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_mb}m,mode=0755", "tmpfs", str(where)],
        check=True,
    )
    try:
        yield where
    finally:
        release_log_files(where)
        subprocess.run(["umount", str(where)], check=True)


def release_log_files(where: Path) -> None:
    """``escale`` logs into its data folder: close that file so the file system can go."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        name = getattr(handler, "baseFilename", None)
        if name is not None and Path(name).is_relative_to(where):
            handler.close()
            root.removeHandler(handler)


def remount_read_only(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)


def kept(before: dict[str, str], folder: Path) -> bool:
    """Every file that was there is still there, unchanged (an empty new log may appear)."""
    after = fingerprint(folder)
    return all(after.get(name) == digest for name, digest in before.items())


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def fill(where: Path) -> None:
    """Write until the file system refuses: it is then full to the last block."""
    block = b"\xff" * 4096
    with (
        (where / "remplissage.bin").open("wb", buffering=0) as filler,
        contextlib.suppress(OSError),
    ):
        while True:
            filler.write(block)
    assert shutil.disk_usage(where).free == 0


@pytest.fixture
def read_only_data(tmp_path: Path, template_database: Path) -> Iterator[Path]:
    """An officer's data folder (their database is there) on a file system now read-only."""
    with tmpfs(tmp_path / "montage", 64) as mount:
        folder = mount / "escale"
        folder.mkdir()
        shutil.copy2(template_database, database_path(folder))
        (folder / "escale.ini").write_text("[General]\nlanguage=fr\n", encoding="utf-8")
        remount_read_only(mount)
        yield folder


@pytest.fixture
def full_data(tmp_path: Path) -> Iterator[Path]:
    """A data folder on a small disk filled to the last byte."""
    with tmpfs(tmp_path / "montage", 4) as mount:
        folder = mount / "escale"
        folder.mkdir()
        (folder / "escale.ini").write_text("[General]\nlanguage=fr\n", encoding="utf-8")
        fill(mount)
        yield folder


def answer_first_box(seen: list[str]) -> None:
    """Note and close the first modal box; a main window showing instead is noted and closed."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(f"{box.windowTitle()} | {box.text()}")
            box.done(QMessageBox.StandardButton.Ok)
            return
        shown = [w for w in QApplication.topLevelWidgets() if w.isWindow() and w.isVisible()]
        windows = [w for w in shown if type(w).__name__ == "MainWindow"]
        if windows:
            seen.append("window")
            windows[0].close()
            return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def test_a_read_only_folder_is_refused_by_a_headless_command(
    read_only_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fingerprint(read_only_data)

    status = main(["stats", "--data-dir", str(read_only_data)])

    assert status == 2
    error = capsys.readouterr().err
    assert f"Escale ne peut pas écrire dans son dossier de données {read_only_data}" in error
    assert "lecture seule" in error
    assert "--data-dir" in error
    assert "Traceback" not in error
    assert fingerprint(read_only_data) == before


def test_a_read_only_folder_is_said_in_a_message_box_at_start(qapp, read_only_data: Path) -> None:
    before = fingerprint(read_only_data)
    seen: list[str] = []
    answer_first_box(seen)

    assert run_application(read_only_data) == 2

    assert len(seen) == 1, seen
    title, text = seen[0].split(" | ")
    assert title == "Escale ne peut pas démarrer"
    assert "lecture seule" in text
    assert "Vos dossiers n'ont pas été modifiés." in text
    assert fingerprint(read_only_data) == before


def test_a_full_disk_is_refused_by_a_headless_command(
    full_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fingerprint(full_data)

    status = main(["stats", "--data-dir", str(full_data)])

    assert status == 2
    error = capsys.readouterr().err
    assert f"Le disque du dossier de données {full_data} est plein (il reste 0 Mo" in error
    assert "Libérez de la place" in error
    assert kept(before, full_data)


def test_a_full_disk_is_said_in_a_message_box_at_start(qapp, full_data: Path) -> None:
    before = fingerprint(full_data)
    seen: list[str] = []
    answer_first_box(seen)

    assert run_application(full_data) == 2

    assert len(seen) == 1, seen
    assert "est plein" in seen[0]
    assert kept(before, full_data)


def test_a_nearly_full_disk_is_refused_before_a_save_fails(tmp_path: Path) -> None:
    """Room for the probe but not for the log, the write-ahead log or a migration's copy."""
    with tmpfs(tmp_path / "montage", 4) as mount:
        free = shutil.disk_usage(mount).free
        assert 0 < free < MINIMUM_FREE_BYTES
        with pytest.raises(
            UserFacingError, match=r"est plein \(il reste [34] Mo, il en faut au moins 16 Mo\)"
        ):
            check_data_dir(mount / "escale")


def test_a_writable_folder_with_room_passes_and_keeps_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "escale"
    check_data_dir(folder)
    assert folder.is_dir()
    assert list(folder.iterdir()) == []
