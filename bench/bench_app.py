"""The application on the 100,000-household demo database: start, memory, the list's first rows.

Each figure is set against a baseline measured in the same run, on the same machine:

- start: ``escale`` launched as an officer launches it, until its log says the
  window is shown (goal ≤ 2 s), against a bare PySide6 window started the same way;
  the database is the encrypted twin of the demo (``bench_encryption.py``), its
  passphrase given on stdin (``--passphrase-stdin``) instead of typed in the dialog;
- memory: the peak resident size of that ``escale`` process with the list open
  (goal ≤ 300 MB), against the bare window's;
- list: building the *Dossiers* page and painting its first rows (goal ≤ 300 ms),
  against the SQL alone for the same first screen.

    .venv/bin/python bench/bench_app.py [--households 100000] [--data-dir DIR] [--runs 5]
"""

from __future__ import annotations

import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from bench_encryption import PASSPHRASE, encrypted_copy, households
from benchmarking import demo_arguments, demo_data_dir
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from desktop.paths import database_path
from desktop.storage import open_database
from desktop.ui.application import WINDOW_SHOWN
from desktop.ui.cases_page import CasesPage
from desktop.ui.workspace import Workspace

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 760)
window.show()
QTimer.singleShot(0, lambda: print("shown", flush=True))
app.exec()
"""

START_GOAL_S = 2.0
MEMORY_GOAL_MB = 300
LIST_GOAL_MS = 300


def peak_memory_mb(pid: int) -> float:
    """VmHWM: the most resident memory the process ever held."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc: Linux only")


@contextlib.contextmanager
def display() -> Iterator[dict[str, str]]:
    """The environment of the measured processes: a real X server when there is one.

    Offscreen, a window is never "exposed", and ``QSplashScreen`` waits a whole
    second for that before giving up: measuring there would time Qt's timeout.
    Bytecode caching is allowed, as an installed application has its ``.pyc``.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        print("Xvfb missing: measuring offscreen, where the splash screen waits 1 s for nothing")
        yield {**env, "QT_QPA_PLATFORM": "offscreen"}
        return
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()
    try:
        yield {**env, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
    finally:
        server.terminate()
        server.wait(timeout=10)


def run_until(
    command: list[str],
    shown: Callable[[subprocess.Popen[str]], bool],
    env: dict[str, str],
    settle_s: float = 1.0,
    stdin_text: str = "",
) -> tuple[float, float]:
    """Start ``command``; return (seconds until ``shown()`` is true, peak memory in MB)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert process.stdin is not None
    process.stdin.write(stdin_text)
    process.stdin.close()
    try:
        while not shown(process):
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} ended before showing its window")
            time.sleep(0.005)
        elapsed = time.perf_counter() - started
        time.sleep(settle_s)  # let the first paint and any deferred reads happen
        return elapsed, peak_memory_mb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=10)


def escale_start(data_dir: Path, env: dict[str, str]) -> tuple[float, float]:
    log = data_dir / "escale.log"
    before = log.read_text(encoding="utf-8").count(WINDOW_SHOWN) if log.exists() else 0
    escale_bin = Path(sys.executable).with_name("escale")

    def shown(_process: subprocess.Popen[str]) -> bool:
        return log.exists() and log.read_text(encoding="utf-8").count(WINDOW_SHOWN) > before

    command = [str(escale_bin), "--data-dir", str(data_dir), "--passphrase-stdin"]
    return run_until(command, shown, env, stdin_text=PASSPHRASE + "\n")


def bare_start(env: dict[str, str]) -> tuple[float, float]:
    def shown(process: subprocess.Popen[str]) -> bool:
        assert process.stdout is not None
        return process.stdout.readline().strip() == "shown"

    return run_until([sys.executable, "-c", BARE_WINDOW], shown, env)


def list_first_rows(data_dir: Path) -> tuple[float, float]:
    """(ms to build the page and paint its first rows, ms for the same rows in SQL alone)."""
    app = QApplication.instance() or QApplication(sys.argv)
    database = open_database(database_path(data_dir))
    try:
        started = time.perf_counter()
        page = CasesPage(Workspace(database))
        page.resize(1200, 700)
        page.show()
        page.grab()  # paints the visible rows, reading them from the database
        app.processEvents()
        page_ms = (time.perf_counter() - started) * 1000
        shown = page.model.cached_row_count()
        page.table.scrollToBottom()
        page.grab()
        app.processEvents()
        print(
            f"scrolled to the end of {page.model.rowCount():,} households: "
            f"{page.model.cached_row_count()} rows read in all"
        )
        page.close()
        page.deleteLater()
        app.processEvents()
        started = time.perf_counter()
        with database.engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT household_id, name, member_count, target_name, status, "
                    "officer_name, last_contact_at, next_follow_up_on FROM household_summary "
                    "ORDER BY name COLLATE NOCASE LIMIT :shown"
                ),
                {"shown": shown},
            ).all()
        sql_ms = (time.perf_counter() - started) * 1000
        assert len(rows) == shown
        return page_ms, sql_ms
    finally:
        database.close()


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main() -> None:
    parser = demo_arguments(__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    data_dir = demo_data_dir(args)
    print(f"Database: {database_path(data_dir)} ({date.today()})")

    database = open_database(database_path(data_dir))
    count = households(database)
    database.close()
    encrypted_dir = encrypted_copy(data_dir, count)
    with display() as env:
        escale_start(encrypted_dir, env)  # a first run writes the bytecode caches
        escale_runs = [escale_start(encrypted_dir, env) for _ in range(args.runs)]
        bare_runs = [bare_start(env) for _ in range(args.runs)]
    start = statistics.median(seconds for seconds, _ in escale_runs)
    bare = statistics.median(seconds for seconds, _ in bare_runs)
    memory = max(mb for _, mb in escale_runs)
    bare_memory = max(mb for _, mb in bare_runs)
    print(
        f"start to window (median of {args.runs}): escale {start:.2f} s, bare PySide6 window "
        f"{bare:.2f} s, ratio {start / bare:.1f}x — goal ≤ {START_GOAL_S:.0f} s: "
        f"{verdict(start <= START_GOAL_S)}"
    )
    print(
        f"peak memory with the list open: escale {memory:.0f} MB, bare window "
        f"{bare_memory:.0f} MB, ratio {memory / bare_memory:.1f}x — goal ≤ {MEMORY_GOAL_MB} MB: "
        f"{verdict(memory <= MEMORY_GOAL_MB)}"
    )
    page_runs = [list_first_rows(data_dir) for _ in range(args.runs)]
    page_ms = statistics.median(ms for ms, _ in page_runs)
    sql_ms = statistics.median(ms for _, ms in page_runs)
    print(
        f"list page built and first rows painted (median): {page_ms:.0f} ms, the same rows in "
        f"SQL alone {sql_ms:.1f} ms, ratio {page_ms / sql_ms:.0f}x — goal ≤ {LIST_GOAL_MS} ms: "
        f"{verdict(page_ms <= LIST_GOAL_MS)}"
    )


if __name__ == "__main__":
    main()
