r"""Build the frozen application and the Linux tarball: what ``make installer`` runs.

1. PyInstaller freezes Escale with ``installer/escale.spec`` into ``dist/escale/``
   (one folder: the ``escale`` executable and ``_internal/``).
2. The tarball ``dist/escale-<version>-linux-x86_64.tar.gz`` holds that folder
   with ``install.sh`` (per-user install, no root), the ``.desktop`` file and the
   icon, under one top folder ``escale-<version>/``.

On Windows, ``--windows`` makes instead the icon (``build/escale.ico``, drawn
from the SVG by Qt), the frozen folder and the Inno Setup installer
``dist/escale-<version>-windows-x64-setup.exe`` (``iscc`` on the PATH or in its
default folder).

The version is read from ``desktop/__init__.py`` (``__version__``), the one
place it is written; ``pyproject.toml`` reads it there, the Inno Setup script
receives it from here (``/DAppVersion``).

    .venv/bin/python installer/build.py [--skip-freeze]
    .venv\Scripts\python installer\build.py --windows
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
FROZEN = DIST / "escale"
WORK = ROOT / "build" / "pyinstaller"
LINUX = ROOT / "installer" / "linux"
ICON = ROOT / "resources" / "icons" / "escale.svg"


def version() -> str:
    """``__version__`` from ``desktop/__init__.py``, read without importing the package."""
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if found is None:
        raise SystemExit("desktop/__init__.py has no __version__ line")
    return found.group(1)


def tarball_path() -> Path:
    return DIST / f"escale-{version()}-linux-x86_64.tar.gz"


def freeze() -> None:
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(ROOT / "installer" / "escale.spec"),
        ],
        cwd=ROOT,
        check=True,
    )
    print(f"dist/escale/ built in {time.monotonic() - started:.0f} s")


def make_tarball() -> Path:
    """The frozen folder, the installer script, the launcher entry and the icon."""
    top = f"escale-{version()}"
    target = tarball_path()
    partial = target.with_name(target.name + ".partiel")
    members = [
        (FROZEN, f"{top}/escale"),
        (LINUX / "install.sh", f"{top}/install.sh"),
        (LINUX / "escale.desktop", f"{top}/escale.desktop"),
        (ICON, f"{top}/escale.svg"),
    ]
    with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
        for source, name in members:
            archive.add(source, arcname=name, filter=_normalised)
    partial.replace(target)  # never a half-written tarball under the final name
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size / 1e6:.0f} MB")
    return target


def make_windows_icon() -> Path:
    """``build/escale.ico`` from the SVG, 256 px, written by Qt's ico plugin."""
    from PySide6.QtCore import Qt  # noqa: PLC0415 - only the Windows build needs Qt here
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ICON))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    target = ROOT / "build" / "escale.ico"
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "ICO"):
        raise SystemExit(f"cannot write {target}")
    del app
    return target


def make_windows_setup() -> Path:
    iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    script = ROOT / "installer" / "windows" / "escale.iss"
    subprocess.run([iscc, f"/DAppVersion={version()}", str(script)], cwd=ROOT, check=True)
    return DIST / f"escale-{version()}-windows-x64-setup.exe"


def _normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """Owned by nobody in particular, so extracting as any user gives that user the files."""
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--skip-freeze", action="store_true", help="reuse dist/escale/, only make the tarball"
    )
    parser.add_argument(
        "--windows", action="store_true", help="Windows: icon, frozen folder, Inno Setup installer"
    )
    args = parser.parse_args()
    if args.windows:
        make_windows_icon()
        shutil.rmtree(FROZEN, ignore_errors=True)
        freeze()
        print(make_windows_setup())
        return
    if not args.skip_freeze:
        shutil.rmtree(FROZEN, ignore_errors=True)
        freeze()
    make_tarball()


if __name__ == "__main__":
    main()
