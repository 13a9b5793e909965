"""The frozen application (``dist/escale/``): its size, what makes it up, and its start.

- size: the frozen folder and the Linux tarball, with the 15 largest files and
  the 15 largest folders (two levels under ``_internal/``), so the next trim
  knows where to cut; set against the bare Python packages it bundles
  (``desktop`` excluded), as found in the virtual environment;
- start: the frozen ``escale`` from launch until its log says the window is
  shown, against the same code unfrozen (``python -m desktop``) started the
  same way on the same database in the same run (the method of
  ``bench_app.py``: a real X server when Xvfb is there, bytecode caches warm).
  The database is the first release's (``tests/fixtures/release-1.sqlite``,
  upgraded once before the runs): what an officer opens after an upgrade, and
  the same for both, which is what the ratio needs (``bench_app.py`` measures
  the start on 100,000 households).

    .venv/bin/python bench/bench_installer.py [--runs 5]

``make bench`` builds the frozen folder first when it is stale.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_app import WINDOW_SHOWN, display, run_until
from benchmarking import REPO_ROOT

from desktop import __version__
from desktop.paths import database_path
from desktop.storage import open_database

FROZEN_DIR = REPO_ROOT / "dist" / "escale"
FROZEN = FROZEN_DIR / "escale"
TARBALL = REPO_ROOT / "dist" / f"escale-{__version__}-linux-x86_64.tar.gz"
RELEASE_1 = REPO_ROOT / "tests" / "fixtures" / "release-1.sqlite"
UNFROZEN = [sys.executable, "-m", "desktop"]
"""The same code unfrozen: this tree's ``desktop`` run by the virtual environment's Python."""
LARGEST = 15
START_TIMEOUT_S = 120.0


def size_of(path: Path) -> int:
    """Bytes of the files under ``path``; the links PyInstaller adds to _internal/ count 0."""
    if path.is_file():
        return path.stat().st_size
    return sum(item.lstat().st_size for item in path.rglob("*") if is_file(item))


def is_file(path: Path) -> bool:
    return path.is_file() and not path.is_symlink()


def mb(size: float) -> str:
    return f"{size / 1e6:.1f} MB"


def report_size() -> None:
    total = size_of(FROZEN_DIR)
    print(f"frozen folder {FROZEN_DIR.relative_to(REPO_ROOT)}: {mb(total)}", end="")
    if TARBALL.exists():
        print(f", tarball {TARBALL.name}: {mb(TARBALL.stat().st_size)}", end="")
    print()
    internal = FROZEN_DIR / "_internal"
    folders = [
        (size_of(second), second)
        for first in internal.iterdir()
        if first.is_dir()
        for second in ([first, *[p for p in first.iterdir() if p.is_dir()]])
    ]
    files = [(item.stat().st_size, item) for item in FROZEN_DIR.rglob("*") if is_file(item)]
    print(f"the {LARGEST} largest folders (under _internal/, two levels):")
    for size, path in sorted(folders, key=lambda entry: entry[0], reverse=True)[:LARGEST]:
        print(f"  {mb(size):>9}  {100 * size / total:4.1f} %  {path.relative_to(FROZEN_DIR)}/")
    print(f"the {LARGEST} largest files:")
    for size, path in sorted(files, key=lambda entry: entry[0], reverse=True)[:LARGEST]:
        print(f"  {mb(size):>9}  {100 * size / total:4.1f} %  {path.relative_to(FROZEN_DIR)}")
    pyside = Path(sys.executable).parents[1] / "lib"
    installed = next(pyside.glob("python3*/site-packages/PySide6"), None)
    if installed is not None:
        frozen_qt = size_of(internal / "PySide6")
        installed_qt = size_of(installed)
        print(
            f"PySide6: {mb(frozen_qt)} frozen against {mb(installed_qt)} installed in the "
            f"virtual environment, ratio {frozen_qt / installed_qt:.2f}"
        )


def upgraded_release_folder(folder: Path) -> Path:
    """A data folder holding the first release's database, migrated once before the runs."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(RELEASE_1, database_path(folder))
    open_database(database_path(folder)).close()
    return folder


def start_to_window(command: list[str], data_dir: Path, env: dict[str, str]) -> float:
    """Seconds from launch until the log of ``data_dir`` says the window is shown."""
    log = data_dir / "escale.log"
    before = log.read_text(encoding="utf-8").count(WINDOW_SHOWN) if log.exists() else 0
    deadline = time.monotonic() + START_TIMEOUT_S

    def shown(_process: subprocess.Popen[str]) -> bool:
        if time.monotonic() > deadline:
            raise RuntimeError(f"{command[0]}: no window after {START_TIMEOUT_S:.0f} s")
        return log.exists() and log.read_text(encoding="utf-8").count(WINDOW_SHOWN) > before

    seconds, _memory = run_until([*command, "--data-dir", str(data_dir)], shown, env, 0.5)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not FROZEN.exists():
        raise SystemExit(f"{FROZEN} is missing: run « make installer » first")
    report_size()
    scratch = Path(tempfile.mkdtemp(prefix="escale-bench-installer-"))
    data_dir = upgraded_release_folder(scratch / "donnees")
    print(f"start on the first release's database, upgraded ({RELEASE_1.name}, 33 households)")
    with display() as screen:
        env = {**screen, "PYTHONPATH": str(REPO_ROOT)}
        start_to_window([str(FROZEN)], data_dir, env)  # first runs: caches warm for both
        start_to_window(UNFROZEN, data_dir, env)
        frozen, unfrozen = [], []
        for _ in range(args.runs):
            frozen.append(start_to_window([str(FROZEN)], data_dir, env))
            unfrozen.append(start_to_window(UNFROZEN, data_dir, env))
    shutil.rmtree(scratch)
    frozen_s, unfrozen_s = statistics.median(frozen), statistics.median(unfrozen)
    print(
        f"start to window (median of {args.runs}): frozen {frozen_s:.2f} s, unfrozen "
        f"{unfrozen_s:.2f} s, ratio {frozen_s / unfrozen_s:.2f}x"
    )
    print("runs, frozen:", ", ".join(f"{s:.2f}" for s in frozen), "s")
    print("runs, unfrozen:", ", ".join(f"{s:.2f}" for s in unfrozen), "s")


if __name__ == "__main__":
    main()
