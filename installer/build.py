"""Build the frozen application and the Linux tarball: what ``make installer`` runs.

1. PyInstaller freezes Escale with ``installer/escale.spec`` into ``dist/escale/``
   (one folder: the ``escale`` executable and ``_internal/``).
2. The tarball ``dist/escale-<version>-linux-x86_64.tar.gz`` holds that folder
   with ``install.sh`` (per-user install, no root), the ``.desktop`` file and the
   icon, under one top folder ``escale-<version>/``.

The version is read from ``desktop/__init__.py`` (``__version__``), the one
place it is written; ``pyproject.toml`` and the Windows installer read it there too.

    .venv/bin/python installer/build.py [--skip-freeze]
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
    args = parser.parse_args()
    if not args.skip_freeze:
        shutil.rmtree(FROZEN, ignore_errors=True)
        freeze()
    make_tarball()


if __name__ == "__main__":
    main()
